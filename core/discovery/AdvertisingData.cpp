#include "AdvertisingData.h"

#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace pasban::discovery {

namespace {

// AD types, Bluetooth Core Specification Supplement Part A §1 (assigned numbers "Common Data Types").
enum AdType : quint8 {
    Flags = 0x01,
    IncompleteUuid16 = 0x02,
    CompleteUuid16 = 0x03,
    IncompleteUuid32 = 0x04,
    CompleteUuid32 = 0x05,
    IncompleteUuid128 = 0x06,
    CompleteUuid128 = 0x07,
    ShortenedName = 0x08,
    CompleteName = 0x09,
    TxPower = 0x0A,
    ServiceData16 = 0x16,
    Appearance = 0x19,
    ServiceData32 = 0x20,
    ServiceData128 = 0x21,
    ManufacturerSpecific = 0xFF,
};

Error malformed(const QString &why)
{
    return Error(u"discovery.ad.malformed"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "A device sent advertising data that does not follow the Bluetooth specification. "
                                   "It was ignored; if this keeps happening, note the device for inspection."),
                 {}, why);
}

// UUIDs travel little-endian; QBluetoothUuid wants the 128-bit form big-endian.
QBluetoothUuid uuidFrom(QByteArrayView bytes)
{
    switch (bytes.size()) {
    case 2:
        return QBluetoothUuid(qFromLittleEndian<quint16>(bytes.data()));
    case 4:
        return QBluetoothUuid(qFromLittleEndian<quint32>(bytes.data()));
    default: {
        quint128 value;
        for (int i = 0; i < 16; ++i)
            value.data[i] = quint8(bytes[15 - i]);
        return QBluetoothUuid(value);
    }
    }
}

void appendUuid(QByteArray &out, const QBluetoothUuid &uuid, int width)
{
    if (width == 2) {
        const quint16 v = uuid.toUInt16();
        out.append(char(v & 0xFF)).append(char(v >> 8));
    } else if (width == 4) {
        const quint32 v = uuid.toUInt32();
        for (int i = 0; i < 4; ++i)
            out.append(char((v >> (8 * i)) & 0xFF));
    } else {
        const quint128 v = uuid.toUInt128();
        for (int i = 15; i >= 0; --i)
            out.append(char(v.data[i]));
    }
}

int uuidWidth(const QBluetoothUuid &uuid)
{
    bool ok = false;
    uuid.toUInt16(&ok);
    if (ok)
        return 2;
    uuid.toUInt32(&ok);
    return ok ? 4 : 16;
}

void appendStructure(QByteArray &out, quint8 type, QByteArrayView data)
{
    if (data.size() > 254)
        return; // one length octet counts the type too
    out.append(char(data.size() + 1)).append(char(type)).append(data);
}

Status parseUuidList(QByteArrayView data, int width, Advertisement &into)
{
    if (data.size() % width != 0)
        return malformed(
            u"service UUID list of %1 octets is not a whole number of %2-octet UUIDs"_s.arg(data.size()).arg(width));
    for (qsizetype i = 0; i < data.size(); i += width) {
        const QBluetoothUuid uuid = uuidFrom(data.sliced(i, width));
        if (!into.services.contains(uuid))
            into.services.append(uuid);
    }
    return {};
}

Status parseServiceData(QByteArrayView data, int width, Advertisement &into)
{
    if (data.size() < width)
        return malformed(u"service data of %1 octets is shorter than its %2-octet UUID"_s.arg(data.size()).arg(width));
    into.serviceData.insert(uuidFrom(data.first(width)), data.sliced(width).toByteArray());
    return {};
}

