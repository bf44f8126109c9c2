#pragma once

#include "SecureBytes.h"
#include "common/Result.h"

#include <QByteArray>

namespace pasban::crypto {

// Bytes from OpenSSL's CSPRNG (seeded by the operating system), for nonces, salts
// and identifiers. crypto.random if the generator cannot deliver.
[[nodiscard]] Result<QByteArray> randomBytes(qsizetype count);

// The same, for a new secret key: the bytes never exist outside a SecureBytes.
[[nodiscard]] Result<SecureBytes> randomKey(qsizetype count);

} // namespace pasban::crypto
