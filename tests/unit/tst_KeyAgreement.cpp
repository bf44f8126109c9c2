// X25519 (RFC 7748 known answers) and the hybrid public-key encryption the audit
// log's recovery key uses: round trip, wrong key, changed envelope, other context,
// PEM as OpenSSL writes it.
#include "crypto/KeyAgreement.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::crypto;

namespace {

SecureBytes secretHex(const char *hex)
{
    return SecureBytes(QByteArray::fromHex(hex));
}

} // namespace

class TestKeyAgreement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // RFC 7748 section 6.1.
    void x25519KnownAnswer()
    {
        const SecureBytes alice = secretHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
        const SecureBytes bob = secretHex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
        const QByteArray alicePublic =
            QByteArray::fromHex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
        const QByteArray bobPublic =
            QByteArray::fromHex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
        const SecureBytes shared = secretHex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
        QCOMPARE(x25519PublicKey(alice).value(), alicePublic);
        QCOMPARE(x25519PublicKey(bob).value(), bobPublic);
        QCOMPARE(x25519(alice, bobPublic).value(), shared);
        QCOMPARE(x25519(bob, alicePublic).value(), shared);
    }

    void lowOrderPeerKeyIsRefused()
    {
        const X25519KeyPair own = generateX25519().value();
        QVERIFY(!x25519(own.privateKey, QByteArray(32, '\0')).ok());
    }

    void wrongSizedKeysAreRefused()
    {
        const X25519KeyPair own = generateX25519().value();
        QCOMPARE(x25519(own.privateKey, QByteArray(31, 'x')).error().code(), u"crypto.invalid_key"_s);
        QCOMPARE(sealToPublicKey(QByteArray(33, 'x'), "data", "ctx").error().code(), u"crypto.invalid_key"_s);
    }

    void sealedOpensWithThePrivateKeyOnly()
    {
        const X25519KeyPair recipient = generateX25519().value();
        const QByteArray plaintext = "the audit log's data key, 32 b.";
        const QByteArray envelope = sealToPublicKey(recipient.publicKey, plaintext, "context").value();
        QCOMPARE(envelope.size(), 1 + 32 + 12 + plaintext.size() + 16);
        QVERIFY(!envelope.contains(plaintext));
        QCOMPARE(openWithPrivateKey(recipient.privateKey, envelope, "context").value(), plaintext);
        // Fresh ephemeral key each time.
        QVERIFY(sealToPublicKey(recipient.publicKey, plaintext, "context").value() != envelope);

        const X25519KeyPair other = generateX25519().value();
        QCOMPARE(openWithPrivateKey(other.privateKey, envelope, "context").error().code(), u"crypto.authentication"_s);
        QCOMPARE(openWithPrivateKey(recipient.privateKey, envelope, "another").error().code(),
                 u"crypto.authentication"_s);
    }

    void everyChangedByteIsRejected()
    {
        const X25519KeyPair recipient = generateX25519().value();
        const QByteArray envelope = sealToPublicKey(recipient.publicKey, "secret", "ctx").value();
        for (qsizetype i = 0; i < envelope.size(); ++i) {
            QByteArray changed = envelope;
            changed[i] = char(changed[i] ^ 0x01);
            QVERIFY2(!openWithPrivateKey(recipient.privateKey, changed, "ctx").ok(), qPrintable(QString::number(i)));
        }
        QVERIFY(!openWithPrivateKey(recipient.privateKey, envelope.first(40), "ctx").ok());
        QVERIFY(!openWithPrivateKey(recipient.privateKey, QByteArray(), "ctx").ok());
    }

    void pemRoundTripsAndOtherKeyTypesAreRefused()
    {
        const X25519KeyPair pair = generateX25519().value();
        const QByteArray publicPem = x25519PublicKeyToPem(pair.publicKey).value();
        QVERIFY(publicPem.startsWith("-----BEGIN PUBLIC KEY-----"));
        QCOMPARE(x25519PublicKeyFromPem(publicPem).value(), pair.publicKey);
        const SecureBytes privatePem = x25519PrivateKeyToPem(pair.privateKey).value();
        QVERIFY(privatePem.view().startsWith("-----BEGIN PRIVATE KEY-----"));
        QCOMPARE(x25519PrivateKeyFromPem(privatePem.view()).value(), pair.privateKey);

        // An Ed25519 key (RFC 8410 example) is a key, but not for this.
        const QByteArray ed25519 = "-----BEGIN PUBLIC KEY-----\n"
                                   "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n"
                                   "-----END PUBLIC KEY-----\n";
        QCOMPARE(x25519PublicKeyFromPem(ed25519).error().code(), u"crypto.key_unsupported"_s);
        QCOMPARE(x25519PublicKeyFromPem("not a key").error().code(), u"crypto.key_unreadable"_s);
    }
};

QTEST_GUILESS_MAIN(TestKeyAgreement)
#include "tst_KeyAgreement.moc"
