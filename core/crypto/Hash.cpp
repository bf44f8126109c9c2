#include "Hash.h"

#include "CryptoSupport.h"
#include "common/Logging.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <memory>

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

using MacContext = std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)>;

// An HMAC context with its digest already fetched, made once per digest: the
// one-shot EVP_Q_mac looks both algorithms up by name on every call, which costs
// more than hashing a short audit record (verify runs one HMAC per event).
// Each call works on its own copy, so threads never share a context.
const EVP_MAC_CTX *hmacTemplate(const char *digestName)
{
    const auto make = [](const char *name) -> EVP_MAC_CTX * {
        EVP_MAC *mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        if (!mac)
            return nullptr;
        EVP_MAC_CTX *context = EVP_MAC_CTX_new(mac);
        EVP_MAC_free(mac); // the context keeps its own reference
        const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char *>(name), 0),
            OSSL_PARAM_construct_end()};
        if (context && EVP_MAC_CTX_set_params(context, params) != 1) {
            EVP_MAC_CTX_free(context);
            return nullptr;
        }
        return context;
    };
    // Kept for the life of the program (never freed: other statics may still hash).
    static const EVP_MAC_CTX *const sha256 = make("SHA256");
    static const EVP_MAC_CTX *const sha512 = make("SHA512");
    return qstrcmp(digestName, "SHA512") == 0 ? sha512 : sha256;
}

Result<QByteArray> hmac(const char *digestName, const SecureBytes &key, QByteArrayView data)
{
    if (key.isEmpty())
        return detail::invalidKey(u"HMAC key is empty"_s);
    const EVP_MAC_CTX *prepared = hmacTemplate(digestName);
    MacContext context(prepared ? EVP_MAC_CTX_dup(prepared) : nullptr, &EVP_MAC_CTX_free);
    QByteArray out(EVP_MAX_MD_SIZE, '\0');
    size_t length = 0;
    if (!context || EVP_MAC_init(context.get(), detail::bytesOf(key.view()), size_t(key.size()), nullptr) != 1
        || EVP_MAC_update(context.get(), detail::bytesOf(data), size_t(data.size())) != 1
        || EVP_MAC_final(context.get(), reinterpret_cast<unsigned char *>(out.data()), &length, size_t(out.size()))
            != 1) {
        return detail::libraryFailure(u"HMAC-%1"_s.arg(QLatin1StringView(digestName)));
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
