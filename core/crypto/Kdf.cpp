#include "Kdf.h"

#include "CryptoSupport.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>
#include <optional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace pasban::crypto {

namespace {

// Far beyond any key we need; bounds the allocation a bad caller can cause.
constexpr qsizetype ScryptMaxLength = 1 << 16;

OSSL_PARAM octets(const char *name, QByteArrayView bytes)
{
    // OpenSSL only reads these; the cast is what its C API asks for.
    return OSSL_PARAM_construct_octet_string(name, const_cast<unsigned char *>(detail::bytesOf(bytes)),
                                             size_t(bytes.size()));
}

Result<SecureBytes> derive(const char *kdfName, std::vector<OSSL_PARAM> params, qsizetype length)
{
    params.push_back(OSSL_PARAM_construct_end());
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, kdfName, nullptr), &EVP_KDF_free);
    if (!kdf)
        return detail::libraryFailure(u"EVP_KDF_fetch %1"_s.arg(QLatin1StringView(kdfName)));
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> context(EVP_KDF_CTX_new(kdf.get()), &EVP_KDF_CTX_free);
    if (!context)
        return detail::libraryFailure(u"EVP_KDF_CTX_new"_s);
    SecureBytes out = SecureBytes::zeroed(length);
    if (EVP_KDF_derive(context.get(), reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()), params.data())
        != 1) {
        return detail::libraryFailure(u"EVP_KDF_derive %1"_s.arg(QLatin1StringView(kdfName)));
    }
    return out;
}

// The checks of RFC 7914 section 2 and OpenSSL's own limits, made here so that a bad
// value gets a clear reason instead of a bare library failure.
std::optional<QString> scryptParameterProblem(quint64 n, quint32 r, quint32 p, qsizetype length)
{
    if (n < 2 || (n & (n - 1)) != 0)
        return u"scrypt: N must be a power of two greater than 1"_s;
    if (r == 0 || p == 0)
        return u"scrypt: r and p must be at least 1"_s;
    if (quint64(p) * r > (quint64(1) << 30) - 1)
        return u"scrypt: p × r must be below 2^30"_s;
    if (16 * quint64(r) < 64 && n >= (quint64(1) << (16 * r)))
        return u"scrypt: N must be below 2^(16·r)"_s;
    if (length < 1 || length > ScryptMaxLength)
        return u"scrypt: output length must be 1 to %1 bytes"_s.arg(ScryptMaxLength);
    // Same accounting as OpenSSL: the B array (128·r·p) plus V and XY (128·r·(N+2)).
    // Each product stays far below 2^64: r·p < 2^30 and N+2 is bounded by a division.
    const quint64 blockBytes = 128 * quint64(r);
    const quint64 arrayB = blockBytes * p;
    if (arrayB > ScryptMaxMemory || n + 2 > (ScryptMaxMemory - arrayB) / blockBytes) {
        return u"scrypt: N=%1, r=%2, p=%3 need more than %4 MiB"_s.arg(n).arg(r).arg(p).arg(ScryptMaxMemory >> 20);
    }
    return std::nullopt;
}

} // namespace

Result<SecureBytes> hkdfSha256(const SecureBytes &ikm, QByteArrayView salt, QByteArrayView info, qsizetype length)
{
    if (ikm.isEmpty())
        return detail::invalidKey(u"HKDF input key is empty"_s);
    if (length < 1 || length > HkdfSha256MaxLength)
        return detail::invalidArgument(u"HKDF: output length must be 1 to %1 bytes"_s.arg(HkdfSha256MaxLength));

    std::vector<OSSL_PARAM> params {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, const_cast<char *>("SHA256"), 0),
        octets(OSSL_KDF_PARAM_KEY, ikm.view()),
    };
    // Leaving the salt out is RFC 5869's "not provided": a string of HashLen zeros.
    if (!salt.isEmpty())
        params.push_back(octets(OSSL_KDF_PARAM_SALT, salt));
    if (!info.isEmpty())
        params.push_back(octets(OSSL_KDF_PARAM_INFO, info));
    return derive("HKDF", std::move(params), length);
}

Result<SecureBytes> scrypt(const SecureBytes &passphrase, QByteArrayView salt, quint64 n, quint32 r, quint32 p,
                           qsizetype length)
{
    if (const std::optional<QString> problem = scryptParameterProblem(n, r, p, length))
        return detail::invalidArgument(*problem);

    uint64_t costN = n;
    uint32_t blockR = r;
    uint32_t parallelP = p;
    uint64_t maxMemory = ScryptMaxMemory;
    // Password and salt are always set, even empty: OpenSSL treats a missing one as an error.
    return derive("SCRYPT",
                  {
                      octets(OSSL_KDF_PARAM_PASSWORD, passphrase.view()),
                      octets(OSSL_KDF_PARAM_SALT, salt),
                      OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &costN),
                      OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &blockR),
                      OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &parallelP),
                      OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
                  },
                  length);
}

Result<SecureBytes> scrypt(const SecureBytes &passphrase, QByteArrayView salt, const ScryptParams &params,
                           qsizetype length)
{
    return scrypt(passphrase, salt, params.n, params.r, params.p, length);
}

} // namespace pasban::crypto
