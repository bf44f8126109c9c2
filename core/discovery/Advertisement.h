#pragma once

#include "Types.h"

#include <QBluetoothUuid>
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QMultiHash>
#include <QString>

#include <optional>

namespace pasban::discovery {

// One advertising report (or scan response) as a scanner saw it. Values are raw:
// nothing here is trusted or decoded beyond the AD structure framing.
struct Advertisement
{
    QString address; // "AA:BB:CC:DD:EE:FF", upper case
    AddressType addressType = AddressType::Unknown;
    QString name; // complete or shortened local name; empty when not advertised
    qint16 rssi = 0; // dBm; 0 = not reported
    QMultiHash<quint16, QByteArray> manufacturerData; // company ID → data after the ID
    QHash<QBluetoothUuid, QByteArray> serviceData;
    QList<QBluetoothUuid> services; // advertised service UUIDs (complete or incomplete lists)
    std::optional<quint16> appearance;
    std::optional<qint8> txPower;
    QDateTime seenUtc;
};

} // namespace pasban::discovery

Q_DECLARE_METATYPE(pasban::discovery::Advertisement)
