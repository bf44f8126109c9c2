#pragma once

#include "Result.h"

#include <QString>

namespace pasban {

// The one folder that holds the console's database, settings and files.
// Precedence: --data-dir, then PASBAN_DATA_DIR, then QStandardPaths'
// AppDataLocation — so tests and scripts never touch a user's home.
class DataDirectory
{
public:
    static constexpr const char *EnvironmentVariable = "PASBAN_DATA_DIR";

    // Resolves and creates the folder (owner-only permissions where the
    // platform has them). commandLineValue is empty when --data-dir was not given.
    [[nodiscard]] static Result<DataDirectory> resolve(const QString &commandLineValue = {});

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString filePath(const QString &fileName) const;
    [[nodiscard]] QString settingsPath() const;

    // How the folder was chosen: "command line", "environment", "default".
    enum class Source { CommandLine, Environment, Default };
    [[nodiscard]] Source source() const { return m_source; }

private:
    DataDirectory(QString path, Source source)
        : m_path(std::move(path))
        , m_source(source)
    {
    }

    QString m_path;
    Source m_source = Source::Default;
};

// Application name and domain shared by pasban and pasban-cli, so both resolve
// the same default data folder.
void setApplicationIdentity();

} // namespace pasban
