// Known-answer vectors are copied from the standards named next to them and were
// cross-checked against an independent implementation (Python's hashlib/cryptography).

#include "crypto/Aead.h"
#include "crypto/Hash.h"
#include "crypto/Hasher.h"
#include "crypto/Kdf.h"
#include "crypto/PrivateKey.h"
#include "crypto/PublicKey.h"
#include "crypto/Random.h"
#include "crypto/SecureBytes.h"
#include "crypto/SelfTest.h"
#include "crypto/Signature.h"

#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::crypto;

Q_DECLARE_METATYPE(pasban::crypto::SignatureAlgorithm)
Q_DECLARE_METATYPE(pasban::crypto::Hasher::Algorithm)

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

// The error code of a failed result, or empty if it succeeded — so one QCOMPARE
// checks both "it failed" and "it failed for this reason".
template<typename T> QString codeOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().code();
}

// For QVERIFY2: the error behind a failed result, so a failure says why.
template<typename T> QByteArray failure(const Result<T> &result)
{
    return result.ok() ? QByteArray() : (result.error().toString() + u" — "_s + result.error().detail()).toUtf8();
}

QByteArray flipBit(QByteArray bytes, qsizetype index, int bit = 0)
{
    bytes[index] = char(bytes.at(index) ^ (1 << bit));
    return bytes;
}

// RFC 8410 section 10.1: an Ed25519 SubjectPublicKeyInfo is this prefix + the 32 raw bytes.
const QByteArray Ed25519SpkiPrefix = QByteArray::fromHex("302a300506032b6570032100");

// Test keys and signatures made with Python's `cryptography` package, to prove that
// our fixed parameters interoperate with another implementation. Throwaway keys.
constexpr char Rsa2048PublicPem[] = R"(-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAntFYV/TvRBZF//FJWluY
jaN7rS46QqCGSwmufi07/EFHpzMjOTs1z6KRKZXRXdHD+oU7lz1Gy6r/x9JfQhA7
4JQbhXw+lmNT7KihwrfxnzhONQKutlZk94kImiT0RbooSY2eig4/q4KpHN2mN2XY
iHih8B8FXpOTkRiah6qV3CcrM/LLIPlxar4YqEpkxx46X2lJldzZaJ9UW7FqsaJc
/PQsHOengxz3KepUzbyHxKDXsiOOD/kuNnNcY188gqINqgLHmGnCiaIFXrUwbtL4
z0dT4DQ6A3k7WvitV9NTZqZJnIdT8Y8rtygNQdmLyc/QV1/eA29Rl9EOwls+5Ud4
sQIDAQAB
-----END PUBLIC KEY-----
)";
constexpr char InteropMessage[] = "Pasban interop message";
// RSA-PSS, SHA-256, MGF1-SHA-256, salt 32 — our parameters.
constexpr char RsaPssSalt32Signature[] =
    "4e0051d622e04ab7fa9ed6697065199d330955d77f326a26ca2639a24da66baed36e7d0101b813a48792e142291c30"
    "45feb461e2c4aebcd8ca9f006057cb4aff880d7ac018ddc37cc66f71bc27a51bd5a7f9b08a28516622d026d7a0988e"
    "19767a180d429609f5a0fc89afaccf2b58d8631bf1d8cb142e10b6ad3faa572be9ece06b4ccda3b62a9caa58769213"
    "2f9f055839da7d024993b438093f1bcdff3ea34494487f827423d42ad0c899faf51565942e4e23f2f292a0b9454742"
    "df1fa655fb6fd3c9832660e1d3a4f3d60feb68b1cc003a3d3368fc8ffa4ff6b1872b0be6e1aa221f1c9c43da56ae0b"
    "d3120b7d79abf3665cafd13b613872b174d637863e";
// Same key and message, but salt 20: valid PSS, not our parameters.
constexpr char RsaPssSalt20Signature[] =
    "03667dc0e67b987c1bb05e71ea8f36d49d9ef80783f2c83c144014905960541804eca3e0be03f068f7d9b26aa3930f"
    "2c51095da288cb6138afb4ea638c7d3bbb385f3bd9de3dd9a9c1753d46f5351bb4639efc289d226ac576d2ebbc52c3"
    "9014026bd1a416aa1af8043f0d4d0d72aa6be190cde6d09c61b00fe077e44047070e99cc02c321f3b1cf0724160368"
    "1a82d6247af11b40e67a75492863c9edd27dfdeb7d597ca5de5328f1b003948ee384e58b4e95a9aff43754c2d03507"
    "0aa5d9c7f386097a2fb94427463c230cd3a285b89bf9bf37bbdbea61f351520db0010d2347833e867571da5b80a1eb"
    "36762157c10cd50a61226d7423144eb1760491a193";
// Same key and message, PKCS#1 v1.5 padding: must not be accepted as PSS.
constexpr char RsaPkcs1v15Signature[] =
    "7c9c781f91dae56b43769965088233cc5556e78ff8a7ddecfb907b944fbf9d579b307090980c0d68a4ddd7c0577747"
    "219ba197ff13d258f7ea09921d7064fcf62e11e02fc17f34379648f32e2df52d1e54132592d1d61940eaa6e5a5c188"
    "d3f0e773a120ebcfd3f1ec0e3b846b7189cf3963a13a2493b02ff440333da20c00bb7669ae107f21d6009d65647eec"
    "c2e33c6175f942b95ae4353ebcc02ee6bafc6a9bae79fa341fa57a8c4eacafec7f5bdd1ba90665a2b93830914741f5"
    "e605ba0c98d2fff3d03ab95d5cad78245bcbb0785ad139c47c44ca284bb32e6b25f2591eafae724545c0ca7ca7d1a3"
    "08aa7478c2352ba8cf2da08396ea1fefed613d9c70";

constexpr char EcP256PublicPem[] = R"(-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEBmnG/PKVutg1pM7+ijTwBuVPFWZj
X/VCxOq0b616F34Wzizjc/6Hkyqv3NBekEJXhUM9ILqE/Qv+8Fq57gzk/g==
-----END PUBLIC KEY-----
)";
constexpr char EcdsaSignature[] =
    "304502207520b9dd9e039aeaa21bf6ba3cbc2589d3dbafe5ac408557d5da8a67317095aa022100b83805e951a23bb8"
    "651b342e6e184dddec7633fdacd2154e4420d607ef365c03";
