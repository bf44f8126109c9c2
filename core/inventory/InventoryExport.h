#pragma once

#include "InventoryStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace pasban::inventory {

class InventoryPostureSource;

enum class ExportFormat { Csv, Json, Fhir };
[[nodiscard]] std::optional<ExportFormat> exportFormatFromName(QStringView name); // "csv", "json", "fhir"
[[nodiscard]] QString exportFormatName(ExportFormat format);

// FHIR identifier systems Pasban writes (docs/inventory-exchange.md).
inline constexpr const char16_t *FhirAssetTagSystem = u"urn:pasban:asset-tag";
inline constexpr const char16_t *FhirExtensionBase = u"https://pasban.org/fhir/StructureDefinition/";

// Writes the inventory back for the maintenance system: every declared field
// (so a file exported and imported again gives the same inventory) plus what
// Pasban adds: deviceId, lastSeen, transport, observedFirmware, postureScore,
// openFindings. CSV is RFC 4180 (UTF-8 with a byte order mark, CRLF); JSON an
// array of objects; FHIR an R4 Bundle (type collection) of Device resources.
// Machine formats: UTC ISO-8601 times, C-locale numbers. POSTURE may be null.
class InventoryExporter
{
public:
    explicit InventoryExporter(const InventoryPostureSource *posture = nullptr)
        : m_posture(posture)
    {
    }

    [[nodiscard]] QByteArray write(const QList<InventoryEntry> &entries, ExportFormat format,
                                   const QDateTime &generatedUtc) const;

    [[nodiscard]] QByteArray csv(const QList<InventoryEntry> &entries) const;
    [[nodiscard]] QByteArray json(const QList<InventoryEntry> &entries) const;
    [[nodiscard]] QByteArray fhir(const QList<InventoryEntry> &entries, const QDateTime &generatedUtc) const;

    // The CSV/JSON column names, in order.
    [[nodiscard]] static QStringList columns();

private:
    const InventoryPostureSource *m_posture;
};

} // namespace pasban::inventory
