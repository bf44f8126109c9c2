#pragma once

#include "common/Error.h"

#include <QJsonArray>
#include <QJsonObject>

// The CLI is a product interface: results go to stdout (text, or one JSON
// document with --json), diagnostics to stderr, and the exit code says how it
// went. Codes are documented in the README and never change meaning.
namespace pasban::cli {

enum ExitCode : int {
    Success = 0,
    Failed = 1, // the operation ran and failed (e.g. a verification failed)
    Usage = 2, // unknown command or option, missing argument
    StartFailed = 3, // self-test, data folder or database problem: nothing was done
    NotAuthorized = 4 // operator credentials missing or insufficient
};

class Output
{
public:
    explicit Output(bool json)
        : m_json(json)
    {
    }

    [[nodiscard]] bool json() const { return m_json; }
    void text(const QString &line) const;
    void object(const QJsonObject &object) const;
    void array(const QJsonArray &array) const;
    // Prints the error (stderr text, and a JSON {"error":…} with --json); returns CODE.
    int fail(const Error &error, ExitCode code) const;

private:
    bool m_json;
};

// "pasban-cli COMMAND: MESSAGE" on stderr; returns Usage (2).
int usage(const QString &command, const QString &message);

} // namespace pasban::cli
