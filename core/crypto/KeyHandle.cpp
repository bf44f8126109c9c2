#include "KeyHandle.h"

#include "CryptoSupport.h"

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/params.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <climits>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace pasban::crypto::detail {

using PkeyPointer = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

struct KeyHandle::Key
{
    PkeyPointer pkey;
};

namespace {

using BioPointer = std::unique_ptr<BIO, decltype(&BIO_free)>;
using DigestContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

// MCUboot images may still be signed with RSA-2048; we generate 3072 (NIST SP 800-57
// past 2030).
constexpr int MinimumRsaBits = 2048;
constexpr size_t GeneratedRsaBits = 3072;
constexpr qsizetype Ed25519KeySize = 32;
// For passphrase-protected key files. OpenSSL's PEM default is 2048, far below
// current advice (OWASP 2023: 600,000 for PBKDF2-HMAC-SHA-256).
constexpr int KeyFilePbkdf2Iterations = 600000;

enum class Operation { Sign, Verify };

Error keyUnreadable(const QString &detail)
{
    return Error(u"crypto.key_unreadable"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The key could not be read: the file is damaged, is not a key, "
                                   "or the passphrase is wrong."),
                 {}, detail);
}

Error keyUnsupported(const QString &detail)
{
    return Error(u"crypto.key_unsupported"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "This kind of key is not supported. Use an Ed25519, ECDSA P-256 "
                                   "or RSA key of at least 2048 bits."),
                 {}, detail);
}

Error signatureInvalid(const QString &detail)
{
    return Error(u"crypto.signature_invalid"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The signature is not valid: the data was changed or was not "
                                   "signed with the expected key."),
                 {}, detail);
}

// Always installed so OpenSSL never falls back to prompting on a terminal.
int passphraseCallback(char *buffer, int size, int /*writing*/, void *userData)
{
    const auto *passphrase = static_cast<const SecureBytes *>(userData);
    if (!passphrase || passphrase->size() > size)
        return -1;
    std::memcpy(buffer, passphrase->constData(), size_t(passphrase->size()));
    return int(passphrase->size());
}

BioPointer readOnlyBio(QByteArrayView bytes)
{
    return BioPointer(BIO_new_mem_buf(bytesOf(bytes), int(bytes.size())), &BIO_free);
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 ? QByteArray(data, qsizetype(length)) : QByteArray();
}

Result<SignatureAlgorithm> classify(const EVP_PKEY *pkey)
{
    if (EVP_PKEY_is_a(pkey, "ED25519"))
        return SignatureAlgorithm::Ed25519;
    if (EVP_PKEY_is_a(pkey, "EC")) {
        // Keys with explicit curve parameters have no group name and are refused:
        // a named curve is the only kind we can trust to be P-256.
        char group[80] = {};
        size_t length = 0;
        if (EVP_PKEY_get_group_name(pkey, group, sizeof group, &length) == 1
            && std::strcmp(group, SN_X9_62_prime256v1) == 0) {
            return SignatureAlgorithm::EcdsaP256Sha256;
        }
        ERR_clear_error();
        return keyUnsupported(u"EC key on curve \"%1\""_s.arg(QString::fromLatin1(group)));
    }
    if (EVP_PKEY_is_a(pkey, "RSA") || EVP_PKEY_is_a(pkey, "RSA-PSS")) {
        if (const int bits = EVP_PKEY_get_bits(pkey); bits < MinimumRsaBits)
            return keyUnsupported(u"RSA key of %1 bits"_s.arg(bits));
        return SignatureAlgorithm::RsaPssSha256;
    }
    const char *type = EVP_PKEY_get0_type_name(pkey);
    return keyUnsupported(u"key type %1"_s.arg(QString::fromLatin1(type ? type : "unknown")));
}

