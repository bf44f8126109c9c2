// The Devices page over the simulated ward: scanning fills the live table,
// filters narrow it, an interrogation shows verdicts and decoded measurements
// and lands in the inventory; the model passes QAbstractItemModelTester.
#include "common/Settings.h"
#include "common/Translator.h"
#include "console/DeviceInventorySync.h"
#include "devices/DeviceDetailView.h"
#include "devices/DeviceTableModel.h"
#include "devices/DevicesPage.h"
#include "discovery/BleScenario.h"
#include "discovery/DeviceRegistry.h"
#include "inventory/InventoryStore.h"
#include "sim/SimulatedBleInterrogator.h"
#include "sim/SimulatedBleScanner.h"
#include "storage/ConsoleSchema.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

class TestDevicesPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto ward = discovery::BleScenario::ward();
        QVERIFY2(ward.ok(), ward.ok() ? "" : qPrintable(ward.error().toString()));
        m_ward = *ward;
        auto db = storage::openConsoleDatabase(m_dir->filePath(u"pasban.sqlite"_s));
        QVERIFY(db.ok());
        m_db = std::make_unique<storage::Database>(std::move(db).value());
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
        m_registry = std::make_unique<discovery::DeviceRegistry>();
        m_registry->setCoalesceInterval(std::chrono::milliseconds {20});
        m_store = std::make_unique<inventory::InventoryStore>(*m_db);
        m_sync = std::make_unique<DeviceInventorySync>(*m_registry, *m_store);
        m_scanner = std::make_unique<sim::SimulatedBleScanner>(m_ward);
        m_scanner->setAdvertisingInterval(std::chrono::milliseconds {50});
        m_interrogator = std::make_unique<sim::SimulatedBleInterrogator>(m_ward);
        m_page = std::make_unique<ui::DevicesPage>(
            ui::DeviceServices {m_registry.get(), m_scanner.get(), m_interrogator.get(), m_sync.get(), true},
            *m_settings);
        m_page->resize(1000, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
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

    void modelIsAWellBehavedModelWhileDevicesArrive()
    {
        ui::DeviceTableModel model(*m_registry, *m_settings);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_scanner->start(std::chrono::milliseconds {400});
        QTRY_COMPARE(model.rowCount(), int(m_ward.devices.size()));
        QTRY_VERIFY(!m_scanner->isActive());
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.idAt(row).isEmpty());
    }

    void emptyStateThenScanFillsTheTable()
    {
        auto *stack = m_page->findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), u"devicesEmptyState"_s);
        QVERIFY(m_page->findChild<QLabel *>(u"devicesBanner"_s)->text().contains(u"simulated"_s));

        m_page->startScan(std::chrono::milliseconds {500});
        QTRY_COMPARE(m_page->table()->model()->rowCount(), int(m_ward.devices.size()));
        QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(m_page->table()));
        QTRY_VERIFY(!m_scanner->isActive());

        // Every device seen is in the inventory after the scan.
        auto stored = m_store->list();
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), m_ward.devices.size());
    }

    void filtersNarrowTheTable()
    {
        m_page->startScan(std::chrono::milliseconds {300});
        QTRY_COMPARE(m_page->table()->model()->rowCount(), int(m_ward.devices.size()));
        auto *classFilter = m_page->findChild<QComboBox *>(u"classFilter"_s);
        classFilter->setCurrentIndex(classFilter->findData(u"pulse-oximeter"_s));
        QCOMPARE(m_page->table()->model()->rowCount(), 1);
        classFilter->setCurrentIndex(0);
        m_page->findChild<QLineEdit *>(u"deviceFilter"_s)->setText(u"HR Strap"_s);
        QCOMPARE(m_page->table()->model()->rowCount(), 1);
        m_page->findChild<QLineEdit *>(u"deviceFilter"_s)->setText(u"no such device"_s);
        QCOMPARE(m_page->table()->model()->rowCount(), 0);
    }

    void interrogationShowsVerdictsAndMeasurementsAndIsStored()
    {
        m_page->startScan(std::chrono::milliseconds {300});
        QTRY_COMPARE(m_page->table()->model()->rowCount(), int(m_ward.devices.size()));
        const QString oximeter = u"ble:"_s + m_ward.device(u"oximeter"_s)->advertisement.address;
        auto *detail = static_cast<ui::DeviceDetailView *>(m_page->detailWidget());
        detail->showDevice(oximeter);
        detail->interrogate(true);
        QVERIFY(m_interrogator->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!m_interrogator->isBusy(), 15000);

        const QString html = detail->findChild<QTextBrowser *>()->toPlainText();
        QVERIFY2(html.contains(u"Open: readable without pairing"_s), qPrintable(html));
        QVERIFY2(html.contains(u"SpO2"_s) || html.contains(u"%"_s), qPrintable(html));
        QVERIFY(html.contains(u"OX-200"_s));

        auto stored = m_store->list();
        QVERIFY(stored.ok());
        bool found = false;
        for (const inventory::InventoryDevice &d : *stored) {
            if (d.observed.model == u"OX-200"_s) {
                found = true;
                QCOMPARE(d.observed.firmware, u"2.1.0"_s);
                QVERIFY(!m_store->observations(d.observed.id)->isEmpty());
            }
        }
        QVERIFY(found);
    }

    void persianEmptyStateAndFilters()
    {
        QVERIFY(Translator::install(u"fa"_s));
        QCoreApplication::processEvents();
        const QString empty = m_page->findChild<QLabel *>(u"devicesEmptyState"_s)->text();
        QVERIFY2(empty.contains(u"دستگاه"_s), qPrintable(empty));
        QVERIFY(m_page->findChild<QComboBox *>(u"classFilter"_s)->itemText(0).contains(u"همهٔ"_s));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    discovery::BleScenario m_ward;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<discovery::DeviceRegistry> m_registry;
    std::unique_ptr<inventory::InventoryStore> m_store;
    std::unique_ptr<DeviceInventorySync> m_sync;
    std::unique_ptr<sim::SimulatedBleScanner> m_scanner;
    std::unique_ptr<sim::SimulatedBleInterrogator> m_interrogator;
    std::unique_ptr<ui::DevicesPage> m_page;
};

QTEST_MAIN(TestDevicesPage)
#include "tst_DevicesPage.moc"
