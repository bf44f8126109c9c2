#include "BleScenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace pasban::discovery {

namespace {

constexpr QStringView Format = u"pasban-ble-scenario";
constexpr int Version = 1;

Error invalid(const QString &where, const QString &why)
{
    return Error(u"discovery.scenario.invalid"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The simulated device description could not be read. Reinstall Pasban or fix the "
                                   "scenario file named in the details."),
                 {}, where + u": "_s + why);
}

std::optional<QBluetoothUuid> parseUuid(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.startsWith(u"0x") && text.size() == 6) {
        bool ok = false;
        const uint v = text.mid(2).toUInt(&ok, 16);
        return ok ? std::optional<QBluetoothUuid>(QBluetoothUuid(quint16(v))) : std::nullopt;
    }
    if (text.size() != 36)
        return std::nullopt;
    const QBluetoothUuid uuid(text);
    return uuid.isNull() ? std::nullopt : std::optional<QBluetoothUuid>(uuid);
}

std::optional<quint16> parseU16(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double v = value.toDouble();
        if (v >= 0 && v <= 0xFFFF && v == double(int(v)))
            return quint16(v);
        return std::nullopt;
    }
    const QString text = value.toString();
    if (!text.startsWith(u"0x") || text.size() < 3 || text.size() > 6)
        return std::nullopt;
    bool ok = false;
    const uint v = text.mid(2).toUInt(&ok, 16);
    return ok ? std::optional<quint16>(quint16(v)) : std::nullopt;
}

std::optional<QByteArray> parseHex(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    if (text.size() % 2 != 0)
        return std::nullopt;
    for (QChar c : text) {
        if (!isxdigit(c.toLatin1()) || c.unicode() > 0x7F)
            return std::nullopt;
    }
    return QByteArray::fromHex(text.toLatin1());
}

Result<ScenarioCharacteristic> parseCharacteristic(const QJsonObject &object, const QString &where)
{
    ScenarioCharacteristic c;
    const auto uuid = parseUuid(object.value(u"uuid"));
    if (!uuid)
        return invalid(where, u"bad or missing uuid"_s);
    c.uuid = *uuid;
    for (const auto &flag : object.value(u"flags").toArray())
        c.flags.append(flag.toString());
    if (object.contains(u"text")) {
        c.value = object.value(u"text").toString().toUtf8();
    } else if (object.contains(u"value")) {
        const auto value = parseHex(object.value(u"value"));
        if (!value)
            return invalid(where, u"value is not hex"_s);
        c.value = *value;
    }
    c.isProtected = object.value(u"protected").toBool(false);
    for (const auto &n : object.value(u"notifications").toArray()) {
        const auto value = parseHex(n);
        if (!value)
            return invalid(where, u"notification is not hex"_s);
        c.notifications.append(*value);
    }
    c.notifyIntervalMs = object.value(u"notifyIntervalMs").toInt(1000);
    if (c.notifyIntervalMs < 10)
        return invalid(where, u"notifyIntervalMs below 10"_s);
    c.behaviour = object.value(u"behaviour").toString();
    if (!c.behaviour.isEmpty() && c.behaviour != u"smp-echo")
        return invalid(where, u"unknown behaviour "_s + c.behaviour);
    return c;
}

