// Package verification end to end: real CMS signatures by openssl-made
// certificates, real MCUboot images, and every attack refused with its own reason
// and audited.
#include "../common/MockClock.h"
#include "../common/PackageFixture.h"
#include "../common/RecordingAuditSink.h"
#include "firmware/DevelopmentKeys.h"
#include "firmware/PackageVerifier.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::firmware;

class TestPackageVerifier : public QObject
{
    Q_OBJECT

    test::PackageFixture m_fx;
    test::MockClock m_clock;

    TrustSnapshot trust(bool withCrl = true)
    {
        TrustSnapshot t;
        t.vendorRoots = {m_fx.certificate(u"vendor-root"_s)};
        t.approvalRoots = {m_fx.certificate(u"approval-root"_s)};
        if (withCrl)
            t.crls = {*crypto::CertificateRevocationList::fromPem(m_fx.pki().read(u"vendor-root.crl"_s))};
        return t;
    }
    static TargetDevice px100()
    {
        return {u"dev-1"_s, u"PX-100"_s, u"B"_s, ImageVersion {2, 0, 7, 0}, QByteArray(32, 'x')};
    }
    // The verdict's first failure code ("" when accepted), and that exactly one
    // audit event was recorded with that outcome.
    QString verdict(const FirmwarePackage &package, const TargetDevice &device = px100(),
                    const std::optional<DeviceFirmwareRecord> &record = std::nullopt, VerifyOptions options = {},
                    TrustSnapshot snapshot = {})
    {
        test::RecordingAuditSink sink;
        const PackageVerifier verifier(snapshot.vendorRoots.isEmpty() ? trust() : snapshot, &sink, m_clock);
        const VerificationReport report = verifier.verify(package, device, record, options);
        const QString code = report.passed() ? QString() : report.firstFailure()->code();
        if (sink.events.size() != 1)
            return u"<%1 audit events>"_s.arg(sink.events.size());
        const audit::AuditEvent &event = sink.events.first();
        const QJsonArray failed = event.details.value(u"failed"_s).toArray();
        const bool consistent = report.passed() ? event.outcome == audit::Outcome::Success && failed.isEmpty()
                                                : event.outcome != audit::Outcome::Success && !failed.isEmpty()
                && failed.first().toObject().value(u"code"_s).toString() == code;
        if (!consistent || event.device != device.deviceId)
            return u"<audit event does not match the verdict>"_s;
        return code;
    }
    FirmwarePackage good(const QString &signer = u"signer"_s, const QString &approver = {})
    {
        const QMap<QString, QByteArray> images = m_fx.goodImages();
        return m_fx.package(m_fx.manifest(images).toJson(), images, signer, approver);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_fx.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_clock.set(test::TestPki::validTime());
    }

    void goodPackageListsEveryCheck()
    {
        test::RecordingAuditSink sink;
        const PackageVerifier verifier(trust(), &sink, m_clock);
        const VerificationReport report = verifier.verify(good(), px100(), std::nullopt);
        for (const VerificationCheck &c : report.checks)
            QVERIFY2(c.state != VerificationCheck::State::Failed, qPrintable(c.id + u": "_s + c.detail));
        QVERIFY(report.passed());
        const QStringList ids {u"vendor-signature"_s, u"local-revocation"_s, u"approval"_s,    u"expiry"_s,
                               u"console-version"_s,  u"target"_s,           u"file-hashes"_s, u"mcuboot-images"_s,
                               u"development-key"_s,  u"anti-rollback"_s,    u"not-active"_s};
        QCOMPARE(report.checks.size(), ids.size());
        for (const QString &id : ids)
            QVERIFY2(report.check(id), qPrintable(id));
        QCOMPARE(report.check(u"approval"_s)->state, VerificationCheck::State::NotApplicable);
        QVERIFY(report.vendorSigner.contains(u"CN=signer"_s));
        QCOMPARE(sink.events.size(), 1);
        QCOMPARE(sink.events.first().details.value(u"verdict"_s).toString(), u"accepted"_s);
        QCOMPARE(sink.events.first().details.value(u"packageId"_s).toString(), u"acme-px100-2.1.0"_s);
    }