// The private half of EcP256PublicPem, in the traditional SEC 1 form...
constexpr char EcP256PrivatePem[] = R"(-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIHWlvlVvJYr4Qbf8O6FUBD4OQGBLVpmF01E9wG3c2JZvoAoGCCqGSM49
AwEHoUQDQgAEBmnG/PKVutg1pM7+ijTwBuVPFWZjX/VCxOq0b616F34Wzizjc/6H
kyqv3NBekEJXhUM9ILqE/Qv+8Fq57gzk/g==
-----END EC PRIVATE KEY-----
)";
// ...and as encrypted PKCS#8 (PBES2) under the passphrase "correct horse".
constexpr char EcP256EncryptedPem[] = R"(-----BEGIN ENCRYPTED PRIVATE KEY-----
MIH0MF8GCSqGSIb3DQEFDTBSMDEGCSqGSIb3DQEFDDAkBBAPkjQWG3doGmQjuLlv
2ifUAgIIADAMBggqhkiG9w0CCQUAMB0GCWCGSAFlAwQBKgQQxJsviZja4SDp7HeI
sKEdMQSBkE27EcLGvLojMj3kfdVtXX+ZyQ+MAWdbuxpRlKvqjF4Sg7QTL0gli8b/
nAy0VpRG7baVsbv8l1aYspUqSG/f4mspPCAMxZOJrBD5vlsRT+Uez8vc9HYQpK4W
jXf9DQc8UDomG1BBkipQudyJ3sjAzhgX+ZVRfxmBrgXfBVctn4nyIrW+ZMn9md+G
Zn/BQ0I93w==
-----END ENCRYPTED PRIVATE KEY-----
)";

constexpr char Rsa1024PublicPem[] = R"(-----BEGIN PUBLIC KEY-----
MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCsSRqmkf63n+3/v8bHL6VksCFt
p6URiVou+I6SwbMQmBBCWdqHfB0xQvoMpLfzs370VQlr/BbhWIthUG0Jtonotc07
MjEIZ7HRXIJV5ubGbFIr6fEzMAZuuvKfluiSZtAMbBvL2UjqQ1jipD/H7qUhEsOB
bpHJKWK1I+XvUlmSiwIDAQAB
-----END PUBLIC KEY-----
)";
constexpr char EcP384PublicPem[] = R"(-----BEGIN PUBLIC KEY-----
MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAElcaDtn1tTwSAgVZZ8Hyn+dSYF0yXz8Yo
18VF2eLyL8zOonczaaZdfB7sYm6JlbpcLxPCJuIQoXuBQJS2JU79+xzMNXlsyYxq
VbWHS3XkqW84L6s72OS+H1MtjCF3RRYo
-----END PUBLIC KEY-----
)";

} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT

private slots:
    // SecureBytes
    void secureBytesOwnsItsBuffer();
    void secureBytesCopiesAreDeep();
    void secureBytesMoveTransfersTheBuffer();
    void secureBytesClearEmpties();
    void secureBytesZeroedAndUtf8();
    void secureBytesEquality();
    void wipeEmptiesAndSparesSharedCopies();

    // Random
    void randomBytesHaveRequestedLength();
    void randomBytesDiffer();
    void randomRejectsNegativeCount();

    // Hash
    void sha2_data();
    void sha2();
    void hasherMatchesMillionA_data();
    void hasherMatchesMillionA();
    void hasherResultCanContinue();
    void hmacRfc4231_data();
    void hmacRfc4231();
    void hmacRejectsEmptyKey();
    void constantTimeEquals_data();
    void constantTimeEquals();

    // Kdf
    void hkdfRfc5869_data();
    void hkdfRfc5869();
    void hkdfRejectsBadArguments();
    void scryptRfc7914_data();
    void scryptRfc7914();
    void scryptRecommendedParametersFitMemoryLimit();
    void scryptRejectsBadParameters_data();
    void scryptRejectsBadParameters();

    // Aead
    void gcmKnownAnswers_data();
    void gcmKnownAnswers();
    void gcmTamperingIsDetected_data();
    void gcmTamperingIsDetected();
    void gcmWrongKeyIsDetected();
    void gcmRejectsBadKeyAndNonce();
    void sealOpenRoundTrip();
    void openRejectsTamperedOrShortInput();

    // Signatures
    void ed25519Rfc8032_data();
    void ed25519Rfc8032();
    void ed25519RejectsBadRawKeys();
    void generatedKeysSignAndVerify_data();
    void generatedKeysSignAndVerify();
    void garbageSignaturesAreRejected_data();
    void garbageSignaturesAreRejected();
    void privateKeyPemRoundTrip_data();
    void privateKeyPemRoundTrip();
    void encryptedPrivateKeyPemRoundTrip();
    void publicKeyPemAndDerRoundTrip_data();
    void publicKeyPemAndDerRoundTrip();
    void rsaPssInteroperatesWithFixedParameters();
    void ecdsaInteroperates();
    void externalPrivateKeysAreRead();
    void unsupportedKeysAreRefused_data();
    void unsupportedKeysAreRefused();
    void malformedKeysAreRefused_data();
    void malformedKeysAreRefused();

    // Self-test
    void selfTestPasses();
    void selfTestCatchesWrongAnswers_data();
    void selfTestCatchesWrongAnswers();
    void opensslVersionIsReported();
};

// ---- SecureBytes -----------------------------------------------------------------

void TestCrypto::secureBytesOwnsItsBuffer()
{
    const QByteArray source = "a secret"_ba;
    const SecureBytes secret(source);
    QCOMPARE(secret.view(), QByteArrayView("a secret"));
    // Not implicitly shared with the caller's array: wiping ours must not depend on
    // someone else's reference count.
    QVERIFY(secret.constData() != source.constData());
}

void TestCrypto::secureBytesCopiesAreDeep()
{
    const SecureBytes original(QByteArrayView("key material"));
    SecureBytes copy = original;
    QVERIFY(copy.constData() != original.constData());
    copy.data()[0] = 'K';
    QCOMPARE(original.view(), QByteArrayView("key material"));

    SecureBytes assigned;
    assigned = original;
    QVERIFY(assigned.constData() != original.constData());
    QCOMPARE(assigned.view(), original.view());
}

