#include "Hash.h"

#include "CryptoSupport.h"
#include "common/Logging.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

using namespace Qt::Literals::StringLiterals;

namespace pasban::crypto {

namespace {

QByteArray digest(const EVP_MD *md, QByteArrayView data)
{
    QByteArray out(EVP_MAX_MD_SIZE, '\0');
    unsigned int length = 0;
    if (EVP_Digest(detail::bytesOf(data), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &length,
                   md, nullptr)
        != 1) {
        qCCritical(lcCrypto) << "Digest failed:" << detail::takeLibraryErrors();
        return {};
    }
    out.truncate(length);
    return out;
}

Result<QByteArray> hmac(const char *digestName, const SecureBytes &key, QByteArrayView data)
{
    if (key.isEmpty())
        return detail::invalidKey(u"HMAC key is empty"_s);
    QByteArray out(EVP_MAX_MD_SIZE, '\0');
    size_t length = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, digestName, nullptr, detail::bytesOf(key.view()), size_t(key.size()),
                   detail::bytesOf(data), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()),
                   size_t(out.size()), &length)) {
        return detail::libraryFailure(u"EVP_Q_mac HMAC-%1"_s.arg(QLatin1StringView(digestName)));
    }
    out.truncate(qsizetype(length));
    return out;
}

} // namespace

QByteArray sha256(QByteArrayView data)
{
    return digest(EVP_sha256(), data);
}

QByteArray sha512(QByteArrayView data)
{
    return digest(EVP_sha512(), data);
}

Result<QByteArray> hmacSha256(const SecureBytes &key, QByteArrayView data)
{
    return hmac("SHA256", key, data);
}

Result<QByteArray> hmacSha512(const SecureBytes &key, QByteArrayView data)
{
    return hmac("SHA512", key, data);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(detail::bytesOf(a), detail::bytesOf(b), size_t(a.size())) == 0;
}

} // namespace pasban::crypto
