// USB devices on the Devices page: the table's USB rows (functions instead of a
// Bluetooth class, no made-up signal), the detail pane's USB fields, the access
// hint of a device the OS refused, and "Probe over SMP" against pasban-devsim on
// a pseudo-terminal (and a pseudo-terminal where nothing answers), in English and
// Persian.
#include "DevsimProcess.h"
#include "audit/AuditSink.h"
#include "common/Settings.h"
#include "common/Translator.h"
#include "console/DeviceInventorySync.h"
#include "devices/DeviceDetailView.h"
#include "devices/DeviceTableModel.h"
#include "devices/DevicesPage.h"
#include "discovery/BleScenario.h"
#include "discovery/DeviceRegistry.h"
#include "discovery/LibusbScanner.h"
#include "discovery/UsbScanner.h"
#include "inventory/InventoryStore.h"
#include "sim/SimulatedBleInterrogator.h"
#include "sim/SimulatedBleScanner.h"
#include "smp/SmpProbe.h"
#include "storage/ConsoleSchema.h"

#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <algorithm>
#include <memory>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

namespace {

class RecordingSink final : public audit::AuditSink
{
public:
    Result<quint64> record(const audit::AuditEvent &event) override
    {
        events.append(event);
        return quint64(events.size());
    }
    QList<audit::AuditEvent> events;

    // The probes only (the page records other things too: devices first seen).
    [[nodiscard]] QList<audit::AuditEvent> probes() const
    {
        QList<audit::AuditEvent> found;
        for (const audit::AuditEvent &event : events) {
            if (event.details.value(QStringLiteral("event")).toString() == QStringLiteral("smp-probe"))
                found.append(event);
        }
        return found;
    }
};

discovery::UsbInterface interface(quint8 cls, quint8 subclass, quint8 protocol)
{
    discovery::UsbInterface i;
    i.interfaceClass = cls;
    i.interfaceSubClass = subclass;
    i.interfaceProtocol = protocol;
    return i;
}

// A service port: CDC-ACM (the mcumgr serial transport) and DFU run-time.
discovery::UsbDevice serviceBoard(const QString &serialPort)
{
    discovery::UsbDevice usb;
    usb.busNumber = 1;
    usb.deviceAddress = 7;
    usb.busPath = u"1-2.4"_s;
    usb.descriptor.vendorId = 0x2fe3;
    usb.descriptor.productId = 0x0100;
    usb.descriptor.deviceClass = 0xEF;
    usb.interfaces = {interface(0x02, 0x02, 0x01), interface(0x0A, 0x00, 0x00), interface(0xFE, 0x01, 0x01)};
    usb.manufacturer = u"Acme Medical"_s;
    usb.product = u"Infusion Service Port"_s;
    usb.serial = u"SN-4711"_s;
    usb.vendorName = u"NordicSemiconductor"_s;
    usb.serialPort = serialPort;
    return usb;
}

// A device the OS would not open: no serial number, no serial port, mass storage.
discovery::UsbDevice lockedDevice()
{
    discovery::UsbDevice usb;
    usb.busNumber = 1;
    usb.deviceAddress = 9;
    usb.busPath = u"1-3"_s;
    usb.descriptor.vendorId = 0x1d50;
    usb.descriptor.productId = 0x6017;
    usb.interfaces = {interface(0x08, 0x06, 0x50)};
    usb.accessHint = u"(hint from the scan)"_s;
    return usb;
}

// Text a person sees, with what may stay Latin removed (as tst_MainWindow does):
// left-to-right embeddings, acronyms, mnemonics.
bool hasLatinLetters(QString text)
{
    static const QRegularExpression isolate(u"\u202A[^\u202C]*\u202C"_s);
    static const QRegularExpression acronym(u"\\b[A-Z][A-Z0-9_]+\\b"_s);
    static const QRegularExpression latin(u"[A-Za-z]"_s);
    text.remove(isolate).remove(u'&').remove(acronym);
    return text.contains(latin);
}

} // namespace