void TestCrypto::secureBytesMoveTransfersTheBuffer()
{
    SecureBytes source(QByteArrayView("moving secret"));
    const char *buffer = source.constData();
    SecureBytes target = std::move(source);
    // The same buffer changed hands: a move leaves no second copy to wipe.
    QVERIFY(target.constData() == buffer);
    QCOMPARE(target.view(), QByteArrayView("moving secret"));
    QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is the point

    SecureBytes assigned(QByteArrayView("old"));
    assigned = std::move(target);
    QVERIFY(assigned.constData() == buffer);
    QVERIFY(target.isEmpty()); // NOLINT(bugprone-use-after-move)
}

void TestCrypto::secureBytesClearEmpties()
{
    SecureBytes secret(QByteArrayView("passphrase"));
    secret.clear();
    QVERIFY(secret.isEmpty());
    QCOMPARE(secret.size(), 0);
}

void TestCrypto::secureBytesZeroedAndUtf8()
{
    const SecureBytes zeroed = SecureBytes::zeroed(16);
    QCOMPARE(zeroed.view(), QByteArrayView(QByteArray(16, '\0')));

    const SecureBytes passphrase = SecureBytes::fromUtf8(u"رمز-pässword"_s);
    QCOMPARE(passphrase.view(), QByteArrayView(u"رمز-pässword"_s.toUtf8()));
}

void TestCrypto::secureBytesEquality()
{
    const SecureBytes a(QByteArrayView("same"));
    QVERIFY(a == SecureBytes(QByteArrayView("same")));
    QVERIFY(a != SecureBytes(QByteArrayView("sane")));
    QVERIFY(a != SecureBytes(QByteArrayView("same!")));
    QVERIFY(a != SecureBytes());
}

void TestCrypto::wipeEmptiesAndSparesSharedCopies()
{
    QByteArray alone = "temporary key"_ba;
    alone.detach();
    wipe(alone);
    QVERIFY(alone.isEmpty());

    const QByteArray otherOwner = "shared value"_ba;
    QByteArray shared = otherOwner; // implicitly shared buffer
    wipe(shared);
    QVERIFY(shared.isEmpty());
    QCOMPARE(otherOwner, "shared value"_ba);
}

// ---- Random ----------------------------------------------------------------------

void TestCrypto::randomBytesHaveRequestedLength()
{
    for (const qsizetype count : {qsizetype(0), qsizetype(1), qsizetype(32), qsizetype(100000)}) {
        const Result<QByteArray> bytes = randomBytes(count);
        QVERIFY(bytes.ok());
        QCOMPARE(bytes->size(), count);
    }
    const Result<SecureBytes> key = randomKey(32);
    QVERIFY(key.ok());
    QCOMPARE(key->size(), 32);
    QVERIFY(key->view() != QByteArrayView(QByteArray(32, '\0')));
}

void TestCrypto::randomBytesDiffer()
{
    // Equal 256-bit draws would mean a stuck generator (chance otherwise 2^-256).
    const Result<QByteArray> first = randomBytes(32);
    const Result<QByteArray> second = randomBytes(32);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(*first != *second);
    const Result<SecureBytes> keyA = randomKey(32);
    const Result<SecureBytes> keyB = randomKey(32);
    QVERIFY(keyA.ok() && keyB.ok());
    QVERIFY(*keyA != *keyB);
}

void TestCrypto::randomRejectsNegativeCount()
{
    QCOMPARE(codeOf(randomBytes(-1)), u"crypto.invalid_argument"_s);
    QCOMPARE(codeOf(randomKey(-1)), u"crypto.invalid_argument"_s);
}

// ---- Hash ------------------------------------------------------------------------

void TestCrypto::sha2_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected256");
    QTest::addColumn<QByteArray>("expected512");
    // NIST FIPS 180-2 appendices B.1/C.1 ("abc"), B.2 (448-bit message), and the
    // empty-message values from NIST's SHA example documents.
    QTest::newRow("empty") << QByteArray() << hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
                           << hex("cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
                                  "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e");
    QTest::newRow("abc") << "abc"_ba << hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
                         << hex("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                                "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
    QTest::newRow("448 bits") << "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"_ba
                              << hex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
                              << hex("204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c335"
                                     "96fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445");
}

void TestCrypto::sha2()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected256);
    QFETCH(QByteArray, expected512);
    QCOMPARE(sha256(message), expected256);
    QCOMPARE(sha512(message), expected512);
}

void TestCrypto::hasherMatchesMillionA_data()
{
    QTest::addColumn<Hasher::Algorithm>("algorithm");
    QTest::addColumn<QByteArray>("expected");
    // NIST: one million repetitions of "a".
    QTest::newRow("SHA-256") << Hasher::Algorithm::Sha256
                             << hex("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    QTest::newRow("SHA-512") << Hasher::Algorithm::Sha512
                             << hex("e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973eb"
                                    "de0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b");
}

void TestCrypto::hasherMatchesMillionA()
{
    QFETCH(Hasher::Algorithm, algorithm);
    QFETCH(QByteArray, expected);
    Hasher hasher(algorithm);
    // Uneven pieces, so block boundaries fall inside and between calls.
    const QByteArray piece(997, 'a');
    qsizetype remaining = 1000000;
    while (remaining > 0) {
        const qsizetype take = std::min(remaining, piece.size());
        hasher.addData(QByteArrayView(piece).first(take));
        remaining -= take;
    }
    const Result<QByteArray> digest = hasher.result();
    QVERIFY(digest.ok());
    QCOMPARE(*digest, expected);
}

void TestCrypto::hasherResultCanContinue()
{
    Hasher hasher(Hasher::Algorithm::Sha256);
    hasher.addData("ab");
    const Result<QByteArray> partial = hasher.result();
    QVERIFY(partial.ok());
    QCOMPARE(*partial, sha256("ab"));
    hasher.addData("c");
    QCOMPARE(*hasher.result(), sha256("abc"));

    hasher.reset();
    hasher.addData("abc");
    QCOMPARE(*hasher.result(), sha256("abc"));
}

void TestCrypto::hmacRfc4231_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expected256");
    QTest::addColumn<QByteArray>("expected512"); // empty: no SHA-512 check in this row
    // RFC 4231 section 4.2-4.4, test cases 1-3.
    QTest::newRow("RFC 4231 case 1") << QByteArray(20, '\x0b') << "Hi There"_ba
                                     << hex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
                                     << hex("87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde"
                                            "daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854");
    QTest::newRow("RFC 4231 case 2") << "Jefe"_ba
                                     << "what do ya want for nothing?"_ba
                                     << hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
                                     << hex("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554"
                                            "9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737");
    QTest::newRow("RFC 4231 case 3") << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
                                     << hex("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe")
                                     << QByteArray();
}

