#include "InventoryTestSupport.h"
#include "MockClock.h"
#include "RecordingAuditSink.h"
#include "console/InventoryChanges.h"
#include "inventory/InventoryStore.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::inventory;

class TestInventoryChanges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_test = std::make_unique<test::TestDatabase>();
        QVERIFY(m_test->open());
        m_store = std::make_unique<InventoryStore>(*m_test->db, m_clock);
        m_sink = std::make_unique<test::RecordingAuditSink>();
    }
    void cleanup()
    {
        m_store.reset();
        m_test.reset();
    }

    void importIsRecordedBeforeItIsWritten()
    {
        InventoryChanges changes(*m_store, m_sink.get(), u"engineer"_s);
        InventoryImporter importer(*m_store);
        auto plan = importer.plan("assetTag,model\nA-1,OX-200\nA-2,TC-1\n"_ba, ImportOptions {});
        QVERIFY(plan.ok());
        QVERIFY(changes.applyImport(importer, *plan, u"/tmp/cmms.csv"_s, QByteArray(32, '\x01')).ok());
        QCOMPARE(m_sink->events.size(), 1);
        const audit::AuditEvent &event = m_sink->events.first();
        QCOMPARE(event.action, audit::Action::Update);
        QCOMPARE(event.operatorId, u"engineer"_s);
        QCOMPARE(event.details[u"event"_s].toString(), u"inventory-import"_s);
        QCOMPARE(event.details[u"file"_s].toString(), u"cmms.csv"_s);
        QCOMPARE(event.details[u"added"_s].toInt(), 2);
        QCOMPARE(event.details[u"sha256"_s].toString(), QString(u"01"_s.repeated(32)));
        QCOMPARE(m_store->declaredRecords()->size(), 2);
    }

    void aChangeThatCannotBeRecordedIsNotMade()
    {
        m_sink->failing = true;
        InventoryChanges changes(*m_store, m_sink.get());
        InventoryImporter importer(*m_store);
        auto plan = importer.plan("assetTag\nA-1\n"_ba, ImportOptions {});
        const QString before = test::dumpDatabase(*m_test->db);
        QCOMPARE(changes.applyImport(importer, *plan, u"f.csv"_s, {}).error().code(), u"audit.test_refused"_s);
        DeclaredRecord record;
        record.assetTag = u"A-2"_s;
        QCOMPARE(changes.add(record).error().code(), u"audit.test_refused"_s);
        QCOMPARE(test::dumpDatabase(*m_test->db), before);
        const QString path = m_test->dir.filePath(u"out.json"_s);
        QVERIFY(!changes.exportTo(path, ExportFormat::Json).ok());
        QVERIFY(!QFile::exists(path)); // nothing leaves unaudited
    }

    void addRemoveAndExportAreRecorded()
    {
        InventoryChanges changes(*m_store, m_sink.get());
        DeclaredRecord record;
        record.assetTag = u" A-1 "_s;
        record.usbVendorId = u"04d8"_s;
        record.usbProductId = u"0001"_s;
        QVERIFY(changes.add(record).ok());
        // Duplicates and invalid fields are refused, and not recorded as changes.
        QCOMPARE(changes.add(record).error().code(), u"inventory.duplicate_asset_tag"_s);
        DeclaredRecord bad;
        bad.assetTag = u"A-3"_s;
        bad.usbVendorId = u"xyz"_s;
        QCOMPARE(changes.add(bad).error().code(), u"inventory.invalid_field"_s);
        QCOMPARE(m_sink->events.size(), 1);
        QCOMPARE(m_sink->events[0].details[u"assetTag"_s].toString(), u"A-1"_s);
        QCOMPARE(m_sink->events[0].action, audit::Action::Create);

        const QString path = m_test->dir.filePath(u"out.csv"_s);
        auto written = changes.exportTo(path, ExportFormat::Csv);
        QVERIFY(written.ok());
        QCOMPARE(*written, 1);
        QVERIFY(QFile::exists(path));
        QCOMPARE(m_sink->events[1].type, audit::EventType::Export);
        QCOMPARE(m_sink->events[1].details[u"format"_s].toString(), u"csv"_s);

        QVERIFY(changes.remove(u"A-1"_s).ok());
        QCOMPARE(m_sink->events[2].action, audit::Action::Delete);
        QVERIFY(m_store->declaredRecords()->isEmpty());
    }

private:
    test::MockClock m_clock;
    std::unique_ptr<test::TestDatabase> m_test;
    std::unique_ptr<InventoryStore> m_store;
    std::unique_ptr<test::RecordingAuditSink> m_sink;
};

QTEST_GUILESS_MAIN(TestInventoryChanges)
#include "tst_InventoryChanges.moc"
