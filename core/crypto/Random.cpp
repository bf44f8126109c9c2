#include "Random.h"

#include "CryptoSupport.h"

#include <openssl/rand.h>

#include <algorithm>
#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace pasban::crypto {

namespace {

// RAND_bytes takes an int length, so larger requests are filled in pieces.
Status fillRandom(char *out, qsizetype count)
{
    while (count > 0) {
        const int chunk = int(std::min<qsizetype>(count, INT_MAX));
        if (RAND_bytes(reinterpret_cast<unsigned char *>(out), chunk) != 1) {
            return Error(u"crypto.random"_s,
                         QT_TRANSLATE_NOOP("pasban::Error",
                                           "The system could not provide secure random numbers. "
                                           "Pasban cannot protect data safely until this is fixed."),
                         {}, detail::takeLibraryErrors());
        }
        out += chunk;
        count -= chunk;
    }
    return {};
}

} // namespace

Result<QByteArray> randomBytes(qsizetype count)
{
    if (count < 0)
        return detail::invalidArgument(u"randomBytes: negative count"_s);
    QByteArray bytes(count, '\0');
    if (Status filled = fillRandom(bytes.data(), count); !filled)
        return filled.error();
    return bytes;
}

Result<SecureBytes> randomKey(qsizetype count)
{
    if (count < 0)
        return detail::invalidArgument(u"randomKey: negative count"_s);
    SecureBytes key = SecureBytes::zeroed(count);
    if (Status filled = fillRandom(key.data(), count); !filled)
        return filled.error();
    return key;
}

} // namespace pasban::crypto
