#pragma once

#include "common/Error.h"

#include <QString>

namespace pasban::audit::detail {

// audit.export_write: the export file cannot be written (detail: why).
[[nodiscard]] Error exportWriteFailed(const QString &path, const QString &why);
// audit.export_cancelled
[[nodiscard]] Error exportCancelled();
// audit.export_malformed: an export file (read back) is not what Pasban writes.
[[nodiscard]] Error exportMalformed(const QString &why);

} // namespace pasban::audit::detail
