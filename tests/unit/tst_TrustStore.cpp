// The console's trust store and anti-rollback records (schema v5): imports, CRLs,
// local revocation, audit of every change, and the folder form used by the CLI.
#include "../common/MockClock.h"
#include "../common/RecordingAuditSink.h"
#include "../common/TestPki.h"
#include "firmware/RollbackStore.h"
#include "firmware/TrustStore.h"
#include "storage/ConsoleSchema.h"
#include "storage/Database.h"

#include <QDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::firmware;

class TestTrustStore : public QObject
{
    Q_OBJECT

    test::TestPki m_pki;
    test::MockClock m_clock;

    crypto::Certificate certificate(const QString &name)
    {
        return *crypto::Certificate::fromPem(m_pki.read(name + u".crt"_s));
    }
    static storage::Database database()
    {
        Result<storage::Database> db = storage::Database::openInMemory();
        if (!db || !storage::migrate(*db, storage::consoleMigrations()))
            qFatal("no database");
        return std::move(db).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_pki.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void importListAndAudit()
    {
        storage::Database db = database();
        test::RecordingAuditSink sink;
        TrustStore store(db, &sink, m_clock);
        QVERIFY(store.importRoot(certificate(u"vendor-root"_s), TrustRole::Vendor, u"alice"_s).ok());
        QVERIFY(store.importRoot(certificate(u"approval-root"_s), TrustRole::Approval, u"alice"_s).ok());
        QCOMPARE(store.importRoot(certificate(u"vendor-root"_s), TrustRole::Vendor).error().code(),
                 u"firmware.trust_duplicate"_s);
        QCOMPARE(store.importRoot(certificate(u"signer"_s), TrustRole::Vendor).error().code(),
                 u"firmware.trust_not_root"_s);

        const Result<QList<TrustAnchor>> anchors = store.anchors();
        QVERIFY(anchors.ok());
        QCOMPARE(anchors->size(), 2);
        QCOMPARE(anchors->at(0).role, TrustRole::Approval);
        QCOMPARE(anchors->at(1).certificate, certificate(u"vendor-root"_s));
        QCOMPARE(anchors->at(1).importedBy, u"alice"_s);
        QCOMPARE(anchors->at(1).imported, m_clock.nowUtc());

        QCOMPARE(sink.events.size(), 2); // refused imports change nothing and record nothing
        const audit::AuditEvent &event = sink.events.first();
        QCOMPARE(event.type, audit::EventType::SecurityConfiguration);
        QCOMPARE(event.operatorId, u"alice"_s);
        QCOMPARE(event.details.value(u"operation"_s).toString(), u"firmware.trust.import_root"_s);
        QCOMPARE(event.details.value(u"fingerprint"_s).toString(), certificate(u"vendor-root"_s).fingerprintText());

        const Result<TrustSnapshot> snapshot = store.snapshot();
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot->vendorRoots.size(), 1);
        QCOMPARE(snapshot->approvalRoots.size(), 1);
    }

    void unauditedChangeIsNotMade()
    {
        storage::Database db = database();
        test::RecordingAuditSink sink;
        sink.failing = true;
        TrustStore store(db, &sink, m_clock);
        QVERIFY(!store.importRoot(certificate(u"vendor-root"_s), TrustRole::Vendor).ok());
        QVERIFY(!store.revokeFingerprint(QByteArray(32, 'a'), u"lost"_s).ok());
        QCOMPARE(store.anchors()->size(), 0);
        QCOMPARE(store.revocations()->size(), 0);
    }

    void crls()
    {
        storage::Database db = database();
        test::RecordingAuditSink sink;
        TrustStore store(db, &sink, m_clock);
        const crypto::CertificateRevocationList crl =
            *crypto::CertificateRevocationList::fromPem(m_pki.read(u"vendor-root.crl"_s));
        QCOMPARE(store.importCrl(crl).error().code(), u"firmware.crl_unknown_issuer"_s);
        QVERIFY(store.importRoot(certificate(u"vendor-root"_s), TrustRole::Vendor).ok());
        QVERIFY(store.importCrl(crl).ok());
        QVERIFY(store.importCrl(crl).ok()); // the same one again replaces it
        QCOMPARE(store.crls()->size(), 1);
        QCOMPARE(store.snapshot()->crls.size(), 1);
        QCOMPARE(sink.events.last().details.value(u"operation"_s).toString(), u"firmware.trust.import_crl"_s);
    }

