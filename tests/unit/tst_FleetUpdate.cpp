// FleetUpdate: one package, several simulated devices; scheduling per link,
// refused devices never contacted, cancel at safe points, the report.
#include "SmpTestSupport.h"
#include "firmware/FleetUpdate.h"
#include "sim/SimSmpDevice.h"
#include "sim/SimSmpServer.h"
#include "sim/SimSmpTransport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTest>
#include <QTimer>

#include <map>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::firmware;

namespace {

sim::SimDeviceConfig fastDevice()
{
    sim::SimDeviceConfig config;
    config.rebootMs = 10;
    config.linkDownMs = 40;
    return config;
}

// A simulated device behind one named link.
struct Device
{
    Device(const QByteArray &primary, sim::SimLinkSettings link = {})
        : device(primary, fastDevice(), {})
        , server(&device, link)
    {
    }
    sim::SimSmpDevice device;
    sim::SimSmpServer server;
    int transportsMade = 0;
};

bool runFleet(FleetUpdate &fleet, int limitMs = 120000)
{
    QEventLoop loop;
    QObject::connect(&fleet, &FleetUpdate::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &fleet, &FleetUpdate::start);
    loop.exec();
    return fleet.isFinished();
}

} // namespace

class tst_FleetUpdate : public QObject
{
    Q_OBJECT

    test::TestSigner m_signer;
    QByteArray m_old;
    QByteArray m_new;

    FleetTarget target(Device &device, const QString &id, const QString &link)
    {
        FleetTarget t;
        t.deviceId = id;
        t.link = link;
        t.image = m_signer.verified(m_new);
        t.makeTransport = [&device]() -> std::unique_ptr<smp::SmpTransport> {
            ++device.transportsMade;
            return std::make_unique<sim::SimSmpTransport>(&device.server, 247);
        };
        return t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_old = m_signer.image(1, 0, 0, 3000, 1);
        m_new = m_signer.image(1, 1, 0, 6000, 2);
    }

    void scheduleKeysGroupByRadioAndPort()
    {
        QCOMPARE(FleetUpdate::scheduleKey(u"serial:/dev/ttyACM0"_s), u"serial:/dev/ttyACM0"_s);
        QCOMPARE(FleetUpdate::scheduleKey(u"serial:COM5"_s), u"serial:COM5"_s);
        QCOMPARE(FleetUpdate::scheduleKey(u"ble:AA:BB:CC:DD:EE:FF"_s), u"ble"_s);
        QCOMPARE(FleetUpdate::scheduleKey(u"udp:127.0.0.1:1337"_s), u"udp"_s);
    }