    void serializedPackageVerifiesToo()
    {
        const Result<FirmwarePackage> reread = FirmwarePackage::parse(good().serialize());
        QVERIFY(reread.ok());
        QCOMPARE(verdict(*reread), QString());
    }

    void tamperedImage()
    {
        const QMap<QString, QByteArray> images = m_fx.goodImages();
        FirmwarePackage p = m_fx.package(m_fx.manifest(images).toJson(), images);
        QByteArray image = images.first();
        image[0x300] = char(image[0x300] ^ 1);
        p.replaceFile(u"app.bin"_s, image);
        QCOMPARE(verdict(p), u"firmware.file_hash_mismatch"_s);
    }

    void tamperedManifest()
    {
        const QMap<QString, QByteArray> images = m_fx.goodImages();
        const QByteArray json = m_fx.manifest(images).toJson();
        FirmwarePackage signedOne = m_fx.package(json, images);
        // Same signature, manifest changed (a wider target list).
        QByteArray changed = json;
        changed.replace("\"B\"", "\"C\"");
        FirmwarePackage p = m_fx.package(changed, images, {});
        p.setVendorSignature(signedOne.vendorSignature());
        QCOMPARE(verdict(p), u"crypto.signature_invalid"_s);
    }

    void unsigned_() { QCOMPARE(verdict(good(QString())), u"firmware.vendor_signature_missing"_s); }
    void unknownSigner() { QCOMPARE(verdict(good(u"stranger"_s)), u"crypto.certificate_untrusted"_s); }
    void revokedSignerByCrl() { QCOMPARE(verdict(good(u"revoked"_s)), u"crypto.certificate_revoked"_s); }
    void signerWithoutCodeSigning() { QCOMPARE(verdict(good(u"noeku"_s)), u"crypto.certificate_purpose"_s); }

    void revokedSignerLocally()
    {
        TrustSnapshot t = trust();
        t.revokedFingerprints.insert(m_fx.certificate(u"signer"_s).fingerprintSha256());
        QCOMPARE(verdict(good(), px100(), std::nullopt, {}, t), u"firmware.certificate_revoked_locally"_s);
        // Revoking the root refuses everything under it.
        t.revokedFingerprints = {m_fx.certificate(u"vendor-root"_s).fingerprintSha256()};
        QCOMPARE(verdict(good(), px100(), std::nullopt, {}, t), u"firmware.certificate_revoked_locally"_s);
    }

    void expiredPackage()
    {
        const QMap<QString, QByteArray> images = m_fx.goodImages();
        PackageManifest m = m_fx.manifest(images);
        m.issued = QDateTime::currentDateTimeUtc().addDays(-400);
        m.expires = QDateTime::currentDateTimeUtc().addDays(-1);
        QCOMPARE(verdict(m_fx.package(m.toJson(), images)), u"firmware.package_expired"_s);
        m.issued = QDateTime::currentDateTimeUtc().addDays(2);
        m.expires = m.issued.addDays(30);
        QCOMPARE(verdict(m_fx.package(m.toJson(), images)), u"firmware.package_not_yet_valid"_s);
    }

    void expiredSigner()
    {
        test::MockClock later(test::TestPki::afterExpiry());
        test::RecordingAuditSink sink;
        const PackageVerifier verifier(trust(), &sink, later);
        const VerificationReport report = verifier.verify(good(u"expiring"_s), px100(), std::nullopt);
        QCOMPARE(report.firstFailure()->code(), u"crypto.certificate_expired"_s);
    }

    void wrongModel()
    {
        TargetDevice device = px100();
        device.model = u"PX-200"_s;
        QCOMPARE(verdict(good(), device), u"firmware.wrong_model"_s);
        device = px100();
        device.hardwareRevision = u"C"_s;
        QCOMPARE(verdict(good(), device), u"firmware.wrong_hardware"_s);
    }

