#pragma once

#include "CliOutput.h"
#include "audit/AuditLog.h"
#include "audit/FileAnchorStore.h"
#include "audit/PassphraseKeyStore.h"
#include "common/Result.h"
#include "console/AuditTrail.h"
#include "console/ConsoleContext.h"

#include <QCommandLineParser>
#include <QList>
#include <QStringList>

#include <memory>

namespace pasban::audit {
class AuditSink;
}

namespace pasban::cli {

// pasban-cli audit append --type CODE --outcome N [--detail TEXT] [--action C|R|U|D|E]
//                         [--operator NAME] [--device ID]
// pasban-cli audit verify
// pasban-cli audit tail [-n N]
// pasban-cli audit export --format fhir|csv --out FILE [--from T] [--to T]
// pasban-cli audit forward [--once]
// pasban-cli audit set-recovery-key PUBLIC.pem   (X25519; recorded in the log)
// Each also takes [--passphrase-file FILE] (else the system keystore) and the
// common options; verify, tail and export also [--recovery-key PRIVATE.pem]. `parser` has
// parsed what follows "audit" with auditOptionList(); `arguments` are its
// positional arguments (the subcommand). The first append on a new data folder
// creates the log, protected by the passphrase given or, without one, by a key
// in the system keystore.
//
// Exit codes of the audit commands (fixed by issue #4):
//   0  done; verify: the log is intact; export: the file is written; forward:
//      delivered, the receiver is up to date
//   1  verify: the log is broken or tampered (the first bad event is named); any
//      command: the log was deleted (its anchor survived) or its tables are
//      damaged, or the log refused the operation (it is behind its anchor);
//      export: the file could not be written (or the export not recorded);
//      forward: forwarding failed (off, not set up, receiver unreachable or
//      refused, TLS refused), the reason is printed
//   2  usage error; or the log cannot be opened or unlocked (no log yet, wrong or
//      missing passphrase, unusable data folder or database)
[[nodiscard]] QList<QCommandLineOption> auditOptionList();

// Where the key comes from: --recovery-key, else --passphrase-file, else the
// system keystore (AuditOpener's policy, the same as the console's).
struct KeySource
{
    QString passphraseFile;
    QString recoveryKeyFile;
};

// Everything an open log needs: the console context, and the trail that owns the
// log (closed first, writing its closing checkpoint to the anchors).
struct OpenLog
{
    std::unique_ptr<ConsoleContext> context;
    std::unique_ptr<AuditTrail> trail;
    audit::AuditLog *log = nullptr;
};

// Opens (with `create`, creates) the audit log of the data folder, unlocked as
// `keys` says. Other commands that record events (firmware push, trust changes)
// use it too.
[[nodiscard]] Result<OpenLog> openLog(const QString &dataDir, const KeySource &keys, bool create);
// The same, with the passphrase in the first line of `passphraseFile` (empty: the keystore).
[[nodiscard]] inline Result<OpenLog> openLog(const QString &dataDir, const QString &passphraseFile, bool create)
{
    return openLog(dataDir, KeySource {passphraseFile, {}}, create);
}
[[nodiscard]] int runAudit(const Output &out, const QString &dataDir, const QCommandLineParser &parser,
                           const QStringList &arguments);

// The console's audit log (created on first use, like `audit append`) as an
// AuditSink, for commands whose changes must be recorded (trust import/revoke).
[[nodiscard]] Result<std::unique_ptr<audit::AuditSink>> openAuditSink(const QString &dataDir,
                                                                      const QString &passphraseFile);

// The audit sink for a change: the log when --passphrase-file is given; none
// when no log exists yet (said on stderr); refused (exit 2) when a log exists but
// no passphrase was given. COMMAND names the command in the usage message.
struct AuditChoice
{
    std::unique_ptr<audit::AuditSink> sink;
    int exitCode = Success;
};
[[nodiscard]] AuditChoice chooseAudit(const Output &out, const QString &dataDir, const QCommandLineParser &parser,
                                      storage::Database &database, const QString &command);

} // namespace pasban::cli
