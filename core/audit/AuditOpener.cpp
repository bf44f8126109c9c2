#include "AuditOpener.h"

#include "Keychain.h"
#include "KeychainKeyStore.h"
#include "PassphraseKeyStore.h"
#include "storage/ConsoleSchema.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit {

Error AuditOpener::passphraseRequired()
{
    return Error(u"audit.passphrase_required"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The audit log is protected by a passphrase. Give the passphrase to unlock it; "
                                   "nothing was changed."));
}

Error AuditOpener::noKeySource()
{
    return Error(u"audit.no_key_source"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The audit log cannot be unlocked: no passphrase was given and no system keystore "
                                   "is available. Give a passphrase; nothing was changed."));
}

Result<std::unique_ptr<AuditOpener::Opened>> AuditOpener::open(Request request)
{
    auto opened = std::make_unique<Opened>();
    const QString anchorPath = request.anchorFilePath.isEmpty()
        ? QFileInfo(request.databasePath).absoluteDir().filePath(FileAnchorStore::defaultFileName())
        : request.anchorFilePath;
    opened->fileAnchor = std::make_unique<FileAnchorStore>(anchorPath);

    // A keystore that answers (an entry found or not) keeps an anchor too. Without
    // one (headless) only the file anchor is used, never a failing store that
    // would block appends.
    auto keychainAnchor = std::make_unique<KeychainAnchorStore>(request.databasePath, request.keychainService);
    bool keystoreAvailable = false;
    if (request.useKeystore) {
        const Result<std::optional<Checkpoint>> probe = keychainAnchor->load();
        // A damaged anchor entry is evidence: the store stays, and the log refuses
        // appends when it reads it. Only a keystore that does not answer is left out.
        keystoreAvailable = probe
            || (probe.error().code() != u"audit.keystore_unavailable"_s
                && probe.error().code() != u"audit.keystore_locked"_s);
    }
    if (keystoreAvailable)
        opened->keychainAnchor = std::move(keychainAnchor);

    // The log keeps a connection of its own (it sets synchronous=FULL).
    Result<storage::Database> database = storage::openConsoleDatabase(request.databasePath);
    if (!database)
        return database.error();
    Result<std::optional<QString>> kind = AuditLog::storedKeyStoreKind(*database);
    if (!kind)
        return kind.error();

    AuditLog::Options options = request.log;
    options.anchors = {opened->fileAnchor.get()};
    if (opened->keychainAnchor)
        options.anchors.append(opened->keychainAnchor.get());
    options.create = request.create;

    if (request.recoveryPrivateKey) {
        Result<std::unique_ptr<AuditLog>> log =
            AuditLog::openWithRecoveryKey(std::move(database).value(), *request.recoveryPrivateKey, options);
        if (!log)
            return log.error();
        opened->log = std::move(log).value();
        return opened;
    }

    if (request.passphrase) {
        opened->keyStore = std::make_unique<PassphraseKeyStore>(std::move(*request.passphrase), request.passphraseCost);
    } else if (kind->has_value() && **kind == u"passphrase"_s) {
        return passphraseRequired();
    } else if (!keystoreAvailable) {
        // A keychain log, or a new one, without a keystore: say so; nothing is written.
        if (kind->has_value())
            return detail::keystoreUnavailable(u"no keystore answered"_s);
        return noKeySource();
    } else {
        opened->keyStore = std::make_unique<KeychainKeyStore>(request.keychainService);
    }

    Result<std::unique_ptr<AuditLog>> log = AuditLog::open(std::move(database).value(), *opened->keyStore, options);
    if (!log)
        return log.error();
    opened->log = std::move(log).value();
    return opened;
}

} // namespace pasban::audit