void TestCrypto::hmacRfc4231()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected256);
    QFETCH(QByteArray, expected512);
    const Result<QByteArray> mac256 = hmacSha256(SecureBytes(key), data);
    QVERIFY(mac256.ok());
    QCOMPARE(*mac256, expected256);
    if (!expected512.isEmpty()) {
        const Result<QByteArray> mac512 = hmacSha512(SecureBytes(key), data);
        QVERIFY(mac512.ok());
        QCOMPARE(*mac512, expected512);
    }
}

void TestCrypto::hmacRejectsEmptyKey()
{
    QCOMPARE(codeOf(hmacSha256(SecureBytes(), "data")), u"crypto.invalid_key"_s);
    QCOMPARE(codeOf(hmacSha512(SecureBytes(), "data")), u"crypto.invalid_key"_s);
}

void TestCrypto::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("equal") << "0123456789abcdef"_ba
                           << "0123456789abcdef"_ba << true;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("first byte differs") << "x123456789abcdef"_ba
                                        << "0123456789abcdef"_ba << false;
    QTest::newRow("last byte differs") << "0123456789abcdex"_ba
                                       << "0123456789abcdef"_ba << false;
    QTest::newRow("prefix") << "0123456789abcde"_ba
                            << "0123456789abcdef"_ba << false;
    QTest::newRow("one empty") << QByteArray() << "0"_ba << false;
}

void TestCrypto::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(crypto::constantTimeEquals(a, b), equal);
    QCOMPARE(crypto::constantTimeEquals(b, a), equal);
}

// ---- Kdf -------------------------------------------------------------------------

void TestCrypto::hkdfRfc5869_data()
{
    QTest::addColumn<QByteArray>("ikm");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<QByteArray>("okm");
    auto range = [](int from, int to) {
        QByteArray bytes;
        for (int value = from; value <= to; ++value)
            bytes.append(char(value));
        return bytes;
    };
    // RFC 5869 appendix A.1-A.3.
    QTest::newRow("RFC 5869 case 1")
        << QByteArray(22, '\x0b') << range(0x00, 0x0c) << range(0xf0, 0xf9)
        << hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
    QTest::newRow("RFC 5869 case 2") << range(0x00, 0x4f) << range(0x60, 0xaf) << range(0xb0, 0xff)
                                     << hex("b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
                                            "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
                                            "cc30c58179ec3e87c14c01d5c1f3434f1d87");
    QTest::newRow("RFC 5869 case 3 (no salt, no info)")
        << QByteArray(22, '\x0b') << QByteArray() << QByteArray()
        << hex("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
}

void TestCrypto::hkdfRfc5869()
{
    QFETCH(QByteArray, ikm);
    QFETCH(QByteArray, salt);
    QFETCH(QByteArray, info);
    QFETCH(QByteArray, okm);
    const Result<SecureBytes> derived = hkdfSha256(SecureBytes(ikm), salt, info, okm.size());
    QVERIFY(derived.ok());
    QCOMPARE(derived->view(), QByteArrayView(okm));
}

void TestCrypto::hkdfRejectsBadArguments()
{
    const SecureBytes ikm(QByteArrayView("input key material"));
    QCOMPARE(codeOf(hkdfSha256(ikm, {}, {}, 0)), u"crypto.invalid_argument"_s);
    QCOMPARE(codeOf(hkdfSha256(ikm, {}, {}, HkdfSha256MaxLength + 1)), u"crypto.invalid_argument"_s);
    QCOMPARE(codeOf(hkdfSha256(SecureBytes(), {}, {}, 32)), u"crypto.invalid_key"_s);
    // The RFC's upper limit itself (255 × 32 bytes) is allowed.
    QCOMPARE(HkdfSha256MaxLength, 8160);
    const Result<SecureBytes> longest = hkdfSha256(ikm, {}, {}, HkdfSha256MaxLength);
    QVERIFY(longest.ok());
    QCOMPARE(longest->size(), HkdfSha256MaxLength);
}

void TestCrypto::scryptRfc7914_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<QByteArray>("derived");
    // RFC 7914 section 12, first two vectors.
    QTest::newRow("RFC 7914 #1") << QByteArray() << QByteArray() << quint64(16) << quint32(1) << quint32(1)
                                 << hex("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                                        "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
    QTest::newRow("RFC 7914 #2") << "password"_ba
                                 << "NaCl"_ba << quint64(1024) << quint32(8) << quint32(16)
                                 << hex("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                                        "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
}

void TestCrypto::scryptRfc7914()
{
    QFETCH(QByteArray, passphrase);
    QFETCH(QByteArray, salt);
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(QByteArray, derived);
    const Result<SecureBytes> key = scrypt(SecureBytes(passphrase), salt, n, r, p, derived.size());
    QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().detail()));
    QCOMPARE(key->view(), QByteArrayView(derived));
}

void TestCrypto::scryptRecommendedParametersFitMemoryLimit()
{
    const ScryptParams defaults;
    QCOMPARE(defaults.n, quint64(1) << 17);
    QCOMPARE(defaults.r, 8u);
    QCOMPARE(defaults.p, 1u);
    // Needs ~128 MiB: fails if the memory cap is set below what the defaults need.
    const Result<SecureBytes> key =
        scrypt(SecureBytes::fromUtf8(u"correct horse battery staple"), "per-user salt", defaults, 32);
    QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().detail()));
    QCOMPARE(key->size(), 32);
}

void TestCrypto::scryptRejectsBadParameters_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<qsizetype>("length");
    QTest::newRow("N zero") << quint64(0) << quint32(8) << quint32(1) << qsizetype(32);
    QTest::newRow("N one") << quint64(1) << quint32(8) << quint32(1) << qsizetype(32);
    QTest::newRow("N not a power of two") << quint64(1000) << quint32(8) << quint32(1) << qsizetype(32);
    QTest::newRow("r zero") << quint64(1024) << quint32(0) << quint32(1) << qsizetype(32);
    QTest::newRow("p zero") << quint64(1024) << quint32(8) << quint32(0) << qsizetype(32);
    QTest::newRow("length zero") << quint64(1024) << quint32(8) << quint32(1) << qsizetype(0);
    QTest::newRow("negative length") << quint64(1024) << quint32(8) << quint32(1) << qsizetype(-5);
    QTest::newRow("N too large for r=1") << (quint64(1) << 16) << quint32(1) << quint32(1) << qsizetype(32);
    QTest::newRow("p*r too large") << quint64(16) << quint32(1 << 15) << quint32(1 << 15) << qsizetype(32);
    QTest::newRow("needs 1 GiB") << (quint64(1) << 20) << quint32(8) << quint32(1) << qsizetype(32);
    QTest::newRow("N 2^63") << (quint64(1) << 63) << quint32(8) << quint32(1) << qsizetype(32);
    QTest::newRow("huge p") << quint64(16) << quint32(1) << quint32(0xffffffffu) << qsizetype(32);
}

