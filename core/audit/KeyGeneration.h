#pragma once

#include "common/Result.h"
#include "crypto/PrivateKey.h"
#include "crypto/PublicKey.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace pasban::audit {

// One data key of a log and the keys derived from it. Each key is a "generation":
// key 1 seals events from 1 on; a rotation adds key 2 for events from some later
// sequence on, and so on. The data key is random and is stored only wrapped
// (AES-256-GCM) under the key-encryption key a KeyStore provides.
//
// Derivation, HKDF-SHA-256 (RFC 5869) with the data key as input keying
// material, the 16-byte log id as salt, and 32 bytes of output for each info:
//   "pasban audit v1 encryption"          AES-256-GCM key for event fields
//   "pasban audit v1 chain"               HMAC-SHA-256 key of the hash chain
//   "pasban audit v1 blind index"         HMAC-SHA-256 key of the filter indexes
//   "pasban audit v1 checkpoint signing"  Ed25519 seed (RFC 8032) for checkpoints
// Separate keys, so that no one key is used by two algorithms.
class KeyGeneration
{
public:
    static constexpr qsizetype DataKeySize = 32;
    static constexpr qsizetype LogIdSize = 16;

    [[nodiscard]] static Result<KeyGeneration> derive(quint32 id, quint64 firstSequence,
                                                      const crypto::SecureBytes &dataKey, QByteArrayView logId);

    // The wrapped form stored in audit_keys.wrapped_key: crypto::seal() output
    // (nonce ‖ ciphertext ‖ tag) with associated data
    //   "pasban-audit-key-v1" ‖ log id (16) ‖ u32 key id ‖ u64 first sequence
    // so a wrapped key cannot be moved to another log, another id, or claim to
    // cover earlier events than it was made for.
    [[nodiscard]] static QByteArray wrappingAssociatedData(QByteArrayView logId, quint32 id, quint64 firstSequence);
    [[nodiscard]] Result<QByteArray> wrap(const crypto::SecureBytes &keyEncryptionKey, QByteArrayView logId) const;
    // crypto.authentication when the key-encryption key is wrong or anything was changed.
    [[nodiscard]] static Result<crypto::SecureBytes> unwrap(const crypto::SecureBytes &keyEncryptionKey,
                                                            QByteArrayView logId, quint32 id, quint64 firstSequence,
                                                            QByteArrayView wrapped);

    [[nodiscard]] quint32 id() const { return m_id; }
    [[nodiscard]] quint64 firstSequence() const { return m_firstSequence; }
    [[nodiscard]] const crypto::SecureBytes &dataKey() const { return m_dataKey; }
    [[nodiscard]] const crypto::SecureBytes &encryptionKey() const { return m_encryptionKey; }
    [[nodiscard]] const crypto::SecureBytes &chainKey() const { return m_chainKey; }
    [[nodiscard]] const crypto::SecureBytes &indexKey() const { return m_indexKey; }
    [[nodiscard]] const crypto::PrivateKey &signingKey() const { return m_signingKey; }
    [[nodiscard]] const crypto::PublicKey &verifyingKey() const { return m_verifyingKey; }
    // SubjectPublicKeyInfo DER of the checkpoint key, stored so that a party holding
    // only forwarded checkpoints can check their signatures.
    [[nodiscard]] const QByteArray &publicKeyDer() const { return m_publicKeyDer; }

private:
    KeyGeneration(quint32 id, quint64 firstSequence, crypto::SecureBytes dataKey, crypto::SecureBytes encryption,
                  crypto::SecureBytes chain, crypto::SecureBytes index, crypto::PrivateKey signing,
                  crypto::PublicKey verifying, QByteArray publicKeyDer);

    quint32 m_id;
    quint64 m_firstSequence;
    crypto::SecureBytes m_dataKey;
    crypto::SecureBytes m_encryptionKey;
    crypto::SecureBytes m_chainKey;
    crypto::SecureBytes m_indexKey;
    crypto::PrivateKey m_signingKey;
    crypto::PublicKey m_verifyingKey;
    QByteArray m_publicKeyDer;
};

} // namespace pasban::audit
