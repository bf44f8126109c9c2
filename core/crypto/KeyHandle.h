#pragma once

// Private to core/crypto. PrivateKey and PublicKey are typed fronts over this one
// class, so that only KeyHandle.cpp handles the library's key object.

#include "SecureBytes.h"
#include "SignatureAlgorithm.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>
#include <optional>

struct evp_pkey_st;

namespace pasban::crypto::detail {

class KeyHandle
{
public:
    // Keys never change after creation, so copies of a PrivateKey or PublicKey share one.
    using Pointer = std::shared_ptr<const KeyHandle>;

    [[nodiscard]] static Result<Pointer> generate(SignatureAlgorithm algorithm);
    [[nodiscard]] static Result<Pointer> fromPrivatePem(QByteArrayView pem,
                                                        const std::optional<SecureBytes> &passphrase);
    [[nodiscard]] static Result<Pointer> fromEd25519Seed(const SecureBytes &seed);
    [[nodiscard]] static Result<Pointer> fromPublicPem(QByteArrayView pem);
    [[nodiscard]] static Result<Pointer> fromPublicDer(QByteArrayView der);
    [[nodiscard]] static Result<Pointer> fromEd25519PublicKey(QByteArrayView raw);

    ~KeyHandle();
    KeyHandle(const KeyHandle &) = delete;
    KeyHandle &operator=(const KeyHandle &) = delete;

    [[nodiscard]] SignatureAlgorithm algorithm() const { return m_algorithm; }
    // The library's key, borrowed (for CMS signing inside core/crypto).
    [[nodiscard]] evp_pkey_st *native() const;

    // A new handle holding the public half only, so a PublicKey never keeps the
    // private key alive in memory.
    [[nodiscard]] Result<Pointer> publicHalf() const;
    [[nodiscard]] Result<QByteArray> publicDer() const;
    [[nodiscard]] Result<QByteArray> publicPem() const;
    // PKCS#1 RSAPublicKey for RSA keys, the SubjectPublicKeyInfo DER otherwise.
    [[nodiscard]] Result<QByteArray> mcubootKeyBytes() const;
    [[nodiscard]] Result<SecureBytes> privatePem(const std::optional<SecureBytes> &passphrase) const;

    [[nodiscard]] Result<QByteArray> sign(QByteArrayView message) const;
    [[nodiscard]] Status verify(QByteArrayView message, QByteArrayView signature) const;

private:
    struct Key;

    KeyHandle(std::unique_ptr<Key> key, SignatureAlgorithm algorithm);
    // Accepts the key only if it is one of the supported algorithms.
    [[nodiscard]] static Result<Pointer> adopt(std::unique_ptr<Key> key);

    std::unique_ptr<Key> m_key;
    SignatureAlgorithm m_algorithm;
};

} // namespace pasban::crypto::detail