class tst_DevicesUsb : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void usbRowsShowFunctionsNotBluetoothClass();
    void detailShowsUsbFields();
    void accessDeniedDeviceShowsWhatToDo();
    void probeOverSmpShowsTheRunningImage();
    void silentPortShowsTheReasonAndCancelWorks();
    void persianUsbDetailAndProbe();

private:
    void feed(const QList<discovery::UsbDevice> &devices);
    void select(const QString &id);
    [[nodiscard]] QString detailText() const;
    [[nodiscard]] QString detailHtml() const;
    [[nodiscard]] ui::DeviceDetailView *detail() const;

    test::DevsimProcess m_devsim;
    QString m_pty;
    std::unique_ptr<QTemporaryDir> m_dir;
    discovery::BleScenario m_ward;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<discovery::DeviceRegistry> m_registry;
    std::unique_ptr<inventory::InventoryStore> m_store;
    std::unique_ptr<DeviceInventorySync> m_sync;
    std::unique_ptr<sim::SimulatedBleScanner> m_scanner;
    std::unique_ptr<sim::SimulatedBleInterrogator> m_interrogator;
    std::unique_ptr<discovery::FixedUsbScanner> m_usb;
    RecordingSink m_audit;
    std::unique_ptr<ui::DevicesPage> m_page;
};

void tst_DevicesUsb::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("pasban-devsim serves SMP on a pseudo-terminal on POSIX only");
#endif
    m_pty = m_devsim.start(QStringLiteral(PASBAN_DEVSIM), {u"--pty"_s, u"--version"_s, u"3.1.4"_s});
    QVERIFY2(!m_pty.isEmpty(), m_devsim.error().constData());
}

void tst_DevicesUsb::cleanupTestCase()
{
    m_devsim.stop();
}

void tst_DevicesUsb::init()
{
    QVERIFY(Translator::install(u"en"_s));
    m_dir = std::make_unique<QTemporaryDir>();
    auto ward = discovery::BleScenario::ward();
    QVERIFY(ward.ok());
    m_ward = *ward;
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    m_registry = std::make_unique<discovery::DeviceRegistry>();
    m_registry->setCoalesceInterval(std::chrono::milliseconds {20});
    auto db = storage::openConsoleDatabase(m_dir->filePath(u"pasban.sqlite"_s));
    QVERIFY(db.ok());
    m_db = std::make_unique<storage::Database>(std::move(db).value());
    m_store = std::make_unique<inventory::InventoryStore>(*m_db);
    m_sync = std::make_unique<DeviceInventorySync>(*m_registry, *m_store);
    m_scanner = std::make_unique<sim::SimulatedBleScanner>(m_ward);
    m_interrogator = std::make_unique<sim::SimulatedBleInterrogator>(m_ward);
    m_audit.events.clear();
    ui::DeviceServices services {m_registry.get(), m_scanner.get(), m_interrogator.get(), m_sync.get(), true};
    services.audit = &m_audit;
    m_page = std::make_unique<ui::DevicesPage>(services, *m_settings);
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    // The main window docks the pane beside the page; here it is its own window.
    detail()->resize(600, 700);
    detail()->show();
    QVERIFY(QTest::qWaitForWindowExposed(detail()));
}

void tst_DevicesUsb::cleanup()
{
    m_page.reset();
    m_usb.reset();
    m_interrogator.reset();
    m_scanner.reset();
    m_sync.reset();
    m_store.reset();
    m_registry.reset();
    m_db.reset();
    m_settings.reset();
    Translator::install(u"en"_s);
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

void tst_DevicesUsb::feed(const QList<discovery::UsbDevice> &devices)
{
    m_usb = std::make_unique<discovery::FixedUsbScanner>(devices);
    discovery::feedRegistry(*m_usb, *m_registry);
    m_usb->start();
    QTRY_COMPARE(m_page->table()->model()->rowCount(), int(devices.size()));
}

void tst_DevicesUsb::select(const QString &id)
{
    QAbstractItemModel *model = m_page->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ui::DeviceTableModel::IdRole).toString() == id) {
            m_page->table()->setFocus();
            m_page->table()->setCurrentIndex(index); // as the operator's click or arrow key does
            QCOMPARE(detail()->deviceId(), id);
            return;
        }
    }
    QFAIL(qPrintable(u"no row for "_s + id));
}

