#pragma once

// Private to core/crypto: helpers the module's .cpp files share. Deliberately free
// of OpenSSL types so it can be a header at all.

#include "common/Error.h"

#include <QByteArrayView>
#include <QString>

namespace pasban::crypto::detail {

// OpenSSL takes unsigned char pointers and may not accept null for empty input;
// an empty view is handed over as a valid pointer to zero bytes instead.
[[nodiscard]] const unsigned char *bytesOf(QByteArrayView view);

// Empties OpenSSL's per-thread error queue into one line for Error::detail(), so a
// later operation does not report this one's failure.
[[nodiscard]] QString takeLibraryErrors();

// crypto.internal: the library refused something that should work. `operation`
// names the failing step; the library's reason is appended.
[[nodiscard]] Error libraryFailure(const QString &operation);

// crypto.invalid_argument: a caller passed parameters we reject (a programming or
// configuration error, not an attack). `detail` says which.
[[nodiscard]] Error invalidArgument(const QString &detail);

// crypto.invalid_key: a key of the wrong size or kind for the operation.
[[nodiscard]] Error invalidKey(const QString &detail);

} // namespace pasban::crypto::detail
