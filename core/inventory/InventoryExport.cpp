#include "InventoryExport.h"

#include "FieldRules.h"
#include "InventoryPostureSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace pasban::inventory {

namespace {

// One exported line: the declared fields (from the record, or for a device
// nobody declared, what the engineer typed on it) and Pasban's additions.
struct ExportRow
{
    DeclaredRecord declared;
    QString deviceId;
    QString lastSeen;
    QString transport;
    QString observedFirmware;
    DevicePosture posture;
};

ExportRow rowFor(const InventoryEntry &entry, const InventoryPostureSource *source)
{
    ExportRow row;
    if (entry.declared) {
        row.declared = *entry.declared;
    } else if (entry.device) {
        const AssetFields &asset = entry.device->asset;
        row.declared.assetTag = asset.assetTag;
        row.declared.location = asset.location;
        row.declared.department = asset.department;
        row.declared.owner = asset.owner;
        row.declared.notes = asset.notes;
    }
    if (entry.device) {
        row.deviceId = entry.device->observed.id;
        row.lastSeen = entry.device->lastSeenUtc.toUTC().toString(Qt::ISODate);
        row.transport = entry.device->observed.transport;
        row.observedFirmware = entry.device->observed.firmware;
    }
    if (source)
        row.posture = source->posture(entry.id);
    return row;
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString number(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 6) : QString();
}

QUuid entryUuid(const QString &key)
{
    // Stable across exports, so the receiver can recognise a resource it has.
    static const QUuid ns(u"5b0d8f3e-6c1e-4b8f-9a55-0d1c3a7e9f21"_s);
    return QUuid::createUuidV5(ns, key);
}

QJsonObject extension(const QString &name, const QString &valueKey, const QJsonValue &value)
{
    return {{u"url"_s, QString(QString::fromUtf16(FhirExtensionBase) + name)}, {valueKey, value}};
}

QJsonObject deviceResource(const ExportRow &row)
{
    const DeclaredRecord &d = row.declared;
    QJsonObject device {{u"resourceType"_s, u"Device"_s}};
    QJsonArray identifiers;
    if (!d.assetTag.isEmpty()) {
        identifiers.append(QJsonObject {{u"type"_s, QJsonObject {{u"text"_s, u"Asset tag"_s}}},
                                        {u"system"_s, QString::fromUtf16(FhirAssetTagSystem)},
                                        {u"value"_s, d.assetTag}});
    }
    if (!d.serial.isEmpty()) {
        identifiers.append(QJsonObject {
            {u"type"_s,
             QJsonObject {{u"coding"_s,
                           QJsonArray {QJsonObject {{u"system"_s, u"http://terminology.hl7.org/CodeSystem/v2-0203"_s},
                                                    {u"code"_s, u"SNO"_s},
                                                    {u"display"_s, u"Serial Number"_s}}}},
                          {u"text"_s, u"Serial number"_s}}},
            {u"value"_s, d.serial}});
    }
    if (!row.deviceId.isEmpty()) {
        identifiers.append(QJsonObject {{u"type"_s, QJsonObject {{u"text"_s, u"Pasban device id"_s}}},
                                        {u"system"_s, u"urn:pasban:device-id"_s},
                                        {u"value"_s, row.deviceId}});
    }
    if (!identifiers.isEmpty())
        device.insert(u"identifier"_s, identifiers);
    // Declared in the hospital's inventory or seen by a scan: in use.
    device.insert(u"status"_s, u"active"_s);
    if (!d.manufacturer.isEmpty())
        device.insert(u"manufacturer"_s, d.manufacturer);
    if (!d.serial.isEmpty())
        device.insert(u"serialNumber"_s, d.serial);
    if (!d.model.isEmpty())
        device.insert(u"modelNumber"_s, d.model);
    QJsonArray versions;
    const auto addVersion = [&versions](const QString &type, const QString &value) {
        if (!value.isEmpty())
            versions.append(QJsonObject {{u"type"_s, QJsonObject {{u"text"_s, type}}}, {u"value"_s, value}});
    };
    addVersion(u"firmware"_s, d.firmware);
    addVersion(u"firmware (observed)"_s, row.observedFirmware);
    addVersion(u"hardware"_s, d.hardware);
    if (!versions.isEmpty())
        device.insert(u"version"_s, versions);
    if (!d.department.isEmpty())
        device.insert(u"owner"_s, QJsonObject {{u"display"_s, d.department}});
    if (!d.location.isEmpty())
        device.insert(u"location"_s, QJsonObject {{u"display"_s, d.location}});
    if (!d.notes.isEmpty())
        device.insert(u"note"_s, QJsonArray {QJsonObject {{u"text"_s, d.notes}}});
    QJsonArray extensions;
    if (!row.lastSeen.isEmpty())
        extensions.append(extension(u"last-seen"_s, u"valueDateTime"_s, row.lastSeen));
    if (!row.transport.isEmpty())
        extensions.append(extension(u"transport"_s, u"valueCode"_s, row.transport));
    if (row.posture.score)
        extensions.append(extension(u"posture-score"_s, u"valueDecimal"_s, *row.posture.score));
    if (row.posture.openFindings)
        extensions.append(extension(u"open-findings"_s, u"valueInteger"_s, *row.posture.openFindings));
    if (!d.owner.isEmpty())
        extensions.append(extension(u"owner-person"_s, u"valueString"_s, d.owner));
    if (!d.bluetoothAddress.isEmpty())
        extensions.append(extension(u"bluetooth-address"_s, u"valueString"_s, d.bluetoothAddress));
    if (!d.usbVendorId.isEmpty()) {
        extensions.append(extension(u"usb-vendor-id"_s, u"valueString"_s, d.usbVendorId));
        extensions.append(extension(u"usb-product-id"_s, u"valueString"_s, d.usbProductId));
    }
    if (!extensions.isEmpty())
        device.insert(u"extension"_s, extensions);
    return device;
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    if (name == u"csv")
        return ExportFormat::Csv;
    if (name == u"json")
        return ExportFormat::Json;
    if (name == u"fhir")
        return ExportFormat::Fhir;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return u"csv"_s;
    case ExportFormat::Json:
        return u"json"_s;
    case ExportFormat::Fhir:
        return u"fhir"_s;
    }
    return {};
}