    void olderVersion()
    {
        TargetDevice device = px100();
        device.currentVersion = ImageVersion {2, 2, 0, 0};
        QCOMPARE(verdict(good(), device), u"firmware.downgrade"_s);
        // The console's record counts even if the device reports something older.
        DeviceFirmwareRecord record {u"dev-1"_s, {2, 1, 1, 0}, 1, 0, {}, {}, {}};
        QCOMPARE(verdict(good(), px100(), record), u"firmware.downgrade"_s);
        // The same version again is not a downgrade.
        record.version = {2, 1, 0, 0};
        QCOMPARE(verdict(good(), px100(), record), QString());
    }

    void lowerSecurityCounter()
    {
        DeviceFirmwareRecord record {u"dev-1"_s, {2, 0, 0, 0}, 1, 0x02020000, {}, {}, {}};
        QCOMPARE(verdict(good(), px100(), record), u"firmware.security_counter_rollback"_s);
    }

    void lowerSequenceNumber()
    {
        DeviceFirmwareRecord record {u"dev-1"_s, {2, 0, 0, 0}, 8, 0, {}, {}, {}};
        QCOMPARE(verdict(good(), px100(), record), u"firmware.sequence_rollback"_s);
    }

    void imageFromAnotherPackage()
    {
        // Another genuine, signed image of the same vendor (a different build):
        // dropped into this package in place of the declared one.
        const QMap<QString, QByteArray> images = m_fx.goodImages();
        FirmwarePackage p = m_fx.package(m_fx.manifest(images).toJson(), images);
        p.replaceFile(u"app.bin"_s, test::buildImage(m_fx.vendorKey(), {2, 1, 0, 0}, 0x02010000, 99));
        QCOMPARE(verdict(p), u"firmware.file_hash_mismatch"_s);
    }

    void manifestThatLiesAboutTheImage()
    {
        // The vendor's manifest declares a version the image does not carry.
        const QMap<QString, QByteArray> images = m_fx.goodImages();
        PackageManifest m = m_fx.manifest(images);
        m.images[0].version = {2, 1, 1, 0};
        QCOMPARE(verdict(m_fx.package(m.toJson(), images)), u"firmware.image_not_as_declared"_s);
        m = m_fx.manifest(images);
        m.images[0].securityCounter = 0x02010001;
        QCOMPARE(verdict(m_fx.package(m.toJson(), images)), u"firmware.image_not_as_declared"_s);
    }

    void imageSignedWithAnotherKey()
    {
        // The image is signed by a key other than the MCUboot key the manifest names.
        const crypto::PrivateKey other = *crypto::PrivateKey::generate(crypto::SignatureAlgorithm::Ed25519);
        const QMap<QString, QByteArray> images {{u"app.bin"_s, test::buildImage(other, {2, 1, 0, 0}, 0x02010000, 1)}};
        PackageManifest m = m_fx.manifest(images, other);
        const test::PackageFixture &fx = m_fx;
        m.images[0].mcubootKey = *fx.vendorKey().publicKey()->toDer();
        m.images[0].keyHash = *McubootImage::keyHashOf(*fx.vendorKey().publicKey());
        QCOMPARE(verdict(m_fx.package(m.toJson(), images)), u"firmware.image_not_as_declared"_s);
    }

