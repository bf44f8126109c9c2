// USB discovery against umockdev testbeds: the real libusb and libudev enumerate
// devices described in tests/data/umockdev/*.umockdev (sysfs attributes, udev
// properties and the raw `descriptors` bytes libusb reads).
//
// How it runs (tests/integration/CMakeLists.txt): ctest starts this binary under
// `umockdev-wrapper`, which LD_PRELOADs libumockdev-preload; the test then builds
// its testbed in-process with libumockdev, which sets UMOCKDEV_DIR, so that both
// this process and the pasban-cli it starts see only the testbed's /sys and /dev.
// Under AddressSanitizer the preload library comes before the ASan runtime, so
// ASAN_OPTIONS needs verify_asan_link_order=0 (set by the CMake test entry).
// Without umockdev (libumockdev-dev absent at configure time) every test SKIPs
// with a message saying so.
#include "console/DeviceInventorySync.h"
#include "discovery/DeviceRegistry.h"
#include "discovery/LibusbScanner.h"
#include "inventory/InventoryStore.h"
#include "posture/Checks.h"
#include "posture/DeviceFacts.h"
#include "storage/ConsoleSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef PASBAN_HAVE_UMOCKDEV
#include <umockdev.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

namespace {

const QString DataDir = QStringLiteral(PASBAN_UMOCKDEV_DATA);
const QStringList Descriptions = {u"usb-root-hub"_s, u"cdc-acm-board"_s, u"dfu-mode"_s,
                                  u"storage-hid"_s,  u"phdc-oximeter"_s, u"no-serial"_s};

const discovery::UsbDevice *byPath(const QList<discovery::UsbDevice> &devices, const QString &busPath)
{
    for (const discovery::UsbDevice &device : devices) {
        if (device.busPath == busPath)
            return &device;
    }
    return nullptr;
}

QJsonObject interfaceJson(int cls, int subclass, int protocol, const QString &name)
{
    return {{u"class"_s, cls}, {u"subclass"_s, subclass}, {u"protocol"_s, protocol}, {u"className"_s, name}};
}

} // namespace

class TestUsbScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
#ifndef PASBAN_HAVE_UMOCKDEV
        QSKIP("SKIPPED LOUDLY: umockdev (libumockdev-dev, umockdev-wrapper) was not found when this build was "
              "configured; the USB enumeration tests did not run. Install umockdev and libumockdev-dev.");
#else
        if (!qgetenv("LD_PRELOAD").contains("libumockdev-preload"))
            QFAIL(qPrintable(u"run this test under umockdev-wrapper (ctest does); LD_PRELOAD=%1"_s.arg(
                QString::fromLocal8Bit(qgetenv("LD_PRELOAD")))));
        m_testbed = umockdev_testbed_new();
        for (const QString &name : Descriptions) {
            GError *error = nullptr;
            const QByteArray path = QFile::encodeName(DataDir + u'/' + name + u".umockdev"_s);
            if (!umockdev_testbed_add_from_file(m_testbed, path.constData(), &error)) {
                const QString message = QString::fromUtf8(error ? error->message : "unknown error");
                g_clear_error(&error);
                QFAIL(qPrintable(u"cannot load %1: %2"_s.arg(name, message)));
            }
        }
        qputenv("PASBAN_USB_IDS", QFile::encodeName(QStringLiteral(PASBAN_USB_IDS_FIXTURE)));
