#pragma once

#include "Interrogation.h"
#include "Types.h"
#include "UsbDevice.h"

#include <QBluetoothUuid>
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QString>

#include <optional>

namespace pasban::discovery {

// What the registry knows about one device: the merge of its advertisements and,
// once interrogated, the interrogation.
struct DeviceRecord
{
    static constexpr int RssiTrendLength = 16;

    QString id; // see DeviceRegistry for how identities are formed
    Transport transport = Transport::Ble;
    QString address; // the most recent address the device used
    AddressType addressType = AddressType::Unknown;
    QString name;
    qint16 rssi = 0;
    QList<qint16> rssiTrend; // oldest first, at most RssiTrendLength entries
    std::optional<quint16> companyId; // first manufacturer data's company ID
    QString manufacturer; // company name for companyId, or DIS manufacturer once interrogated
    std::optional<quint16> appearance;
    DeviceClass deviceClass = DeviceClass::Unknown;
    QList<QBluetoothUuid> services; // advertised, plus discovered once interrogated
    QMultiHash<quint16, QByteArray> manufacturerData; // latest per company
    QHash<QBluetoothUuid, QByteArray> serviceData; // latest per service
    bool smp = false; // SMP (mcumgr) service advertised or found
    bool nordicDfu = false; // Nordic Secure DFU 0xFE59 advertised or found
    QDateTime firstSeen;
    QDateTime lastSeen;
    quint64 advertisementCount = 0;
    std::optional<Interrogation> interrogation;
    // USB devices only (transport Usb): what enumeration found. address is then
    // the bus path, name the product, manufacturer the manufacturer string or
    // the usb.ids vendor name.
    std::optional<UsbDevice> usb;
};

} // namespace pasban::discovery

Q_DECLARE_METATYPE(pasban::discovery::DeviceRecord)
