// Advisories imported from real CISA CSAF files (checksums, all or nothing, re-
// import), risk acceptances (reason and expiry rules, audited first, refused when
// the log refuses), score snapshots and the trend, and the posture service that
// joins the inventory, advisories, acceptances and the inventory-export seam.
#include "MockClock.h"
#include "RecordingAuditSink.h"
#include "inventory/InventoryStore.h"
#include "posture/AdvisoryStore.h"
#include "posture/PostureService.h"
#include "posture/PostureStore.h"
#include "storage/ConsoleSchema.h"
#include "storage/Statement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::posture;

namespace {

const QString CisaFolder = QStringLiteral(PASBAN_SOURCE_DIR "/tests/data/csaf/cisa");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Every stored advisory row, for before/after comparisons.
QList<QByteArray> advisoryRows(storage::Database &db)
{
    auto query = db.prepare(u"SELECT tracking_id, sha256, current_release FROM posture_advisory ORDER BY 1");
    if (!query)
        return {};
    auto rows = query->collectRows([](const storage::Statement &row) {
        return QByteArray(row.columnText(0).toUtf8() + ' ' + row.columnBlob(1).toHex() + ' '
                          + row.columnText(2).toUtf8());
    });
    return rows ? *rows : QList<QByteArray>();
}

} // namespace

