#include "Aead.h"

#include "CryptoSupport.h"
#include "Random.h"

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace pasban::crypto {

namespace {

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

enum class Direction { Encrypt, Decrypt };

// The update calls take int lengths.
constexpr qsizetype MaxChunk = qsizetype(1) << 30;

Error authenticationFailure()
{
    return Error(
        u"crypto.authentication"_s,
        QT_TRANSLATE_NOOP("pasban::Error", "The data could not be decrypted: it was changed or the key is wrong."));
}

Error truncatedInput()
{
    return Error(u"crypto.authentication"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "The data could not be decrypted: it is incomplete or damaged."));
}

std::optional<Error> checkKey(const SecureBytes &key)
{
    if (key.size() != Aes256GcmKeySize)
        return detail::invalidKey(u"AES-256-GCM needs a 32-byte key, got %1"_s.arg(key.size()));
    return std::nullopt;
}

std::optional<Error> checkKeyAndNonce(const SecureBytes &key, QByteArrayView nonce)
{
    if (std::optional<Error> problem = checkKey(key))
        return problem;
    if (nonce.size() != Aes256GcmNonceSize)
        return detail::invalidArgument(u"AES-256-GCM needs a 12-byte nonce, got %1"_s.arg(nonce.size()));
    return std::nullopt;
}

// Fetched once: EVP_aes_256_gcm() makes every init look the cipher up by name
// again, a cost larger than sealing one short audit record. Never freed (other
// statics may still encrypt during shutdown).
const EVP_CIPHER *aes256Gcm()
{
    static const EVP_CIPHER *const fetched = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
    return fetched ? fetched : EVP_aes_256_gcm();
}

Result<CipherContext> startCipher(Direction direction, const SecureBytes &key, QByteArrayView nonce)
{
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!context)
        return detail::libraryFailure(u"EVP_CIPHER_CTX_new"_s);
    // GCM's default IV length is the 12 bytes we insist on, so no length parameter is set.
    const int ok = direction == Direction::Encrypt
        ? EVP_EncryptInit_ex2(context.get(), aes256Gcm(), detail::bytesOf(key.view()), detail::bytesOf(nonce), nullptr)
        : EVP_DecryptInit_ex2(context.get(), aes256Gcm(), detail::bytesOf(key.view()), detail::bytesOf(nonce), nullptr);
    if (ok != 1)
        return detail::libraryFailure(u"EVP_CipherInit_ex2 AES-256-GCM"_s);
    return context;
}

// Large inputs go through in int-sized pieces. With `out` null the input is
// authenticated only (the aad).
bool update(EVP_CIPHER_CTX *context, Direction direction, QByteArrayView in, char *out)
{
    while (!in.isEmpty()) {
        const int chunk = int(std::min<qsizetype>(in.size(), MaxChunk));
        int written = 0;
        auto *target = reinterpret_cast<unsigned char *>(out);
        const int ok = direction == Direction::Encrypt
            ? EVP_EncryptUpdate(context, target, &written, detail::bytesOf(in), chunk)
            : EVP_DecryptUpdate(context, target, &written, detail::bytesOf(in), chunk);
        // GCM is a stream mode: every byte in comes straight back out.
        if (ok != 1 || (out && written != chunk))
            return false;
        in = in.sliced(chunk);
        if (out)
            out += chunk;
    }
    return true;
}

} // namespace

