// The Devices page over the simulated ward: scanning fills the live table,
// filters narrow it, an interrogation shows verdicts and decoded measurements
// and lands in the inventory; the model passes QAbstractItemModelTester.
#include "common/Settings.h"
#include "common/Translator.h"
#include "console/DeviceInventorySync.h"
#include "devices/AssetEditor.h"
#include "devices/DeviceDetailView.h"
#include "devices/DeviceTableModel.h"
#include "devices/DevicesPage.h"
#include "discovery/BleScenario.h"
#include "discovery/DeviceRegistry.h"
#include "health/DecodedMeasurement.h"
#include "health/UnitPreferences.h"
#include "inventory/InventoryStore.h"
#include "sim/SimulatedBleInterrogator.h"
#include "sim/SimulatedBleScanner.h"
#include "storage/ConsoleSchema.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

namespace {

// The values a characteristic's notifications carried during one interrogation.
QList<QByteArray> valuesOf(const QSignalSpy &spy, quint16 characteristic)
{
    QList<QByteArray> values;
    for (const QList<QVariant> &emission : spy) {
        const auto n = emission.at(0).value<discovery::NotificationRecord>();
        if (n.characteristic == QBluetoothUuid(characteristic))
            values.append(n.value);
    }
    return values;
}

const discovery::ScenarioCharacteristic *characteristic(const discovery::ScenarioDevice &device, quint16 uuid)
{
    for (const discovery::ScenarioService &service : device.gatt) {
        for (const discovery::ScenarioCharacteristic &c : service.characteristics) {
            if (c.uuid == QBluetoothUuid(uuid))
                return &c;
        }
    }
    return nullptr;
}

} // namespace

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
        m_settings->setValue(Settings::Key::InterrogationListenSeconds, 1);
        QSignalSpy notifications(m_interrogator.get(), &discovery::BleInterrogator::notificationReceived);
        detail->showDevice(oximeter);
        detail->interrogate(true);
        QVERIFY(m_interrogator->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!m_interrogator->isBusy(), 15000);

        const QString html = detail->findChild<QTextBrowser *>()->toPlainText();
        QVERIFY2(html.contains(u"Open: readable without pairing"_s), qPrintable(html));
        QVERIFY(html.contains(u"OX-200"_s));
        // The pane shows the last PLX Continuous Measurement the device sent, decoded:
        // the scenario's bytes 00 6100 4800… are SpO2 97 % (SFLOAT 0x0061) and pulse 72 bpm.
        const QList<QByteArray> sent = valuesOf(notifications, 0x2A5F);
        QVERIFY(!sent.isEmpty());
        QVERIFY(characteristic(*m_ward.device(u"oximeter"_s), 0x2A5F)->notifications.contains(sent.constLast()));
        const auto decoded = health::decodeMeasurement(0x2A5F, sent.constLast());
        QVERIFY(decoded.ok());
        const health::Reading *spo2 = decoded->reading("SpO2");
        QVERIFY(spo2);
        QVERIFY(spo2->value.isFinite() && spo2->value.mantissa() >= 97 && spo2->value.mantissa() <= 98);
        QVERIFY2(html.contains(u"SpO2: "_s + spo2->toString()), qPrintable(html));
        QVERIFY2(html.contains(u"SpO2: 97 %"_s) || html.contains(u"SpO2: 98 %"_s), qPrintable(html));

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

    void listenTimeIsChosenWhenConfirmingAndRemembered()
    {
        m_page->startScan(std::chrono::milliseconds {300});
        QTRY_COMPARE(m_page->table()->model()->rowCount(), int(m_ward.devices.size()));
        auto *detail = static_cast<ui::DeviceDetailView *>(m_page->detailWidget());
        detail->showDevice(u"ble:"_s + m_ward.device(u"oximeter"_s)->advertisement.address);
        QSignalSpy notifications(m_interrogator.get(), &discovery::BleInterrogator::notificationReceived);
        QCOMPARE(m_settings->value(Settings::Key::InterrogationListenSeconds).toInt(), 5); // the default

        bool sawDialog = false;
        QTimer::singleShot(0, this, [&sawDialog] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog && dialog->objectName() == u"interrogateDialog"_s);
            sawDialog = true;
            auto *seconds = dialog->findChild<QSpinBox *>(u"listenSeconds"_s);
            QCOMPARE(seconds->value(), 5);
            // Cancel is the default: Enter alone must not connect to a clinical device.
            for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
                if (button->isDefault())
                    QVERIFY(button->objectName() != u"startInterrogation"_s);
            }
            seconds->setFocus();
            seconds->selectAll();
            QTest::keyClicks(seconds, u"2"_s);
            QCOMPARE(seconds->value(), 2);
            dialog->findChild<QPushButton *>(u"startInterrogation"_s)->click();
        });
        detail->interrogate();
        QVERIFY(sawDialog);
        QVERIFY(m_interrogator->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!m_interrogator->isBusy(), 15000);
        QCOMPARE(m_settings->value(Settings::Key::InterrogationListenSeconds).toInt(), 2);
        // Listening for 2 s to a device that notifies every notifyIntervalMs.
        const int interval = characteristic(*m_ward.device(u"oximeter"_s), 0x2A5F)->notifyIntervalMs;
        QCOMPARE(valuesOf(notifications, 0x2A5F).size(), 2000 / interval);

        // Cancelling the confirmation starts nothing.
        QTimer::singleShot(0, this, [] { QApplication::activeModalWidget()->close(); });
        detail->interrogate();
        QVERIFY(!m_interrogator->isBusy());
    }

    void decodedValuesFollowTheChosenUnits()
    {
        m_page->startScan(std::chrono::milliseconds {300});
        QTRY_COMPARE(m_page->table()->model()->rowCount(), int(m_ward.devices.size()));
        m_settings->setValue(Settings::Key::InterrogationListenSeconds, 1);
        m_settings->setValue(Settings::Key::TemperatureUnit, u"[degF]"_s);
        auto *detail = static_cast<ui::DeviceDetailView *>(m_page->detailWidget());
        detail->showDevice(u"ble:"_s + m_ward.device(u"thermometer"_s)->advertisement.address);
        QSignalSpy notifications(m_interrogator.get(), &discovery::BleInterrogator::notificationReceived);
        detail->interrogate(true);
        QTRY_VERIFY_WITH_TIMEOUT(!m_interrogator->isBusy(), 15000);

        const QList<QByteArray> sent = valuesOf(notifications, 0x2A1C);
        QVERIFY(!sent.isEmpty());
        const auto decoded = health::decodeMeasurement(0x2A1C, sent.constLast());
        QVERIFY(decoded.ok());
        const health::Reading celsius = *decoded->reading("Temperature");
        QCOMPARE(celsius.unit, health::Unit::DegreeCelsius); // as the scenario's device sends it
        QVERIFY(celsius.value.mantissa() == 366 || celsius.value.mantissa() == 367); // 36.6 / 36.7 °C
        const auto fahrenheit =
            health::convert(celsius.value, health::Unit::DegreeCelsius, health::Unit::DegreeFahrenheit);
        QVERIFY(fahrenheit.ok());
        const QString expected = u"Temperature: %1 °F (sent as %2)"_s.arg(fahrenheit->toString(), celsius.toString());
        auto *text = detail->findChild<QTextBrowser *>();
        QVERIFY2(text->toPlainText().contains(expected), qPrintable(expected + u"\n"_s + text->toPlainText()));

        // Back to the device's own unit: the pane follows at once.
        m_settings->setValue(Settings::Key::TemperatureUnit, QString());
        QVERIFY2(text->toPlainText().contains(u"Temperature: "_s + celsius.toString()),
                 qPrintable(text->toPlainText()));
        QVERIFY(!text->toPlainText().contains(u"°F"_s));
    }

    void assetFieldsAreEditedWithTheKeyboardSavedAndKept()
    {
        m_page->startScan(std::chrono::milliseconds {300});
        QTRY_COMPARE(m_page->table()->model()->rowCount(), int(m_ward.devices.size()));
        const QString id = u"ble:"_s + m_ward.device(u"hr-strap"_s)->advertisement.address;
        auto *detail = static_cast<ui::DeviceDetailView *>(m_page->detailWidget());
        detail->showDevice(id);
        detail->resize(320, 700); // the main window's detail pane, on its own here
        detail->show();
        QVERIFY(QTest::qWaitForWindowExposed(detail));
        detail->activateWindow();
        ui::AssetEditor *editor = detail->assetEditor();
        QVERIFY(editor && editor->isVisibleTo(detail) && editor->isEnabled());
        // Every field has a label with a mnemonic that leads to it.
        for (const QLabel *label : editor->findChildren<QLabel *>()) {
            if (label->buddy())
                QVERIFY2(label->text().contains(u'&'), qPrintable(label->text()));
        }
        auto *save = editor->findChild<QPushButton *>(u"saveAssetButton"_s);
        QVERIFY(!save->isEnabled()); // nothing to save yet

        QLineEdit *tag = editor->findChild<QLineEdit *>(u"assetTag"_s);
        tag->setFocus();
        QTest::keyClicks(tag, u"BME-0042"_s);
        QTest::keyClick(tag, Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), u"Ward 3, bed 7"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), u"Cardiology"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), u"Clinical engineering"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), editor->findChild<QPlainTextEdit *>(u"assetNotes"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"Battery swapped 2026-11"_s);
        QVERIFY(editor->isModified());
        QVERIFY(save->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!editor->isModified());

        // Revert goes back to what is stored.
        auto *owner = editor->findChild<QLineEdit *>(u"assetOwner"_s);
        owner->setFocus();
        QTest::keyClicks(owner, u" (temporary)"_s);
        QVERIFY(editor->isModified());
        editor->findChild<QPushButton *>(u"revertAssetButton"_s)->click();
        QCOMPARE(owner->text(), u"Clinical engineering"_s);

        // Typed into another device and then moving on: saved, not lost.
        const QString other = u"ble:"_s + m_ward.device(u"thermometer"_s)->advertisement.address;
        detail->showDevice(other);
        QVERIFY(tag->text().isEmpty());
        QTest::keyClicks(tag, u"BME-0099"_s);
        detail->showDevice(id);
        QCOMPARE(tag->text(), u"BME-0042"_s);

        // Reopen the database: the fields are there.
        m_page.reset();
        m_sync.reset();
        m_store.reset();
        m_db.reset();
        auto db = storage::openConsoleDatabase(m_dir->filePath(u"pasban.sqlite"_s));
        QVERIFY(db.ok());
        inventory::InventoryStore store(*db);
        auto found = store.find(id);
        QVERIFY(found.ok() && found->has_value());
        const inventory::AssetFields asset = (*found)->asset;
        QCOMPARE(asset.assetTag, u"BME-0042"_s);
        QCOMPARE(asset.location, u"Ward 3, bed 7"_s);
        QCOMPARE(asset.department, u"Cardiology"_s);
        QCOMPARE(asset.owner, u"Clinical engineering"_s);
        QCOMPARE(asset.notes, u"Battery swapped 2026-11"_s);
        auto otherFound = store.find(other);
        QVERIFY(otherFound.ok() && otherFound->has_value());
        QCOMPARE((*otherFound)->asset.assetTag, u"BME-0099"_s);
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
