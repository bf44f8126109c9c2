#pragma once

#include "Database.h"
#include "Migrations.h"
#include "common/Result.h"

#include <QList>
#include <QString>

namespace pasban::storage {

// The console database's schema history, oldest first. Modules append their
// migrations here; never edit or reorder a released one.
[[nodiscard]] QList<Migration> consoleMigrations();

// What the GUI and the CLI call at start-up: opens (creating if needed) and
// brings the database to the current schema, or explains why it cannot.
[[nodiscard]] Result<Database> openConsoleDatabase(const QString &path,
                                                   int busyTimeoutMs = Database::DefaultBusyTimeoutMs);

// The console database's file name inside the data folder.
[[nodiscard]] QString consoleDatabaseFileName();

} // namespace pasban::storage