Status parseStructure(quint8 type, QByteArrayView data, Advertisement &into)
{
    switch (type) {
    case IncompleteUuid16:
    case CompleteUuid16:
        return parseUuidList(data, 2, into);
    case IncompleteUuid32:
    case CompleteUuid32:
        return parseUuidList(data, 4, into);
    case IncompleteUuid128:
    case CompleteUuid128:
        return parseUuidList(data, 16, into);
    case ShortenedName:
        // A complete name, when both are sent, wins over the shortened one.
        if (into.name.isEmpty())
            into.name = QString::fromUtf8(data);
        return {};
    case CompleteName:
        into.name = QString::fromUtf8(data);
        return {};
    case TxPower:
        if (data.size() != 1)
            return malformed(u"TX power level of %1 octets (1 expected)"_s.arg(data.size()));
        into.txPower = qint8(data[0]);
        return {};
    case Appearance:
        if (data.size() != 2)
            return malformed(u"appearance of %1 octets (2 expected)"_s.arg(data.size()));
        into.appearance = qFromLittleEndian<quint16>(data.data());
        return {};
    case ServiceData16:
        return parseServiceData(data, 2, into);
    case ServiceData32:
        return parseServiceData(data, 4, into);
    case ServiceData128:
        return parseServiceData(data, 16, into);
    case ManufacturerSpecific: {
        auto parsed = AdvertisingData::parseManufacturerData(data);
        if (!parsed)
            return parsed.error();
        into.manufacturerData.insert(parsed->first, parsed->second);
        return {};
    }
    default:
        return {}; // flags and the many other types carry nothing the registry uses
    }
}

} // namespace

Status AdvertisingData::parse(QByteArrayView payload, Advertisement &into)
{
    qsizetype pos = 0;
    while (pos < payload.size()) {
        const quint8 length = quint8(payload[pos]);
        if (length == 0)
            return {}; // early termination: the rest is zero padding
        if (length > payload.size() - pos - 1)
            return malformed(u"AD structure at octet %1 claims %2 octets, %3 remain"_s.arg(pos).arg(length).arg(
                payload.size() - pos - 1));
        const quint8 type = quint8(payload[pos + 1]);
        if (Status status = parseStructure(type, payload.sliced(pos + 2, length - 1), into); !status)
            return status.error().withDetail(u"AD type 0x%1"_s.arg(int(type), 2, 16, QChar(u'0')));
        pos += 1 + length;
    }
    return {};
}

Result<std::pair<quint16, QByteArray>> AdvertisingData::parseManufacturerData(QByteArrayView value)
{
    if (value.size() < 2)
        return malformed(u"manufacturer data of %1 octets has no 2-octet company identifier"_s.arg(value.size()));
    return std::pair<quint16, QByteArray>(qFromLittleEndian<quint16>(value.data()), value.sliced(2).toByteArray());
}

QByteArray AdvertisingData::encode(const Advertisement &advertisement)
{
    QByteArray out;
    appendStructure(out, Flags, QByteArray(1, char(0x06))); // LE General Discoverable, BR/EDR not supported
    for (int width : {2, 4, 16}) {
        QByteArray list;
        for (const QBluetoothUuid &uuid : advertisement.services) {
            if (uuidWidth(uuid) == width)
                appendUuid(list, uuid, width);
        }
        if (!list.isEmpty())
            appendStructure(out, width == 2 ? CompleteUuid16 : width == 4 ? CompleteUuid32 : CompleteUuid128, list);
    }
    if (!advertisement.name.isEmpty())
        appendStructure(out, CompleteName, advertisement.name.toUtf8());
    if (advertisement.txPower)
        appendStructure(out, TxPower, QByteArray(1, char(*advertisement.txPower)));
    if (advertisement.appearance) {
        const quint16 v = *advertisement.appearance;
        const char bytes[2] = {char(v & 0xFF), char(v >> 8)};
        appendStructure(out, Appearance, QByteArrayView(bytes, 2));
    }
    for (auto it = advertisement.serviceData.cbegin(); it != advertisement.serviceData.cend(); ++it) {
        const int width = uuidWidth(it.key());
        QByteArray data;
        appendUuid(data, it.key(), width);
        data.append(it.value());
        appendStructure(out, width == 2 ? ServiceData16 : width == 4 ? ServiceData32 : ServiceData128, data);
    }
    for (auto it = advertisement.manufacturerData.cbegin(); it != advertisement.manufacturerData.cend(); ++it) {
        QByteArray data;
        data.append(char(it.key() & 0xFF)).append(char(it.key() >> 8)).append(it.value());
        appendStructure(out, ManufacturerSpecific, data);
    }
    return out;
}

} // namespace pasban::discovery
