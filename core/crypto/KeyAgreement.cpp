#include "KeyAgreement.h"

#include "Aead.h"
#include "CryptoSupport.h"
#include "Kdf.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <climits>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace pasban::crypto {

namespace {

using PkeyPointer = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using PkeyContext = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;
using BioPointer = std::unique_ptr<BIO, decltype(&BIO_free)>;

constexpr char EnvelopeVersion = 0x01;
constexpr qsizetype MinimumEnvelopeSize = 1 + X25519KeySize + Aes256GcmNonceSize + Aes256GcmTagSize;
constexpr QByteArrayView KdfLabel = "pasban-x25519-hkdf-aes256gcm-v1";
constexpr qsizetype MaxPemSize = 16 * 1024;

Error keyUnsupported(const QString &detail)
{
    return Error(u"crypto.key_unsupported"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "This kind of key is not supported here. Use an X25519 key (openssl genpkey "
                                   "-algorithm X25519)."),
                 {}, detail);
}

Error keyUnreadable(const QString &detail)
{
    return Error(u"crypto.key_unreadable"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The key could not be read: the file is damaged, is not a key, "
                                   "or the passphrase is wrong."),
                 {}, detail);
}

Result<PkeyPointer> privateKeyObject(const SecureBytes &raw)
{
    if (raw.size() != X25519KeySize)
        return detail::invalidKey(u"X25519 private key of %1 bytes"_s.arg(raw.size()));
    PkeyPointer key(
        EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, detail::bytesOf(raw.view()), size_t(raw.size())),
        &EVP_PKEY_free);
    if (!key)
        return detail::libraryFailure(u"EVP_PKEY_new_raw_private_key X25519"_s);
    return key;
}

Result<PkeyPointer> publicKeyObject(QByteArrayView raw)
{
    if (raw.size() != X25519KeySize)
        return detail::invalidKey(u"X25519 public key of %1 bytes"_s.arg(raw.size()));
    PkeyPointer key(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, detail::bytesOf(raw), size_t(raw.size())),
                    &EVP_PKEY_free);
    if (!key)
        return detail::libraryFailure(u"EVP_PKEY_new_raw_public_key X25519"_s);
    return key;
}

Result<QByteArray> rawPublic(EVP_PKEY *key)
{
    QByteArray raw(X25519KeySize, '\0');
    size_t length = size_t(raw.size());
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(raw.data()), &length) != 1
        || length != size_t(X25519KeySize))
        return detail::libraryFailure(u"EVP_PKEY_get_raw_public_key"_s);
    return raw;
}

Result<SecureBytes> rawPrivate(EVP_PKEY *key)
{
    SecureBytes raw = SecureBytes::zeroed(X25519KeySize);
    size_t length = size_t(raw.size());
    if (EVP_PKEY_get_raw_private_key(key, reinterpret_cast<unsigned char *>(raw.data()), &length) != 1
        || length != size_t(X25519KeySize))
        return detail::libraryFailure(u"EVP_PKEY_get_raw_private_key"_s);
    return raw;
}

Result<BioPointer> readBio(QByteArrayView pem)
{
    if (pem.isEmpty() || pem.size() > MaxPemSize)
        return keyUnreadable(u"PEM of %1 bytes"_s.arg(pem.size()));
    BioPointer bio(BIO_new_mem_buf(pem.data(), int(pem.size())), &BIO_free);
    if (!bio)
        return detail::libraryFailure(u"BIO_new_mem_buf"_s);
    return bio;
}

Result<QByteArray> drain(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    if (length <= 0 || !data)
        return detail::libraryFailure(u"BIO_get_mem_data"_s);
    return QByteArray(data, qsizetype(length));
}

Result<SecureBytes> messageKey(const SecureBytes &shared, QByteArrayView ephemeralPublic,
                               QByteArrayView recipientPublic, QByteArrayView context)
{
    const QByteArray salt = ephemeralPublic.toByteArray() + recipientPublic.toByteArray();
    const QByteArray info = KdfLabel.toByteArray() + context.toByteArray();
    return hkdfSha256(shared, salt, info, Aes256GcmKeySize);
}

} // namespace

Result<X25519KeyPair> generateX25519()
{
    PkeyContext context(EVP_PKEY_CTX_new_id(EVP_PKEY_X25519, nullptr), &EVP_PKEY_CTX_free);
    EVP_PKEY *generated = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1 || EVP_PKEY_keygen(context.get(), &generated) != 1)
        return detail::libraryFailure(u"EVP_PKEY_keygen X25519"_s);
    PkeyPointer key(generated, &EVP_PKEY_free);
    Result<SecureBytes> privateKey = rawPrivate(key.get());
    if (!privateKey)
        return privateKey.error();
    Result<QByteArray> publicKey = rawPublic(key.get());
    if (!publicKey)
        return publicKey.error();
    return X25519KeyPair {std::move(privateKey).value(), *publicKey};
}

Result<QByteArray> x25519PublicKey(const SecureBytes &privateKey)
{
    Result<PkeyPointer> key = privateKeyObject(privateKey);
    if (!key)
        return key.error();
    return rawPublic(key->get());
}

