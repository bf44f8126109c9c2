#pragma once

// Private to core/audit: how audit_events rows are read, shared by the writer,
// the viewer queries and the verifier so all three see a row the same way.

#include "StoredRecord.h"

#include <QString>

namespace pasban::storage {
class Statement;
}

namespace pasban::audit::detail {

// The stored columns in canonical order, for SELECT lists; prefix is a table
// alias with its dot ("e.") or empty.
[[nodiscard]] QString eventColumns(const QString &prefix = {});
inline constexpr int EventColumnCount = 9;

// Reads the columns eventColumns() selected, starting at `firstColumn`. A value of
// the wrong SQL type is recorded in StoredRecord::columnProblem rather than
// converted silently.
[[nodiscard]] StoredRecord readRecord(const storage::Statement &statement, int firstColumn = 0);

} // namespace pasban::audit::detail
