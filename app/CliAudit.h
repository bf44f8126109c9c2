#pragma once

#include "CliOutput.h"

#include <QCommandLineParser>
#include <QList>
#include <QStringList>

namespace pasban::cli {

// pasban-cli audit append --type CODE --outcome N [--detail TEXT] [--action C|R|U|D|E]
//                         [--operator NAME] [--device ID]
// pasban-cli audit verify
// pasban-cli audit tail [-n N]
// pasban-cli audit set-recovery-key PUBLIC.pem   (X25519; recorded in the log)
// Each also takes [--passphrase-file FILE] (else the system keystore) and the
// common options; verify and tail also [--recovery-key PRIVATE.pem]. `parser` has
// parsed what follows "audit" with auditOptionList(); `arguments` are its
// positional arguments (the subcommand). The first append on a new data folder
// creates the log, protected by the passphrase given or, without one, by a key
// in the system keystore.
//
// Exit codes of the audit commands (fixed by issue #4):
//   0  done; verify: the log is intact
//   1  verify: the log is broken or tampered (the first bad event is named); any
//      command: the log was deleted (its anchor survived) or its tables are
//      damaged, or the log refused the operation (it is behind its anchor)
//   2  usage error; or the log cannot be opened or unlocked (no log yet, wrong or
//      missing passphrase, unusable data folder or database)
[[nodiscard]] QList<QCommandLineOption> auditOptionList();
[[nodiscard]] int runAudit(const Output &out, const QString &dataDir, const QCommandLineParser &parser,
                           const QStringList &arguments);

} // namespace pasban::cli