void TestCrypto::scryptRejectsBadParameters()
{
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(qsizetype, length);
    QCOMPARE(codeOf(scrypt(SecureBytes::fromUtf8(u"pass"), "salt", n, r, p, length)), u"crypto.invalid_argument"_s);
}

// ---- Aead ------------------------------------------------------------------------

void TestCrypto::gcmKnownAnswers_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("ciphertextAndTag");
    // McGrew & Viega, "The Galois/Counter Mode of Operation (GCM)", appendix B.
    QTest::newRow("GCM test case 13 (empty)") << QByteArray(32, '\0') << QByteArray(12, '\0') << QByteArray()
                                              << QByteArray() << hex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("GCM test case 14") << QByteArray(32, '\0') << QByteArray(12, '\0') << QByteArray(16, '\0')
                                      << QByteArray()
                                      << hex("cea7403d4d606b6e074ec5d3baf39d18"
                                             "d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("GCM test case 16 (with AAD)")
        << hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308") << hex("cafebabefacedbaddecaf888")
        << hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
               "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39")
        << hex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
        << hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
               "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
               "76fc6ece0f4e1768cddf8853bb2d551b");
}

void TestCrypto::gcmKnownAnswers()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, ciphertextAndTag);
    const Result<QByteArray> encrypted = aes256GcmEncrypt(SecureBytes(key), nonce, plaintext, aad);
    QVERIFY(encrypted.ok());
    QCOMPARE(*encrypted, ciphertextAndTag);
    const Result<QByteArray> decrypted = aes256GcmDecrypt(SecureBytes(key), nonce, ciphertextAndTag, aad);
    QVERIFY(decrypted.ok());
    QCOMPARE(*decrypted, plaintext);
}

void TestCrypto::gcmTamperingIsDetected_data()
{
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("ciphertextAndTag");
    QTest::addColumn<QByteArray>("aad");
    // Starts from GCM test case 16 and changes one thing per row.
    const QByteArray nonce = hex("cafebabefacedbaddecaf888");
    const QByteArray aad = hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    const QByteArray sealed = hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                  "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
                                  "76fc6ece0f4e1768cddf8853bb2d551b");
    QTest::newRow("ciphertext bit") << nonce << flipBit(sealed, 5, 3) << aad;
    QTest::newRow("last ciphertext bit") << nonce << flipBit(sealed, sealed.size() - 17, 7) << aad;
    QTest::newRow("tag bit") << nonce << flipBit(sealed, sealed.size() - 1) << aad;
    QTest::newRow("aad bit") << nonce << sealed << flipBit(aad, 0);
    QTest::newRow("aad missing") << nonce << sealed << QByteArray();
    QTest::newRow("nonce bit") << flipBit(nonce, 11, 6) << sealed << aad;
    QTest::newRow("truncated") << nonce << sealed.chopped(1) << aad;
    QTest::newRow("shorter than a tag") << nonce << sealed.first(15) << aad;
    QTest::newRow("empty") << nonce << QByteArray() << aad;
}

void TestCrypto::gcmTamperingIsDetected()
{
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, ciphertextAndTag);
    QFETCH(QByteArray, aad);
    const SecureBytes key(hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"));
    const Result<QByteArray> decrypted = aes256GcmDecrypt(key, nonce, ciphertextAndTag, aad);
    QCOMPARE(codeOf(decrypted), u"crypto.authentication"_s);
    QVERIFY(!decrypted.error().message().isEmpty());
}

void TestCrypto::gcmWrongKeyIsDetected()
{
    const SecureBytes key(QByteArray(32, '\x11'));
    const SecureBytes otherKey(QByteArray(32, '\x12'));
    const QByteArray nonce(12, '\x01');
    const Result<QByteArray> encrypted = aes256GcmEncrypt(key, nonce, "patient export", "v1");
    QVERIFY(encrypted.ok());
    QCOMPARE(codeOf(aes256GcmDecrypt(otherKey, nonce, *encrypted, "v1")), u"crypto.authentication"_s);
}

void TestCrypto::gcmRejectsBadKeyAndNonce()
{
    const QByteArray nonce(12, '\0');
    const QByteArray sealed(32, '\0');
    for (const qsizetype keySize : {0, 16, 31, 33, 64}) {
        const SecureBytes key(QByteArray(keySize, '\x01'));
        QCOMPARE(codeOf(aes256GcmEncrypt(key, nonce, "data", {})), u"crypto.invalid_key"_s);
        QCOMPARE(codeOf(aes256GcmDecrypt(key, nonce, sealed, {})), u"crypto.invalid_key"_s);
        QCOMPARE(codeOf(seal(key, "data")), u"crypto.invalid_key"_s);
        QCOMPARE(codeOf(open(key, sealed)), u"crypto.invalid_key"_s);
    }
    const SecureBytes key(QByteArray(32, '\x01'));
    for (const qsizetype nonceSize : {0, 8, 11, 13, 16}) {
        QCOMPARE(codeOf(aes256GcmEncrypt(key, QByteArray(nonceSize, '\0'), "data", {})), u"crypto.invalid_argument"_s);
        QCOMPARE(codeOf(aes256GcmDecrypt(key, QByteArray(nonceSize, '\0'), sealed, {})), u"crypto.invalid_argument"_s);
    }
}

