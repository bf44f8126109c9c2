#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace pasban::audit {

// Where the key-encryption key (KEK) of an audit log comes from. The log's data
// keys are stored only wrapped under the KEK; the KEK itself is never stored in
// the database. Implementations: PassphraseKeyStore (scrypt) now; an OS keystore
// (QtKeychain: Windows Credential Manager, Secret Service) plugs in here, keeping
// a random KEK in the keystore entry named by its parameters.
//
// Calls are synchronous; an implementation over an asynchronous API waits for its
// answer (the audit log is opened off the GUI thread).
class KeyStore
{
public:
    virtual ~KeyStore() = default;

    // Stored with the log, so that unlocking asks the right kind of store:
    // "passphrase", "keychain", ...
    [[nodiscard]] virtual QString kind() const = 0;

    struct NewKey
    {
        crypto::SecureBytes keyEncryptionKey; // 32 bytes
        // What unlockKey() needs to find or re-derive the key later (salt and cost,
        // or the keystore entry's name). Stored in clear: never a secret.
        QByteArray parameters;
    };

    // A new KEK for the log `logId` (16 bytes): for a new log, or when the log moves
    // to this store (AuditLog::changeKeyStore).
    [[nodiscard]] virtual Result<NewKey> createKey(QByteArrayView logId) = 0;
    // The KEK made by createKey() for this log. Errors say what the user can do
    // (no keystore, entry missing, keystore locked); they change nothing.
    [[nodiscard]] virtual Result<crypto::SecureBytes> unlockKey(QByteArrayView logId, QByteArrayView parameters) = 0;
    // What to report when the KEK unlockKey() gave does not open the log's keys:
    // a wrong passphrase, or a keystore entry that belongs to something else.
    [[nodiscard]] virtual Error keyRejected() const = 0;
};

} // namespace pasban::audit
