#pragma once

// Runs pasban-cli the way a script does, in a private environment: its own data
// folder, HOME and XDG folders under a temporary directory, and no session bus
// (so no keystore is found and the passphrase file decides).

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace pasban::test {

struct CliRun
{
    int exitCode = -1; // -2: crashed; -1: did not finish
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

class CliRunner
{
public:
    CliRunner(const QString &program, const QTemporaryDir &dir)
        : m_program(program)
        , m_dataDir(dir.filePath(QStringLiteral("data")))
        , m_env(QProcessEnvironment::systemEnvironment())
    {
        m_env.remove(QStringLiteral("PASBAN_DATA_DIR"));
        m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                     QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
        m_env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("home/.local/share")));
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
    }

    // pasban-cli ARGUMENTS --data-dir <the private folder>
    [[nodiscard]] CliRun run(const QStringList &arguments, int timeoutMs = 120000) const
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(m_program, arguments + QStringList {QStringLiteral("--data-dir"), m_dataDir});
        if (!process.waitForFinished(timeoutMs))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    [[nodiscard]] const QString &dataDir() const { return m_dataDir; }
    QProcessEnvironment &environment() { return m_env; }

private:
    QString m_program;
    QString m_dataDir;
    QProcessEnvironment m_env;
};

} // namespace pasban::test
