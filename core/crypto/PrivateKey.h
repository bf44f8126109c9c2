#pragma once

#include "PublicKey.h"
#include "SecureBytes.h"
#include "SignatureAlgorithm.h"
#include "common/Result.h"

#include <QByteArrayView>

#include <memory>
#include <optional>

namespace pasban::crypto {

namespace detail {
class KeyHandle;
struct X509Access;
} // namespace detail

// A private signing key: Ed25519, ECDSA P-256 or RSA (≥ 2048 bits, signing RSA-PSS).
// Copies share the key material; the library clears and frees it when the last copy
// goes.
class PrivateKey
{
public:
    // A new key from the system's CSPRNG; RSA keys are 3072 bits.
    [[nodiscard]] static Result<PrivateKey> generate(SignatureAlgorithm algorithm);
    // PKCS#8 ("BEGIN PRIVATE KEY" / "BEGIN ENCRYPTED PRIVATE KEY") or the traditional
    // EC/RSA forms. Encrypted keys need the passphrase; nobody is ever prompted.
    [[nodiscard]] static Result<PrivateKey> fromPem(QByteArrayView pem,
                                                    const std::optional<SecureBytes> &passphrase = std::nullopt);
    // The 32-byte secret of RFC 8032.
    [[nodiscard]] static Result<PrivateKey> fromEd25519Seed(const SecureBytes &seed);

    // Copy only, no move: a moved-from key would be an empty shell.
    PrivateKey(const PrivateKey &other) = default;
    PrivateKey &operator=(const PrivateKey &other) = default;
    ~PrivateKey() = default;

    // PKCS#8 PEM; encrypted (PBES2, AES-256-CBC) when a passphrase is given.
    [[nodiscard]] Result<SecureBytes> toPem(const std::optional<SecureBytes> &passphrase = std::nullopt) const;
    [[nodiscard]] Result<PublicKey> publicKey() const;
    [[nodiscard]] SignatureAlgorithm algorithm() const;

private:
    friend Result<QByteArray> sign(const PrivateKey &key, QByteArrayView message);
    friend struct detail::X509Access;

    explicit PrivateKey(std::shared_ptr<const detail::KeyHandle> handle);

    std::shared_ptr<const detail::KeyHandle> m_handle;
};

} // namespace pasban::crypto
