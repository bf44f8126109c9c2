#pragma once

#include "SecureBytes.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace pasban::crypto {

// X25519 (RFC 7748) and a hybrid public-key encryption built on it, for secrets
// that must be readable later by the holder of one private key only (the hospital
// recovery key of the audit log):
//
//   envelope = 0x01 ‖ ephemeral public key (32) ‖ nonce (12) ‖ ciphertext ‖ tag (16)
//   key      = HKDF-SHA-256(ikm = X25519(ephemeral, recipient),
//                           salt = ephemeral public ‖ recipient public,
//                           info = "pasban-x25519-hkdf-aes256gcm-v1" ‖ context)
//   AES-256-GCM under that key, with `context` as associated data.
//
// The same construction as HPKE's base mode (RFC 9180) in spirit: one fresh key
// per message, the recipient's key bound into the derivation.
inline constexpr qsizetype X25519KeySize = 32;

struct X25519KeyPair
{
    SecureBytes privateKey; // 32 raw bytes
    QByteArray publicKey; // 32 raw bytes
};

[[nodiscard]] Result<X25519KeyPair> generateX25519();
[[nodiscard]] Result<QByteArray> x25519PublicKey(const SecureBytes &privateKey);
// The shared secret; crypto.invalid_key for a peer key that gives the all-zero
// secret (a low-order point).
[[nodiscard]] Result<SecureBytes> x25519(const SecureBytes &privateKey, QByteArrayView peerPublicKey);

// SubjectPublicKeyInfo / PKCS#8 PEM as `openssl genpkey -algorithm X25519` writes
// them. Other key types are crypto.key_unsupported.
[[nodiscard]] Result<QByteArray> x25519PublicKeyFromPem(QByteArrayView pem);
[[nodiscard]] Result<SecureBytes> x25519PrivateKeyFromPem(QByteArrayView pem);
[[nodiscard]] Result<QByteArray> x25519PublicKeyToPem(QByteArrayView publicKey);
[[nodiscard]] Result<SecureBytes> x25519PrivateKeyToPem(const SecureBytes &privateKey);

// Encrypts `plaintext` so that only the holder of the private key can read it.
[[nodiscard]] Result<QByteArray> sealToPublicKey(QByteArrayView recipientPublicKey, QByteArrayView plaintext,
                                                 QByteArrayView context);
// crypto.authentication for a wrong key, a changed envelope or another context;
// crypto.invalid_argument for an envelope of impossible shape.
[[nodiscard]] Result<QByteArray> openWithPrivateKey(const SecureBytes &recipientPrivateKey, QByteArrayView envelope,
                                                    QByteArrayView context);

} // namespace pasban::crypto