class TestPostureService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = storage::openConsoleDatabase(m_dir->filePath(u"pasban.sqlite"_s));
        QVERIFY(db.ok());
        m_db = std::make_unique<storage::Database>(std::move(db).value());
        m_clock.set(QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone::utc()));
        m_sink = {};
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void realCisaAdvisoriesImportAndPersist()
    {
        AdvisoryStore store(*m_db, &m_sink, m_clock);
        Result<AdvisoryImportReport> report = store.importPaths({CisaFolder}, u"engineer.k"_s);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->imported.size(), 5);
        QCOMPARE(*store.count(), 5);
        Result<QList<Advisory>> listed = store.list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->at(3).trackingId, u"ICSMA-24-254-01"_s);
        QCOMPARE(listed->at(3).vulnerabilities.first().cve, u"CVE-2024-34463"_s);
        QCOMPARE(listed->at(3).importedBy, u"engineer.k"_s);
        // Stored byte for byte: the SHA-256 is the file's.
        QCOMPARE(listed->at(3).sha256.toHex(),
                 QCryptographicHash::hash(readFile(CisaFolder + u"/icsma-24-254-01.json"_s), QCryptographicHash::Sha256)
                     .toHex());
        QCOMPARE(m_sink.events.size(), 1);
        QCOMPARE(m_sink.events[0].details.value(u"advisories"_s).toArray().size(), 5);

        // Importing again replaces equal copies and changes nothing else.
        const QList<QByteArray> before = advisoryRows(*m_db);
        report = store.importPaths({CisaFolder + u"/icsma-24-254-01.json"_s});
        QVERIFY(report.ok());
        QCOMPARE(report->replaced, QStringList {u"ICSMA-24-254-01"_s});
        QCOMPARE(advisoryRows(*m_db), before);
    }

    void aBadFileImportsNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("tamperChecksum");
        QTest::addColumn<QString>("code");
        QTest::newRow("checksum mismatch") << QByteArray() << true << u"posture.csaf_checksum_mismatch"_s;
        QTest::newRow("not JSON") << QByteArray("{\"document\": ") << false << u"posture.csaf_invalid"_s;
        QTest::newRow("wrong types") << QByteArray(R"({"document": {"category": 7, "csaf_version": ["2.0"]}})") << false
                                     << u"posture.csaf_invalid"_s;
        QByteArray deep;
        for (int i = 0; i < 5000; ++i)
            deep += "[";
        QTest::newRow("deep nesting") << deep << false << u"posture.csaf_invalid"_s;
        QTest::newRow("huge string") << (R"({"document": {"title": ")" + QByteArray(3 * 1024 * 1024, 'x') + R"("}})")
                                     << false << u"posture.csaf_invalid"_s;
    }

    void aBadFileImportsNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, tamperChecksum);
        QFETCH(QString, code);
        AdvisoryStore store(*m_db, &m_sink, m_clock);
        QVERIFY(store.importPaths({CisaFolder + u"/icsma-21-012-01.json"_s}).ok());
        const QList<QByteArray> before = advisoryRows(*m_db);
        const qsizetype events = m_sink.events.size();

        // A folder with good advisories and one bad file: nothing of it is imported.
        const QString folder = m_dir->filePath(u"batch"_s);
        QVERIFY(QDir().mkpath(folder));
        for (const QString &name : {u"icsma-24-254-01.json"_s, u"icsma-26-148-01.json"_s}) {
            QVERIFY(QFile::copy(CisaFolder + u'/' + name, folder + u'/' + name));
            QVERIFY(QFile::copy(CisaFolder + u'/' + name + u".sha512"_s, folder + u'/' + name + u".sha512"_s));
        }
        if (tamperChecksum) {
            QByteArray bytes = readFile(folder + u"/icsma-26-148-01.json"_s);
            bytes.replace("Frontier X2", "Frontier X3");
            QFile::remove(folder + u"/icsma-26-148-01.json"_s);
            writeFile(folder + u"/icsma-26-148-01.json"_s, bytes);
        } else {
            writeFile(folder + u"/zz-hostile.json"_s, content);
        }
        const Result<AdvisoryImportReport> report = store.importPaths({folder});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code(), code);
        QVERIFY(!report.error().message().isEmpty());
        QCOMPARE(advisoryRows(*m_db), before);
        QCOMPARE(m_sink.events.size(), events); // nothing recorded: nothing happened
    }

    void anImportTheAuditLogRefusesIsNotMade()
    {
        m_sink.failing = true;
        AdvisoryStore store(*m_db, &m_sink, m_clock);
        QVERIFY(!store.importPaths({CisaFolder}).ok());
        QCOMPARE(*store.count(), 0);
    }

    void advisoriesMatchTheInventoryFixture()
    {
        inventory::InventoryStore inventory(*m_db, m_clock);
        const QJsonArray devices =
            QJsonDocument::fromJson(
                readFile(QStringLiteral(PASBAN_SOURCE_DIR "/tests/data/csaf/inventory-fixture.json")))
                .object()
                .value(u"devices"_s)
                .toArray();
        QVERIFY(devices.size() >= 8);
        QHash<QString, QStringList> expected;
        for (const QJsonValue &value : devices) {
            const QJsonObject device = value.toObject();
            inventory::ObservedDevice seen;
            seen.id = u"ble-dis:"_s + device[u"key"_s].toString();
            seen.transport = u"ble"_s;
            seen.manufacturer = device[u"manufacturer"_s].toString();
            seen.model = device[u"model"_s].toString();
            seen.firmware = device[u"firmware"_s].toString();
            seen.seenUtc = m_clock.nowUtc();
            QVERIFY(inventory.recordSeen(seen).ok());
            QStringList ids;
            for (const QJsonValue &id : device[u"expect"_s].toArray())
                ids.append(id.toString());
            expected.insert(seen.id, ids);
        }
        QVERIFY(AdvisoryStore(*m_db).importPaths({CisaFolder}).ok());

        PostureService service(*m_db, &m_sink, m_clock);
        Result<PostureEvaluation> evaluation = service.evaluate();
        QVERIFY(evaluation.ok());
        QCOMPARE(evaluation->advisories, 5);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const DevicePosture *device = evaluation->device(it.key());
            QVERIFY2(device, qPrintable(it.key()));
            QStringList found;
            for (const Finding &finding : device->findings) {
                if (finding.checkId == u"advisory"_s) {
                    const QString advisory = finding.id.section(u'/', 1, 1);
                    if (!found.contains(advisory))
                        found.append(advisory);
                }
            }
            QVERIFY2(found == it.value(), qPrintable(it.key() + u": "_s + found.join(u","_s)));
        }
        // The advisory finding carries CVE and CVSS.
        const DevicePosture *scale = evaluation->device(u"ble-dis:bpl-scale"_s);
        const Finding *cve = scale->finding(u"advisory/ICSMA-24-254-01/CVE-2024-34463");
        QVERIFY(cve);
        QVERIFY(cve->cvss.has_value());
        QVERIFY(cve->references.cves.contains(u"CVE-2024-34463"_s));

        // The inventory-export seam carries the same score and open count.
        const EvaluatedPostureSource source(evaluation->fleet);
        QCOMPARE(source.posture(u"ble-dis:bpl-scale"_s).score, double(scale->score));
        QCOMPARE(source.posture(u"ble-dis:bpl-scale"_s).openFindings, scale->openCount());
        QVERIFY(!source.posture(u"ble:unknown"_s).score.has_value());
    }

    void acceptingARiskNeedsAReasonAndAnExpiry()
    {
        inventory::InventoryStore inventory(*m_db, m_clock);
        inventory::ObservedDevice seen;
        seen.id = u"ble:C4:7F:51:3A:22:10"_s;
        seen.transport = u"ble"_s;
        seen.seenUtc = m_clock.nowUtc();
        QVERIFY(inventory.recordSeen(seen).ok());
        PostureService service(*m_db, &m_sink, m_clock);
        Result<PostureEvaluation> before = service.evaluate();
        QVERIFY(before.ok());
        const DevicePosture *device = before->device(seen.id);
        const Finding *noTag = device->finding(u"inventory.no-asset-tag");
        QVERIFY(noTag && noTag->isOpen());
        const int scoreBefore = device->score;

        const QDate nextMonth = m_clock.nowUtc().date().addDays(20);
        QCOMPARE(service.acceptRisk(seen.id, noTag->id, u"ok"_s, nextMonth).error().code(),
                 u"posture.reason_required"_s);
        QCOMPARE(service.acceptRisk(seen.id, noTag->id, u"Tag ordered from the CMMS team"_s, m_clock.nowUtc().date())
                     .error()
                     .code(),
                 u"posture.expiry_invalid"_s);
        QCOMPARE(service
                     .acceptRisk(seen.id, noTag->id, u"Tag ordered from the CMMS team"_s,
                                 m_clock.nowUtc().date().addDays(400))
                     .error()
                     .code(),
                 u"posture.expiry_invalid"_s);
        QCOMPARE(
            service.acceptRisk(u"ble:nope"_s, noTag->id, u"Tag ordered from the CMMS team"_s, nextMonth).error().code(),
            u"posture.unknown_device"_s);
        QCOMPARE(service.acceptRisk(seen.id, u"ble.nothing"_s, u"Tag ordered from the CMMS team"_s, nextMonth)
                     .error()
                     .code(),
                 u"posture.unknown_finding"_s);
        m_sink.failing = true;
        QVERIFY(!service.acceptRisk(seen.id, noTag->id, u"Tag ordered from the CMMS team"_s, nextMonth).ok());
        QVERIFY(PostureStore(*m_db).acceptances()->isEmpty());
        m_sink.failing = false;
        QVERIFY(service.acceptRisk(seen.id, noTag->id, u"Tag ordered from the CMMS team"_s, nextMonth, u"engineer.k"_s)
                    .ok());
        QCOMPARE(m_sink.events.last().details.value(u"event"_s).toString(), u"posture-risk-accepted"_s);
        QCOMPARE(m_sink.events.last().operatorId, u"engineer.k"_s);

        Result<PostureEvaluation> after = service.evaluate();
        const Finding *accepted = after->device(seen.id)->finding(noTag->id);
        QCOMPARE(accepted->status, FindingStatus::RiskAccepted);
        QCOMPARE(accepted->acceptance->reason, u"Tag ordered from the CMMS team"_s);
        QVERIFY(after->device(seen.id)->score > scoreBefore);

        // Past the expiry date the finding is open again, and says so.
        m_clock.set(m_clock.nowUtc().addDays(21));
        Result<PostureEvaluation> expired = service.evaluate();
        QCOMPARE(expired->device(seen.id)->finding(noTag->id)->status, FindingStatus::AcceptanceExpired);
        QCOMPARE(expired->device(seen.id)->score, scoreBefore);

        // Withdrawing is audited too.
        QVERIFY(PostureStore(*m_db, &m_sink, m_clock).withdraw(seen.id, noTag->id, u"engineer.k"_s).ok());
        QCOMPARE(m_sink.events.last().action, audit::Action::Delete);
        QCOMPARE(PostureStore(*m_db).withdraw(seen.id, noTag->id).error().code(), u"posture.unknown_finding"_s);
    }

    void snapshotsKeepTheTrendAndTheResolvedFindings()
    {
        inventory::InventoryStore inventory(*m_db, m_clock);
        inventory::ObservedDevice seen;
        seen.id = u"ble:00:1B:DC:44:12:9E"_s;
        seen.transport = u"ble"_s;
        seen.seenUtc = m_clock.nowUtc();
        QVERIFY(inventory.recordSeen(seen).ok());
        PostureService service(*m_db, nullptr, m_clock);
        QVERIFY(service.evaluate().ok());
        QVERIFY(service.evaluate().ok()); // unchanged: no new point
        PostureStore store(*m_db, nullptr, m_clock);
        QCOMPARE(store.trend()->size(), 1);
        QCOMPARE(store.trend(seen.id)->size(), 1);
        const int before = store.trend(seen.id)->first().score;

        // Giving the device an asset tag resolves that finding: a new point, and
        // the finding shows as resolved once.
        m_clock.set(m_clock.nowUtc().addDays(1));
        inventory::AssetFields asset;
        asset.assetTag = u"BME-1"_s;
        QVERIFY(inventory.updateAsset(seen.id, asset).ok());
        Result<PostureEvaluation> after = service.evaluate();
        const Finding *resolved = after->device(seen.id)->finding(u"inventory.no-asset-tag");
        QVERIFY(resolved);
        QCOMPARE(resolved->status, FindingStatus::Resolved);
        const QList<ScorePoint> trend = *store.trend(seen.id);
        QCOMPARE(trend.size(), 2);
        QVERIFY(trend.last().score > before);
        QVERIFY(trend.first().taken < trend.last().taken);
        QCOMPARE(store.trend()->size(), 2);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Database> m_db;
    test::MockClock m_clock;
    test::RecordingAuditSink m_sink;
};

QTEST_GUILESS_MAIN(TestPostureService)
#include "tst_PostureService.moc"