    void localRevocation()
    {
        storage::Database db = database();
        test::RecordingAuditSink sink;
        TrustStore store(db, &sink, m_clock);
        const QByteArray fingerprint = certificate(u"vendor-root"_s).fingerprintSha256();
        QVERIFY(store.revokeFingerprint(fingerprint, u"key compromised"_s, u"bob"_s).ok());
        QCOMPARE(store.importRoot(certificate(u"vendor-root"_s), TrustRole::Vendor).error().code(),
                 u"firmware.trust_revoked"_s);
        QCOMPARE(store.revocations()->first().reason, u"key compromised"_s);
        QVERIFY(store.snapshot()->revokedFingerprints.contains(fingerprint));
        QCOMPARE(sink.events.last().action, audit::Action::Delete);
        QCOMPARE(store.revokeFingerprint("short", {}).error().code(), u"firmware.fingerprint_invalid"_s);
    }

    void fingerprints()
    {
        const crypto::Certificate root = certificate(u"vendor-root"_s);
        QCOMPARE(parseFingerprint(root.fingerprintText()), root.fingerprintSha256());
        QCOMPARE(parseFingerprint(QString::fromLatin1(root.fingerprintSha256().toHex())), root.fingerprintSha256());
        QVERIFY(parseFingerprint(u"AB:CD"_s).isEmpty());
    }

    void folderForm()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(u"vendor"_s);
        QDir(dir.path()).mkpath(u"crl"_s);
        QVERIFY(TrustSnapshot::fromDirectory(dir.path()).error().code() == u"firmware.trust_unreadable"_s);
        QVERIFY(QFile::copy(m_pki.path(u"vendor-root.crt"_s), dir.filePath(u"vendor/acme.pem"_s)));
        QVERIFY(QFile::copy(m_pki.path(u"vendor-root.crl"_s), dir.filePath(u"crl/acme.crl"_s)));
        QFile revoked(dir.filePath(u"revoked.txt"_s));
        QVERIFY(revoked.open(QIODevice::WriteOnly));
        revoked.write("# lost laptop\n" + certificate(u"signer"_s).fingerprintText().toLatin1() + "\n");
        revoked.close();
        const Result<TrustSnapshot> snapshot = TrustSnapshot::fromDirectory(dir.path());
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot->vendorRoots.size(), 1);
        QCOMPARE(snapshot->crls.size(), 1);
        QVERIFY(snapshot->revokedFingerprints.contains(certificate(u"signer"_s).fingerprintSha256()));
        QVERIFY(revoked.open(QIODevice::Append));
        revoked.write("not a fingerprint\n");
        revoked.close();
        QCOMPARE(TrustSnapshot::fromDirectory(dir.path()).error().code(), u"firmware.trust_unreadable"_s);
    }

    void rollbackRecordOnlyGrows()
    {
        storage::Database db = database();
        RollbackStore store(db, m_clock);
        QVERIFY(!store.find(u"dev-1"_s)->has_value());
        QVERIFY(store.record({u"dev-1"_s, {2, 1, 0, 0}, 7, 0x02010000, "hash1", u"p1"_s, {}}).ok());
        // An older install (e.g. recorded late) cannot lower anything.
        QVERIFY(store.record({u"dev-1"_s, {2, 0, 0, 0}, 9, 0x02000000, "hash2", u"p0"_s, {}}).ok());
        const std::optional<DeviceFirmwareRecord> record = *store.find(u"dev-1"_s);
        QVERIFY(record.has_value());
        QCOMPARE(record->version, (ImageVersion {2, 1, 0, 0}));
        QCOMPARE(record->sequenceNumber, quint64(9));
        QCOMPARE(record->securityCounter, 0x02010000u);
        QCOMPARE(record->imageHash, QByteArray("hash2"));
        QCOMPARE(record->updated, m_clock.nowUtc());
        QVERIFY(!store.find(u"dev-2"_s)->has_value());
    }
};

QTEST_GUILESS_MAIN(TestTrustStore)
#include "tst_TrustStore.moc"