ui::DeviceDetailView *tst_DevicesUsb::detail() const
{
    return static_cast<ui::DeviceDetailView *>(m_page->detailWidget());
}

QString tst_DevicesUsb::detailText() const
{
    return detail()->findChild<QTextBrowser *>(u"deviceDetailText"_s)->toPlainText();
}

QString tst_DevicesUsb::detailHtml() const
{
    return detail()->findChild<QTextBrowser *>(u"deviceDetailText"_s)->toHtml();
}

void tst_DevicesUsb::usbRowsShowFunctionsNotBluetoothClass()
{
    feed({serviceBoard(m_pty), lockedDevice()});
    QAbstractItemModel *model = m_page->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->index(row, 0).data(ui::DeviceTableModel::IdRole).toString();
        const QString cls = model->index(row, ui::DeviceTableModel::Class).data().toString();
        const QString signal = model->index(row, ui::DeviceTableModel::Rssi).data().toString();
        QVERIFY2(!cls.contains(u"Unknown"_s), qPrintable(cls));
        QCOMPARE(signal, u"—"_s);
        QVERIFY2(!signal.contains(u"dBm"_s), qPrintable(signal));
        if (id == serviceBoard(m_pty).id()) {
            QVERIFY2(cls.contains(u"CDC-ACM serial port"_s) && cls.contains(u"DFU (run-time)"_s), qPrintable(cls));
            QVERIFY(model->index(row, ui::DeviceTableModel::Update).data().toString().contains(u"USB DFU"_s));
        } else {
            QCOMPARE(cls, u"Mass storage"_s);
        }
        QCOMPARE(model->index(row, ui::DeviceTableModel::Transport).data().toString(), u"USB"_s);
    }
}

void tst_DevicesUsb::detailShowsUsbFields()
{
    const discovery::UsbDevice board = serviceBoard(m_pty);
    feed({board, lockedDevice()});
    select(board.id());
    const QString text = detailText();
    for (const QString &expected :
         {u"2fe3:0100"_s, u"NordicSemiconductor"_s, u"Acme Medical"_s, u"Infusion Service Port"_s, u"SN-4711"_s,
          u"1-2.4"_s, u"composite device"_s, u"CDC-ACM serial port"_s, u"CDC data"_s, u"DFU (run-time)"_s, m_pty}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + u" missing in:\n"_s + text));
    }
    QVERIFY2(text.contains(u"Firmware replaceable over USB DFU\n⚠ yes"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Mass storage exposed\nno"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"weak identity"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Access denied"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"dBm"_s), qPrintable(text)); // no Bluetooth signal row for USB

    auto *probe = detail()->findChild<QPushButton *>(u"probeSmpButton"_s);
    QVERIFY(probe && probe->isVisible() && probe->isEnabled());
    QVERIFY(!probe->toolTip().isEmpty());
    QVERIFY(probe->focusPolicy() & Qt::TabFocus); // reachable from the keyboard
    QVERIFY(!detail()->findChild<QPushButton *>(u"interrogateButton"_s)->isVisible()); // BLE only
}

