#pragma once

#include "common/DataDirectory.h"
#include "common/Result.h"
#include "common/Settings.h"
#include "storage/Database.h"

#include <functional>
#include <memory>

namespace pasban {

// What every Pasban executable needs before it does anything: a data folder, a
// cryptography library that passed its known-answer self-test, the console
// database at the current schema, and the settings. start() refuses (returns the
// Error) rather than running on a broken foundation.
class ConsoleContext
{
public:
    struct Options
    {
        QString dataDirectory; // --data-dir; empty: PASBAN_DATA_DIR or the default
        // The known-answer self-test to run first; tests pass a failing one to
        // prove that start() refuses.
        std::function<Status()> selfTest;
        // How long to wait for another program holding the database.
        int busyTimeoutMs = storage::Database::DefaultBusyTimeoutMs;
    };

    [[nodiscard]] static Result<std::unique_ptr<ConsoleContext>> start(const Options &options);
    // The usual start: the given data folder (empty: PASBAN_DATA_DIR or the default).
    [[nodiscard]] static Result<std::unique_ptr<ConsoleContext>> start(const QString &dataDirectory);

    [[nodiscard]] const DataDirectory &dataDirectory() const { return m_dataDirectory; }
    [[nodiscard]] storage::Database &database() { return m_database; }
    [[nodiscard]] Settings &settings() { return *m_settings; }
    [[nodiscard]] QString databasePath() const;

private:
    ConsoleContext(DataDirectory directory, storage::Database database);

    DataDirectory m_dataDirectory;
    storage::Database m_database;
    std::unique_ptr<Settings> m_settings;
};

} // namespace pasban
