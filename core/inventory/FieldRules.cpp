#include "FieldRules.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace pasban::inventory::FieldRules {

namespace {

QString normalisedHeader(QStringView header)
{
    QString out;
    out.reserve(header.size());
    for (QChar c : header) {
        if (c == u' ' || c == u'_' || c == u'-' || c == u'.' || c == QChar(0xFEFF) || c.isSpace())
            continue;
        out.append(c.toCaseFolded());
    }
    return out;
}

const QHash<QString, Field> &headerTable()
{
    static const QHash<QString, Field> table = [] {
        const QList<std::pair<Field, QStringList>> spellings = {
            {Field::AssetTag,
             {u"assettag"_s, u"id"_s, u"asset"_s, u"assetid"_s, u"assetno"_s, u"assetnumber"_s, u"assettagnumber"_s,
              u"tag"_s, u"tagnumber"_s, u"equipmentid"_s, u"equipmentno"_s, u"equipmentnumber"_s, u"controlnumber"_s}},
            {Field::Manufacturer,
             {u"manufacturer"_s, u"manufacturername"_s, u"mfr"_s, u"mfg"_s, u"make"_s, u"vendor"_s}},
            {Field::Model, {u"model"_s, u"modelnumber"_s, u"modelno"_s, u"modelname"_s}},
            {Field::Serial, {u"serial"_s, u"serialnumber"_s, u"serialno"_s, u"sn"_s}},
            {Field::Firmware, {u"firmware"_s, u"firmwareversion"_s, u"firmwarerevision"_s, u"fwversion"_s, u"fw"_s}},
            {Field::Hardware, {u"hardware"_s, u"hardwareversion"_s, u"hardwarerevision"_s, u"hwversion"_s, u"hw"_s}},
            {Field::Location, {u"location"_s, u"room"_s, u"site"_s}},
            {Field::Department, {u"department"_s, u"dept"_s, u"unit"_s, u"ward"_s}},
            {Field::Owner, {u"owner"_s, u"custodian"_s, u"responsibleperson"_s}},
            {Field::Notes, {u"notes"_s, u"note"_s, u"comments"_s, u"comment"_s, u"remarks"_s}},
            {Field::BluetoothAddress,
             {u"bluetoothaddress"_s, u"btaddress"_s, u"bleaddress"_s, u"bdaddr"_s, u"bluetoothmac"_s}},
            {Field::UsbVendorId, {u"usbvendorid"_s, u"vendorid"_s, u"usbvid"_s, u"vid"_s}},
            {Field::UsbProductId, {u"usbproductid"_s, u"productid"_s, u"usbpid"_s, u"pid"_s}},
        };
        QHash<QString, Field> result;
        for (const auto &[field, names] : spellings) {
            for (const QString &name : names)
                result.insert(name, field);
        }
        return result;
    }();
    return table;
}

Error invalid(Field field, const char *message, const QStringList &arguments = {})
{
    return Error(u"inventory.invalid_field"_s, message, QStringList {fieldName(field)} + arguments);
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool hasControlCharacter(const QString &value, bool allowNewlines)
{
    for (QChar c : value) {
        if (allowNewlines && (c == u'\n' || c == u'\r' || c == u'\t'))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

std::optional<Error> normaliseBluetooth(QString &value)
{
    // "aa:bb:cc:dd:ee:ff", "AA-BB-...": six pairs of hex digits.
    QString out;
    const QStringList parts = value.split(value.contains(u'-') ? u'-' : u':');
    bool ok = parts.size() == 6;
    for (const QString &part : parts) {
        if (!ok || part.size() != 2 || !isHexDigit(part[0]) || !isHexDigit(part[1])) {
            ok = false;
            break;
        }
        if (!out.isEmpty())
            out.append(u':');
        out.append(part.toUpper());
    }
    if (!ok) {
        return invalid(Field::BluetoothAddress,
                       QT_TRANSLATE_NOOP("pasban::Error",
                                         "%1 must be a Bluetooth address of six hex pairs, e.g. C4:7F:51:3A:22:10."));
    }
    value = out;
    return std::nullopt;
}

std::optional<Error> normaliseUsbId(Field field, QString &value)
{
    if (value.size() != 4 || !std::all_of(value.cbegin(), value.cend(), isHexDigit)) {
        return invalid(field, QT_TRANSLATE_NOOP("pasban::Error", "%1 must be exactly four hex digits, e.g. 04d8."));
    }
    value = value.toLower();
    return std::nullopt;
}

} // namespace

int maxLength(Field field)
{
    switch (field) {
    case Field::AssetTag:
        return 64;
    case Field::Notes:
        return 4000;
    case Field::Location:
    case Field::Department:
    case Field::Owner:
        return 256;
    default:
        return 128;
    }
}

std::optional<Field> fieldForHeader(QStringView header)
{
    const auto it = headerTable().constFind(normalisedHeader(header));
    if (it == headerTable().cend())
        return std::nullopt;
    return *it;
}

const QStringList &exportOnlyColumns()
{
    static const QStringList columns = {u"deviceId"_s,         u"lastSeen"_s,     u"transport"_s,
                                        u"observedFirmware"_s, u"postureScore"_s, u"openFindings"_s};
    return columns;
}

QString exportOnlyColumn(QStringView header)
{
    const QString normalised = normalisedHeader(header);
    for (const QString &column : exportOnlyColumns()) {
        if (normalised == column.toCaseFolded())
            return column;
    }
    return {};
}

bool isExportOnlyHeader(QStringView header)
{
    return !exportOnlyColumn(header).isEmpty();
}

QStringList synonyms(Field field)
{
    QStringList names;
    for (auto it = headerTable().cbegin(); it != headerTable().cend(); ++it) {
        if (it.value() == field)
            names << it.key();
    }
    names.sort();
    return names;
}

std::optional<Error> normalise(Field field, QString &value)
{
    value = value.trimmed();
    if (value.isEmpty()) {
        if (field == Field::AssetTag)
            return invalid(field, QT_TRANSLATE_NOOP("pasban::Error", "%1 is required and is empty."));
        return std::nullopt;
    }
    if (value.size() > maxLength(field)) {
        return invalid(field, QT_TRANSLATE_NOOP("pasban::Error", "%1 is longer than %2 characters."),
                       {QString::number(maxLength(field))});
    }
    if (hasControlCharacter(value, field == Field::Notes))
        return invalid(field, QT_TRANSLATE_NOOP("pasban::Error", "%1 contains control characters."));
    switch (field) {
    case Field::BluetoothAddress:
        return normaliseBluetooth(value);
    case Field::UsbVendorId:
    case Field::UsbProductId:
        return normaliseUsbId(field, value);
    default:
        return std::nullopt;
    }
}

std::optional<Error> check(DeclaredRecord &record, Field *fieldAtFault)
{
    for (Field field : allFields()) {
        QString value = record.value(field);
        if (std::optional<Error> error = normalise(field, value)) {
            if (fieldAtFault)
                *fieldAtFault = field;
            return error;
        }
        record.setValue(field, value);
    }
    if (record.usbVendorId.isEmpty() != record.usbProductId.isEmpty()) {
        const Field missing = record.usbVendorId.isEmpty() ? Field::UsbVendorId : Field::UsbProductId;
        if (fieldAtFault)
            *fieldAtFault = missing;
        return Error(u"inventory.invalid_field"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "%1 is missing: USB vendor and product ID go together."),
                     {fieldName(missing)});
    }
    return std::nullopt;
}

} // namespace pasban::inventory::FieldRules
