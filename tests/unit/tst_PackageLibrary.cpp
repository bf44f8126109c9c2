// The firmware package library (schema v8): verified import with a copy in the
// library folder, refusal with the verifier's reason, duplicates, removal, the
// newest-approved query the posture view uses, and audit of every change.
#include "../common/MockClock.h"
#include "../common/PackageFixture.h"
#include "../common/RecordingAuditSink.h"
#include "firmware/PackageLibrary.h"
#include "storage/ConsoleSchema.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::firmware;

class TestPackageLibrary : public QObject
{
    Q_OBJECT

    test::PackageFixture m_fx;
    test::MockClock m_clock;
    QTemporaryDir m_dir;

    TrustSnapshot trust()
    {
        TrustSnapshot t;
        t.vendorRoots = {m_fx.certificate(u"vendor-root"_s)};
        t.approvalRoots = {m_fx.certificate(u"approval-root"_s)};
        return t;
    }
    static storage::Database database()
    {
        Result<storage::Database> db = storage::Database::openInMemory();
        if (!db || !storage::migrate(*db, storage::consoleMigrations()))
            qFatal("no database");
        return std::move(db).value();
    }
    // Writes a package (id ID, version VERSION) to a file and returns its path.
    QString packageFile(const QString &name, const QString &id, ImageVersion version, const QString &signer,
                        const QString &approver = {}, const QByteArray &sbom = {})
    {
        const QMap<QString, QByteArray> images = {
            {u"app.bin"_s, test::buildImage(m_fx.vendorKey(), version, defaultSecurityCounter(version), 1)}};
        PackageManifest manifest = m_fx.manifest(images);
        manifest.packageId = id;
        manifest.version = version;
        FirmwarePackage p = *FirmwarePackage::create(manifest.toJson(), images, sbom);
        const QByteArray json = manifest.toJson();
        if (!signer.isEmpty())
            p.setVendorSignature(*crypto::cmsSignDetached(json, m_fx.certificate(signer), m_fx.privateKey(signer)));
        if (!approver.isEmpty())
            p.setApprovalSignature(
                *crypto::cmsSignDetached(json, m_fx.certificate(approver), m_fx.privateKey(approver)));
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(p.serialize()) < 0)
            qFatal("cannot write the package");
        return path;
    }
    QString libraryFolder() const { return m_dir.filePath(u"library"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_fx.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_dir.isValid());
        m_clock.set(test::TestPki::validTime());
    }

    void importKeepsACopyAndTheIndex()
    {
        storage::Database db = database();
        test::RecordingAuditSink sink;
        PackageLibrary library(db, libraryFolder(), trust(), &sink, m_clock);
        const QByteArray sbom = R"({"bomFormat":"CycloneDX","components":[{"name":"zephyr","version":"3.6.0"},)"
                                R"({"name":"mbedtls","version":"3.5.2"}]})";
        const QString path = packageFile(u"a.pasbanpkg"_s, u"acme-a"_s, {2, 1, 0, 0}, u"signer"_s, u"approver"_s, sbom);
        const Result<LibraryEntry> entry = library.importPackage(path, u"alice"_s);
        QVERIFY2(entry.ok(), entry.ok() ? "" : qPrintable(entry.error().toString()));
        QVERIFY(QFile::exists(entry->filePath));
        QVERIFY(entry->filePath.startsWith(libraryFolder()));

        const Result<QList<LibraryEntry>> all = library.list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        const LibraryEntry &e = all->first();
        QCOMPARE(e.packageId, u"acme-a"_s);
        QCOMPARE(e.vendor, u"Acme Medical"_s);
        QCOMPARE(e.version.toString(), u"2.1.0"_s);
        QCOMPARE(e.sequenceNumber, quint64(7));
        QCOMPARE(e.targets, QStringList {u"PX-100 (A, B)"_s});
        QCOMPARE(e.signerSubject, m_fx.certificate(u"signer"_s).subject());
        QVERIFY(e.approved);
        QVERIFY(!e.approvedBy.isEmpty());
        QCOMPARE(e.verdict, u"verified"_s);
        QCOMPARE(e.cvesFixed, QStringList {u"CVE-2026-12345"_s});
        QCOMPARE(e.releaseNotes, u"Fixes the alarm volume reset."_s);
        QCOMPARE(e.sbomComponents, (QStringList {u"zephyr 3.6.0"_s, u"mbedtls 3.5.2"_s}));
        QCOMPARE(e.importedBy, u"alice"_s);
        QCOMPARE(e.fileSha256, entry->fileSha256);

        QVERIFY(!sink.events.isEmpty());
        const audit::AuditEvent &last = sink.events.last();
        QCOMPARE(last.details.value(u"operation"_s).toString(), u"firmware.library.import"_s);
        QCOMPARE(last.outcome, audit::Outcome::Success);
        QCOMPARE(last.operatorId, u"alice"_s);
    }

    void unsignedPackageIsRefusedWithItsReason()
    {
        storage::Database db = database();
        test::RecordingAuditSink sink;
        PackageLibrary library(db, libraryFolder(), trust(), &sink, m_clock);
        const QString path = packageFile(u"unsigned.pasbanpkg"_s, u"acme-u"_s, {2, 1, 0, 0}, {});
        const Result<LibraryEntry> entry = library.importPackage(path);
        QVERIFY(!entry.ok());
        QVERIFY(entry.error().code().startsWith(u"firmware."_s));
        QCOMPARE(library.list()->size(), 0);
        QCOMPARE(sink.events.last().details.value(u"operation"_s).toString(), u"firmware.library.import"_s);
        QCOMPARE(sink.events.last().details.value(u"code"_s).toString(), entry.error().code());
        QVERIFY(sink.events.last().outcome != audit::Outcome::Success);
    }

    void untrustedVendorIsRefused()
    {
        storage::Database db = database();
        PackageLibrary library(db, libraryFolder(), TrustSnapshot {}, nullptr, m_clock);
        const QString path = packageFile(u"untrusted.pasbanpkg"_s, u"acme-t"_s, {2, 1, 0, 0}, u"signer"_s);
        QVERIFY(!library.importPackage(path).ok());
        QCOMPARE(library.list()->size(), 0);
    }

    void garbageAndMissingFilesAreRefused()
    {
        storage::Database db = database();
        PackageLibrary library(db, libraryFolder(), trust(), nullptr, m_clock);
        QCOMPARE(library.importPackage(m_dir.filePath(u"absent"_s)).error().code(), u"firmware.library_read_failed"_s);
        const QString junk = m_dir.filePath(u"junk.pasbanpkg"_s);
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a package at all");
        f.close();
        QVERIFY(!library.importPackage(junk).ok());
        QCOMPARE(library.list()->size(), 0);
    }

    void duplicateIdIsRefusedAndRemoveWorks()
    {
        storage::Database db = database();
        test::RecordingAuditSink sink;
        PackageLibrary library(db, libraryFolder(), trust(), &sink, m_clock);
        const QString path = packageFile(u"d.pasbanpkg"_s, u"acme-d"_s, {2, 1, 0, 0}, u"signer"_s);
        const Result<LibraryEntry> first = library.importPackage(path);
        QVERIFY(first.ok());
        QVERIFY(!first->approved);
        QCOMPARE(library.importPackage(path).error().code(), u"firmware.library_duplicate"_s);

        QVERIFY(library.remove(u"acme-d"_s, u"bob"_s).ok());
        QCOMPARE(library.list()->size(), 0);
        QVERIFY(!QFile::exists(first->filePath));
        QCOMPARE(sink.events.last().details.value(u"operation"_s).toString(), u"firmware.library.remove"_s);
        QCOMPARE(sink.events.last().operatorId, u"bob"_s);
        QCOMPARE(library.remove(u"acme-d"_s).error().code(), u"firmware.library_unknown"_s);
    }

    void nothingIsStoredWhenTheAuditFails()
    {
        storage::Database db = database();
        test::RecordingAuditSink sink;
        sink.failing = true;
        PackageLibrary library(db, libraryFolder(), trust(), &sink, m_clock);
        const QString path = packageFile(u"f.pasbanpkg"_s, u"acme-f"_s, {2, 1, 0, 0}, u"signer"_s);
        QVERIFY(!library.importPackage(path).ok());
        QCOMPARE(library.list()->size(), 0);
    }

    void newestApprovedVersionPerModel()
    {
        storage::Database db = database();
        PackageLibrary library(db, libraryFolder(), trust(), nullptr, m_clock);
        QVERIFY(library.importPackage(packageFile(u"n1"_s, u"n1"_s, {2, 1, 0, 0}, u"signer"_s, u"approver"_s)).ok());
        QVERIFY(library.importPackage(packageFile(u"n2"_s, u"n2"_s, {2, 3, 0, 0}, u"signer"_s, u"approver"_s)).ok());
        // Newer, but not approved: not the answer.
        QVERIFY(library.importPackage(packageFile(u"n3"_s, u"n3"_s, {2, 4, 0, 0}, u"signer"_s)).ok());

        const Result<std::optional<LibraryEntry>> newest = library.newestApprovedVersionForModel(u"PX-100"_s);
        QVERIFY(newest.ok());
        QVERIFY(newest->has_value());
        QCOMPARE((*newest)->packageId, u"n2"_s);
        QCOMPARE((*newest)->version.toString(), u"2.3.0"_s);
        const Result<std::optional<LibraryEntry>> none = library.newestApprovedVersionForModel(u"PX-999"_s);
        QVERIFY(none.ok());
        QVERIFY(!none->has_value());
    }

    // A bare image: only with a reason; kept as "unverified", never counted as an
    // approved version; the override is a security event naming the reason.
    void unverifiedImageNeedsAReasonAndIsMarked()
    {
        storage::Database db = database();
        test::RecordingAuditSink sink;
        PackageLibrary library(db, libraryFolder(), trust(), &sink, m_clock);
        const QByteArray image = test::buildImage(m_fx.vendorKey(), {3, 0, 0, 0}, 3, 9);
        const QString path = m_dir.filePath(u"bare.bin"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(image), image.size());
        f.close();

        Result<LibraryEntry> entry = library.importUnverifiedImage(path, u"  "_s, {u"PX-100"_s}, u"bob"_s);
        QVERIFY(!entry.ok());
        QCOMPARE(entry.error().code(), u"firmware.library_reason_required"_s);
        QVERIFY(library.list()->isEmpty());

        QByteArray corrupt = image;
        corrupt[0x210] = char(corrupt[0x210] ^ 1);
        const QString corruptPath = m_dir.filePath(u"corrupt.bin"_s);
        QFile c(corruptPath);
        QVERIFY(c.open(QIODevice::WriteOnly));
        QCOMPARE(c.write(corrupt), corrupt.size());
        c.close();
        entry = library.importUnverifiedImage(corruptPath, u"lab test"_s, {}, u"bob"_s);
        QVERIFY(!entry.ok());
        QCOMPARE(entry.error().code(), u"firmware.hash_mismatch"_s);

        entry = library.importUnverifiedImage(path, u"lab test"_s, {u"PX-100"_s}, u"bob"_s);
        QVERIFY2(entry.ok(), entry.ok() ? "" : qPrintable(entry.error().toString()));
        QVERIFY(entry->packageId.startsWith(u"unverified-"_s));
        QCOMPARE(entry->verdict, u"unverified"_s);
        QCOMPARE(entry->version.toString(), u"3.0.0"_s);
        QVERIFY(!entry->approved);
        QVERIFY(QFile::exists(entry->filePath));
        const Result<std::optional<LibraryEntry>> found = library.find(entry->packageId);
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->verdict, u"unverified"_s);
        QCOMPARE((*found)->models, QStringList {u"PX-100"_s});
        QVERIFY(!library.newestApprovedVersionForModel(u"PX-100"_s)->has_value());

        const audit::AuditEvent &last = sink.events.last();
        QCOMPARE(last.details.value(u"operation"_s).toString(), u"firmware.library.import_unverified"_s);
        QCOMPARE(last.details.value(u"reason"_s).toString(), u"lab test"_s);
        QCOMPARE(last.type, audit::EventType::SecurityAlert);
        QCOMPARE(last.operatorId, u"bob"_s);

        // Again: a duplicate.
        entry = library.importUnverifiedImage(path, u"lab test"_s, {}, u"bob"_s);
        QVERIFY(!entry.ok());
        QCOMPARE(entry.error().code(), u"firmware.library_duplicate"_s);
    }

    void sbomParsingIsTolerant()
    {
        QVERIFY(sbomComponents({}).isEmpty());
        QVERIFY(sbomComponents("garbage").isEmpty());
        QVERIFY(sbomComponents(R"({"components":"no"})").isEmpty());
        QCOMPARE(sbomComponents(R"({"components":[{"name":"a"},{"version":"1"},7]})"), QStringList {u"a"_s});
    }
};

QTEST_GUILESS_MAIN(TestPackageLibrary)
#include "tst_PackageLibrary.moc"