Result<ScenarioDevice> parseDevice(const QJsonObject &object, const QString &where)
{
    ScenarioDevice device;
    device.key = object.value(u"key").toString();
    if (device.key.isEmpty())
        return invalid(where, u"missing key"_s);
    const QString at = where + u" ("_s + device.key + u")"_s;
    Advertisement &ad = device.advertisement;
    ad.address = object.value(u"address").toString().toUpper();
    if (QBluetoothAddress(ad.address).isNull() || ad.address.size() != 17)
        return invalid(at, u"bad address"_s);
    const auto type = addressTypeFromJsonName(object.value(u"addressType").toString());
    if (!type || *type == AddressType::Unknown)
        return invalid(at, u"bad addressType"_s);
    ad.addressType = *type;
    if (*type != AddressType::Public && classifyRandomAddress(QBluetoothAddress(ad.address)) != *type)
        return invalid(at, u"address bits do not match addressType"_s);
    ad.name = object.value(u"name").toString();
    const int rssi = object.value(u"rssi").toInt(0);
    if (rssi < -127 || rssi > 20)
        return invalid(at, u"rssi out of range"_s);
    ad.rssi = qint16(rssi);
    if (object.contains(u"appearance")) {
        ad.appearance = parseU16(object.value(u"appearance"));
        if (!ad.appearance)
            return invalid(at, u"bad appearance"_s);
    }
    const QJsonObject manufacturer = object.value(u"manufacturerData").toObject();
    for (auto it = manufacturer.begin(); it != manufacturer.end(); ++it) {
        const auto company = parseU16(QJsonValue(it.key()));
        const auto data = parseHex(it.value());
        if (!company || !data)
            return invalid(at, u"bad manufacturerData "_s + it.key());
        ad.manufacturerData.insert(*company, *data);
    }
    const QJsonObject serviceData = object.value(u"serviceData").toObject();
    for (auto it = serviceData.begin(); it != serviceData.end(); ++it) {
        const auto uuid = parseUuid(QJsonValue(it.key()));
        const auto data = parseHex(it.value());
        if (!uuid || !data)
            return invalid(at, u"bad serviceData "_s + it.key());
        ad.serviceData.insert(*uuid, *data);
    }
    for (const auto &value : object.value(u"services").toArray()) {
        const auto uuid = parseUuid(value);
        if (!uuid)
            return invalid(at, u"bad service uuid"_s);
        ad.services.append(*uuid);
    }
    device.connectable = object.value(u"connectable").toBool(true);
    if (object.contains(u"rotatesTo")) {
        const QJsonObject rotation = object.value(u"rotatesTo").toObject();
        device.rotatedAddress = rotation.value(u"address").toString().toUpper();
        device.rotateAfterMs = rotation.value(u"afterMs").toInt(-1);
        if (*type != AddressType::ResolvablePrivate && *type != AddressType::NonResolvablePrivate)
            return invalid(at, u"only a private address rotates"_s);
        if (device.rotatedAddress.size() != 17 || QBluetoothAddress(device.rotatedAddress).isNull()
            || classifyRandomAddress(QBluetoothAddress(device.rotatedAddress)) != *type)
            return invalid(at, u"bad rotatesTo address"_s);
        if (device.rotateAfterMs < 0)
            return invalid(at, u"bad rotatesTo afterMs"_s);
    }
    const QJsonArray gatt = object.value(u"gatt").toArray();
    for (qsizetype s = 0; s < gatt.size(); ++s) {
        const QJsonObject serviceObject = gatt[s].toObject();
        ScenarioService service;
        const auto uuid = parseUuid(serviceObject.value(u"uuid"));
        if (!uuid)
            return invalid(at, u"bad gatt service uuid"_s);
        service.uuid = *uuid;
        const QJsonArray characteristics = serviceObject.value(u"characteristics").toArray();
        for (qsizetype c = 0; c < characteristics.size(); ++c) {
            auto characteristic = parseCharacteristic(characteristics[c].toObject(),
                                                      at + u" gatt[%1].characteristics[%2]"_s.arg(s).arg(c));
            if (!characteristic)
                return characteristic.error();
            service.characteristics.append(std::move(*characteristic));
        }
        device.gatt.append(std::move(service));
    }
    device.expect = object.value(u"expect").toObject();
    return device;
}

} // namespace

const ScenarioDevice *BleScenario::device(const QString &key) const
{
    for (const ScenarioDevice &d : devices) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

Result<BleScenario> BleScenario::fromJson(QByteArrayView json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(u"scenario"_s, parseError.errorString());
    const QJsonObject root = document.object();
    if (root.value(u"format").toString() != Format)
        return invalid(u"scenario"_s, u"not a pasban-ble-scenario file"_s);
    if (root.value(u"version").toInt() != Version)
        return invalid(u"scenario"_s, u"unsupported version %1"_s.arg(root.value(u"version").toInt()));
    BleScenario scenario;
    scenario.name = root.value(u"name").toString();
    const QJsonArray devices = root.value(u"devices").toArray();
    for (qsizetype i = 0; i < devices.size(); ++i) {
        auto device = parseDevice(devices[i].toObject(), u"devices[%1]"_s.arg(i));
        if (!device)
            return device.error();
        if (scenario.device(device->key))
            return invalid(u"devices[%1]"_s.arg(i), u"duplicate key "_s + device->key);
        scenario.devices.append(std::move(*device));
    }
    return scenario;
}

Result<BleScenario> BleScenario::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(path, file.errorString());
    auto scenario = fromJson(file.readAll());
    if (!scenario)
        return scenario.error().withDetail(path);
    return scenario;
}

Result<BleScenario> BleScenario::ward()
{
    return load(u":/pasban/discovery/scenarios/ward.json"_s);
}

} // namespace pasban::discovery
