#pragma once

#include "PrivateKey.h"
#include "PublicKey.h"
#include "SignatureAlgorithm.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace pasban::crypto {

// Signs with the key's own scheme (see SignatureAlgorithm). ECDSA signatures are DER.
[[nodiscard]] Result<QByteArray> sign(const PrivateKey &key, QByteArrayView message);

// Succeeds only for a valid signature by this key over exactly this message. Anything
// else — wrong key, changed message, garbage or truncated signature of any length —
// is crypto.signature_invalid.
[[nodiscard]] Status verify(const PublicKey &key, QByteArrayView message, QByteArrayView signature);

} // namespace pasban::crypto
