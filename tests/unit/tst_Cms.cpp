// X.509 certificates, CRLs and detached CMS signatures (core/crypto), against
// certificates made by the openssl command-line tool (tests/common/TestPki.h).
#include "../common/TestPki.h"
#include "crypto/Certificate.h"
#include "crypto/Cms.h"
#include "crypto/Hash.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::crypto;

class TestCms : public QObject
{
    Q_OBJECT

    test::TestPki m_pki;

    Certificate certificate(const QString &name)
    {
        Result<Certificate> c = Certificate::fromPem(m_pki.read(name + u".crt"_s));
        if (!c)
            qFatal("cannot read %s", qPrintable(name));
        return *c;
    }
    PrivateKey key(const QString &name)
    {
        Result<PrivateKey> k = PrivateKey::fromPem(m_pki.read(name + u".key"_s));
        if (!k)
            qFatal("cannot read key %s", qPrintable(name));
        return *k;
    }
    QByteArray sign(const QString &name, const QByteArray &content)
    {
        Result<QByteArray> signature = cmsSignDetached(content, certificate(name), key(name));
        if (!signature)
            qFatal("cannot sign: %s", qPrintable(signature.error().detail()));
        return *signature;
    }
    CmsVerifyOptions vendorOptions(const QDateTime &at = test::TestPki::validTime())
    {
        CmsVerifyOptions options;
        options.trustedRoots = {certificate(u"vendor-root"_s)};
        options.crls = {*CertificateRevocationList::fromPem(m_pki.read(u"vendor-root.crl"_s))};
        options.time = at;
        return options;
    }
    static QString codeOf(const Result<CmsVerification> &r) { return r ? QString() : r.error().code(); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_pki.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void certificateFields()
    {
        const Certificate signer = certificate(u"signer"_s);
        QCOMPARE(signer.commonName(), u"signer"_s);
        QVERIFY(signer.subject().contains(u"CN=signer"_s));
        QVERIFY(signer.issuer().contains(u"CN=Test Vendor Root"_s));
        QCOMPARE(signer.serialNumberHex(), u"02"_s);
        QVERIFY(!signer.isCertificateAuthority());
        QVERIFY(!signer.isSelfIssued());
        QVERIFY(certificate(u"vendor-root"_s).isCertificateAuthority());
        QVERIFY(certificate(u"vendor-root"_s).isSelfIssued());
        QVERIFY(signer.notBefore() < signer.notAfter());
        QCOMPARE(signer.notBefore().daysTo(signer.notAfter()), 365);
        // The fingerprint is the SHA-256 of the DER, as `openssl x509 -fingerprint -sha256` prints it.
        QCOMPARE(signer.fingerprintSha256(), sha256(signer.toDer()));
        QCOMPARE(signer.fingerprintText().size(), 32 * 3 - 1);
        QCOMPARE(*Certificate::fromDer(signer.toDer()), signer);
        QCOMPARE(*Certificate::fromBytes(signer.toPem()), signer);
        QVERIFY(signer.publicKey().ok());
    }

    void unreadableCertificates()
    {
        QCOMPARE(Certificate::fromPem("not a certificate").error().code(), u"crypto.certificate_unreadable"_s);
        QCOMPARE(Certificate::fromDer("\x30\x03\x02\x01\x01").error().code(), u"crypto.certificate_unreadable"_s);
        QCOMPARE(Certificate::fromDer({}).error().code(), u"crypto.certificate_unreadable"_s);
        QByteArray der = certificate(u"signer"_s).toDer();
        QCOMPARE(Certificate::fromDer(QByteArray(der + "x")).error().code(), u"crypto.certificate_unreadable"_s);
        QCOMPARE(Certificate::fromDer(der.first(der.size() - 1)).error().code(), u"crypto.certificate_unreadable"_s);
        const Result<QList<Certificate>> bundle =
            Certificate::listFromPem(QByteArray(m_pki.read(u"signer.crt"_s) + m_pki.read(u"vendor-root.crt"_s)));
        QVERIFY(bundle.ok());
        QCOMPARE(bundle->size(), 2);
    }

    void crlFields()
    {
        const Result<CertificateRevocationList> crl =
            CertificateRevocationList::fromPem(m_pki.read(u"vendor-root.crl"_s));
        QVERIFY(crl.ok());
        QCOMPARE(crl->revokedCount(), 1);
        QVERIFY(crl->issuer().contains(u"Test Vendor Root"_s));
        QVERIFY(crl->isSignedBy(certificate(u"vendor-root"_s)));
        QVERIFY(!crl->isSignedBy(certificate(u"other-root"_s)));
        QVERIFY(CertificateRevocationList::fromDer(crl->toDer()).ok());
        QCOMPARE(CertificateRevocationList::fromPem("junk").error().code(), u"crypto.crl_unreadable"_s);
    }

    void validSignatureVerifies()
    {
        const QByteArray content = "manifest bytes";
        const Result<CmsVerification> verified =
            cmsVerifyDetached(sign(u"signer"_s, content), content, vendorOptions());
        QVERIFY2(verified.ok(), qPrintable(verified ? QString() : verified.error().detail()));
        QCOMPARE(verified->signer, certificate(u"signer"_s));
        QCOMPARE(verified->chain.size(), 2);
        QCOMPARE(verified->chain.last(), certificate(u"vendor-root"_s));
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("signer");
        QTest::addColumn<bool>("tamper");
        QTest::addColumn<bool>("late");
        QTest::addColumn<QString>("code");
        QTest::newRow("tampered content") << u"signer"_s << true << false << u"crypto.signature_invalid"_s;
        QTest::newRow("unknown CA") << u"stranger"_s << false << false << u"crypto.certificate_untrusted"_s;
        QTest::newRow("expired signer") << u"expiring"_s << false << true << u"crypto.certificate_expired"_s;
        QTest::newRow("no code-signing EKU") << u"noeku"_s << false << false << u"crypto.certificate_purpose"_s;
        QTest::newRow("revoked by CRL") << u"revoked"_s << false << false << u"crypto.certificate_revoked"_s;
        QTest::newRow("expiring, still valid") << u"expiring"_s << false << false << QString();
        QTest::newRow("valid later too") << u"signer"_s << false << true << QString();
    }
    void verdicts()
    {
        QFETCH(QString, signer);
        QFETCH(bool, tamper);
        QFETCH(bool, late);
        QFETCH(QString, code);
        const QByteArray content = "manifest bytes";
        const QByteArray signature = sign(signer, content);
        const CmsVerifyOptions options =
            vendorOptions(late ? test::TestPki::afterExpiry() : test::TestPki::validTime());
        QCOMPARE(codeOf(cmsVerifyDetached(signature, tamper ? "manifest byteS" : content, options)), code);
    }

    void beforeValidityIsExpiredToo()
    {
        const QByteArray content = "x";
        CmsVerifyOptions options = vendorOptions(QDateTime::currentDateTimeUtc().addDays(-2));
        // The CRL was issued now, so at that time it is not valid yet either.
        QCOMPARE(codeOf(cmsVerifyDetached(sign(u"signer"_s, content), content, options)), u"crypto.crl_outdated"_s);
        options.crls.clear();
        QCOMPARE(codeOf(cmsVerifyDetached(sign(u"signer"_s, content), content, options)),
                 u"crypto.certificate_expired"_s);
        // And a CRL past its next update (30 days) is out of date.
        options = vendorOptions(QDateTime::currentDateTimeUtc().addDays(40));
        QCOMPARE(codeOf(cmsVerifyDetached(sign(u"signer"_s, content), content, options)), u"crypto.crl_outdated"_s);
    }

    void withoutTheCrlTheRevokedSignerPasses()
    {
        // Shows that the refusal above comes from the CRL, not from the certificate.
        const QByteArray content = "x";
        CmsVerifyOptions options = vendorOptions();
        options.crls.clear();
        QCOMPARE(codeOf(cmsVerifyDetached(sign(u"revoked"_s, content), content, options)), QString());
    }

    void codeSigningCanBeWaived()
    {
        const QByteArray content = "x";
        CmsVerifyOptions options = vendorOptions();
        options.requireCodeSigning = false;
        QCOMPARE(codeOf(cmsVerifyDetached(sign(u"noeku"_s, content), content, options)), QString());
    }

    void damagedSignatures()
    {
        const QByteArray content = "x";
        QByteArray signature = sign(u"signer"_s, content);
        QCOMPARE(codeOf(cmsVerifyDetached({}, content, vendorOptions())), u"crypto.cms_malformed"_s);
        QCOMPARE(codeOf(cmsVerifyDetached("junk", content, vendorOptions())), u"crypto.cms_malformed"_s);
        QCOMPARE(codeOf(cmsVerifyDetached(signature.first(signature.size() / 2), content, vendorOptions())),
                 u"crypto.cms_malformed"_s);
        QCOMPARE(codeOf(cmsVerifyDetached(QByteArray(signature + "x"), content, vendorOptions())),
                 u"crypto.cms_malformed"_s);
        // The last bytes are the ECDSA signature value.
        signature[signature.size() - 3] = char(signature[signature.size() - 3] ^ 0x40);
        QCOMPARE(codeOf(cmsVerifyDetached(signature, content, vendorOptions())), u"crypto.signature_invalid"_s);
        CmsVerifyOptions noTime = vendorOptions();
        noTime.time = {};
        QCOMPARE(codeOf(cmsVerifyDetached(sign(u"signer"_s, content), content, noTime)), u"crypto.invalid_argument"_s);
    }

    void keyMustMatchCertificate()
    {
        const Result<QByteArray> signature = cmsSignDetached("x", certificate(u"signer"_s), key(u"noeku"_s));
        QVERIFY(!signature.ok());
        QCOMPARE(signature.error().code(), u"crypto.invalid_key"_s);
    }

    void carriedCertificates()
    {
        const Result<QList<Certificate>> carried = cmsCertificates(sign(u"signer"_s, "x"));
        QVERIFY(carried.ok());
        QVERIFY(carried->contains(certificate(u"signer"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCms)
#include "tst_Cms.moc"