void TestCrypto::sealOpenRoundTrip()
{
    const Result<SecureBytes> key = randomKey(Aes256GcmKeySize);
    QVERIFY(key.ok());
    for (const QByteArray &plaintext : {QByteArray(), "x"_ba, QByteArray(100000, 'p')}) {
        const Result<QByteArray> sealed = seal(*key, plaintext, "record 42");
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->size(), Aes256GcmNonceSize + plaintext.size() + Aes256GcmTagSize);
        const Result<QByteArray> opened = open(*key, *sealed, "record 42");
        QVERIFY(opened.ok());
        QCOMPARE(*opened, plaintext);
    }
    // A fresh nonce each time: equal plaintexts do not give equal ciphertexts.
    const Result<QByteArray> first = seal(*key, "same", {});
    const Result<QByteArray> second = seal(*key, "same", {});
    QVERIFY(first.ok() && second.ok());
    QVERIFY(first->first(Aes256GcmNonceSize) != second->first(Aes256GcmNonceSize));
    QVERIFY(*first != *second);
}

void TestCrypto::openRejectsTamperedOrShortInput()
{
    const SecureBytes key(QByteArray(32, '\x07'));
    const Result<QByteArray> sealed = seal(key, "dose log", "aad");
    QVERIFY(sealed.ok());
    QCOMPARE(codeOf(open(key, *sealed, "other aad")), u"crypto.authentication"_s);
    QCOMPARE(codeOf(open(key, flipBit(*sealed, 0), "aad")), u"crypto.authentication"_s); // nonce
    QCOMPARE(codeOf(open(key, flipBit(*sealed, 13), "aad")), u"crypto.authentication"_s); // ciphertext
    QCOMPARE(codeOf(open(key, flipBit(*sealed, sealed->size() - 1), "aad")), u"crypto.authentication"_s);
    QCOMPARE(codeOf(open(key, sealed->first(27), "aad")), u"crypto.authentication"_s);
    QCOMPARE(codeOf(open(key, QByteArray(), "aad")), u"crypto.authentication"_s);
}

// ---- Signatures ------------------------------------------------------------------

void TestCrypto::ed25519Rfc8032_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");
    // RFC 8032 section 7.1, TEST 1-3.
    QTest::newRow("RFC 8032 TEST 1") << hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
                                     << hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
                                     << QByteArray()
                                     << hex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                                            "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    QTest::newRow("RFC 8032 TEST 2") << hex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
                                     << hex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
                                     << hex("72")
                                     << hex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                                            "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    QTest::newRow("RFC 8032 TEST 3") << hex("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
                                     << hex("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025")
                                     << hex("af82")
                                     << hex("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
                                            "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
}

void TestCrypto::ed25519Rfc8032()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);

    const Result<PrivateKey> key = PrivateKey::fromEd25519Seed(SecureBytes(secret));
    QVERIFY(key.ok());
    QCOMPARE(key->algorithm(), SignatureAlgorithm::Ed25519);
    const Result<PublicKey> derived = key->publicKey();
    QVERIFY(derived.ok());
    QCOMPARE(*derived->toDer(), QByteArray(Ed25519SpkiPrefix + publicKey));

    const Result<QByteArray> produced = sign(*key, message);
    QVERIFY(produced.ok());
    QCOMPARE(*produced, signature);

    const Result<PublicKey> fromRaw = PublicKey::fromEd25519Raw(publicKey);
    QVERIFY(fromRaw.ok());
    QVERIFY(verify(*fromRaw, message, signature).ok());
    QCOMPARE(codeOf(verify(*fromRaw, QByteArray(message + "!"), signature)), u"crypto.signature_invalid"_s);
    if (!message.isEmpty())
        QCOMPARE(codeOf(verify(*fromRaw, flipBit(message, 0), signature)), u"crypto.signature_invalid"_s);
    QCOMPARE(codeOf(verify(*fromRaw, message, flipBit(signature, 40))), u"crypto.signature_invalid"_s);
    QCOMPARE(codeOf(verify(*fromRaw, message, signature.chopped(1))), u"crypto.signature_invalid"_s);
    QCOMPARE(codeOf(verify(*fromRaw, message, QByteArray(signature + '\0'))), u"crypto.signature_invalid"_s);
    QCOMPARE(codeOf(verify(*fromRaw, message, QByteArray())), u"crypto.signature_invalid"_s);
}

void TestCrypto::ed25519RejectsBadRawKeys()
{
    QCOMPARE(codeOf(PrivateKey::fromEd25519Seed(SecureBytes(QByteArray(31, 'k')))), u"crypto.invalid_key"_s);
    QCOMPARE(codeOf(PrivateKey::fromEd25519Seed(SecureBytes())), u"crypto.invalid_key"_s);
    QCOMPARE(codeOf(PublicKey::fromEd25519Raw(QByteArray(33, 'k'))), u"crypto.invalid_key"_s);
    QCOMPARE(codeOf(PublicKey::fromEd25519Raw({})), u"crypto.invalid_key"_s);
}

void TestCrypto::generatedKeysSignAndVerify_data()
{
    QTest::addColumn<SignatureAlgorithm>("algorithm");
    QTest::newRow("Ed25519") << SignatureAlgorithm::Ed25519;
    QTest::newRow("ECDSA P-256") << SignatureAlgorithm::EcdsaP256Sha256;
    QTest::newRow("RSA-PSS") << SignatureAlgorithm::RsaPssSha256;
}

void TestCrypto::generatedKeysSignAndVerify()
{
    QFETCH(SignatureAlgorithm, algorithm);
    const Result<PrivateKey> key = PrivateKey::generate(algorithm);
    QVERIFY(key.ok());
    QCOMPARE(key->algorithm(), algorithm);
    const Result<PublicKey> publicKey = key->publicKey();
    QVERIFY(publicKey.ok());
    QCOMPARE(publicKey->algorithm(), algorithm);

    const QByteArray message = "firmware 2.4.1 for infusion pump"_ba;
    const Result<QByteArray> signature = sign(*key, message);
    QVERIFY(signature.ok());
    QVERIFY(verify(*publicKey, message, *signature).ok());

    switch (algorithm) {
    case SignatureAlgorithm::Ed25519:
        QCOMPARE(signature->size(), 64);
        break;
    case SignatureAlgorithm::EcdsaP256Sha256:
        // DER SEQUENCE of two INTEGERs, at most 72 bytes.
        QCOMPARE(signature->at(0), '\x30');
        QVERIFY(signature->size() <= 72);
        break;
    case SignatureAlgorithm::RsaPssSha256: {
        QCOMPARE(signature->size(), 3072 / 8);
        // PSS is randomised (unlike PKCS#1 v1.5): signing twice differs, both verify.
        const Result<QByteArray> again = sign(*key, message);
        QVERIFY(again.ok());
        QVERIFY(*again != *signature);
        QVERIFY(verify(*publicKey, message, *again).ok());
        break;
    }
    }

    QCOMPARE(codeOf(verify(*publicKey, flipBit(message, 3), *signature)), u"crypto.signature_invalid"_s);
    QCOMPARE(codeOf(verify(*publicKey, message, flipBit(*signature, signature->size() - 1))),
             u"crypto.signature_invalid"_s);
    QCOMPARE(codeOf(verify(*publicKey, message, signature->chopped(1))), u"crypto.signature_invalid"_s);

    // Another key of the same kind must not accept this signature.
    const Result<PrivateKey> otherKey = PrivateKey::generate(algorithm);
    QVERIFY(otherKey.ok());
    QCOMPARE(codeOf(verify(*otherKey->publicKey(), message, *signature)), u"crypto.signature_invalid"_s);
}