Result<SecureBytes> x25519(const SecureBytes &privateKey, QByteArrayView peerPublicKey)
{
    Result<PkeyPointer> own = privateKeyObject(privateKey);
    if (!own)
        return own.error();
    Result<PkeyPointer> peer = publicKeyObject(peerPublicKey);
    if (!peer)
        return peer.error();
    PkeyContext context(EVP_PKEY_CTX_new(own->get(), nullptr), &EVP_PKEY_CTX_free);
    if (!context || EVP_PKEY_derive_init(context.get()) != 1)
        return detail::libraryFailure(u"EVP_PKEY_derive_init"_s);
    // OpenSSL refuses a low-order peer key (all-zero shared secret) here.
    if (EVP_PKEY_derive_set_peer(context.get(), peer->get()) != 1) {
        return detail::invalidKey(u"X25519 peer key refused: "_s + detail::takeLibraryErrors());
    }
    SecureBytes shared = SecureBytes::zeroed(X25519KeySize);
    size_t length = size_t(shared.size());
    if (EVP_PKEY_derive(context.get(), reinterpret_cast<unsigned char *>(shared.data()), &length) != 1) {
        return detail::invalidKey(u"X25519 derivation refused: "_s + detail::takeLibraryErrors());
    }
    if (length != size_t(X25519KeySize))
        return detail::libraryFailure(u"EVP_PKEY_derive length"_s);
    if (shared == SecureBytes::zeroed(X25519KeySize))
        return detail::invalidKey(u"X25519 shared secret is all zero"_s);
    return shared;
}

Result<QByteArray> x25519PublicKeyFromPem(QByteArrayView pem)
{
    Result<BioPointer> bio = readBio(pem);
    if (!bio)
        return bio.error();
    PkeyPointer key(PEM_read_bio_PUBKEY(bio->get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    if (!key)
        return keyUnreadable(detail::takeLibraryErrors());
    if (EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_X25519)
        return keyUnsupported(u"public key type %1"_s.arg(EVP_PKEY_get_base_id(key.get())));
    return rawPublic(key.get());
}

Result<SecureBytes> x25519PrivateKeyFromPem(QByteArrayView pem)
{
    Result<BioPointer> bio = readBio(pem);
    if (!bio)
        return bio.error();
    // No password callback: nobody is ever prompted; an encrypted key is refused.
    static char noPassphrase[] = "";
    PkeyPointer key(PEM_read_bio_PrivateKey(bio->get(), nullptr, nullptr, noPassphrase), &EVP_PKEY_free);
    if (!key)
        return keyUnreadable(detail::takeLibraryErrors());
    if (EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_X25519)
        return keyUnsupported(u"private key type %1"_s.arg(EVP_PKEY_get_base_id(key.get())));
    return rawPrivate(key.get());
}

Result<QByteArray> x25519PublicKeyToPem(QByteArrayView publicKey)
{
    Result<PkeyPointer> key = publicKeyObject(publicKey);
    if (!key)
        return key.error();
    BioPointer bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key->get()) != 1)
        return detail::libraryFailure(u"PEM_write_bio_PUBKEY"_s);
    return drain(bio.get());
}

Result<SecureBytes> x25519PrivateKeyToPem(const SecureBytes &privateKey)
{
    Result<PkeyPointer> key = privateKeyObject(privateKey);
    if (!key)
        return key.error();
    BioPointer bio(BIO_new(BIO_s_secmem()), &BIO_free);
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key->get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return detail::libraryFailure(u"PEM_write_bio_PrivateKey"_s);
    Result<QByteArray> pem = drain(bio.get());
    if (!pem)
        return pem.error();
    SecureBytes secret(*pem);
    wipe(*pem);
    return secret;
}

Result<QByteArray> sealToPublicKey(QByteArrayView recipientPublicKey, QByteArrayView plaintext, QByteArrayView context)
{
    if (recipientPublicKey.size() != X25519KeySize)
        return detail::invalidKey(u"X25519 public key of %1 bytes"_s.arg(recipientPublicKey.size()));
    Result<X25519KeyPair> ephemeral = generateX25519();
    if (!ephemeral)
        return ephemeral.error();
    Result<SecureBytes> shared = x25519(ephemeral->privateKey, recipientPublicKey);
    if (!shared)
        return shared.error();
    Result<SecureBytes> key = messageKey(*shared, ephemeral->publicKey, recipientPublicKey, context);
    if (!key)
        return key.error();
    Result<QByteArray> sealed = seal(*key, plaintext, context);
    if (!sealed)
        return sealed.error();
    return QByteArray(QByteArray(1, EnvelopeVersion) + ephemeral->publicKey + *sealed);
}

Result<QByteArray> openWithPrivateKey(const SecureBytes &recipientPrivateKey, QByteArrayView envelope,
                                      QByteArrayView context)
{
    if (envelope.size() < MinimumEnvelopeSize || envelope.at(0) != EnvelopeVersion)
        return detail::invalidArgument(u"not an X25519 envelope of version 1"_s);
    const QByteArrayView ephemeralPublic = envelope.sliced(1, X25519KeySize);
    Result<QByteArray> recipientPublic = x25519PublicKey(recipientPrivateKey);
    if (!recipientPublic)
        return recipientPublic.error();
    Result<SecureBytes> shared = x25519(recipientPrivateKey, ephemeralPublic);
    if (!shared)
        return shared.error();
    Result<SecureBytes> key = messageKey(*shared, ephemeralPublic, *recipientPublic, context);
    if (!key)
        return key.error();
    return open(*key, envelope.sliced(1 + X25519KeySize), context);
}

} // namespace pasban::crypto