#endif
    }

    void cleanupTestCase()
    {
#ifdef PASBAN_HAVE_UMOCKDEV
        if (m_testbed)
            g_object_unref(m_testbed);
#endif
    }

    void enumerationReadsEveryDeviceAndInterface()
    {
        const Result<QList<discovery::UsbDevice>> devices = discovery::LibusbScanner::enumerate();
        QVERIFY2(devices.ok(), devices.ok() ? "" : qPrintable(devices.error().code()));
        QCOMPARE(devices->size(), 5); // the root hub is not listed

        const discovery::UsbDevice *board = byPath(*devices, u"1-1"_s);
        QVERIFY(board);
        QCOMPARE(board->descriptor.vendorId, 0x2fe3);
        QCOMPARE(board->descriptor.productId, 0x0100);
        QCOMPARE(board->manufacturer, u"ZEPHYR"_s);
        QCOMPARE(board->product, u"Pasban Dev Board"_s);
        QCOMPARE(board->serial, u"E3A1F00D"_s);
        QCOMPARE(board->vendorName, u"NordicSemiconductor"_s); // tests/data/usb/usb.ids
        QCOMPARE(board->productName, u"USB-DEV"_s);
        QCOMPARE(board->id(), u"usb:2fe3:0100:E3A1F00D"_s);
        QVERIFY(board->hasCdcAcm());
        QCOMPARE(board->serialPort, u"/dev/ttyACM0"_s);
        QCOMPARE(board->observationKinds(), QStringList {u"usb-cdc-acm"_s});

        const discovery::UsbDevice *dfu = byPath(*devices, u"1-2"_s);
        QVERIFY(dfu);
        QVERIFY(dfu->hasDfu());
        QCOMPARE(dfu->observationKinds(), QStringList {u"usb-dfu-mode"_s});
        QVERIFY(dfu->interfaces.first().dfu.has_value()); // the functional descriptor, from the raw bytes
        QCOMPARE(dfu->interfaces.first().dfu->transferSize, 0x0800);
        QVERIFY(dfu->serialPort.isEmpty());

        const discovery::UsbDevice *composite = byPath(*devices, u"1-3"_s);
        QVERIFY(composite);
        QCOMPARE(composite->observationKinds(), (QStringList {u"usb-mass-storage"_s, u"usb-hid"_s}));
        QVERIFY(composite->hasMassStorage());

        const discovery::UsbDevice *phdc = byPath(*devices, u"1-4"_s);
        QVERIFY(phdc);
        QCOMPARE(phdc->observationKinds(), QStringList {u"usb-phdc"_s});

        const discovery::UsbDevice *anonymous = byPath(*devices, u"1-5"_s);
        QVERIFY(anonymous);
        QVERIFY(anonymous->serial.isEmpty());
        QVERIFY(anonymous->weakIdentity());
        QCOMPARE(anonymous->id(), u"usb:2fe3:0200:@1-5"_s);
        QCOMPARE(anonymous->observationKinds(), QStringList {u"usb-vendor"_s});
    }

    void cliJsonHasEveryFieldOfEveryDevice()
    {
        QTemporaryDir dir;
        QProcess cli;
        cli.start(QStringLiteral(PASBAN_CLI),
                  {u"scan"_s, u"--usb"_s, u"--json"_s, u"--data-dir"_s, dir.filePath(u"data"_s)});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QJsonArray array = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
        QCOMPARE(array.size(), 5);

        const QStringList keys = {u"busPath"_s,      u"deviceClass"_s, u"dfu"_s,       u"id"_s,        u"interfaces"_s,
                                  u"manufacturer"_s, u"massStorage"_s, u"product"_s,   u"productId"_s, u"productName"_s,
                                  u"serial"_s,       u"serialPort"_s,  u"transport"_s, u"vendorId"_s,  u"vendorName"_s};
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            QStringList actual = object.keys();
            actual.sort();
            QCOMPARE(actual, keys);
            QCOMPARE(object.value(u"transport"_s).toString(), u"usb"_s);
            byId.insert(object.value(u"id"_s).toString(), object);
        }

        const QJsonObject board = byId.value(u"usb:2fe3:0100:E3A1F00D"_s);
        QCOMPARE(board.value(u"vendorId"_s).toString(), u"2fe3"_s);
        QCOMPARE(board.value(u"productId"_s).toString(), u"0100"_s);
        QCOMPARE(board.value(u"vendorName"_s).toString(), u"NordicSemiconductor"_s);
        QCOMPARE(board.value(u"productName"_s).toString(), u"USB-DEV"_s);
        QCOMPARE(board.value(u"manufacturer"_s).toString(), u"ZEPHYR"_s);
        QCOMPARE(board.value(u"product"_s).toString(), u"Pasban Dev Board"_s);
        QCOMPARE(board.value(u"serial"_s).toString(), u"E3A1F00D"_s);
        QCOMPARE(board.value(u"busPath"_s).toString(), u"1-1"_s);
        QCOMPARE(board.value(u"deviceClass"_s).toString(), u"Miscellaneous"_s);
        QCOMPARE(board.value(u"interfaces"_s).toArray(),
                 (QJsonArray {interfaceJson(2, 2, 1, u"CDC-ACM"_s), interfaceJson(10, 0, 0, u"CDC Data"_s)}));
        QCOMPARE(board.value(u"serialPort"_s).toString(), u"/dev/ttyACM0"_s);
        QCOMPARE(board.value(u"dfu"_s).toBool(true), false);
        QCOMPARE(board.value(u"massStorage"_s).toBool(true), false);

        const QJsonObject dfu = byId.value(u"usb:0483:df11:356A38643331"_s);
        QCOMPARE(dfu.value(u"vendorName"_s).toString(), u"STMicroelectronics"_s);
        QCOMPARE(dfu.value(u"productName"_s).toString(), u"STM Device in DFU Mode"_s);
        QCOMPARE(dfu.value(u"product"_s).toString(), u"DFU in FS Mode"_s);
        QCOMPARE(dfu.value(u"deviceClass"_s).toString(), u"Per Interface"_s);
        QCOMPARE(dfu.value(u"interfaces"_s).toArray(),
                 (QJsonArray {interfaceJson(0xfe, 1, 2, u"DFU (DFU mode)"_s),
                              interfaceJson(0xfe, 1, 2, u"DFU (DFU mode)"_s)}));
        QVERIFY(dfu.value(u"serialPort"_s).isNull());
        QCOMPARE(dfu.value(u"dfu"_s).toBool(), true);
        QCOMPARE(dfu.value(u"massStorage"_s).toBool(true), false);

        const QJsonObject composite = byId.value(u"usb:1fc9:0102:VR-0042"_s);
        QCOMPARE(composite.value(u"manufacturer"_s).toString(), u"Acme Medical"_s);
        QCOMPARE(composite.value(u"vendorName"_s).toString(), QString()); // not in the fixture's usb.ids
        QCOMPARE(composite.value(u"interfaces"_s).toArray(),
                 (QJsonArray {interfaceJson(8, 6, 0x50, u"Mass Storage"_s), interfaceJson(3, 1, 1, u"HID"_s)}));
        QCOMPARE(composite.value(u"massStorage"_s).toBool(), true);
        QCOMPARE(composite.value(u"dfu"_s).toBool(true), false);
        QVERIFY(composite.value(u"serialPort"_s).isNull());

        const QJsonObject phdc = byId.value(u"usb:1fc9:0f01:OX-7"_s);
        QCOMPARE(phdc.value(u"product"_s).toString(), u"PHDC Oximeter"_s);
        QCOMPARE(phdc.value(u"interfaces"_s).toArray(),
                 (QJsonArray {interfaceJson(0x0f, 0, 0, u"Personal Healthcare"_s)}));

        const QJsonObject anonymous = byId.value(u"usb:2fe3:0200:@1-5"_s);
        QCOMPARE(anonymous.value(u"serial"_s).toString(u"x"_s), QString());
        QCOMPARE(anonymous.value(u"busPath"_s).toString(), u"1-5"_s);
        QCOMPARE(anonymous.value(u"deviceClass"_s).toString(), u"Vendor Specific"_s);
        QCOMPARE(anonymous.value(u"product"_s).toString(), u"Sensor Bridge"_s);
    }

    void registryAndInventoryKeepDevicesAndTheirFunctions()
    {
        const Result<QList<discovery::UsbDevice>> devices = discovery::LibusbScanner::enumerate();
        QVERIFY(devices.ok());
        QTemporaryDir dir;
        auto db = storage::openConsoleDatabase(dir.filePath(u"pasban.sqlite"_s));
        QVERIFY(db.ok());
        inventory::InventoryStore store(*db);
        discovery::DeviceRegistry registry;
        registry.setCoalesceInterval(std::chrono::milliseconds {0});
        DeviceInventorySync sync(registry, store);
        QSignalSpy added(&registry, &discovery::DeviceRegistry::devicesAdded);
        registry.setUsbDevices(*devices, QDateTime::currentDateTimeUtc());
        registry.flush();
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().toStringList().size(), 5);
        QVERIFY(sync.flush().ok());

        const discovery::DeviceRecord *weak = registry.find(u"usb:2fe3:0200:@1-5"_s);
        QVERIFY(weak);
        QCOMPARE(weak->transport, discovery::Transport::Usb);
        QCOMPARE(weak->address, u"1-5"_s);
        QCOMPARE(weak->name, u"Sensor Bridge"_s);

        const auto list = store.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 5);
        const auto observations = store.observations(u"usb:2fe3:0200:@1-5"_s);
        QVERIFY(observations.ok());
        bool weakRecorded = false;
        for (const inventory::Observation &observation : *observations) {
            if (observation.kind == u"enumeration"_s)
                weakRecorded = observation.value.value(u"weakIdentity"_s).toBool();
        }
        QVERIFY(weakRecorded);

        // The posture checks read the stored functions: mass storage and HID on a
        // composite device, DFU only in run-time (this one is in DFU mode).
        QStringList checks;
        for (const QString &id : {u"usb:1fc9:0102:VR-0042"_s, u"usb:0483:df11:356A38643331"_s}) {
            const auto stored = store.observations(id);
            QVERIFY(stored.ok());
            inventory::InventoryDevice device;
            for (const inventory::InventoryDevice &d : *list) {
                if (d.observed.id == id)
                    device = d;
            }
            QCOMPARE(device.observed.transport, u"usb"_s);
            const posture::DeviceFacts facts = posture::factsFromInventory(device, *stored);
            QList<posture::Finding> findings;
            for (const posture::Check *check : posture::checks::usbChecks())
                check->evaluate(facts, {}, findings);
            for (const posture::Finding &finding : std::as_const(findings))
                checks.append(finding.checkId);
        }
        checks.sort();
        QCOMPARE(checks, (QStringList {u"usb.hid-composite"_s, u"usb.mass-storage"_s}));

        // Unplugged: the USB entries go, nothing else.
        QSignalSpy removed(&registry, &discovery::DeviceRegistry::devicesRemoved);
        registry.setUsbDevices({devices->first()}, QDateTime::currentDateTimeUtc());
        registry.flush();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toStringList().size(), 4);
        QCOMPARE(registry.size(), 1);
    }

    void scannerReportsPlugAndUnplug()
    {
#ifdef PASBAN_HAVE_UMOCKDEV
        discovery::LibusbScanner scanner;
        QSignalSpy changed(&scanner, &discovery::UsbScanner::devicesChanged);
        scanner.start();
        QTRY_VERIFY_WITH_TIMEOUT(scanner.devices().size() == 5, 20000);

        // A sixth device: the scanner notices without being asked (hotplug or polling).
        const QString extra = u"/sys/devices/pci0000:00/0000:00:14.0/usb1/1-6"_s;
        GError *error = nullptr;
        QFile description(DataDir + u"/no-serial.umockdev"_s);
        QVERIFY(description.open(QIODevice::ReadOnly));
        QByteArray text = description.readAll().replace("usb1/1-5", "usb1/1-6").replace("001/006", "001/007");
        text.replace("devnum=6", "devnum=7").replace("DEVNUM=006", "DEVNUM=007");
        QVERIFY(umockdev_testbed_add_from_string(m_testbed, text.constData(), &error));
        umockdev_testbed_uevent(m_testbed, extra.toUtf8().constData(), "add");
        QTRY_VERIFY_WITH_TIMEOUT(scanner.devices().size() == 6, 20000);
        QVERIFY(byPath(scanner.devices(), u"1-6"_s));

        umockdev_testbed_uevent(m_testbed, extra.toUtf8().constData(), "remove");
        umockdev_testbed_remove_device(m_testbed, extra.toUtf8().constData());
        QTRY_VERIFY_WITH_TIMEOUT(scanner.devices().size() == 5, 20000);
        QVERIFY(!byPath(scanner.devices(), u"1-6"_s));
        scanner.stop();
        QVERIFY(!scanner.isActive());
        QVERIFY(changed.size() >= 3);
#endif
    }

private:
#ifdef PASBAN_HAVE_UMOCKDEV
    UMockdevTestbed *m_testbed = nullptr;
#endif
};

QTEST_GUILESS_MAIN(TestUsbScan)
#include "tst_UsbScan.moc"