void TestCrypto::garbageSignaturesAreRejected_data()
{
    generatedKeysSignAndVerify_data();
}

void TestCrypto::garbageSignaturesAreRejected()
{
    QFETCH(SignatureAlgorithm, algorithm);
    const Result<PrivateKey> key = PrivateKey::generate(algorithm);
    QVERIFY(key.ok());
    const PublicKey publicKey = *key->publicKey();
    // Every length from empty to beyond an RSA-3072 signature, random and patterned
    // bytes, plus DER-looking prefixes: each must be a clean "invalid", never a crash.
    for (qsizetype length = 0; length <= 400; ++length) {
        const QByteArray random = *randomBytes(length);
        QCOMPARE(codeOf(verify(publicKey, "message", random)), u"crypto.signature_invalid"_s);
        QCOMPARE(codeOf(verify(publicKey, "message", QByteArray(length, '\xff'))), u"crypto.signature_invalid"_s);
    }
    for (const QByteArray &crafted :
         {hex("3000"), hex("3006020100020100"), hex("30440220"), QByteArray(hex("3046022100") + QByteArray(33, '\xff')),
          QByteArray(70000, '\x30')}) {
        QCOMPARE(codeOf(verify(publicKey, "message", crafted)), u"crypto.signature_invalid"_s);
    }
}

void TestCrypto::privateKeyPemRoundTrip_data()
{
    generatedKeysSignAndVerify_data();
}

void TestCrypto::privateKeyPemRoundTrip()
{
    QFETCH(SignatureAlgorithm, algorithm);
    const Result<PrivateKey> key = PrivateKey::generate(algorithm);
    QVERIFY(key.ok());
    const PublicKey publicKey = *key->publicKey();

    const Result<SecureBytes> plainPem = key->toPem();
    QVERIFY(plainPem.ok());
    QVERIFY(plainPem->view().startsWith("-----BEGIN PRIVATE KEY-----"));
    const Result<PrivateKey> reread = PrivateKey::fromPem(plainPem->view());
    QVERIFY(reread.ok());
    QCOMPARE(reread->algorithm(), algorithm);
    // The key read back signs for the original public key.
    QVERIFY(verify(publicKey, "m", *sign(*reread, "m")).ok());
}

void TestCrypto::encryptedPrivateKeyPemRoundTrip()
{
    // One algorithm suffices: the encryption wraps the PKCS#8 bytes whatever the key.
    const Result<PrivateKey> key = PrivateKey::generate(SignatureAlgorithm::EcdsaP256Sha256);
    QVERIFY(key.ok());
    const PublicKey publicKey = *key->publicKey();

    const SecureBytes passphrase = SecureBytes::fromUtf8(u"کلید امن 2024");
    const Result<SecureBytes> encryptedPem = key->toPem(passphrase);
    QVERIFY2(encryptedPem.ok(), failure(encryptedPem).constData());
    QVERIFY(encryptedPem->view().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    const Result<PrivateKey> decrypted = PrivateKey::fromPem(encryptedPem->view(), passphrase);
    QVERIFY(decrypted.ok());
    QVERIFY(verify(publicKey, "m", *sign(*decrypted, "m")).ok());

    QCOMPARE(codeOf(PrivateKey::fromPem(encryptedPem->view(), SecureBytes::fromUtf8(u"wrong"))),
             u"crypto.key_unreadable"_s);
    // No passphrase given: refused, never answered by a terminal prompt.
    QCOMPARE(codeOf(PrivateKey::fromPem(encryptedPem->view())), u"crypto.key_unreadable"_s);
    QCOMPARE(codeOf(key->toPem(SecureBytes())), u"crypto.invalid_argument"_s);
}

void TestCrypto::publicKeyPemAndDerRoundTrip_data()
{
    generatedKeysSignAndVerify_data();
}

void TestCrypto::publicKeyPemAndDerRoundTrip()
{
    QFETCH(SignatureAlgorithm, algorithm);
    const Result<PrivateKey> key = PrivateKey::generate(algorithm);
    QVERIFY(key.ok());
    const PublicKey publicKey = *key->publicKey();
    const QByteArray der = *publicKey.toDer();
    const QByteArray pem = *publicKey.toPem();
    QVERIFY(pem.startsWith("-----BEGIN PUBLIC KEY-----"));

    const Result<PublicKey> fromPem = PublicKey::fromPem(pem);
    QVERIFY(fromPem.ok());
    QCOMPARE(fromPem->algorithm(), algorithm);
    QCOMPARE(*fromPem->toDer(), der);
    const Result<PublicKey> fromDer = PublicKey::fromDer(der);
    QVERIFY(fromDer.ok());
    QCOMPARE(*fromDer->toPem(), pem);
    QVERIFY(verify(*fromDer, "m", *sign(*key, "m")).ok());

    // A public key carries no private part: reading it as a private key fails.
    QCOMPARE(codeOf(PrivateKey::fromPem(pem)), u"crypto.key_unreadable"_s);
}

void TestCrypto::rsaPssInteroperatesWithFixedParameters()
{
    const Result<PublicKey> key = PublicKey::fromPem(QByteArrayView(Rsa2048PublicPem));
    QVERIFY(key.ok());
    QCOMPARE(key->algorithm(), SignatureAlgorithm::RsaPssSha256);
    QVERIFY(verify(*key, InteropMessage, hex(RsaPssSalt32Signature)).ok());
    // The parameters come from our side, not from the signature: other salt lengths
    // and PKCS#1 v1.5 padding are refused.
    QCOMPARE(codeOf(verify(*key, InteropMessage, hex(RsaPssSalt20Signature))), u"crypto.signature_invalid"_s);
    QCOMPARE(codeOf(verify(*key, InteropMessage, hex(RsaPkcs1v15Signature))), u"crypto.signature_invalid"_s);
    QCOMPARE(codeOf(verify(*key, "Pasban interop messagE", hex(RsaPssSalt32Signature))), u"crypto.signature_invalid"_s);
}

void TestCrypto::ecdsaInteroperates()
{
    const Result<PublicKey> key = PublicKey::fromPem(QByteArrayView(EcP256PublicPem));
    QVERIFY(key.ok());
    QCOMPARE(key->algorithm(), SignatureAlgorithm::EcdsaP256Sha256);
    QVERIFY(verify(*key, InteropMessage, hex(EcdsaSignature)).ok());
    QCOMPARE(codeOf(verify(*key, "another message", hex(EcdsaSignature))), u"crypto.signature_invalid"_s);
}

void TestCrypto::externalPrivateKeysAreRead()
{
    const QByteArray expectedDer = *PublicKey::fromPem(QByteArrayView(EcP256PublicPem))->toDer();

    const Result<PrivateKey> traditional = PrivateKey::fromPem(QByteArrayView(EcP256PrivatePem));
    QVERIFY(traditional.ok());
    QCOMPARE(traditional->algorithm(), SignatureAlgorithm::EcdsaP256Sha256);
    QCOMPARE(*traditional->publicKey()->toDer(), expectedDer);

    const Result<PrivateKey> encrypted =
        PrivateKey::fromPem(QByteArrayView(EcP256EncryptedPem), SecureBytes::fromUtf8(u"correct horse"));
    QVERIFY(encrypted.ok());
    QCOMPARE(*encrypted->publicKey()->toDer(), expectedDer);
    QCOMPARE(codeOf(PrivateKey::fromPem(QByteArrayView(EcP256EncryptedPem), SecureBytes::fromUtf8(u"Correct horse"))),
             u"crypto.key_unreadable"_s);
}

void TestCrypto::unsupportedKeysAreRefused_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::newRow("RSA 1024") << QByteArray(Rsa1024PublicPem);
    QTest::newRow("ECDSA P-384") << QByteArray(EcP384PublicPem);
}