QStringList InventoryExporter::columns()
{
    QStringList names;
    for (Field field : allFields())
        names << fieldName(field);
    return names + FieldRules::exportOnlyColumns();
}

QByteArray InventoryExporter::write(const QList<InventoryEntry> &entries, ExportFormat format,
                                    const QDateTime &generatedUtc) const
{
    switch (format) {
    case ExportFormat::Csv:
        return csv(entries);
    case ExportFormat::Json:
        return json(entries);
    case ExportFormat::Fhir:
        return fhir(entries, generatedUtc);
    }
    return {};
}

QByteArray InventoryExporter::csv(const QList<InventoryEntry> &entries) const
{
    // The byte order mark lets spreadsheet programs read Persian text as UTF-8.
    QString out = QChar(0xFEFF) + columns().join(u',') + u"\r\n"_s;
    for (const InventoryEntry &entry : entries) {
        const ExportRow row = rowFor(entry, m_posture);
        QStringList cells;
        for (Field field : allFields())
            cells << csvField(row.declared.value(field));
        cells << csvField(row.deviceId) << csvField(row.lastSeen) << csvField(row.transport)
              << csvField(row.observedFirmware) << number(row.posture.score)
              << (row.posture.openFindings ? QString::number(*row.posture.openFindings) : QString());
        out += cells.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

QByteArray InventoryExporter::json(const QList<InventoryEntry> &entries) const
{
    QJsonArray array;
    for (const InventoryEntry &entry : entries) {
        const ExportRow row = rowFor(entry, m_posture);
        QJsonObject object;
        for (Field field : allFields())
            object.insert(fieldName(field), row.declared.value(field));
        object.insert(u"deviceId"_s, row.deviceId);
        object.insert(u"lastSeen"_s, row.lastSeen.isEmpty() ? QJsonValue() : QJsonValue(row.lastSeen));
        object.insert(u"transport"_s, row.transport);
        object.insert(u"observedFirmware"_s, row.observedFirmware);
        object.insert(u"postureScore"_s, row.posture.score ? QJsonValue(*row.posture.score) : QJsonValue());
        object.insert(u"openFindings"_s,
                      row.posture.openFindings ? QJsonValue(*row.posture.openFindings) : QJsonValue());
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray InventoryExporter::fhir(const QList<InventoryEntry> &entries, const QDateTime &generatedUtc) const
{
    QJsonArray bundleEntries;
    for (const InventoryEntry &entry : entries) {
        const ExportRow row = rowFor(entry, m_posture);
        const QString key = row.declared.assetTag.isEmpty() ? entry.id : u"asset:"_s + row.declared.assetTag;
        const QUuid uuid = entryUuid(key);
        QJsonObject resource = deviceResource(row);
        resource.insert(u"id"_s, uuid.toString(QUuid::WithoutBraces));
        bundleEntries.append(QJsonObject {{u"fullUrl"_s, QString(u"urn:uuid:"_s + uuid.toString(QUuid::WithoutBraces))},
                                          {u"resource"_s, resource}});
    }
    const QJsonObject bundle {{u"resourceType"_s, u"Bundle"_s},
                              {u"type"_s, u"collection"_s},
                              {u"timestamp"_s, generatedUtc.toUTC().toString(Qt::ISODate)},
                              {u"entry"_s, bundleEntries}};
    return QJsonDocument(bundle).toJson(QJsonDocument::Indented);
}

} // namespace pasban::inventory
