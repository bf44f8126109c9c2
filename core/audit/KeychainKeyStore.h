#pragma once

#include "KeyStore.h"

namespace pasban::audit {

// The default key store: a random 32-byte KEK kept in the OS keystore through
// QtKeychain (Secret Service on Linux, Credential Manager on Windows), in an entry
// named after the log id. The stored parameters are that entry's name. QtKeychain's
// plaintext fallback is never used: without a keystore every call fails with
// audit.keystore_unavailable and the caller asks for a passphrase instead.
class KeychainKeyStore final : public KeyStore
{
public:
    // `service` groups the entries; tests pass their own.
    explicit KeychainKeyStore(QString service = {});

    // "audit-kek-<32 hex digits of the log id>"
    [[nodiscard]] static QString entryName(QByteArrayView logId);

    [[nodiscard]] QString kind() const override;
    // Writes a new random KEK to the keystore. audit.keystore_unavailable,
    // audit.keystore_locked.
    [[nodiscard]] Result<NewKey> createKey(QByteArrayView logId) override;
    // audit.keystore_unavailable, audit.keystore_locked, audit.keystore_entry_missing;
    // audit.damaged when the stored entry name is not this log's.
    [[nodiscard]] Result<crypto::SecureBytes> unlockKey(QByteArrayView logId, QByteArrayView parameters) override;
    // audit.keystore_key_rejected
    [[nodiscard]] Error keyRejected() const override;

    // Whether a keystore answers at all (an entry lookup that may find nothing).
    [[nodiscard]] bool isAvailable() const;
    // Deletes this log's entry (tests, and after a move to another key store).
    [[nodiscard]] Status removeKey(QByteArrayView logId);

private:
    QString m_service;
};

} // namespace pasban::audit
