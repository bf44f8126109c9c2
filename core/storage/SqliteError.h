#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringView>

struct sqlite3;

// Internal to core/storage: the one place that turns SQLite result codes into
// Errors, so every caller classifies "locked", "damaged" and "read-only" alike.
namespace pasban::storage::detail {

// The database's file name as shown to people (native separators).
[[nodiscard]] QString displayName(sqlite3 *db);
[[nodiscard]] QString displayName(const QString &path);

// An Error for a failed SQLite call; SQLite's own text goes into the detail.
[[nodiscard]] Error sqliteError(sqlite3 *db, int resultCode);
[[nodiscard]] Error sqliteError(const QString &path, int resultCode, const QString &sqliteMessage);

// Runs one or more SQL statements, discarding any rows.
[[nodiscard]] Status execute(sqlite3 *db, QStringView sql);

// A programming error in the use of the storage API (bad index, nested
// transaction): nothing was changed, and the detail tells a developer why.
[[nodiscard]] Error misuse(const QString &path, const QString &detail);

} // namespace pasban::storage::detail