    void imageSignedWithDevelopmentKey()
    {
        QFile file(QStringLiteral(PASBAN_TEST_DATA_DIR "/firmware/mcuboot-dev-root-ed25519.pem"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const crypto::PrivateKey devKey = *crypto::PrivateKey::fromPem(file.readAll());
        QVERIFY(findDevelopmentKey(*McubootImage::keyHashOf(*devKey.publicKey())).has_value());
        const QMap<QString, QByteArray> images {{u"app.bin"_s, test::buildImage(devKey, {2, 1, 0, 0}, 0x02010000, 1)}};
        // Everything else is in order: the vendor even names the key in its manifest.
        QCOMPARE(verdict(m_fx.package(m_fx.manifest(images, devKey).toJson(), images)), u"firmware.development_key"_s);
    }

    void approvalRequired()
    {
        VerifyOptions technician;
        technician.requireApproval = true;
        QCOMPARE(verdict(good(), px100(), std::nullopt, technician), u"firmware.approval_missing"_s);
        QCOMPARE(verdict(good(u"signer"_s, u"approver"_s), px100(), std::nullopt, technician), QString());
        // An approval by someone the approval roots do not know (a vendor signer).
        QCOMPARE(verdict(good(u"signer"_s, u"signer"_s), px100(), std::nullopt, technician),
                 u"crypto.certificate_untrusted"_s);
    }

    void alreadyActive()
    {
        TargetDevice device = px100();
        device.activeImageHash = m_fx.manifest(m_fx.goodImages()).images[0].mcubootHash;
        QCOMPARE(verdict(good(), device), u"firmware.already_active"_s);
    }

    void consoleTooOld()
    {
        VerifyOptions old;
        old.consoleVersion = u"0.0.9"_s;
        QCOMPARE(verdict(good(), px100(), std::nullopt, old), u"firmware.console_too_old"_s);
    }

    void everyFailureIsListed()
    {
        // Several problems at once: each check reports its own.
        TargetDevice device = px100();
        device.model = u"PX-200"_s;
        const PackageVerifier verifier(trust(), nullptr, m_clock);
        const VerificationReport report = verifier.verify(
            good(u"stranger"_s), device, DeviceFirmwareRecord {u"dev-1"_s, {9, 0, 0, 0}, 0, 0, {}, {}, {}});
        QCOMPARE(report.check(u"vendor-signature"_s)->error->code(), u"crypto.certificate_untrusted"_s);
        QCOMPARE(report.check(u"target"_s)->error->code(), u"firmware.wrong_model"_s);
        QCOMPARE(report.check(u"anti-rollback"_s)->error->code(), u"firmware.downgrade"_s);
        QCOMPARE(report.check(u"file-hashes"_s)->state, VerificationCheck::State::Passed);
    }

    void unverifiedImportNeedsOverride()
    {
        test::RecordingAuditSink sink;
        const QByteArray bin = m_fx.goodImages().first();
        const Result<UnverifiedFirmware> refused = importUnverified(u"app.bin"_s, bin, false, &sink);
        QCOMPARE(refused.error().code(), u"firmware.unverified_refused"_s);
        const Result<UnverifiedFirmware> accepted = importUnverified(u"app.bin"_s, bin, true, &sink, u"alice"_s);
        QVERIFY(accepted.ok());
        QCOMPARE(accepted->kind, UnverifiedFirmware::Kind::McubootImage);
        QCOMPARE(sink.events.size(), 2);
        QCOMPARE(sink.events[1].type, audit::EventType::UseOfRestrictedFunction);
        QCOMPARE(sink.events[1].operatorId, u"alice"_s);
        QVERIFY(sink.events[1].details.value(u"override"_s).toBool());
        QCOMPARE(importUnverified(u"dfu_application.zip"_s, "PK\x03\x04rest", true, &sink)->kind,
                 UnverifiedFirmware::Kind::NordicDfuZip);
        // An override that cannot be audited is not granted.
        sink.failing = true;
        QVERIFY(!importUnverified(u"app.bin"_s, bin, true, &sink).ok());
    }

    void developmentKeyTable()
    {
        QVERIFY(mcubootDevelopmentKeys().size() >= 7);
        // The value MCUboot's documentation shows for root-rsa-2048.pem.
        const auto rsa =
            findDevelopmentKey(QByteArray::fromHex("fc5701dc6135e1323847bdc40f04d2e5bee5833b23c29f93593d00018cfa9994"));
        QVERIFY(rsa.has_value());
        QCOMPARE(QString::fromLatin1(rsa->file), u"root-rsa-2048.pem"_s);
        for (const DevelopmentKey &k : mcubootDevelopmentKeys()) {
            QCOMPARE(k.sha256.size(), 32);
            QCOMPARE(k.sha384.size(), 48);
            QCOMPARE(k.sha512.size(), 64);
        }
        QVERIFY(!findDevelopmentKey(QByteArray(32, '\0')).has_value());
    }
};

QTEST_GUILESS_MAIN(TestPackageVerifier)
#include "tst_PackageVerifier.moc"