void TestCrypto::unsupportedKeysAreRefused()
{
    QFETCH(QByteArray, pem);
    const Result<PublicKey> key = PublicKey::fromPem(pem);
    QCOMPARE(codeOf(key), u"crypto.key_unsupported"_s);
    QVERIFY(!key.error().message().isEmpty());
}

void TestCrypto::malformedKeysAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << "not a key at all"_ba;
    QTest::newRow("armour only") << "-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----\n"_ba;
    QTest::newRow("truncated base64") << QByteArray(EcP256PublicPem).left(80);
    QTest::newRow("random") << QByteArray(300, '\x5a');
}

void TestCrypto::malformedKeysAreRefused()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(codeOf(PublicKey::fromPem(bytes)), u"crypto.key_unreadable"_s);
    QCOMPARE(codeOf(PublicKey::fromDer(bytes)), u"crypto.key_unreadable"_s);
    QCOMPARE(codeOf(PrivateKey::fromPem(bytes)), u"crypto.key_unreadable"_s);
    // A valid key with bytes appended is not the key that was meant.
    const QByteArray der = *PublicKey::fromPem(QByteArrayView(EcP256PublicPem))->toDer();
    QCOMPARE(codeOf(PublicKey::fromDer(QByteArray(der + bytes + '\0'))), u"crypto.key_unreadable"_s);
    QCOMPARE(codeOf(PublicKey::fromDer(der.chopped(1))), u"crypto.key_unreadable"_s);
}

// ---- Self-test -------------------------------------------------------------------

void TestCrypto::selfTestPasses()
{
    const Status status = selfTest();
    QVERIFY2(status.ok(),
             status.ok() ? "" : qPrintable(status.error().toString() + u" / "_s + status.error().detail()));
}

void TestCrypto::selfTestCatchesWrongAnswers_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::newRow("SHA-256") << u"SHA-256"_s;
    QTest::newRow("SHA-512") << u"SHA-512"_s;
    QTest::newRow("HMAC-SHA-256") << u"HMAC-SHA-256"_s;
    QTest::newRow("HKDF-SHA-256") << u"HKDF-SHA-256"_s;
    QTest::newRow("AES-256-GCM") << u"AES-256-GCM"_s;
    QTest::newRow("scrypt") << u"scrypt"_s;
    QTest::newRow("Ed25519") << u"Ed25519"_s;
}

void TestCrypto::selfTestCatchesWrongAnswers()
{
    QFETCH(QString, algorithm);
    // One expected answer is off by one bit: the self-test must notice, name the
    // algorithm and refuse, exactly as it would for a broken library.
    SelfTestVectors vectors = SelfTestVectors::standard();
    if (algorithm == u"SHA-256"_s)
        vectors.sha256.digest = flipBit(vectors.sha256.digest, 0);
    else if (algorithm == u"SHA-512"_s)
        vectors.sha512.digest = flipBit(vectors.sha512.digest, 63);
    else if (algorithm == u"HMAC-SHA-256"_s)
        vectors.hmacSha256.mac = flipBit(vectors.hmacSha256.mac, 10);
    else if (algorithm == u"HKDF-SHA-256"_s)
        vectors.hkdfSha256.okm = flipBit(vectors.hkdfSha256.okm, 41);
    else if (algorithm == u"AES-256-GCM"_s)
        vectors.aes256Gcm.ciphertextAndTag = flipBit(vectors.aes256Gcm.ciphertextAndTag, 70);
    else if (algorithm == u"scrypt"_s)
        vectors.scrypt.derived = flipBit(vectors.scrypt.derived, 0);
    else if (algorithm == u"Ed25519"_s)
        vectors.ed25519.signature = flipBit(vectors.ed25519.signature, 1);

    const Status status = selfTestWith(vectors);
    QCOMPARE(codeOf(status), u"crypto.selftest"_s);
    QCOMPARE(status.error().arguments(), QStringList {algorithm});
    QVERIFY(status.error().sourceMessage().contains(algorithm));
    QVERIFY(status.error().sourceMessage().contains(u"cannot run safely"_s));
}

void TestCrypto::opensslVersionIsReported()
{
    QVERIFY2(opensslVersion().startsWith(u"OpenSSL 3."_s), qPrintable(opensslVersion()));
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_Crypto.moc"