// Digest and padding follow from the key's algorithm alone, identically for signing
// and verifying, so a signature can never choose weaker settings for itself.
bool startSignatureOperation(Operation operation, EVP_MD_CTX *context, EVP_PKEY *pkey, SignatureAlgorithm algorithm)
{
    // Ed25519 is used "pure": no separate digest, the message goes in whole.
    const char *digest = algorithm == SignatureAlgorithm::Ed25519 ? nullptr : "SHA256";
    OSSL_PARAM pss[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_SIGNATURE_PARAM_PAD_MODE, const_cast<char *>(OSSL_PKEY_RSA_PAD_MODE_PSS),
                                         0),
        OSSL_PARAM_construct_utf8_string(OSSL_SIGNATURE_PARAM_MGF1_DIGEST, const_cast<char *>("SHA256"), 0),
        // "digest": the salt is as long as the digest, 32 bytes — what MCUboot expects.
        OSSL_PARAM_construct_utf8_string(OSSL_SIGNATURE_PARAM_PSS_SALTLEN,
                                         const_cast<char *>(OSSL_PKEY_RSA_PSS_SALT_LEN_DIGEST), 0),
        OSSL_PARAM_construct_end(),
    };
    const OSSL_PARAM *params = algorithm == SignatureAlgorithm::RsaPssSha256 ? pss : nullptr;
    const int ok = operation == Operation::Sign
        ? EVP_DigestSignInit_ex(context, nullptr, digest, nullptr, nullptr, pkey, params)
        : EVP_DigestVerifyInit_ex(context, nullptr, digest, nullptr, nullptr, pkey, params);
    return ok == 1;
}

} // namespace

KeyHandle::KeyHandle(std::unique_ptr<Key> key, SignatureAlgorithm algorithm)
    : m_key(std::move(key))
    , m_algorithm(algorithm)
{
}

KeyHandle::~KeyHandle() = default;

Result<KeyHandle::Pointer> KeyHandle::adopt(std::unique_ptr<Key> key)
{
    const Result<SignatureAlgorithm> algorithm = classify(key->pkey.get());
    if (!algorithm)
        return algorithm.error();
    return Pointer(new KeyHandle(std::move(key), *algorithm));
}

Result<KeyHandle::Pointer> KeyHandle::generate(SignatureAlgorithm algorithm)
{
    EVP_PKEY *generated = nullptr;
    switch (algorithm) {
    case SignatureAlgorithm::Ed25519:
        generated = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        break;
    case SignatureAlgorithm::EcdsaP256Sha256:
        generated = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", const_cast<char *>("P-256"));
        break;
    case SignatureAlgorithm::RsaPssSha256:
        generated = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", GeneratedRsaBits);
        break;
    }
    if (!generated)
        return libraryFailure(u"EVP_PKEY_Q_keygen %1"_s.arg(signatureAlgorithmName(algorithm)));
    return adopt(std::make_unique<Key>(Key {PkeyPointer(generated, &EVP_PKEY_free)}));
}

Result<KeyHandle::Pointer> KeyHandle::fromPrivatePem(QByteArrayView pem, const std::optional<SecureBytes> &passphrase)
{
    if (pem.isEmpty() || pem.size() > INT_MAX)
        return keyUnreadable(u"no PEM data"_s);
    ERR_clear_error();
    const BioPointer bio = readOnlyBio(pem);
    if (!bio)
        return libraryFailure(u"BIO_new_mem_buf"_s);
    const SecureBytes *secret = passphrase ? &*passphrase : nullptr;
    PkeyPointer pkey(
        PEM_read_bio_PrivateKey(bio.get(), nullptr, &passphraseCallback, const_cast<SecureBytes *>(secret)),
        &EVP_PKEY_free);
    if (!pkey)
        return keyUnreadable(takeLibraryErrors());
    return adopt(std::make_unique<Key>(Key {std::move(pkey)}));
}

Result<KeyHandle::Pointer> KeyHandle::fromEd25519Seed(const SecureBytes &seed)
{
    if (seed.size() != Ed25519KeySize)
        return invalidKey(u"Ed25519 private key must be 32 bytes, got %1"_s.arg(seed.size()));
    PkeyPointer pkey(
        EVP_PKEY_new_raw_private_key_ex(nullptr, "ED25519", nullptr, bytesOf(seed.view()), size_t(seed.size())),
        &EVP_PKEY_free);
    if (!pkey)
        return libraryFailure(u"EVP_PKEY_new_raw_private_key_ex"_s);
    return adopt(std::make_unique<Key>(Key {std::move(pkey)}));
}

