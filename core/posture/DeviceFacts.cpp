#include "DeviceFacts.h"

#include "discovery/DeviceRecord.h"
#include "discovery/Identification.h"
#include "firmware/McubootImage.h"
#include "inventory/InventoryStore.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace pasban::posture {

namespace {

QDateTime parseTime(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

std::optional<QByteArray> hexOrNothing(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QByteArray bytes = QByteArray::fromHex(value.toString().toLatin1());
    return bytes;
}

InterrogationFacts interrogationFrom(const inventory::Observation &observation)
{
    const QJsonObject &v = observation.value;
    InterrogationFacts facts;
    facts.at = parseTime(v.value(u"at"_s));
    if (!facts.at.isValid())
        facts.at = observation.observedUtc;
    facts.method = v.value(u"method"_s).toString(observation.method);
    facts.operatorName = observation.operatorName;
    for (const auto &service : v.value(u"services"_s).toArray()) {
        const QBluetoothUuid uuid(service.toObject().value(u"uuid"_s).toString());
        if (!uuid.isNull())
            facts.services.append(uuid);
    }
    facts.securityLevels = hexOrNothing(v.value(u"securityLevels"_s));
    const QJsonObject probe = v.value(u"probe"_s).toObject();
    for (auto it = probe.constBegin(); it != probe.constEnd(); ++it) {
        const QBluetoothUuid uuid(it.key());
        if (uuid.isNull())
            continue;
        const QJsonObject result = it.value().toObject();
        facts.probe.append({uuid, result.value(u"verdict"_s).toString(), result.value(u"operation"_s).toString()});
    }
    if (v.value(u"smpOpen"_s).isBool())
        facts.smpOpen = v.value(u"smpOpen"_s).toBool();
    return facts;
}

ImageFacts imageFrom(const inventory::Observation &observation)
{
    const QJsonObject &v = observation.value;
    ImageFacts facts;
    facts.how = observation.kind;
    facts.at = observation.observedUtc;
    facts.operatorName = observation.operatorName;
    facts.version = v.value(u"version"_s).toString();
    facts.keyHash = QByteArray::fromHex(v.value(u"keyHash"_s).toString().toLatin1());
    // A firmware-update record names the counter of the image it installed, and
    // leaves it out when that image had none; a firmware-image record says null.
    facts.securityCounterKnown = observation.kind == u"firmware-update"_s || v.contains(u"securityCounter"_s);
    const QJsonValue counter = v.value(u"securityCounter"_s);
    if (counter.isDouble() && counter.toDouble() >= 0 && counter.toDouble() <= 4294967295.0)
        facts.securityCounter = quint32(counter.toDouble());
    return facts;
}

} // namespace

bool isHealthService(const QBluetoothUuid &uuid)
{
    bool ok = false;
    const quint16 short16 = uuid.toUInt16(&ok);
    if (!ok)
        return false;
    switch (short16) {
    case 0x180D:
    case 0x1809:
    case 0x1810:
    case 0x1808:
    case 0x1822:
    case 0x181F:
    case 0x181D:
    case 0x183A:
    case 0x1840:
        return true;
    default:
        return false;
    }
}

QString DeviceFacts::displayName() const
{
    if (!name.isEmpty())
        return name;
    if (QString product = QString(manufacturer + u' ' + model).trimmed(); !product.isEmpty())
        return product;
    return address.isEmpty() ? id : address;
}

bool DeviceFacts::carriesPatientData() const
{
    if (!deviceClass.isEmpty() && deviceClass != u"unknown"_s)
        return true;
    const auto anyHealth = [](const QList<QBluetoothUuid> &services) {
        return std::any_of(services.cbegin(), services.cend(), isHealthService);
    };
    return (interrogation && anyHealth(interrogation->services))
        || (advertisement && anyHealth(advertisement->services));
}

DeviceFacts factsFromInventory(const inventory::InventoryDevice &device,
                               const QList<inventory::Observation> &observations)
{
    const inventory::ObservedDevice &o = device.observed;
    DeviceFacts facts;
    facts.id = o.id;
    facts.transport = o.transport;
    facts.address = o.address;
    facts.addressType = o.addressType;
    facts.name = o.name;
    facts.deviceClass = o.deviceClass;
    facts.manufacturer = o.manufacturer;
    facts.model = o.model;
    facts.serial = o.serial;
    facts.hardware = o.hardware;
    facts.firmware = o.firmware;
    facts.firstSeen = device.firstSeenUtc;
    facts.lastSeen = device.lastSeenUtc;
    facts.inInventory = true;
    facts.assetTag = device.asset.assetTag;
    for (const inventory::Observation &observation : observations) {
        if (observation.kind == u"interrogation"_s) {
            facts.interrogation = interrogationFrom(observation);
        } else if (observation.kind == u"firmware-image"_s || observation.kind == u"firmware-update"_s) {
            ImageFacts image = imageFrom(observation);
            // A firmware-update record does not carry the key hash: keep the one an
            // earlier image record gave for the same version.
            if (image.keyHash.isEmpty() && facts.image && facts.image->version == image.version)
                image.keyHash = facts.image->keyHash;
            facts.image = image;
        } else if (observation.kind.startsWith(u"usb-"_s)) {
            const auto same = [&observation](const UsbFunctionFact &f) {
                return f.kind == observation.kind;
            };
            facts.usbFunctions.removeIf(same);
            facts.usbFunctions.append({observation.kind, observation.observedUtc, observation.method,
                                       observation.operatorName, observation.value});
        }
    }
    return facts;
}

void addRegistryFacts(DeviceFacts &facts, const discovery::DeviceRecord &record)
{
    AdvertisementFacts advertisement;
    advertisement.services = record.services;
    for (auto it = record.serviceData.cbegin(); it != record.serviceData.cend(); ++it)
        advertisement.serviceDataSizes.insert(it.key(), it.value().size());
    advertisement.appearance = record.appearance;
    advertisement.seen = record.lastSeen;
    facts.advertisement = advertisement;
    if (facts.addressType.isEmpty() || facts.addressType == u"unknown"_s)
        facts.addressType = discovery::jsonName(record.addressType);
    if (facts.name.isEmpty())
        facts.name = record.name;
    if (facts.deviceClass.isEmpty() || facts.deviceClass == u"unknown"_s)
        facts.deviceClass = discovery::jsonName(record.deviceClass);
    if (record.lastSeen.isValid() && (!facts.lastSeen.isValid() || record.lastSeen > facts.lastSeen))
        facts.lastSeen = record.lastSeen;
    if (!facts.firstSeen.isValid())
        facts.firstSeen = record.firstSeen;
}

DeviceFacts factsFromRegistry(const discovery::DeviceRecord &record)
{
    DeviceFacts facts;
    facts.id = record.id;
    facts.transport = discovery::jsonName(record.transport);
    facts.address = record.address;
    facts.manufacturer = record.manufacturer;
    if (record.interrogation) {
        const discovery::DeviceInformation &dis = record.interrogation->dis;
        if (!dis.manufacturer.isEmpty())
            facts.manufacturer = dis.manufacturer;
        facts.model = dis.model;
        facts.serial = dis.serial;
        facts.hardware = dis.hardware;
        facts.firmware = dis.firmware;
        InterrogationFacts interrogation;
        interrogation.at = record.interrogation->atUtc;
        interrogation.method = record.interrogation->method;
        for (const discovery::ServiceInfo &service : record.interrogation->services)
            interrogation.services.append(service.uuid);
        interrogation.securityLevels = record.interrogation->securityLevels;
        for (auto it = record.interrogation->probe.cbegin(); it != record.interrogation->probe.cend(); ++it)
            interrogation.probe.append({it.key(), discovery::jsonName(it->verdict), it->operation});
        interrogation.smpOpen = record.interrogation->smpOpen;
        facts.interrogation = interrogation;
    }
    addRegistryFacts(facts, record);
    return facts;
}

inventory::Observation imageObservation(const firmware::McubootImage &image, const QDateTime &atUtc,
                                        const QString &method, const QString &operatorName)
{
    const std::optional<quint32> counter = image.securityCounter();
    inventory::Observation observation;
    observation.kind = u"firmware-image"_s;
    observation.value = QJsonObject {
        {u"version"_s, image.version().toString()},
        {u"keyHash"_s, QString::fromLatin1(image.keyHash().toHex())},
        {u"securityCounter"_s, counter ? QJsonValue(qint64(*counter)) : QJsonValue(QJsonValue::Null)},
    };
    observation.observedUtc = atUtc;
    observation.method = method;
    observation.operatorName = operatorName;
    return observation;
}

} // namespace pasban::posture
