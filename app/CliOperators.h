#pragma once

#include "CliOutput.h"

#include <QCommandLineParser>
#include <QList>
#include <QStringList>

// Operators in pasban-cli (issue #8). Enforcement starts once an operator exists:
// on a fresh data folder every command works as before, and `operator init`
// creates the first clinical engineer. From then on every command that changes
// state or reads protected data needs --operator NAME --password-file FILE
// (`-`: standard input; never the password itself on the command line); the
// log-in and every refusal are recorded in the audit log, which is opened with
// --passphrase-file FILE (else the system keystore). A missing or wrong
// credential, a locked or disabled account, or a refused permission exits 4
// (NotAuthorized). Which permission a command needs is operatorPermissions()'s
// table; whether the role has it is decided in core (operators::AccessControl).
// The two-person rule: `trust import` and `package import --unverified` also need
// a second clinical engineer, --approver NAME --approver-password-file FILE
// (operators::Authenticator::approveBySecondPerson; exit 4 when missing or refused).
namespace pasban::cli {

// The command's own options plus --operator, --password-file and (if the command
// has none) --passphrase-file, so that every command can be authorized.
[[nodiscard]] QList<QCommandLineOption> withOperatorOptions(QList<QCommandLineOption> commandOptions);

// Runs before a command (not `operator`, which authorizes itself): returns
// Success when the command may run, else the exit code after printing why.
[[nodiscard]] int authorizeCommand(const Output &out, const QString &dataDir, const QString &command,
                                   const QCommandLineParser &parser, const QStringList &arguments);

// pasban-cli operator init NAME --password-file FILE
// pasban-cli operator add NAME --role engineer|technician|auditor --new-password-file FILE
// pasban-cli operator list
// pasban-cli operator disable NAME | operator enable NAME
// pasban-cli operator passwd [NAME] --new-password-file FILE
// All but init authorize with --operator/--password-file; passwd of one's own
// account needs no permission beyond the log-in, of another's "manage operators".
[[nodiscard]] QList<QCommandLineOption> operatorOptionList();
[[nodiscard]] int runOperator(const Output &out, const QString &dataDir, const QCommandLineParser &parser,
                              const QStringList &arguments);

} // namespace pasban::cli
