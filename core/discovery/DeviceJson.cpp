#include "DeviceJson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace pasban::discovery {

namespace {

QJsonValue optionalNumber(const std::optional<quint16> &value)
{
    return value ? QJsonValue(int(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalBool(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QString timestamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonArray uuidArray(const QList<QBluetoothUuid> &uuids)
{
    QJsonArray out;
    for (const QBluetoothUuid &uuid : uuids)
        out.append(uuidString(uuid));
    return out;
}

QJsonObject disBrief(const DeviceInformation &dis)
{
    return QJsonObject {
        {u"manufacturer"_s, text(dis.manufacturer)},
        {u"model"_s, text(dis.model)},
        {u"serial"_s, text(dis.serial)},
        {u"hardware"_s, text(dis.hardware)},
        {u"firmware"_s, text(dis.firmware)},
        {u"software"_s, text(dis.software)},
    };
}

} // namespace

QString uuidString(const QBluetoothUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces).toLower();
}

QJsonObject toJson(const DeviceRecord &device)
{
    if (device.usb)
        return toJson(*device.usb); // the USB object (UsbDevice.h)
    QJsonObject probe;
    QJsonValue dis = QJsonValue::Null;
    std::optional<bool> smpOpen;
    if (device.interrogation) {
        for (auto it = device.interrogation->probe.cbegin(); it != device.interrogation->probe.cend(); ++it)
            probe.insert(uuidString(it.key()), jsonName(it->verdict));
        if (!device.interrogation->dis.isEmpty())
            dis = disBrief(device.interrogation->dis);
        smpOpen = device.interrogation->smpOpen;
    }
    return QJsonObject {
        {u"id"_s, device.id},
        {u"transport"_s, jsonName(device.transport)},
        {u"address"_s, device.address},
        {u"addressType"_s, jsonName(device.addressType)},
        {u"name"_s, device.name},
        {u"rssi"_s, int(device.rssi)},
        {u"manufacturer"_s, device.manufacturer},
        {u"companyId"_s, optionalNumber(device.companyId)},
        {u"appearance"_s, optionalNumber(device.appearance)},
        {u"deviceClass"_s, jsonName(device.deviceClass)},
        {u"services"_s, uuidArray(device.services)},
        {u"smp"_s, device.smp},
        {u"nordicDfu"_s, device.nordicDfu},
        {u"firstSeen"_s, timestamp(device.firstSeen)},
        {u"lastSeen"_s, timestamp(device.lastSeen)},
        {u"dis"_s, dis},
        {u"probe"_s, probe},
        {u"smpOpen"_s, optionalBool(smpOpen)},
    };
}

QJsonObject toJson(const Interrogation &interrogation)
{
    QJsonObject dis = disBrief(interrogation.dis);
    dis.insert(u"pnpId"_s,
               interrogation.dis.pnpId.isNull() ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(QString::fromLatin1(interrogation.dis.pnpId.toHex())));
    dis.insert(u"systemId"_s,
               interrogation.dis.systemId.isNull()
                   ? QJsonValue(QJsonValue::Null)
                   : QJsonValue(QString::fromLatin1(interrogation.dis.systemId.toHex())));
    dis.insert(u"has11073Certification"_s, interrogation.dis.has11073Certification);

    QJsonArray services;
    for (const ServiceInfo &service : interrogation.services) {
        QJsonArray characteristics;
        for (const CharacteristicInfo &c : service.characteristics)
            characteristics.append(QJsonObject {
                {u"uuid"_s, uuidString(c.uuid)}, {u"name"_s, c.name}, {u"properties"_s, int(c.properties)}});
        services.append(QJsonObject {
            {u"uuid"_s, uuidString(service.uuid)}, {u"name"_s, service.name}, {u"characteristics"_s, characteristics}});
    }
    QJsonObject probe;
    for (auto it = interrogation.probe.cbegin(); it != interrogation.probe.cend(); ++it)
        probe.insert(uuidString(it.key()),
                     QJsonObject {{u"verdict"_s, jsonName(it->verdict)},
                                  {u"operation"_s, it->operation},
                                  {u"detail"_s, it->detail}});
    QJsonArray notifications;
    for (const NotificationRecord &n : interrogation.notifications)
        notifications.append(QJsonObject {{u"characteristic"_s, uuidString(n.characteristic)},
                                          {u"value"_s, QString::fromLatin1(n.value.toHex())},
                                          {u"at"_s, timestamp(n.atUtc)}});
    QJsonArray problems;
    for (const Error &e : interrogation.problems)
        problems.append(e.code());
    return QJsonObject {
        {u"at"_s, timestamp(interrogation.atUtc)},
        {u"method"_s, interrogation.method},
        {u"dis"_s, dis},
        {u"services"_s, services},
        {u"securityLevels"_s,
         interrogation.securityLevels ? QJsonValue(QString::fromLatin1(interrogation.securityLevels->toHex()))
                                      : QJsonValue(QJsonValue::Null)},
        {u"probe"_s, probe},
        {u"smpOpen"_s, optionalBool(interrogation.smpOpen)},
        {u"notifications"_s, notifications},
        {u"problems"_s, problems},
    };
}

} // namespace pasban::discovery
