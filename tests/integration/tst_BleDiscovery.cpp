// Drives the real QtBluetooth code (discovery agent, QLowEnergyController over
// BlueZ's D-Bus API) against a fake BlueZ: python3-dbusmock's bluez5 template
// extended with the GATT objects of the shipped ward scenario
// (fakebluez/fakebluez.py), on a private D-Bus bus that stands in for the system
// bus. Nothing here touches the real system bus or a radio.

#include "fakebluez/FakeBlueZ.h"

#include "discovery/BleScenario.h"
#include "discovery/BlueZBackend.h"
#include "discovery/DeviceRegistry.h"
#include "discovery/Identification.h"
#include "discovery/QtBleInterrogator.h"
#include "discovery/QtBleScanner.h"
#include "health/DecodedMeasurement.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::discovery;
using namespace std::chrono_literals;

namespace {

QDBusMessage bluezCall(const QString &path, const QString &interface, const QString &method,
                       const QVariantList &arguments = {})
{
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.bluez"_s, path, interface, method);
    call.setArguments(arguments);
    return QDBusConnection::systemBus().call(call, QDBus::Block, 5000);
}

// object path → UUID of every GATT characteristic BlueZ (the fake) exports.
QHash<QString, QBluetoothUuid> characteristicPaths()
{
    QHash<QString, QBluetoothUuid> out;
    const QDBusMessage reply = bluezCall(u"/"_s, u"org.freedesktop.DBus.ObjectManager"_s, u"GetManagedObjects"_s);
    if (reply.type() != QDBusMessage::ReplyMessage)
        return out;
    const QDBusArgument objects = reply.arguments().constFirst().value<QDBusArgument>();
    objects.beginMap();
    while (!objects.atEnd()) {
        QDBusObjectPath path;
        objects.beginMapEntry();
        objects >> path;
        objects.beginMap();
        while (!objects.atEnd()) {
            QString interface;
            objects.beginMapEntry();
            objects >> interface;
            objects.beginMap();
            while (!objects.atEnd()) {
                QString key;
                QDBusVariant value;
                objects.beginMapEntry();
                objects >> key >> value;
                objects.endMapEntry();
                if (interface == u"org.bluez.GattCharacteristic1" && key == u"UUID")
                    out.insert(path.path(), QBluetoothUuid(value.variant().toString()));
            }
            objects.endMap();
            objects.endMapEntry();
        }
        objects.endMap();
        objects.endMapEntry();
    }
    objects.endMap();
    return out;
}

QString devicePath(const QString &address)
{
    return u"/org/bluez/hci0/dev_"_s + QString(address).replace(u':', u'_');
}

} // namespace

class TestBleDiscovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fake.start(), qPrintable(m_fake.error()));
        forceBlueZDBusBackend();
        auto ward = BleScenario::ward();
        QVERIFY(ward.ok());
        m_scenario = std::move(*ward);
    }

    void cleanupTestCase() { m_fake.stop(); }

    void scanFindsTheWard()
    {
        QtBleScanner scanner;
        QCOMPARE(scanner.adapterState(), AdapterState::Ready);
        m_registry.setCoalesceInterval(0ms);
        QHash<QString, int> reports;
        connect(&scanner, &BleScanner::advertisementReceived, &m_registry, &DeviceRegistry::ingest);
        connect(&scanner, &BleScanner::advertisementReceived, this,
                [&reports](const Advertisement &ad) { ++reports[ad.address]; });
        QSignalSpy finished(&scanner, &BleScanner::scanFinished);
        QSignalSpy errors(&scanner, &BleScanner::errorOccurred);
        scanner.start(3000ms);
        QVERIFY(scanner.isActive());
        QVERIFY(finished.wait(20000));
        QCOMPARE(errors.count(), 0);
        QVERIFY(!scanner.isActive());

        qsizetype rotations = 0;
        for (const ScenarioDevice &expected : m_scenario.devices) {
            if (expected.rotatedAddress.isEmpty())
                continue;
            // Appeared mid-scan: its address type came from BlueZ after QtBluetooth
            // reported it, and it is a separate entry until interrogated.
            ++rotations;
            const DeviceRecord *rotated = m_registry.find(u"ble:"_s + expected.rotatedAddress);
            QVERIFY2(rotated, qPrintable(expected.rotatedAddress));
            QCOMPARE(rotated->addressType, expected.advertisement.addressType);
            QCOMPARE(rotated->name, expected.advertisement.name);
            QVERIFY(rotated->firstSeen > m_registry.find(u"ble:"_s + expected.advertisement.address)->firstSeen);
        }
        QVERIFY(rotations > 0);
        QCOMPARE(m_registry.size(), m_scenario.devices.size() + rotations);
        for (const ScenarioDevice &expected : m_scenario.devices) {
            const Advertisement &ad = expected.advertisement;
            const DeviceRecord *device = m_registry.find(u"ble:"_s + ad.address);
            QVERIFY2(device, qPrintable(expected.key));
            QCOMPARE(device->name, ad.name);
            QCOMPARE(device->addressType, ad.addressType);
            QVERIFY2(qAbs(device->rssi - ad.rssi) <= 2, qPrintable(u"%1: %2"_s.arg(expected.key).arg(device->rssi)));
            QCOMPARE(device->companyId, std::optional<quint16>(ad.manufacturerData.keys().constFirst()));
            QCOMPARE(device->manufacturerData, ad.manufacturerData);
            QCOMPARE(device->manufacturer, companyName(*device->companyId));
            QCOMPARE(device->appearance, ad.appearance);
            for (const QBluetoothUuid &service : ad.services)
                QVERIFY2(device->services.contains(service), qPrintable(expected.key));
            QCOMPARE(jsonName(device->deviceClass), expected.expect.value(u"deviceClass").toString());
            QCOMPARE(device->smp, expected.expect.value(u"smp").toBool());
            // The fake's RSSI moves every 700 ms: updates must come through as well.
            QVERIFY2(reports.value(ad.address) >= 2, qPrintable(expected.key));
            QVERIFY(device->rssiTrend.size() >= 2);
        }
    }

    void interrogation_data()
    {
        QTest::addColumn<QString>("key");
        for (const QString &key : {u"oximeter"_s, u"hr-strap"_s, u"thermometer"_s, u"smp-bridge"_s, u"glucose-rpa"_s})
            QTest::newRow(qPrintable(key)) << key;
    }
    void interrogation()
    {
        QFETCH(QString, key);
        const ScenarioDevice *device = m_scenario.device(key);
        QVERIFY(device);
        const QJsonObject expect = device->expect;
        const auto writesBefore = clinicalWrites(device->advertisement.address);

        QtBleInterrogator interrogator;
        QSignalSpy finished(&interrogator, &BleInterrogator::finished);
        QSignalSpy failed(&interrogator, &BleInterrogator::failed);
        QSignalSpy progress(&interrogator, &BleInterrogator::progress);
        QSignalSpy live(&interrogator, &BleInterrogator::notificationReceived);
        InterrogationOptions options;
        options.notifyFor = 2s;
        options.stepTimeout = 10000ms;
        interrogator.interrogate(device->advertisement.address, options);
        QVERIFY(interrogator.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, 60000);
        if (!failed.isEmpty())
            QFAIL(qPrintable(failed.at(0).at(0).value<Error>().toString() + u" "_s
                             + failed.at(0).at(0).value<Error>().detail()));
        QTRY_VERIFY(!interrogator.isBusy());
        const auto result = finished.at(0).at(0).value<Interrogation>();
        QCOMPARE(progress.last().at(1).toInt(), 100);

        QCOMPARE(result.method, u"ble-gatt-unauthenticated"_s);
        QVERIFY(result.atUtc.isValid());
        QCOMPARE(result.address, device->advertisement.address);

        // Every service and characteristic of the device, with its properties.
        QCOMPARE(result.services.size(), device->gatt.size());
        for (const ScenarioService &service : device->gatt) {
            const auto found = std::find_if(result.services.cbegin(), result.services.cend(),
                                            [&](const ServiceInfo &s) { return s.uuid == service.uuid; });
            QVERIFY2(found != result.services.cend(), qPrintable(service.uuid.toString()));
            QCOMPARE(found->characteristics.size(), service.characteristics.size());
        }

        // Device Information.
        if (expect.value(u"dis").isNull()) {
            QVERIFY(result.dis.isEmpty());
        } else {
            const QJsonObject dis = expect.value(u"dis").toObject();
            QCOMPARE(result.dis.manufacturer, dis.value(u"manufacturer").toString());
            QCOMPARE(result.dis.model, dis.value(u"model").toString());
            QCOMPARE(result.dis.serial, dis.value(u"serial").toString());
            QCOMPARE(result.dis.firmware, dis.value(u"firmware").toString());
            if (dis.contains(u"hardware"))
                QCOMPARE(result.dis.hardware, dis.value(u"hardware").toString());
            if (dis.contains(u"software"))
                QCOMPARE(result.dis.software, dis.value(u"software").toString());
            if (dis.contains(u"systemId"))
                QCOMPARE(result.dis.systemId.toHex(), dis.value(u"systemId").toString().toLatin1());
            if (dis.contains(u"pnpId"))
                QCOMPARE(result.dis.pnpId.toHex(), dis.value(u"pnpId").toString().toLatin1());
            QCOMPARE(result.dis.has11073Certification, dis.value(u"has11073Certification").toBool(false));
        }
        if (expect.contains(u"securityLevels"))
            QCOMPARE(result.securityLevels.value_or(QByteArray()).toHex(),
                     expect.value(u"securityLevels").toString().toLatin1());

        // Protection probe verdicts.
        const QJsonObject probe = expect.value(u"probe").toObject();
        QCOMPARE(result.probe.size(), probe.size());
        for (auto it = probe.begin(); it != probe.end(); ++it) {
            const QBluetoothUuid uuid(it.key());
            QVERIFY2(result.probe.contains(uuid), qPrintable(it.key()));
            QCOMPARE(jsonName(result.probe.value(uuid).verdict), it.value().toString());
        }

        // Raw notifications, exactly what the device sent, and decodable.
        const QJsonArray notifies = expect.value(u"notifies").toArray();
        QSet<QBluetoothUuid> notified;
        for (const NotificationRecord &n : result.notifications) {
            notified.insert(n.characteristic);
            QVERIFY2(sentBy(*device, n.characteristic).contains(n.value), n.value.toHex().constData());
            bool ok = false;
            const quint16 short16 = n.characteristic.toUInt16(&ok);
            QVERIFY(ok);
            const auto decoded = health::decodeMeasurement(short16, n.value);
            QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().detail()));
            QVERIFY(!decoded->readings.isEmpty());
        }
        QCOMPARE(notified.size(), notifies.size());
        for (const QJsonValue &uuid : notifies)
            QVERIFY2(notified.contains(QBluetoothUuid(uuid.toString())), qPrintable(uuid.toString()));
        QCOMPARE(live.count(), result.notifications.size());

        // SMP: answered an unauthenticated echo, or not probed.
        if (expect.value(u"smpOpen").isNull())
            QVERIFY(!result.smpOpen.has_value());
        else
            QCOMPARE(result.smpOpen, std::optional<bool>(expect.value(u"smpOpen").toBool()));

        // Never a write to a clinical characteristic.
        QCOMPARE(clinicalWrites(device->advertisement.address), writesBefore);

        // The registry takes the interrogation in; a private address gives way to
        // the DIS identity.
        const QString id = u"ble:"_s + device->advertisement.address;
        QVERIFY(m_registry.find(id));
        const QString newId = m_registry.mergeInterrogation(id, result);
        if (device->advertisement.addressType == AddressType::ResolvablePrivate && result.dis.identifiesDevice())
            QVERIFY2(newId.startsWith(u"ble:dis:"), qPrintable(newId));
        else
            QCOMPARE(newId, id);
        const DeviceRecord *record = m_registry.find(newId);
        QVERIFY(record && record->interrogation);
        QCOMPARE(jsonName(record->deviceClass), expect.value(u"deviceClass").toString());
        QCOMPARE(record->manufacturer, expect.value(u"manufacturer").toString());
    }

    // The device under its new private address tells the same DIS model and
    // serial, so both entries become one device.
    void rotatedAddressFoldsIntoTheSameDevice()
    {
        const ScenarioDevice *device = m_scenario.device(u"glucose-rpa"_s);
        QVERIFY(device && !device->rotatedAddress.isEmpty());
        const QString mergedId = m_registry.idForAddress(device->advertisement.address);
        QVERIFY2(mergedId.startsWith(u"ble:dis:"), qPrintable(mergedId));
        const qsizetype before = m_registry.size();

        QtBleInterrogator interrogator;
        QSignalSpy finished(&interrogator, &BleInterrogator::finished);
        InterrogationOptions options;
        options.notifyFor = 0s;
        options.stepTimeout = 10000ms;
        interrogator.interrogate(device->rotatedAddress, options);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const auto result = finished.at(0).at(0).value<Interrogation>();
        QCOMPARE(m_registry.mergeInterrogation(u"ble:"_s + device->rotatedAddress, result), mergedId);
        QCOMPARE(m_registry.size(), before - 1);
        QCOMPARE(m_registry.idForAddress(device->rotatedAddress), mergedId);
        // Whichever address was heard last (the fake keeps both advertising).
        const QString address = m_registry.find(mergedId)->address;
        QVERIFY(address == device->rotatedAddress || address == device->advertisement.address);
    }

    // With a pairing already in place the link is encrypted without asking: the
    // result must not pass for what an unpaired stranger could read.
    void bondedDeviceIsMarked()
    {
        const ScenarioDevice *device = m_scenario.device(u"thermometer"_s);
        QVERIFY(device);
        setDeviceProperty(device->advertisement.address, u"Paired"_s, true);
        QtBleInterrogator interrogator;
        QSignalSpy finished(&interrogator, &BleInterrogator::finished);
        InterrogationOptions options;
        options.notifyFor = 0s;
        options.stepTimeout = 10000ms;
        interrogator.interrogate(device->advertisement.address, options);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        setDeviceProperty(device->advertisement.address, u"Paired"_s, false);
        QCOMPARE(finished.at(0).at(0).value<Interrogation>().method, u"ble-gatt-bonded"_s);
    }

    void unknownDeviceFailsClearly()
    {
        QtBleInterrogator interrogator;
        QSignalSpy failed(&interrogator, &BleInterrogator::failed);
        interrogator.interrogate(u"C0:FF:EE:00:00:01"_s, {});
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QCOMPARE(failed.at(0).at(0).value<Error>().code(), u"discovery.interrogation.unknown"_s);
    }

    void secondInterrogationWhileBusyIsRefused()
    {
        QtBleInterrogator interrogator;
        QSignalSpy failed(&interrogator, &BleInterrogator::failed);
        QSignalSpy finished(&interrogator, &BleInterrogator::finished);
        InterrogationOptions options;
        options.notifyFor = 0s;
        interrogator.interrogate(m_scenario.device(u"thermometer"_s)->advertisement.address, options);
        interrogator.interrogate(m_scenario.device(u"oximeter"_s)->advertisement.address, options);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<Error>().code(), u"discovery.interrogation.busy"_s);
        interrogator.cancel();
        QCOMPARE(failed.count(), 2);
        QCOMPARE(failed.at(1).at(0).value<Error>().code(), u"discovery.interrogation.cancelled"_s);
        QTRY_VERIFY(!interrogator.isBusy());
        QTest::qWait(300);
        QCOMPARE(finished.count(), 0);
    }

    // The CLI end to end (issue 3): pasban-cli scan --ble --interrogate --json as a
    // child process on the same fake BlueZ.
    void cliScanJsonMatchesTheWard()
    {
        QJsonDocument output;
        QString problem;
        QVERIFY2(runCli({u"scan"_s, u"--ble"_s, u"--seconds"_s, u"3"_s, u"--interrogate"_s, u"--json"_s}, 0, output,
                        problem),
                 qPrintable(problem));
        const QJsonArray devices = output.array();
        QCOMPARE(devices.size(), m_scenario.devices.size()); // the rotated address folded in
        for (const ScenarioDevice &expected : m_scenario.devices) {
            const QJsonObject expect = expected.expect;
            QJsonObject device;
            for (const QJsonValue &value : devices) {
                const QJsonObject object = value.toObject();
                if (object.value(u"name").toString() == expected.advertisement.name)
                    device = object;
            }
            QVERIFY2(!device.isEmpty(), qPrintable(expected.key));
            QCOMPARE(device.value(u"transport").toString(), u"ble"_s);
            QCOMPARE(device.value(u"addressType").toString(), jsonName(expected.advertisement.addressType));
            QCOMPARE(device.value(u"deviceClass").toString(), expect.value(u"deviceClass").toString());
            QCOMPARE(device.value(u"manufacturer").toString(), expect.value(u"manufacturer").toString());
            QCOMPARE(device.value(u"companyId").toInt(), int(expected.advertisement.manufacturerData.keys().first()));
            QCOMPARE(device.value(u"smp").toBool(), expect.value(u"smp").toBool());
            QCOMPARE(device.value(u"smpOpen"), expect.value(u"smpOpen"));
            QCOMPARE(device.value(u"probe").toObject(), expect.value(u"probe").toObject());
            if (expect.value(u"dis").isNull()) {
                QVERIFY(device.value(u"dis").isNull());
            } else {
                const QJsonObject dis = device.value(u"dis").toObject();
                const QJsonObject expectedDis = expect.value(u"dis").toObject();
                for (const QString &field : {u"manufacturer"_s, u"model"_s, u"serial"_s, u"firmware"_s})
                    QCOMPARE(dis.value(field), expectedDis.value(field));
            }
            if (expected.advertisement.addressType == AddressType::ResolvablePrivate)
                QVERIFY(device.value(u"id").toString().startsWith(u"ble:dis:"));
            else
                QCOMPARE(device.value(u"id").toString(), u"ble:"_s + expected.advertisement.address);
        }
    }

    // Last: these change the fake adapter.
    void adapterOffIsReported()
    {
        setAdapterPowered(false);
        QtBleScanner scanner;
        QSignalSpy errors(&scanner, &BleScanner::errorOccurred);
        QSignalSpy states(&scanner, &BleScanner::adapterStateChanged);
        scanner.start(1000ms);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.at(0).at(0).value<Error>().code(), u"discovery.adapter.off"_s);
        QCOMPARE(scanner.adapterState(), AdapterState::PoweredOff);
        QVERIFY(!scanner.isActive());
        setAdapterPowered(true);
    }

    void noAdapterIsReported()
    {
        const QDBusMessage reply = bluezCall(u"/"_s, u"org.bluez.Mock"_s, u"RemoveAdapterWithDevices"_s, {u"hci0"_s});
        QCOMPARE(reply.type(), QDBusMessage::ReplyMessage);
        QtBleScanner scanner;
        QSignalSpy errors(&scanner, &BleScanner::errorOccurred);
        scanner.start(1000ms);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.at(0).at(0).value<Error>().code(), u"discovery.adapter.missing"_s);
        QCOMPARE(scanner.adapterState(), AdapterState::NoAdapter);
        QVERIFY(!adapterAdvice(scanner.adapterState()).isEmpty());

        // The CLI says so and exits 3 (issue 3).
        QJsonDocument output;
        QString problem;
        QVERIFY2(runCli({u"scan"_s, u"--ble"_s, u"--seconds"_s, u"1"_s, u"--json"_s}, 3, output, problem),
                 qPrintable(problem));
        QVERIFY(!output.object().value(u"error").toObject().value(u"message").toString().isEmpty());
    }

