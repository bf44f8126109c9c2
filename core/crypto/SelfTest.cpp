#include "SelfTest.h"

#include "Aead.h"
#include "Hash.h"
#include "Kdf.h"
#include "Signature.h"
#include "common/Logging.h"

#include <openssl/crypto.h>

#include <functional>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace pasban::crypto {

namespace {

Error selfTestFailure(const QString &algorithm, const QString &detail = {})
{
    return Error(u"crypto.selftest"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The cryptographic self-test failed (%1). Pasban cannot run "
                                   "safely on this system."),
                 {algorithm}, detail);
}

// A check either passes or says why not; the reason goes into the error's detail.
using Check = std::function<std::optional<QString>(const SelfTestVectors &)>;

std::optional<QString> compare(QByteArrayView actual, const QByteArray &expected)
{
    return constantTimeEquals(actual, expected) ? std::nullopt : std::optional(u"wrong answer"_s);
}

std::optional<QString> describe(const Error &error)
{
    return error.code() + u": "_s + error.detail();
}

std::optional<QString> expect(const Result<QByteArray> &result, const QByteArray &expected)
{
    return result ? compare(*result, expected) : describe(result.error());
}

std::optional<QString> expect(const Result<SecureBytes> &result, const QByteArray &expected)
{
    return result ? compare(result->view(), expected) : describe(result.error());
}

QByteArray flipFirstBit(QByteArray bytes)
{
    if (bytes.isEmpty())
        return QByteArray(1, '\x01');
    bytes[0] = char(bytes.at(0) ^ 0x01);
    return bytes;
}

std::optional<QString> checkGcm(const SelfTestVectors::Gcm &v)
{
    const SecureBytes key(v.key);
    if (std::optional<QString> problem = expect(aes256GcmEncrypt(key, v.nonce, v.plaintext, v.aad), v.ciphertextAndTag))
        return u"encrypt: "_s + *problem;
    if (std::optional<QString> problem = expect(aes256GcmDecrypt(key, v.nonce, v.ciphertextAndTag, v.aad), v.plaintext))
        return u"decrypt: "_s + *problem;
    const Result<QByteArray> tampered = aes256GcmDecrypt(key, v.nonce, flipFirstBit(v.ciphertextAndTag), v.aad);
    if (tampered || tampered.error().code() != u"crypto.authentication"_s)
        return u"a changed ciphertext was not rejected"_s;
    return std::nullopt;
}

std::optional<QString> checkEd25519(const SelfTestVectors::Ed25519 &v)
{
    const Result<PrivateKey> key = PrivateKey::fromEd25519Seed(SecureBytes(v.seed));
    if (!key)
        return describe(key.error());
    const Result<PublicKey> publicKey = key->publicKey();
    if (!publicKey)
        return describe(publicKey.error());
    if (std::optional<QString> problem = expect(sign(*key, v.message), v.signature))
        return u"sign: "_s + *problem;
    if (!verify(*publicKey, v.message, v.signature))
        return u"a valid signature was rejected"_s;
    if (verify(*publicKey, flipFirstBit(v.message), v.signature))
        return u"a signature over a changed message was accepted"_s;
    return std::nullopt;
}

// No fixed vector: ECDSA signatures are randomised. Generating, signing and checking
// both outcomes still exercises the curve arithmetic and the DER encoding.
std::optional<QString> checkEcdsaRoundTrip()
{
    const Result<PrivateKey> key = PrivateKey::generate(SignatureAlgorithm::EcdsaP256Sha256);
    if (!key)
        return describe(key.error());
    const Result<PublicKey> publicKey = key->publicKey();
    if (!publicKey)
        return describe(publicKey.error());
    const QByteArray message = "Pasban self-test"_ba;
    const Result<QByteArray> signature = sign(*key, message);
    if (!signature)
        return describe(signature.error());
    if (!verify(*publicKey, message, *signature))
        return u"a valid signature was rejected"_s;
    if (verify(*publicKey, flipFirstBit(message), *signature))
        return u"a signature over a changed message was accepted"_s;
    return std::nullopt;
}

} // namespace

SelfTestVectors SelfTestVectors::standard()
{
    SelfTestVectors v;
    v.sha256 = {"abc"_ba, QByteArray::fromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")};
    v.sha512 = {"abc"_ba,
                QByteArray::fromHex("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                                    "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")};
    v.hmacSha256 = {"Jefe"_ba, "what do ya want for nothing?"_ba,
                    QByteArray::fromHex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")};
    v.hkdfSha256 = {QByteArray(22, '\x0b'), QByteArray::fromHex("000102030405060708090a0b0c"),
                    QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9"),
                    QByteArray::fromHex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db0"
                                        "2d56ecc4c5bf34007208d5b887185865")};
    v.aes256Gcm = {QByteArray::fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"),
                   QByteArray::fromHex("cafebabefacedbaddecaf888"),
                   QByteArray::fromHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                                       "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39"),
                   QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2"),
                   QByteArray::fromHex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                       "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
                                       "76fc6ece0f4e1768cddf8853bb2d551b")};
    v.scrypt = {QByteArray(),
                QByteArray(),
                16,
                1,
                1,
                QByteArray::fromHex("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                                    "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906")};
    v.ed25519 = {QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"), QByteArray(),
                 QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555"
                                     "fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")};
    return v;
}

Status selfTest()
{
    return selfTestWith(SelfTestVectors::standard());
}

Status selfTestWith(const SelfTestVectors &vectors)
{
    const std::pair<QString, Check> checks[] = {
        {u"SHA-256"_s,
         [](const SelfTestVectors &v) {
             return compare(sha256(v.sha256.message), v.sha256.digest);
         }},
        {u"SHA-512"_s,
         [](const SelfTestVectors &v) {
             return compare(sha512(v.sha512.message), v.sha512.digest);
         }},
        {u"HMAC-SHA-256"_s,
         [](const SelfTestVectors &v) {
             return expect(hmacSha256(SecureBytes(v.hmacSha256.key), v.hmacSha256.message), v.hmacSha256.mac);
         }},
        {u"HKDF-SHA-256"_s,
         [](const SelfTestVectors &v) {
             const SelfTestVectors::Hkdf &h = v.hkdfSha256;
             return expect(hkdfSha256(SecureBytes(h.ikm), h.salt, h.info, h.okm.size()), h.okm);
         }},
        {u"AES-256-GCM"_s,
         [](const SelfTestVectors &v) {
             return checkGcm(v.aes256Gcm);
         }},
        {u"scrypt"_s,
         [](const SelfTestVectors &v) {
             const SelfTestVectors::Scrypt &s = v.scrypt;
             return expect(scrypt(SecureBytes(s.passphrase), s.salt, s.n, s.r, s.p, s.derived.size()), s.derived);
         }},
        {u"Ed25519"_s,
         [](const SelfTestVectors &v) {
             return checkEd25519(v.ed25519);
         }},
        {u"ECDSA P-256"_s,
         [](const SelfTestVectors &) {
             return checkEcdsaRoundTrip();
         }},
    };
    for (const auto &[algorithm, check] : checks) {
        if (const std::optional<QString> problem = check(vectors)) {
            qCCritical(lcCrypto) << "Cryptographic self-test failed:" << algorithm << *problem;
            return selfTestFailure(algorithm, *problem);
        }
    }
    qCInfo(lcCrypto) << "Cryptographic self-test passed with" << opensslVersion();
    return {};
}

QString opensslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace pasban::crypto