void tst_DevicesUsb::accessDeniedDeviceShowsWhatToDo()
{
    const discovery::UsbDevice locked = lockedDevice();
    feed({serviceBoard(m_pty), locked});
    select(locked.id());
    const QString text = detailText();
    QVERIFY2(text.contains(u"Access denied by the operating system"_s), qPrintable(text));
    // What to do, in the current language (on Linux: install the udev rule, replug).
    QVERIFY2(text.contains(discovery::LibusbScanner::accessHint()), qPrintable(text));
#ifdef Q_OS_LINUX
    QVERIFY2(text.contains(u"70-pasban-usb.rules"_s), qPrintable(text));
#endif
    QVERIFY2(text.contains(u"weak identity"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Mass storage exposed\n⚠ yes"_s), qPrintable(text));
    // No serial port: nothing to probe, and the tooltip says why.
    auto *probe = detail()->findChild<QPushButton *>(u"probeSmpButton"_s);
    QVERIFY(probe->isVisible());
    QVERIFY(!probe->isEnabled());
    QVERIFY2(probe->toolTip().contains(u"no serial port"_s), qPrintable(probe->toolTip()));
}

void tst_DevicesUsb::probeOverSmpShowsTheRunningImage()
{
    const discovery::UsbDevice board = serviceBoard(m_pty);
    feed({board});
    select(board.id());
    QVERIFY(!detailText().contains(u"3.1.4"_s));
    auto *probe = detail()->findChild<QPushButton *>(u"probeSmpButton"_s);
    probe->setFocus();
    QTest::keyClick(probe, Qt::Key_Space); // keyboard, as an operator without a mouse
    QVERIFY(detail()->isProbing());
    QVERIFY(!probe->isEnabled());
    QVERIFY(detail()->findChild<QPushButton *>(u"deviceCancelButton"_s)->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!detail()->isProbing(), 15000);
    const QString text = detailText();
    QVERIFY2(text.contains(u"3.1.4"_s), qPrintable(text));
    QVERIFY2(text.contains(u"MCUboot"_s) && text.contains(u"swap using move"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Observed by SMP probe on "_s) && text.contains(m_pty), qPrintable(text));
    QVERIFY2(text.contains(u"without authentication"_s), qPrintable(text));
    QVERIFY(probe->isEnabled());
    QVERIFY(!detail()->findChild<QPushButton *>(u"deviceCancelButton"_s)->isVisible());

    QCOMPARE(m_audit.probes().size(), 1);
    const audit::AuditEvent event = m_audit.probes().first();
    QCOMPARE(event.device, board.id());
    QCOMPARE(event.details.value(u"event"_s).toString(), u"smp-probe"_s);
    QCOMPARE(event.details.value(u"activeVersion"_s).toString(), u"3.1.4"_s);
    QCOMPARE(event.outcome, audit::Outcome::Success);

    // Stored for the posture page: SMP management open over USB, with what runs.
    auto observations = m_store->observations(board.id());
    QVERIFY(observations.ok());
    const auto stored = std::find_if(observations->cbegin(), observations->cend(), [](const auto &o) {
        return o.kind == QString::fromUtf16(smp::ProbeObservationKind);
    });
    QVERIFY(stored != observations->cend());
    QCOMPARE(stored->kind, u"usb-smp-open"_s);
    QCOMPARE(stored->method, u"smp-probe"_s);
    QCOMPARE(stored->value.value(u"activeVersion"_s).toString(), u"3.1.4"_s);
    QCOMPARE(stored->value.value(u"port"_s).toString(), m_pty);
    QCOMPARE(stored->value.value(u"bootloader"_s).toString(), u"MCUboot"_s);
}

void tst_DevicesUsb::silentPortShowsTheReasonAndCancelWorks()
{
#ifdef Q_OS_UNIX
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
    const QString silent = QString::fromLocal8Bit(::ptsname(master));
    const discovery::UsbDevice board = serviceBoard(silent);
    feed({board});
    select(board.id());
    detail()->setProbeTimeout(150);

    detail()->probeOverSmp();
    QVERIFY(detail()->isProbing());
    QTest::mouseClick(detail()->findChild<QPushButton *>(u"deviceCancelButton"_s), Qt::LeftButton);
    QVERIFY(!detail()->isProbing());
    QTRY_VERIFY(detailText().contains(u"cancelled"_s));
    QCOMPARE(m_audit.probes().size(), 1); // a cancelled probe is recorded too: commands may have gone out
    QCOMPARE(m_audit.probes().first().details.value(u"error"_s).toString(), u"smp.cancelled"_s);

    detail()->probeOverSmp();
    QTRY_VERIFY_WITH_TIMEOUT(!detail()->isProbing(), 10000);
    ::close(master);
    const QString text = detailText();
    QVERIFY2(text.contains(u"answered an SMP echo"_s), qPrintable(text));
    QVERIFY2(text.contains(u"smp.probe.no_answer"_s), qPrintable(text)); // the detail, one glance away
    QCOMPARE(m_audit.probes().size(), 2);
    QCOMPARE(m_audit.probes().last().outcome, audit::Outcome::MinorFailure);
    QCOMPARE(m_audit.probes().last().details.value(u"error"_s).toString(), u"smp.probe.no_answer"_s);
    // Nothing answered: no evidence of open management is stored.
    auto observations = m_store->observations(board.id());
    QVERIFY(observations.ok());
    for (const inventory::Observation &observation : *observations)
        QVERIFY(observation.kind != u"usb-smp-open"_s);
#endif
}

void tst_DevicesUsb::persianUsbDetailAndProbe()
{
    QVERIFY(Translator::install(u"fa"_s));
    // As LanguageController does: the whole window mirrors.
    QApplication::setLayoutDirection(Translator::locale(u"fa"_s).textDirection());
    QCoreApplication::processEvents();
    const discovery::UsbDevice board = serviceBoard(m_pty);
    const discovery::UsbDevice locked = lockedDevice();
    feed({board, locked});

    // Table cells of USB rows: Persian words, Latin only in identifiers and acronyms.
    QAbstractItemModel *model = m_page->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (const int column : {int(ui::DeviceTableModel::Class), int(ui::DeviceTableModel::AddressType),
                                 int(ui::DeviceTableModel::Rssi), int(ui::DeviceTableModel::Transport)}) {
            const QString cell = model->index(row, column).data().toString();
            QVERIFY2(!hasLatinLetters(cell), qPrintable(cell));
        }
    }

    select(locked.id());
    QString text = detailText();
    QVERIFY2(text.contains(discovery::LibusbScanner::accessHint()), qPrintable(text));
    QVERIFY2(text.contains(u"دسترسی"_s), qPrintable(text));

    select(board.id());
    auto *probe = detail()->findChild<QPushButton *>(u"probeSmpButton"_s);
    QVERIFY2(!hasLatinLetters(probe->text()) && !hasLatinLetters(probe->toolTip()),
             qPrintable(probe->text() + u" / "_s + probe->toolTip()));
    detail()->probeOverSmp();
    QTRY_VERIFY_WITH_TIMEOUT(!detail()->isProbing(), 15000);
    text = detailText();
    QVERIFY2(text.contains(u"3.1.4"_s), qPrintable(text));
    // Every line of the pane: Persian words; names the device reported (product,
    // manufacturer, OS string) are identifiers and isolated.
    for (const QString &line : text.split(u'\n')) {
        QString checked = line;
        for (const QString &reported : {board.manufacturer, board.product, board.vendorName})
            checked.remove(reported);
        QVERIFY2(!hasLatinLetters(checked), qPrintable(u"English left in Persian mode: "_s + line));
    }
    QCOMPARE(detail()->layoutDirection(), Qt::RightToLeft);
    // Rows read right to left: the label (Persian) comes before its value in the
    // document, so it stands on the right.
    const QString html = detailHtml();
    const qsizetype label = html.indexOf(QCoreApplication::translate("pasban::ui::DeviceDetailView", "Bus path"));
    const qsizetype value = html.indexOf(board.busPath);
    QVERIFY(label > 0 && value > 0);
    QVERIFY2(value < label, "in a right-to-left table the value cell is written first (it is laid out on the left)");
}

QTEST_MAIN(tst_DevicesUsb)
#include "tst_DevicesUsb.moc"