private:
    static QList<QByteArray> sentBy(const ScenarioDevice &device, const QBluetoothUuid &uuid)
    {
        for (const ScenarioService &service : device.gatt) {
            for (const ScenarioCharacteristic &c : service.characteristics) {
                if (c.uuid == uuid)
                    return c.notifications;
            }
        }
        return {};
    }

    // How many WriteValue calls each clinical characteristic of the device has had.
    static QMap<QString, int> clinicalWrites(const QString &address)
    {
        QMap<QString, int> writes;
        const QHash<QString, QBluetoothUuid> paths = characteristicPaths();
        for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
            if (!it.key().startsWith(devicePath(address)) || !isClinicalCharacteristic(it.value()))
                continue;
            const QDBusMessage reply =
                bluezCall(it.key(), u"org.freedesktop.DBus.Mock"_s, u"GetMethodCalls"_s, {u"WriteValue"_s});
            const QDBusArgument calls = reply.arguments().value(0).value<QDBusArgument>();
            int count = 0;
            calls.beginArray();
            while (!calls.atEnd()) {
                calls.beginStructure();
                quint64 time = 0;
                calls >> time;
                QDBusVariant ignored;
                calls.beginArray();
                while (!calls.atEnd())
                    calls >> ignored;
                calls.endArray();
                calls.endStructure();
                ++count;
            }
            calls.endArray();
            writes.insert(it.key(), count);
        }
        return writes;
    }

    // Runs pasban-cli with its own data folder; false (and why in `problem`) when it
    // does not exit with `expectedExit` and one JSON document on standard output.
    bool runCli(const QStringList &arguments, int expectedExit, QJsonDocument &output, QString &problem)
    {
        QProcess cli;
        cli.start(QStringLiteral(PASBAN_CLI), QStringList {u"--data-dir"_s, m_cliData.path()} + arguments);
        if (!cli.waitForFinished(180000)) {
            cli.kill();
            cli.waitForFinished();
        }
        problem = QString::fromUtf8(cli.readAllStandardError());
        if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != expectedExit) {
            problem = u"exit %1: "_s.arg(cli.exitCode()) + problem;
            return false;
        }
        QJsonParseError parseError;
        output = QJsonDocument::fromJson(cli.readAllStandardOutput(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            problem = parseError.errorString();
            return false;
        }
        return true;
    }

    static void setDeviceProperty(const QString &address, const QString &name, const QVariant &value)
    {
        const QDBusMessage reply = bluezCall(devicePath(address), u"org.freedesktop.DBus.Properties"_s, u"Set"_s,
                                             {u"org.bluez.Device1"_s, name, QVariant::fromValue(QDBusVariant(value))});
        QCOMPARE(reply.type(), QDBusMessage::ReplyMessage);
    }

    static void setAdapterPowered(bool on)
    {
        bluezCall(u"/org/bluez/hci0"_s, u"org.freedesktop.DBus.Properties"_s, u"Set"_s,
                  {u"org.bluez.Adapter1"_s, u"Powered"_s, QVariant::fromValue(QDBusVariant(on))});
    }

    FakeBlueZ m_fake;
    QTemporaryDir m_cliData;
    BleScenario m_scenario;
    DeviceRegistry m_registry;
};

QTEST_GUILESS_MAIN(TestBleDiscovery)
#include "tst_BleDiscovery.moc"