    // Three serial ports with two at a time, two Bluetooth devices one at a time,
    // one device refused by verification: everything else updated.
    void updatesTheFleetWithinItsParallelism()
    {
        std::vector<std::unique_ptr<Device>> devices;
        for (int i = 0; i < 6; ++i)
            devices.push_back(std::make_unique<Device>(m_old, sim::SimLinkSettings {200000, 2}));
        QList<FleetTarget> targets {
            target(*devices[0], u"pump-1"_s, u"serial:/dev/ttyACM0"_s),
            target(*devices[1], u"pump-2"_s, u"serial:/dev/ttyACM1"_s),
            target(*devices[2], u"pump-3"_s, u"serial:/dev/ttyACM2"_s),
            target(*devices[3], u"oxi-1"_s, u"ble:AA:00:00:00:00:01"_s),
            target(*devices[4], u"oxi-2"_s, u"ble:AA:00:00:00:00:02"_s),
            target(*devices[5], u"oxi-3"_s, u"ble:AA:00:00:00:00:03"_s),
        };
        targets[5].image.reset();
        targets[5].refusal = Error(u"firmware.wrong_model"_s, QT_TRANSLATE_NOOP("pasban::Error", "wrong model"));

        FleetOptions options;
        options.parallelSerial = 2;
        options.update = test::fastOptions();
        test::RecordingAuditSink audit;
        FleetUpdate fleet(targets, options, &audit);
        std::map<QString, int> running;
        int maxSerial = 0;
        int maxBle = 0;
        QObject::connect(&fleet, &FleetUpdate::deviceChanged, &fleet, [&](int index) {
            const FleetDeviceResult &r = fleet.results().at(index);
            int serial = 0, ble = 0;
            for (const FleetDeviceResult &each : fleet.results()) {
                if (each.state != FleetDeviceResult::State::Running)
                    continue;
                (each.link.startsWith(u"serial:"_s) ? serial : ble) += 1;
            }
            maxSerial = std::max(maxSerial, serial);
            maxBle = std::max(maxBle, ble);
            running[r.deviceId] += 1;
        });
        QVERIFY(runFleet(fleet));

        QCOMPARE(maxSerial, 2);
        QCOMPARE(maxBle, 1);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(fleet.results().at(i).state, FleetDeviceResult::State::Succeeded);
            QVERIFY(devices[i]->device.primaryConfirmed());
            QCOMPARE(devices[i]->device.primary().hash, m_signer.verified(m_new).imageHash());
        }
        QCOMPARE(fleet.results().at(5).state, FleetDeviceResult::State::Refused);
        QCOMPARE(fleet.results().at(5).error->code(), u"firmware.wrong_model"_s);
        QCOMPARE(devices[5]->transportsMade, 0);
        QCOMPARE(devices[5]->device.requests(), quint64(0));

        const QJsonObject report = fleet.report();
        QCOMPARE(report.value(u"succeeded"_s).toInt(), 5);
        QCOMPARE(report.value(u"refused"_s).toInt(), 1);
        QCOMPARE(report.value(u"devices"_s).toArray().size(), 6);
        QCOMPARE(report.value(u"devices"_s).toArray().at(5).toObject().value(u"state"_s).toString(), u"refused"_s);
        // The fleet's start and end are audited beside each device's steps.
        int fleetEvents = 0;
        for (const audit::AuditEvent &event : std::as_const(audit.events))
            fleetEvents += event.details.value(u"operation"_s).toString() == u"firmware-fleet-update"_s ? 1 : 0;
        QCOMPARE(fleetEvents, 2);
    }

    // Cancel while the first of three Bluetooth devices uploads: it stops before
    // its image is marked, the others are never contacted.
    void cancelStopsAtASafePoint()
    {
        std::vector<std::unique_ptr<Device>> devices;
        for (int i = 0; i < 3; ++i)
            devices.push_back(std::make_unique<Device>(m_old, sim::SimLinkSettings {20000, 5}));
        QList<FleetTarget> targets;
        for (int i = 0; i < 3; ++i)
            targets.append(target(*devices[i], u"oxi-%1"_s.arg(i), u"ble:AA:00:00:00:00:0%1"_s.arg(i)));
        FleetOptions options;
        options.update = test::fastOptions();
        FleetUpdate fleet(targets, options);
        QObject::connect(&fleet, &FleetUpdate::deviceProgress, &fleet,
                         [&fleet](int, const UpdateProgress &) { fleet.cancel(); });
        QVERIFY(runFleet(fleet));
        QCOMPARE(fleet.results().at(0).state, FleetDeviceResult::State::Cancelled);
        QCOMPARE(fleet.results().at(0).error->code(), u"firmware.update_cancelled"_s);
        QCOMPARE(devices[0]->device.primary().bytes, m_old); // still on its old image
        for (int i = 1; i < 3; ++i) {
            QCOMPARE(fleet.results().at(i).state, FleetDeviceResult::State::Cancelled);
            QCOMPARE(devices[i]->transportsMade, 0);
        }
        QCOMPARE(fleet.report().value(u"cancelled"_s).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_FleetUpdate)
#include "tst_FleetUpdate.moc"
