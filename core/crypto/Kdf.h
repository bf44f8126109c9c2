#pragma once

#include "SecureBytes.h"
#include "common/Result.h"

#include <QByteArrayView>

namespace pasban::crypto {

// scrypt cost for turning a typed passphrase into a key. N=2^17, r=8, p=1 takes about
// 0.3 s and 128 MiB on a current PC: slow enough to make guessing expensive, quick
// enough for an unlock prompt.
struct ScryptParams
{
    quint64 n = quint64(1) << 17;
    quint32 r = 8;
    quint32 p = 1;
};

// The most memory scrypt may use: twice what the recommended parameters need.
// Parameters read from a stored file cannot make us allocate more (OpenSSL's own KDF
// limit is 1 GiB); they are refused, not attempted.
inline constexpr quint64 ScryptMaxMemory = quint64(256) << 20;

// RFC 5869's limit on HKDF output: 255 blocks of the hash size.
inline constexpr qsizetype HkdfSha256MaxLength = qsizetype(255) * 32;

// HKDF-SHA-256 (RFC 5869): derives sub-keys from a key that is already random.
// `length` is 1..HkdfSha256MaxLength bytes. An empty salt means no salt.
[[nodiscard]] Result<SecureBytes> hkdfSha256(const SecureBytes &ikm, QByteArrayView salt, QByteArrayView info,
                                             qsizetype length);

// scrypt (RFC 7914): derives a key from a passphrase. Parameters are checked first;
// bad ones return crypto.invalid_argument rather than reaching the library.
[[nodiscard]] Result<SecureBytes> scrypt(const SecureBytes &passphrase, QByteArrayView salt, quint64 n, quint32 r,
                                         quint32 p, qsizetype length);
[[nodiscard]] Result<SecureBytes> scrypt(const SecureBytes &passphrase, QByteArrayView salt, const ScryptParams &params,
                                         qsizetype length);

} // namespace pasban::crypto
