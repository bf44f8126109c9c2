#pragma once

#include "SignatureAlgorithm.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace pasban::crypto {

namespace detail {
class KeyHandle;
}

// A public key for verifying signatures: Ed25519, ECDSA P-256 or RSA (≥ 2048 bits).
// Any other key is refused when read (crypto.key_unsupported), so a PublicKey that
// exists is always usable with verify(). Copies share the (immutable) key.
class PublicKey
{
public:
    // SubjectPublicKeyInfo, PEM ("BEGIN PUBLIC KEY") or DER.
    [[nodiscard]] static Result<PublicKey> fromPem(QByteArrayView pem);
    [[nodiscard]] static Result<PublicKey> fromDer(QByteArrayView der);
    // The 32 raw bytes devices and RFC 8032 use for Ed25519 keys.
    [[nodiscard]] static Result<PublicKey> fromEd25519Raw(QByteArrayView raw);

    // Copy only, no move: a moved-from key would be an empty shell, and every
    // PublicKey is meant to be usable.
    PublicKey(const PublicKey &other) = default;
    PublicKey &operator=(const PublicKey &other) = default;
    ~PublicKey() = default;

    [[nodiscard]] Result<QByteArray> toPem() const;
    [[nodiscard]] Result<QByteArray> toDer() const;
    [[nodiscard]] SignatureAlgorithm algorithm() const;
    // The key as MCUboot's imgtool embeds it in a bootloader and hashes it for an
    // image's KEYHASH TLV: the PKCS#1 RSAPublicKey for RSA, the DER
    // SubjectPublicKeyInfo for ECDSA and Ed25519.
    [[nodiscard]] Result<QByteArray> mcubootKeyBytes() const;

private:
    friend class PrivateKey;
    friend Status verify(const PublicKey &key, QByteArrayView message, QByteArrayView signature);

    explicit PublicKey(std::shared_ptr<const detail::KeyHandle> handle);

    std::shared_ptr<const detail::KeyHandle> m_handle;
};

} // namespace pasban::crypto
