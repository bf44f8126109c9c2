#pragma once

#include "SecureBytes.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace pasban::crypto {

// One-shot digests. They cannot fail short of the library being unusable, which the
// start-up self-test rules out; if it happens anyway the result is empty (and logged),
// never a wrong digest. Use Hasher for data that does not fit in memory.
[[nodiscard]] QByteArray sha256(QByteArrayView data);
[[nodiscard]] QByteArray sha512(QByteArrayView data);

// HMAC (RFC 2104). An empty key is refused: it would mean a key was never loaded.
[[nodiscard]] Result<QByteArray> hmacSha256(const SecureBytes &key, QByteArrayView data);
[[nodiscard]] Result<QByteArray> hmacSha512(const SecureBytes &key, QByteArrayView data);

// Compares MACs, digests and tokens without leaking through timing where they first
// differ. Lengths are not secret: different lengths are simply unequal.
[[nodiscard]] bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace pasban::crypto
