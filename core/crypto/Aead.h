#pragma once

#include "SecureBytes.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace pasban::crypto {

inline constexpr qsizetype Aes256GcmKeySize = 32;
inline constexpr qsizetype Aes256GcmNonceSize = 12;
inline constexpr qsizetype Aes256GcmTagSize = 16;

// AES-256-GCM. Returns ciphertext ‖ 16-byte tag. The nonce must never repeat under
// one key; prefer seal(), which picks a random one.
[[nodiscard]] Result<QByteArray> aes256GcmEncrypt(const SecureBytes &key, QByteArrayView nonce,
                                                  QByteArrayView plaintext, QByteArrayView aad);

// Takes ciphertext ‖ tag. Any change to key, nonce, ciphertext, tag or aad gives
// crypto.authentication and no plaintext at all, not even a partial one.
[[nodiscard]] Result<QByteArray> aes256GcmDecrypt(const SecureBytes &key, QByteArrayView nonce,
                                                  QByteArrayView ciphertextAndTag, QByteArrayView aad);

// Encrypts under a fresh random nonce and returns nonce ‖ ciphertext ‖ tag. Random
// 96-bit nonces stay safe for about 2^32 messages per key; rotate keys well before.
[[nodiscard]] Result<QByteArray> seal(const SecureBytes &key, QByteArrayView plaintext, QByteArrayView aad = {});
// seal() with a nonce the caller drew from randomBytes() for this one message
// (a batch draws all its nonces in one call, which is most of seal()'s cost for
// small messages). Never pass a counter, a constant or a nonce used before.
[[nodiscard]] Result<QByteArray> sealWithFreshNonce(const SecureBytes &key, QByteArrayView freshNonce,
                                                    QByteArrayView plaintext, QByteArrayView aad = {});
// Reverses seal(); the same aad must be given.
[[nodiscard]] Result<QByteArray> open(const SecureBytes &key, QByteArrayView sealed, QByteArrayView aad = {});

} // namespace pasban::crypto
