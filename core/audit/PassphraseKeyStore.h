#pragma once

#include "KeyStore.h"
#include "crypto/Kdf.h"

namespace pasban::audit {

// The KEK is derived from a passphrase with scrypt (RFC 7914) and a random
// per-log salt; cost and salt are stored with the log, so a log created with
// stronger parameters later still opens. For headless machines without an OS
// keystore — never QtKeychain's plaintext fallback.
class PassphraseKeyStore final : public KeyStore
{
public:
    static constexpr qsizetype SaltSize = 16;

    // The parameters stored with the log, as compact JSON:
    //   {"kdf":"scrypt","n":131072,"p":1,"r":8,"salt":"<base64, 16-64 bytes>"}
    struct Parameters
    {
        QByteArray salt;
        crypto::ScryptParams scrypt;

        [[nodiscard]] QByteArray toBytes() const;
        // Parses what the database holds (outside bytes): audit.damaged for anything
        // malformed, and for costs beyond what any Pasban writes (N > 2^20, r > 32,
        // p > 16), so an edited value cannot make unlocking hang or exhaust memory.
        [[nodiscard]] static Result<Parameters> fromBytes(QByteArrayView bytes);
    };

    // `params` is the cost for new logs only; an existing log's own cost is used to
    // unlock it. Tests pass a small N.
    explicit PassphraseKeyStore(crypto::SecureBytes passphrase, crypto::ScryptParams params = {});

    [[nodiscard]] QString kind() const override;
    [[nodiscard]] Result<NewKey> createKey(QByteArrayView logId) override;
    [[nodiscard]] Result<crypto::SecureBytes> unlockKey(QByteArrayView logId, QByteArrayView parameters) override;
    // audit.wrong_passphrase
    [[nodiscard]] Error keyRejected() const override;

private:
    crypto::SecureBytes m_passphrase;
    crypto::ScryptParams m_params;
};

} // namespace pasban::audit