Result<KeyHandle::Pointer> KeyHandle::fromPublicPem(QByteArrayView pem)
{
    if (pem.isEmpty() || pem.size() > INT_MAX)
        return keyUnreadable(u"no PEM data"_s);
    ERR_clear_error();
    const BioPointer bio = readOnlyBio(pem);
    if (!bio)
        return libraryFailure(u"BIO_new_mem_buf"_s);
    PkeyPointer pkey(PEM_read_bio_PUBKEY(bio.get(), nullptr, &passphraseCallback, nullptr), &EVP_PKEY_free);
    if (!pkey)
        return keyUnreadable(takeLibraryErrors());
    return adopt(std::make_unique<Key>(Key {std::move(pkey)}));
}

Result<KeyHandle::Pointer> KeyHandle::fromPublicDer(QByteArrayView der)
{
    if (der.isEmpty())
        return keyUnreadable(u"no DER data"_s);
    ERR_clear_error();
    const unsigned char *cursor = bytesOf(der);
    PkeyPointer pkey(d2i_PUBKEY(nullptr, &cursor, long(der.size())), &EVP_PKEY_free);
    if (!pkey)
        return keyUnreadable(takeLibraryErrors());
    // Bytes after the key would be ignored by the parser; a key blob with a tail is
    // not the blob that was meant to be trusted.
    if (cursor != bytesOf(der) + der.size())
        return keyUnreadable(u"%1 unexpected bytes after the key"_s.arg(bytesOf(der) + der.size() - cursor));
    return adopt(std::make_unique<Key>(Key {std::move(pkey)}));
}

Result<KeyHandle::Pointer> KeyHandle::fromEd25519PublicKey(QByteArrayView raw)
{
    if (raw.size() != Ed25519KeySize)
        return invalidKey(u"Ed25519 public key must be 32 bytes, got %1"_s.arg(raw.size()));
    PkeyPointer pkey(EVP_PKEY_new_raw_public_key_ex(nullptr, "ED25519", nullptr, bytesOf(raw), size_t(raw.size())),
                     &EVP_PKEY_free);
    if (!pkey)
        return libraryFailure(u"EVP_PKEY_new_raw_public_key_ex"_s);
    return adopt(std::make_unique<Key>(Key {std::move(pkey)}));
}

Result<KeyHandle::Pointer> KeyHandle::publicHalf() const
{
    const Result<QByteArray> der = publicDer();
    if (!der)
        return der.error();
    return fromPublicDer(*der);
}

Result<QByteArray> KeyHandle::publicDer() const
{
    const int length = i2d_PUBKEY(m_key->pkey.get(), nullptr);
    if (length <= 0)
        return libraryFailure(u"i2d_PUBKEY"_s);
    QByteArray der(length, '\0');
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_PUBKEY(m_key->pkey.get(), &cursor) != length)
        return libraryFailure(u"i2d_PUBKEY"_s);
    return der;
}

evp_pkey_st *KeyHandle::native() const
{
    return m_key->pkey.get();
}

Result<QByteArray> KeyHandle::mcubootKeyBytes() const
{
    if (m_algorithm != SignatureAlgorithm::RsaPssSha256)
        return publicDer();
    // i2d_PublicKey writes an RSA key as the PKCS#1 RSAPublicKey structure.
    const int length = i2d_PublicKey(m_key->pkey.get(), nullptr);
    if (length <= 0)
        return libraryFailure(u"i2d_PublicKey"_s);
    QByteArray der(length, '\0');
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_PublicKey(m_key->pkey.get(), &cursor) != length)
        return libraryFailure(u"i2d_PublicKey"_s);
    return der;
}

Result<QByteArray> KeyHandle::publicPem() const
{
    const BioPointer bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key->pkey.get()) != 1)
        return libraryFailure(u"PEM_write_bio_PUBKEY"_s);
    return bioContents(bio.get());
}