Result<QByteArray> aes256GcmEncrypt(const SecureBytes &key, QByteArrayView nonce, QByteArrayView plaintext,
                                    QByteArrayView aad)
{
    if (std::optional<Error> problem = checkKeyAndNonce(key, nonce))
        return *problem;
    Result<CipherContext> context = startCipher(Direction::Encrypt, key, nonce);
    if (!context)
        return context.error();

    QByteArray out(plaintext.size() + Aes256GcmTagSize, '\0');
    int finalLength = 0;
    if (!update(context->get(), Direction::Encrypt, aad, nullptr)
        || !update(context->get(), Direction::Encrypt, plaintext, out.data())
        || EVP_EncryptFinal_ex(context->get(), reinterpret_cast<unsigned char *>(out.data() + plaintext.size()),
                               &finalLength)
            != 1) {
        return detail::libraryFailure(u"AES-256-GCM encrypt"_s);
    }
    OSSL_PARAM getTag[] = {
        OSSL_PARAM_construct_octet_string(OSSL_CIPHER_PARAM_AEAD_TAG, out.data() + plaintext.size(), Aes256GcmTagSize),
        OSSL_PARAM_construct_end(),
    };
    if (EVP_CIPHER_CTX_get_params(context->get(), getTag) != 1)
        return detail::libraryFailure(u"AES-256-GCM get tag"_s);
    return out;
}

Result<QByteArray> aes256GcmDecrypt(const SecureBytes &key, QByteArrayView nonce, QByteArrayView ciphertextAndTag,
                                    QByteArrayView aad)
{
    if (std::optional<Error> problem = checkKeyAndNonce(key, nonce))
        return *problem;
    if (ciphertextAndTag.size() < Aes256GcmTagSize)
        return truncatedInput();
    const QByteArrayView ciphertext = ciphertextAndTag.first(ciphertextAndTag.size() - Aes256GcmTagSize);
    const QByteArrayView tag = ciphertextAndTag.last(Aes256GcmTagSize);

    Result<CipherContext> context = startCipher(Direction::Decrypt, key, nonce);
    if (!context)
        return context.error();

    OSSL_PARAM setTag[] = {
        OSSL_PARAM_construct_octet_string(OSSL_CIPHER_PARAM_AEAD_TAG, const_cast<unsigned char *>(detail::bytesOf(tag)),
                                          size_t(tag.size())),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(ciphertext.size(), '\0');
    if (!update(context->get(), Direction::Decrypt, aad, nullptr)
        || !update(context->get(), Direction::Decrypt, ciphertext, out.data())
        || EVP_CIPHER_CTX_set_params(context->get(), setTag) != 1) {
        wipe(out);
        return detail::libraryFailure(u"AES-256-GCM decrypt"_s);
    }
    int finalLength = 0;
    if (EVP_DecryptFinal_ex(context->get(), reinterpret_cast<unsigned char *>(out.data() + ciphertext.size()),
                            &finalLength)
        != 1) {
        // The buffer holds plaintext nobody vouches for: destroy it, don't return it.
        wipe(out);
        ERR_clear_error();
        return authenticationFailure();
    }
    return out;
}

Result<QByteArray> seal(const SecureBytes &key, QByteArrayView plaintext, QByteArrayView aad)
{
    Result<QByteArray> nonce = randomBytes(Aes256GcmNonceSize);
    if (!nonce)
        return nonce.error();
    return sealWithFreshNonce(key, *nonce, plaintext, aad);
}

Result<QByteArray> sealWithFreshNonce(const SecureBytes &key, QByteArrayView freshNonce, QByteArrayView plaintext,
                                      QByteArrayView aad)
{
    Result<QByteArray> sealed = aes256GcmEncrypt(key, freshNonce, plaintext, aad);
    if (!sealed)
        return sealed.error();
    QByteArray out;
    out.reserve(freshNonce.size() + sealed->size());
    out.append(freshNonce);
    out.append(*sealed);
    return out;
}

Result<QByteArray> open(const SecureBytes &key, QByteArrayView sealed, QByteArrayView aad)
{
    if (std::optional<Error> problem = checkKey(key))
        return *problem;
    if (sealed.size() < Aes256GcmNonceSize + Aes256GcmTagSize)
        return truncatedInput();
    return aes256GcmDecrypt(key, sealed.first(Aes256GcmNonceSize), sealed.sliced(Aes256GcmNonceSize), aad);
}

} // namespace pasban::crypto
