// Devices → Import: the preview lists rows to add, to update with what changes,
// and rejected rows with line, field and reason; Import is offered only for a
// clean file, writes on confirmation (audited) and the whole inventory then shows
// the records; the detail pane puts declared beside observed values with a
// mismatch in words; Export writes the chosen format.
#include "RecordingAuditSink.h"
#include "common/Settings.h"
#include "common/Translator.h"
#include "console/DeviceInventorySync.h"
#include "devices/DeviceDetailView.h"
#include "devices/DevicesPage.h"
#include "devices/InventoryImportDialog.h"
#include "devices/InventoryTableModel.h"
#include "discovery/BleScenario.h"
#include "discovery/DeviceRegistry.h"
#include "inventory/InventoryImport.h"
#include "inventory/InventoryStore.h"
#include "sim/SimulatedBleInterrogator.h"
#include "sim/SimulatedBleScanner.h"
#include "storage/ConsoleSchema.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

namespace {

QTreeWidgetItem *section(QTreeWidget *tree, const QString &name)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == name)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestInventoryImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = storage::openConsoleDatabase(m_dir->filePath(u"pasban.sqlite"_s));
        QVERIFY(db.ok());
        m_db = std::make_unique<storage::Database>(std::move(db).value());
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
        auto ward = discovery::BleScenario::ward();
        QVERIFY(ward.ok());
        m_registry = std::make_unique<discovery::DeviceRegistry>();
        m_registry->setCoalesceInterval(std::chrono::milliseconds {20});
        m_store = std::make_unique<inventory::InventoryStore>(*m_db);
        m_sync = std::make_unique<DeviceInventorySync>(*m_registry, *m_store);
        m_scanner = std::make_unique<sim::SimulatedBleScanner>(*ward);
        m_scanner->setAdvertisingInterval(std::chrono::milliseconds {50});
        m_interrogator = std::make_unique<sim::SimulatedBleInterrogator>(*ward);
        m_sink = std::make_unique<test::RecordingAuditSink>();
        m_services = ui::DeviceServices {m_registry.get(), m_scanner.get(), m_interrogator.get(), m_sync.get(), true,
                                         m_sink.get()};
        // One record already there, so the file updates it.
        inventory::DeclaredRecord existing;
        existing.assetTag = u"BME-OX"_s;
        existing.manufacturer = u"Karun Medical"_s;
        existing.firmware = u"1.9"_s;
        existing.bluetoothAddress = u"C4:7F:51:3A:22:10"_s;
        QVERIFY(m_store->addDeclared(existing).ok());
    }

    void cleanup()
    {
        m_page.reset();
        m_interrogator.reset();
        m_scanner.reset();
        m_sync.reset();
        m_store.reset();
        m_registry.reset();
        m_settings.reset();
        m_db.reset();
        Translator::install(u"en"_s);
    }

    void previewThenConfirmImports()
    {
        const QString path = write(u"cmms.csv"_s,
                                   "Asset Tag,Manufacturer,Model Number,Serial Number,Firmware Version,Location\r\n"
                                   "BME-OX,Karun Medical,OX-200,OX200-0001,2.0,\"ICU, bed 3\"\r\n"
                                   "BME-TC,Karun Medical,TC-1,TC1-000417,1.4.2,بخش قلب\r\n");
        ui::InventoryImportDialog dialog(m_services, path);
        dialog.show();
        dialog.start();
        QTRY_VERIFY(dialog.plan().has_value());
        QTreeWidget *tree = dialog.preview();
        QTreeWidgetItem *add = section(tree, u"add"_s);
        QTreeWidgetItem *update = section(tree, u"update"_s);
        QTreeWidgetItem *rejected = section(tree, u"rejected"_s);
        QVERIFY(add && update && rejected);
        QCOMPARE(add->childCount(), 1);
        QVERIFY(add->child(0)->text(1).contains(u"BME-TC"_s));
        QVERIFY(add->child(0)->text(1).contains(u"بخش قلب"_s));
        QCOMPARE(update->childCount(), 1);
        QCOMPARE(update->child(0)->text(0), u"line 2"_s);
        // What changes, field by field.
        QStringList changes;
        for (int i = 0; i < update->child(0)->childCount(); ++i)
            changes << update->child(0)->child(i)->text(1);
        QVERIFY2(changes.contains(u"Firmware version: “1.9” → “2.0”"_s), qPrintable(changes.join(u" | "_s)));
        QVERIFY(changes.contains(u"Location: “(empty)” → “ICU, bed 3”"_s));
        QCOMPARE(rejected->childCount(), 0);
        // Nothing written yet.
        QCOMPARE((*m_store->findDeclared(u"BME-OX"_s))->firmware, u"1.9"_s);
        QVERIFY(m_sink->events.isEmpty());

        QVERIFY(dialog.importButton()->isEnabled());
        QSignalSpy imported(&dialog, &ui::InventoryImportDialog::imported);
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QTRY_COMPARE(imported.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE((*m_store->findDeclared(u"BME-OX"_s))->firmware, u"2.0"_s);
        QVERIFY(m_store->findDeclared(u"BME-TC"_s)->has_value());
        QCOMPARE(m_sink->events.size(), 1);
        QCOMPARE(m_sink->events[0].details[u"event"_s].toString(), u"inventory-import"_s);
        QCOMPARE(m_sink->events[0].details[u"added"_s].toInt(), 1);
        QCOMPARE(m_sink->events[0].details[u"updated"_s].toInt(), 1);
    }

    void rejectedRowsAreNamedAndNothingCanBeImported()
    {
        const QString path = write(u"bad.csv"_s,
                                   "assetTag,usbVendorId,usbProductId,Cost Centre\n"
                                   "N-1,04d8,0001,7\n"
                                   "N-2,4D8,0001,7\n"
                                   "N-1,04d8,0002,7\n");
        ui::InventoryImportDialog dialog(m_services, path);
        dialog.show();
        dialog.start();
        QTRY_VERIFY(dialog.plan().has_value());
        QTreeWidgetItem *rejected = section(dialog.preview(), u"rejected"_s);
        QCOMPARE(rejected->childCount(), 2);
        QCOMPARE(rejected->child(0)->text(0), u"line 3, \u202AusbVendorId\u202C"_s);
        QVERIFY(rejected->child(0)->text(1).contains(u"four hex digits"_s));
        QVERIFY(rejected->child(1)->text(1).contains(u"twice"_s));
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(dialog.statusLabel()->text().contains(u"Nothing can be imported"_s));
        // Strict: the unknown column is refused too, on line 1.
        dialog.strictBox()->setChecked(true);
        QTRY_VERIFY(dialog.plan().has_value() && dialog.plan()->options.strict);
        rejected = section(dialog.preview(), u"rejected"_s);
        QCOMPARE(rejected->child(0)->text(0), u"line 1, \u202ACost Centre\u202C"_s);
        QVERIFY(m_store->findDeclared(u"N-1"_s).value() == std::nullopt);
    }

    void cancellingReadingLeavesNothing()
    {
        QByteArray big = "assetTag,model\n";
        for (int i = 0; i < 20000; ++i)
            big += "T-" + QByteArray::number(i) + ",OX-200\n";
        const QString path = write(u"big.csv"_s, big);
        ui::InventoryImportDialog dialog(m_services, path);
        dialog.show();
        dialog.cancelWork(); // before it starts: the first progress report cancels
        dialog.start();
        dialog.cancelWork();
        QTRY_VERIFY(!dialog.isWorking());
        if (!dialog.plan()) // the worker may have finished before it saw the request
            QVERIFY(dialog.statusLabel()->text().contains(u"Cancelled"_s));
        QCOMPARE(m_store->declaredRecords()->size(), 1);
    }

    void pageShowsTheInventoryAndDeclaredBesideObserved()
    {
        m_page = std::make_unique<ui::DevicesPage>(m_services, *m_settings);
        m_page->resize(1100, 650);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(m_page->findChild<QPushButton *>(u"importButton"_s)->isEnabled());

        // Scan the ward and interrogate the oximeter: it runs 2.1.0, declared 1.9.
        m_page->startScan(std::chrono::milliseconds {400});
        QTRY_VERIFY(m_page->table()->model()->rowCount() >= 5);
        QTRY_VERIFY(!m_scanner->isActive());
        auto *detail = qobject_cast<ui::DeviceDetailView *>(m_page->detailWidget());
        detail->showDevice(u"ble:C4:7F:51:3A:22:10"_s);
        detail->interrogate(true);
        auto *text = detail->findChild<QTextBrowser *>(u"deviceDetailText"_s);
        QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().contains(u"differ: Firmware version"_s), 15000);
        const QString shown = text->toPlainText();
        QVERIFY(shown.contains(u"Declared (typed in Pasban"_s));
        QVERIFY(shown.contains(u"Mismatch"_s)); // a word, not only a colour
        QVERIFY2(shown.contains(u"Declared and observed values differ: Firmware version."_s), qPrintable(shown));
        QVERIFY(shown.contains(u"1.9"_s));
        QVERIFY(shown.contains(u"2.1.0"_s));

        // The whole inventory: the declared record not seen yet is there too.
        const QString path = write(u"more.json"_s, R"([{"id": "BME-STORE", "model": "PX-9", "location": "انبار"}])");
        ui::InventoryImportDialog *dialog = m_page->openImport(path);
        QTRY_VERIFY(dialog->plan().has_value());
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QTRY_COMPARE(m_page->findChild<QComboBox *>(u"deviceView"_s)->currentIndex(), 1);
        ui::InventoryTableModel *model = m_page->inventoryModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 2 + 4); // two records (one matched) and four devices nobody declared
        QStringList states;
        for (int row = 0; row < model->rowCount(); ++row)
            states << model->index(row, ui::InventoryTableModel::State).data().toString();
        QVERIFY(states.contains(u"⚠ Seen; declared and observed values differ"_s));
        QVERIFY(states.contains(u"Declared, not seen yet"_s));
        QCOMPARE(states.count(u"Seen, not declared"_s), 4);
        detail->showDevice(u"asset:BME-STORE"_s);
        QVERIFY(!text->isHidden());
        QVERIFY(text->toPlainText().contains(u"Not seen by a scan yet"_s));
        QVERIFY(text->toPlainText().contains(u"انبار"_s));

        // Export as FHIR, recorded.
        const QString out = m_dir->filePath(u"out.fhir.json"_s);
        QVERIFY(m_page->exportInventoryTo(out, u"fhir"_s).ok());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object()[u"resourceType"_s].toString(), u"Bundle"_s);
        QCOMPARE(m_sink->events.last().details[u"event"_s].toString(), u"inventory-export"_s);

        // The JSON export carries each assessed device's posture score and open findings.
        const QString json = m_dir->filePath(u"out.json"_s);
        QVERIFY(m_page->exportInventoryTo(json, u"json"_s).ok());
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        int scored = 0;
        for (const QJsonValue &entry : QJsonDocument::fromJson(jsonFile.readAll()).array()) {
            if (entry[u"postureScore"_s].isDouble()) {
                QVERIFY(entry[u"postureScore"_s].toDouble() >= 0 && entry[u"postureScore"_s].toDouble() <= 100);
                QVERIFY(entry[u"openFindings"_s].isDouble());
                ++scored;
            }
        }
        QCOMPARE(scored, 2 + 4);
    }

    void persianPreview()
    {
        QVERIFY(Translator::install(u"fa"_s));
        const QString path = write(u"fa.csv"_s, "assetTag,usbVendorId,usbProductId\nN-1,4D8,0001\n");
        ui::InventoryImportDialog dialog(m_services, path);
        dialog.show();
        dialog.start();
        QTRY_VERIFY(dialog.plan().has_value());
        QCOMPARE(dialog.layoutDirection(), Qt::RightToLeft);
        QTreeWidgetItem *rejected = section(dialog.preview(), u"rejected"_s);
        QVERIFY(rejected->text(0).contains(u"رد"_s));
        QVERIFY(rejected->child(0)->text(0).contains(u"سطر"_s));
        QVERIFY(dialog.importButton()->text().contains(u"وارد"_s));
    }

private:
    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<discovery::DeviceRegistry> m_registry;
    std::unique_ptr<inventory::InventoryStore> m_store;
    std::unique_ptr<DeviceInventorySync> m_sync;
    std::unique_ptr<sim::SimulatedBleScanner> m_scanner;
    std::unique_ptr<sim::SimulatedBleInterrogator> m_interrogator;
    std::unique_ptr<test::RecordingAuditSink> m_sink;
    ui::DeviceServices m_services;
    std::unique_ptr<ui::DevicesPage> m_page;
};

QTEST_MAIN(TestInventoryImportDialog)
#include "tst_InventoryImportDialog.moc"
