#pragma once

#include <QString>
#include <QStringList>

namespace pasban {

// One pass over TEXT replacing %1…%99 with ARGUMENTS, so an argument that itself
// contains "%2" (a path, a device name) is inserted literally, never expanded
// again. Used by Error messages and posture texts alike.
[[nodiscard]] QString fillPlaceholders(const QString &text, const QStringList &arguments);

} // namespace pasban
