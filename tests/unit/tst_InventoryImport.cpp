#include "InventoryTestSupport.h"
#include "MockClock.h"
#include "inventory/FieldRules.h"
#include "inventory/InventoryExport.h"
#include "inventory/InventoryImport.h"
#include "inventory/InventoryStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::inventory;

namespace {

const QByteArray CmmsCsv =
    "\xEF\xBB\xBF"
    "Asset Tag,Manufacturer,Model Number,Serial Number,Firmware Version,Location,Notes,"
    "bluetooth_address,USB Vendor ID,usb-product-id\r\n"
    "BME-0001,Karun Medical,OX-200,OX200-0001,2.1,\"ICU, bed 3\",\"says \"\"ok\"\"\",c4:7f:51:3a:22:10,,\r\n"
    "BME-0002,Karun Medical,TC-1,TC1-000417,1.4.2,بخش قلب،\u200cاتاق ۲,\"یادداشت:\r\nباتری نو\",,04D8,000a\r\n"_ba;

ImportOptions csv(bool strict = false)
{
    ImportOptions options;
    options.format = ImportFormat::Csv;
    options.strict = strict;
    return options;
}

ImportOptions json(bool strict = false)
{
    ImportOptions options;
    options.format = ImportFormat::Json;
    options.strict = strict;
    return options;
}

} // namespace

class TestInventoryImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_test = std::make_unique<test::TestDatabase>();
        QVERIFY(m_test->open());
        m_store = std::make_unique<InventoryStore>(*m_test->db, m_clock);
    }
    void cleanup()
    {
        m_store.reset();
        m_test.reset();
    }

    void cmmsHeadersQuotedCommasPersianBomAndCrlf()
    {
        InventoryImporter importer(*m_store);
        auto plan = importer.plan(CmmsCsv, csv());
        QVERIFY(plan.ok());
        QVERIFY2(plan->canApply(), plan->rejections.isEmpty() ? "" : qPrintable(plan->rejections[0].error.message()));
        QCOMPARE(plan->rows, 2);
        QCOMPARE(plan->additions.size(), 2);
        QVERIFY(importer.apply(*plan).ok());

        auto first = m_store->findDeclared(u"BME-0001"_s);
        QVERIFY(first.ok() && first->has_value());
        QCOMPARE((*first)->location, u"ICU, bed 3"_s);
        QCOMPARE((*first)->notes, u"says \"ok\""_s);
        QCOMPARE((*first)->bluetoothAddress, u"C4:7F:51:3A:22:10"_s); // normalised
        QCOMPARE((*first)->model, u"OX-200"_s);
        auto second = m_store->findDeclared(u"BME-0002"_s);
        QVERIFY(second.ok() && second->has_value());
        QCOMPARE((*second)->location, u"بخش قلب،\u200cاتاق ۲"_s);
        QCOMPARE((*second)->notes, u"یادداشت:\r\nباتری نو"_s);
        QCOMPARE((*second)->usbVendorId, u"04d8"_s);
        QCOMPARE((*second)->usbProductId, u"000a"_s);
    }

    void idIsTheAssetTagAndJsonIsAnArrayOfObjects()
    {
        InventoryImporter importer(*m_store);
        const QByteArray file =
            R"([{"id": "T-1", "manufacturer": "Karun Medical", "serial_number": "S1", "notes": null},
                {"Asset Tag": "T-2", "Firmware Version": "1.0", "usbVendorId": "04d8", "usbProductId": "0001"}])"_ba;
        auto plan = importer.plan(file, json());
        QVERIFY(plan.ok());
        QVERIFY(plan->canApply());
        QCOMPARE(plan->additions.size(), 2);
        QVERIFY(importer.apply(*plan).ok());
        auto t1 = m_store->findDeclared(u"T-1"_s);
        QVERIFY(t1.ok() && t1->has_value());
        QCOMPARE((*t1)->serial, u"S1"_s);
        auto t2 = m_store->findDeclared(u"T-2"_s);
        QVERIFY(t2.ok() && t2->has_value());
        QCOMPARE((*t2)->firmware, u"1.0"_s);
    }

    void acceptedHeaderSpellings_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("field");
        QTest::newRow("Asset Tag") << u"Asset Tag"_s << u"assetTag"_s;
        QTest::newRow("asset_tag") << u"asset_tag"_s << u"assetTag"_s;
        QTest::newRow("ID") << u"ID"_s << u"assetTag"_s;
        QTest::newRow("Serial Number") << u"Serial Number"_s << u"serial"_s;
        QTest::newRow("Firmware Version") << u"Firmware Version"_s << u"firmware"_s;
        QTest::newRow("MANUFACTURER") << u"MANUFACTURER"_s << u"manufacturer"_s;
        QTest::newRow("Model Number") << u"Model Number"_s << u"model"_s;
        QTest::newRow("model-no") << u"model-no"_s << u"model"_s;
        QTest::newRow("Bluetooth Address") << u"Bluetooth Address"_s << u"bluetoothAddress"_s;
        QTest::newRow("usbVendorId") << u"usbVendorId"_s << u"usbVendorId"_s;
    }
    void acceptedHeaderSpellings()
    {
        QFETCH(QString, header);
        QFETCH(QString, field);
        const std::optional<Field> found = FieldRules::fieldForHeader(header);
        QVERIFY(found.has_value());
        QCOMPARE(fieldName(*found), field);
    }

    void documentationListsEverySpelling()
    {
        QFile doc(QStringLiteral(PASBAN_SOURCE_DIR "/docs/inventory-exchange.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        for (Field field : allFields()) {
            for (const QString &name : FieldRules::synonyms(field))
                QVERIFY2(text.contains(u'`' + name + u'`'), qPrintable(name));
        }
    }

    void planShowsUpdatesWithTheirChangesWithoutWriting()
    {
        InventoryImporter importer(*m_store);
        QVERIFY(importer.apply(*importer.plan(CmmsCsv, csv())).ok());
        const QString before = test::dumpDatabase(*m_test->db);
        // Only the columns the file has change; an empty cell clears.
        const QByteArray update =
            "assetTag,firmware,location\nBME-0001,2.3,\nBME-0002,1.4.2,بخش قلب،\u200cاتاق ۲\nBME-0003,,\n"_ba;
        auto plan = importer.plan(update, csv());
        QVERIFY(plan.ok());
        QCOMPARE(plan->additions.size(), 1);
        QCOMPARE(plan->unchanged, 1);
        QCOMPARE(plan->updates.size(), 1);
        const PlannedRow &row = plan->updates.first();
        QCOMPARE(row.record.assetTag, u"BME-0001"_s);
        QCOMPARE(row.line, 2);
        QCOMPARE(row.changes.size(), 2);
        QCOMPARE(row.changes[0].field, Field::Firmware);
        QCOMPARE(row.changes[0].before, u"2.1"_s);
        QCOMPARE(row.changes[0].after, u"2.3"_s);
        QCOMPARE(row.changes[1].field, Field::Location);
        QCOMPARE(row.changes[1].after, QString());
        QCOMPARE(row.record.model, u"OX-200"_s); // not in the file: kept
        QCOMPARE(test::dumpDatabase(*m_test->db), before); // planning writes nothing
        QVERIFY(importer.apply(*plan).ok());
        QCOMPARE((*m_store->findDeclared(u"BME-0001"_s))->firmware, u"2.3"_s);
    }

    // Every way a file can be refused leaves the database exactly as it was,
    // and says where.
    void rejectionsLeaveTheDatabaseUnchanged_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<bool>("isJson");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing asset tag")
            << "assetTag,model\nN-1,A\n,B\n"_ba << false << false << 3 << u"assetTag"_s << u"inventory.invalid_field"_s;
        QTest::newRow("no asset tag column")
            << "model,serial\nA,1\n"_ba << false << false << 1 << u"assetTag"_s << u"inventory.import_invalid"_s;
        QTest::newRow("duplicate in the file")
            << "assetTag\nN-1\nN-2\nN-1\n"_ba << false << false << 4 << u"assetTag"_s << u"inventory.import_invalid"_s;
        QTest::newRow("bad vendor id") << "assetTag,usbVendorId,usbProductId\nN-1,04d8,0001\nN-2,4D8,0001\n"_ba << false
                                       << false << 3 << u"usbVendorId"_s << u"inventory.invalid_field"_s;
        QTest::newRow("vendor id without product id") << "assetTag,usbVendorId\nN-1,04d8\n"_ba << false << false << 2
                                                      << u"usbProductId"_s << u"inventory.invalid_field"_s;
        QTest::newRow("bad Bluetooth address") << "assetTag,bluetoothAddress\nN-1,C4:7F:51:3A:22\n"_ba << false << false
                                               << 2 << u"bluetoothAddress"_s << u"inventory.invalid_field"_s;
        QTest::newRow("asset tag too long") << QByteArray("assetTag\n" + QByteArray(65, 'X') + "\n") << false << false
                                            << 2 << u"assetTag"_s << u"inventory.invalid_field"_s;
        QTest::newRow("unknown column, strict") << "assetTag,Cost Centre\nN-1,42\n"_ba << false << true << 1
                                                << u"Cost Centre"_s << u"inventory.import_invalid"_s;
        QTest::newRow("truncated CSV (open quote)") << "assetTag,notes\nN-1,ok\nN-2,\"cut off"_ba << false << false << 3
                                                    << QString() << u"inventory.csv_malformed"_s;
        QTest::newRow("truncated CSV (short row)") << "assetTag,model,serial\nN-1,A,1\nN-2,B"_ba << false << false << 3
                                                   << QString() << u"inventory.import_invalid"_s;
        QTest::newRow("truncated JSON") << "[{\"assetTag\": \"N-1\"},\n {\"assetTag\": \"N-"_ba << true << false << 2
                                        << QString() << u"inventory.import_invalid"_s;
        QTest::newRow("JSON not an array")
            << "{\"assetTag\": \"N-1\"}"_ba << true << false << 1 << QString() << u"inventory.import_invalid"_s;
        QTest::newRow("JSON unknown key, strict")
            << "[{\"assetTag\": \"N-1\"}, {\"assetTag\": \"N-2\", \"cost\": \"1\"}]"_ba << true << true << 2
            << u"cost"_s << u"inventory.import_invalid"_s;
        QTest::newRow("JSON value not text") << "[{\"assetTag\": \"N-1\", \"model\": [1]}]"_ba << true << false << 1
                                             << u"model"_s << u"inventory.import_invalid"_s;
        QTest::newRow("JSON duplicate") << "[{\"id\": \"N-1\"}, {\"assetTag\": \"N-1\"}]"_ba << true << false << 2
                                        << u"assetTag"_s << u"inventory.import_invalid"_s;
    }
    void rejectionsLeaveTheDatabaseUnchanged()
    {
        QFETCH(QByteArray, file);
        QFETCH(bool, isJson);
        QFETCH(bool, strict);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, code);
        // Something in the inventory already, so "unchanged" means something.
        InventoryImporter importer(*m_store);
        QVERIFY(importer.apply(*importer.plan(CmmsCsv, csv())).ok());
        ObservedDevice seen;
        seen.id = u"ble:C4:7F:51:3A:22:10"_s;
        seen.transport = u"ble"_s;
        seen.address = u"C4:7F:51:3A:22:10"_s;
        QVERIFY(m_store->recordSeen(seen).ok());
        const QString before = test::dumpDatabase(*m_test->db);
        QVERIFY(before.contains(u"BME-0001"_s));

        auto plan = importer.plan(file, isJson ? json(strict) : csv(strict));
        QVERIFY(plan.ok());
        QVERIFY(!plan->canApply());
        const ImportRejection &first = plan->rejections.first();
        QCOMPARE(first.line, line);
        QCOMPARE(first.field, field);
        QCOMPARE(first.error.code(), code);
        const Status applied = importer.apply(*plan);
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().code(), u"inventory.import_rejected"_s);
        QCOMPARE(test::dumpDatabase(*m_test->db), before);
    }

    void unknownColumnsAreIgnoredWhenNotStrict()
    {
        InventoryImporter importer(*m_store);
        auto plan = importer.plan("assetTag,Cost Centre\nN-1,42\n"_ba, csv());
        QVERIFY(plan.ok() && plan->canApply());
        QCOMPARE(plan->ignoredColumns, QStringList {u"Cost Centre"_s});
    }

    void roundTripGivesTheSameInventory()
    {
        InventoryImporter importer(*m_store);
        QVERIFY(importer.apply(*importer.plan(CmmsCsv, csv())).ok());
        QVERIFY(importer.apply(*importer.plan("assetTag,owner,hardware\nBME-0003,دکتر رضایی,B\n"_ba, csv())).ok());
        const QList<DeclaredRecord> original = *m_store->declaredRecords();

        for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Json}) {
            const QByteArray exported = InventoryExporter().write(*m_store->entries(), format, m_clock.nowUtc());
            test::TestDatabase other;
            QVERIFY(other.open());
            InventoryStore otherStore(*other.db, m_clock);
            InventoryImporter again(otherStore);
            // Strict: Pasban's own export columns are known.
            auto plan = again.plan(exported, format == ExportFormat::Json ? json(true) : csv(true));
            QVERIFY(plan.ok());
            QVERIFY2(plan->canApply(),
                     plan->rejections.isEmpty() ? "" : qPrintable(plan->rejections[0].error.message()));
            QVERIFY(again.apply(*plan).ok());
            QList<DeclaredRecord> copy = *otherStore.declaredRecords();
            QCOMPARE(copy.size(), original.size());
            for (qsizetype i = 0; i < copy.size(); ++i) {
                for (Field field : allFields())
                    QCOMPARE(copy[i].value(field), original[i].value(field));
            }
            // And importing the export into the same inventory changes nothing.
            auto same = importer.plan(exported, format == ExportFormat::Json ? json() : csv());
            QVERIFY(same.ok());
            QCOMPARE(same->additions.size(), 0);
            QCOMPARE(same->updates.size(), 0);
            QCOMPARE(same->unchanged, int(original.size()));
        }
    }

    void exportedDevicesNobodyDeclaredAreSkipped()
    {
        ObservedDevice seen;
        seen.id = u"ble:00:1B:DC:44:12:9E"_s;
        seen.transport = u"ble"_s;
        QVERIFY(m_store->recordSeen(seen).ok());
        const QByteArray exported = InventoryExporter().csv(*m_store->entries());
        InventoryImporter importer(*m_store);
        auto plan = importer.plan(exported, csv(true));
        QVERIFY(plan.ok() && plan->canApply());
        QCOMPARE(plan->skipped, 1);
    }

    void largeFileReportsProgressAndCanBeCancelled()
    {
        QByteArray file = "assetTag,manufacturer,model,serial,firmware,location\n";
        const int rows = 5000;
        for (int i = 0; i < rows; ++i)
            file += "T-" + QByteArray::number(i) + ",Karun Medical,OX-200,S" + QByteArray::number(i) + ",2.1,Ward 7\n";
        InventoryImporter importer(*m_store);
        QList<ImportPhase> phases;
        qsizetype lastWritten = 0;
        qsizetype writingTotal = 0;
        importer.setProgress([&](ImportPhase phase, qsizetype done, qsizetype total) {
            if (phases.isEmpty() || phases.last() != phase)
                phases.append(phase);
            if (phase == ImportPhase::Writing) {
                lastWritten = done;
                writingTotal = total;
            }
            return true;
        });
        auto plan = importer.plan(file, csv());
        QVERIFY(plan.ok());
        QCOMPARE(plan->additions.size(), rows);
        QVERIFY(importer.apply(*plan).ok());
        QCOMPARE(phases, (QList<ImportPhase> {ImportPhase::Reading, ImportPhase::Comparing, ImportPhase::Writing}));
        QCOMPARE(lastWritten, qsizetype(rows));
        QCOMPARE(writingTotal, qsizetype(rows));
        QCOMPARE(m_store->declaredRecords()->size(), rows);

        // Cancelled half-way through writing: nothing of it stays.
        QByteArray changed = file;
        changed.replace("Ward 7", "Ward 8");
        auto second = importer.plan(changed, csv());
        QVERIFY(second.ok());
        QCOMPARE(second->updates.size(), rows);
        const QString before = test::dumpDatabase(*m_test->db);
        importer.setProgress([](ImportPhase phase, qsizetype done, qsizetype) {
            return !(phase == ImportPhase::Writing && done >= 2000);
        });
        const Status cancelled = importer.apply(*second);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code(), u"inventory.cancelled"_s);
        QCOMPARE(test::dumpDatabase(*m_test->db), before);

        // Cancelled while reading: an error, no plan.
        importer.setProgress([](ImportPhase, qsizetype, qsizetype) { return false; });
        auto none = importer.plan(file, csv());
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code(), u"inventory.cancelled"_s);
    }

private:
    test::MockClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<test::TestDatabase> m_test;
    std::unique_ptr<InventoryStore> m_store;
};

QTEST_GUILESS_MAIN(TestInventoryImport)
#include "tst_InventoryImport.moc"