Result<SecureBytes> KeyHandle::privatePem(const std::optional<SecureBytes> &passphrase) const
{
    if (passphrase && passphrase->isEmpty())
        return invalidArgument(u"an empty passphrase protects nothing"_s);
    if (passphrase && passphrase->size() > INT_MAX)
        return invalidArgument(u"passphrase too long"_s);

    const std::unique_ptr<PKCS8_PRIV_KEY_INFO, decltype(&PKCS8_PRIV_KEY_INFO_free)> info(
        EVP_PKEY2PKCS8(m_key->pkey.get()), &PKCS8_PRIV_KEY_INFO_free);
    // A secure-memory BIO: OpenSSL clears its buffer when it is freed.
    const BioPointer bio(BIO_new(BIO_s_secmem()), &BIO_free);
    if (!info || !bio)
        return libraryFailure(u"EVP_PKEY2PKCS8"_s);
    if (!passphrase) {
        if (PEM_write_bio_PKCS8_PRIV_KEY_INFO(bio.get(), info.get()) != 1)
            return libraryFailure(u"PEM_write_bio_PKCS8_PRIV_KEY_INFO"_s);
    } else {
        // PBES2: PBKDF2-HMAC-SHA-256 and AES-256-CBC, with our own iteration count.
        const std::unique_ptr<X509_SIG, decltype(&X509_SIG_free)> encrypted(
            PKCS8_encrypt_ex(-1, EVP_aes_256_cbc(), passphrase->constData(), int(passphrase->size()), nullptr, 0,
                             KeyFilePbkdf2Iterations, info.get(), nullptr, nullptr),
            &X509_SIG_free);
        if (!encrypted || PEM_write_bio_PKCS8(bio.get(), encrypted.get()) != 1)
            return libraryFailure(u"PKCS8_encrypt_ex"_s);
    }
    // Straight into SecureBytes, not through bioContents(): no unwiped copy in between.
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return SecureBytes(QByteArrayView(data, length > 0 ? qsizetype(length) : 0));
}

Result<QByteArray> KeyHandle::sign(QByteArrayView message) const
{
    const DigestContext context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || !startSignatureOperation(Operation::Sign, context.get(), m_key->pkey.get(), m_algorithm))
        return libraryFailure(u"EVP_DigestSignInit_ex %1"_s.arg(signatureAlgorithmName(m_algorithm)));
    // First call: the maximum length (ECDSA's DER encoding varies by a few bytes).
    size_t length = 0;
    if (EVP_DigestSign(context.get(), nullptr, &length, bytesOf(message), size_t(message.size())) != 1)
        return libraryFailure(u"EVP_DigestSign"_s);
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, bytesOf(message),
                       size_t(message.size()))
        != 1) {
        return libraryFailure(u"EVP_DigestSign"_s);
    }
    signature.truncate(qsizetype(length));
    return signature;
}

Status KeyHandle::verify(QByteArrayView message, QByteArrayView signature) const
{
    if (signature.isEmpty())
        return signatureInvalid(u"empty signature"_s);
    ERR_clear_error();
    const DigestContext context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || !startSignatureOperation(Operation::Verify, context.get(), m_key->pkey.get(), m_algorithm)) {
        return libraryFailure(u"EVP_DigestVerifyInit_ex %1"_s.arg(signatureAlgorithmName(m_algorithm)));
    }
    // 1 is the only success; 0 (mismatch) and negative (malformed) both mean "not valid".
    if (EVP_DigestVerify(context.get(), bytesOf(signature), size_t(signature.size()), bytesOf(message),
                         size_t(message.size()))
        == 1) {
        return {};
    }
    QString detail =
        u"%1 signature of %2 bytes rejected"_s.arg(signatureAlgorithmName(m_algorithm)).arg(signature.size());
    if (const QString reasons = takeLibraryErrors(); !reasons.isEmpty())
        detail += u": "_s + reasons;
    return signatureInvalid(detail);
}

} // namespace pasban::crypto::detail
