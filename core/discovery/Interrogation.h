#pragma once

#include "Types.h"
#include "common/Error.h"

#include <QBluetoothUuid>
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace pasban::discovery {

// Device Information Service (0x180A) as read. Strings are null when the
// characteristic is absent or could not be read; byte values are kept raw
// (core/health decodes PnP ID).
struct DeviceInformation
{
    QString manufacturer; // 0x2A29
    QString model; // 0x2A24
    QString serial; // 0x2A25
    QString hardware; // 0x2A27
    QString firmware; // 0x2A26
    QString software; // 0x2A28
    QByteArray pnpId; // 0x2A50, 7 octets when valid
    QByteArray systemId; // 0x2A23, 8 octets when valid
    bool has11073Certification = false; // 0x2A2A present

    [[nodiscard]] bool isEmpty() const;
    // DIS serial + model is the identity that survives changing private addresses.
    [[nodiscard]] bool identifiesDevice() const { return !model.isEmpty() && !serial.isEmpty(); }
};

struct CharacteristicInfo
{
    QBluetoothUuid uuid;
    QString name; // English name from the assigned numbers; empty when unknown
    // QLowEnergyCharacteristic::PropertyTypes bits (broadcast 0x01, read 0x02,
    // write-without-response 0x04, write 0x08, notify 0x10, indicate 0x20, ...).
    quint8 properties = 0;
};

struct ServiceInfo
{
    QBluetoothUuid uuid;
    QString name;
    QList<CharacteristicInfo> characteristics;
};

// How one unauthenticated operation on one characteristic ended.
struct ProbeResult
{
    ProbeVerdict verdict = ProbeVerdict::Error;
    QString operation; // "read", "notify" or "indicate" (the CCCD write that subscribes)
    QString detail; // technical reason for Protected/Error, English; empty when Open
};

// A value the device sent after subscription, undecoded (core/health decodes).
struct NotificationRecord
{
    QBluetoothUuid characteristic;
    QByteArray value;
    QDateTime atUtc;
};

// Everything one interrogation found. Kept as evidence for posture and data-flow
// findings, so it records when and how it was obtained.
struct Interrogation
{
    QString address;
    QDateTime atUtc; // when the interrogation started
    // "ble-gatt-unauthenticated": connected without pairing, so what was read is
    // what any stranger in range can read; "ble-gatt-bonded": this computer already
    // held a pairing with the device, so the verdicts do not show unpaired access.
    QString method;
    DeviceInformation dis;
    QList<ServiceInfo> services;
    std::optional<QByteArray> securityLevels; // raw 0x2BF5 value when present and readable
    QHash<QBluetoothUuid, ProbeResult> probe; // health measurement characteristics only
    std::optional<bool> smpOpen; // SMP echo answered without pairing; nullopt = not probed
    QList<NotificationRecord> notifications;
    QList<Error> problems; // steps that failed without failing the whole interrogation

    [[nodiscard]] bool hasService(const QBluetoothUuid &uuid) const;
};

} // namespace pasban::discovery

Q_DECLARE_METATYPE(pasban::discovery::Interrogation)
Q_DECLARE_METATYPE(pasban::discovery::NotificationRecord)
