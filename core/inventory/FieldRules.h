#pragma once

#include "DeclaredRecord.h"
#include "common/Error.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace pasban::inventory {

// How exchanged values are named, checked and normalised: one place for the
// importer, `inventory add` and the GUI, so they accept exactly the same input.
namespace FieldRules {

// Longest value accepted per field (characters); notes may hold a paragraph.
[[nodiscard]] int maxLength(Field field);

// The field a column header or JSON key names: case-insensitive, spaces,
// underscores, hyphens and dots ignored; CMMS spellings ("Asset Tag",
// "Serial Number", "Model Number", "Firmware Version", ...) and `id` for the
// asset tag are accepted (docs/inventory-exchange.md lists them all).
[[nodiscard]] std::optional<Field> fieldForHeader(QStringView header);

// Columns Pasban's own export adds (deviceId, lastSeen, transport, ...): read
// back without complaint, even in strict mode, and ignored.
[[nodiscard]] bool isExportOnlyHeader(QStringView header);
// The export-only column HEADER names ("deviceId", ...), or empty.
[[nodiscard]] QString exportOnlyColumn(QStringView header);
[[nodiscard]] const QStringList &exportOnlyColumns();

// Every accepted spelling of FIELD after normalisation (for the documentation test).
[[nodiscard]] QStringList synonyms(Field field);

// Checks and normalises VALUE for FIELD (trimmed; Bluetooth address to
// "AA:BB:CC:DD:EE:FF", USB ids to four lower-case hex digits). Empty is valid
// except for the asset tag. The error's code is inventory.invalid_field.
[[nodiscard]] std::optional<Error> normalise(Field field, QString &value);

// Checks a whole record (each field, and rules across fields: a USB vendor id
// needs its product id). FIELD receives the field at fault.
[[nodiscard]] std::optional<Error> check(DeclaredRecord &record, Field *field = nullptr);

} // namespace FieldRules

} // namespace pasban::inventory
