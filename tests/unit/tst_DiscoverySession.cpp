// DiscoverySession: the scanner → registry → inventory wiring the GUI and the
// CLI share, and what it records through an audit sink (a recording fake here).
#include "audit/AuditSink.h"
#include "console/DeviceInventorySync.h"
#include "console/DiscoverySession.h"
#include "discovery/BleScanner.h"
#include "discovery/DeviceJson.h"
#include "discovery/DeviceRegistry.h"
#include "inventory/InventoryStore.h"
#include "storage/ConsoleSchema.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace std::chrono_literals;

namespace {

// A radio the test drives: advertisements, the end of a scan and errors come
// when the test says so.
class FakeScanner final : public discovery::BleScanner
{
public:
    void start(std::chrono::milliseconds duration) override
    {
        lastDuration = duration;
        if (failOnStart) {
            Q_EMIT errorOccurred(*failOnStart);
            return;
        }
        m_active = true;
    }
    void stop() override
    {
        if (std::exchange(m_active, false))
            Q_EMIT scanFinished();
    }
    bool isActive() const override { return m_active; }
    discovery::AdapterState adapterState() const override { return discovery::AdapterState::Ready; }

    void advertise(const QString &address, discovery::AddressType type = discovery::AddressType::Public)
    {
        discovery::Advertisement ad;
        ad.address = address;
        ad.addressType = type;
        ad.rssi = -60;
        ad.services = {QBluetoothUuid(quint16(0x1822))};
        ad.seenUtc = QDateTime::currentDateTimeUtc();
        Q_EMIT advertisementReceived(ad);
    }
    void fail(const Error &error)
    {
        m_active = false;
        Q_EMIT errorOccurred(error);
    }

    std::chrono::milliseconds lastDuration {-1};
    std::optional<Error> failOnStart;

private:
    bool m_active = false;
};

class RecordingSink final : public audit::AuditSink
{
public:
    Result<quint64> record(const audit::AuditEvent &event) override
    {
        if (refuse)
            return Error(u"audit.test_refused"_s, "The test refuses to record.");
        events.append(event);
        return quint64(events.size());
    }

    // The events whose details name EVENT ("scan-started", "device-first-seen", ...).
    QList<audit::AuditEvent> named(const QString &event) const
    {
        QList<audit::AuditEvent> out;
        for (const audit::AuditEvent &e : events) {
            if (e.details.value(u"event"_s).toString() == event)
                out.append(e);
        }
        return out;
    }

    QList<audit::AuditEvent> events;
    bool refuse = false;
};

discovery::Interrogation probedInterrogation()
{
    discovery::Interrogation in;
    in.atUtc = QDateTime::currentDateTimeUtc();
    in.method = u"ble-gatt-unauthenticated"_s;
    in.probe.insert(QBluetoothUuid(quint16(0x2A5F)), {discovery::ProbeVerdict::Open, u"notify"_s, {}});
    in.probe.insert(QBluetoothUuid(quint16(0x2A37)),
                    {discovery::ProbeVerdict::Protected, u"notify"_s, u"org.bluez.Error.NotPermitted"_s});
    in.smpOpen = true;
    // A patient's SpO2 97 % and pulse 72 bpm: must never reach the audit record.
    in.notifications.append({QBluetoothUuid(quint16(0x2A5F)), QByteArray::fromHex("0061004800"), in.atUtc});
    return in;
}

} // namespace

class TestDiscoverySession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_registry = std::make_unique<discovery::DeviceRegistry>();
        m_registry->setCoalesceInterval(0ms);
    }

    void scanFeedsTheRegistryAndRecordsStartFirstSightingsAndStop()
    {
        FakeScanner scanner;
        RecordingSink sink;
        DiscoverySession session(scanner, *m_registry, nullptr, &sink);
        session.setOperatorId(u"nurse.k"_s);
        QSignalSpy started(&session, &DiscoverySession::started);
        QSignalSpy finished(&session, &DiscoverySession::finished);

        QVERIFY(session.start(10s).ok());
        QCOMPARE(scanner.lastDuration, std::chrono::milliseconds(10s));
        QCOMPARE(started.size(), 1);
        QVERIFY(session.isActive());
        const QList<audit::AuditEvent> scanStarted = sink.named(u"scan-started"_s);
        QCOMPARE(scanStarted.size(), 1);
        QCOMPARE(scanStarted[0].type, audit::EventType::ApplicationActivity);
        QCOMPARE(scanStarted[0].action, audit::Action::Execute);
        QCOMPARE(scanStarted[0].operatorId, u"nurse.k"_s);
        QCOMPARE(scanStarted[0].details.value(u"durationMs"_s).toInteger(), 10000);

        scanner.advertise(u"00:1B:DC:44:12:9E"_s);
        scanner.advertise(u"C4:7F:51:3A:22:10"_s, discovery::AddressType::RandomStatic);
        scanner.advertise(u"00:1B:DC:44:12:9E"_s); // seen again: not a first sighting
        QTRY_COMPARE(sink.named(u"device-first-seen"_s).size(), 2);
        QCOMPARE(m_registry->size(), 2);
        const audit::AuditEvent firstSeen = sink.named(u"device-first-seen"_s).constFirst();
        QCOMPARE(firstSeen.action, audit::Action::Create);
        QCOMPARE(firstSeen.device, u"ble:00:1B:DC:44:12:9E"_s);
        QCOMPARE(firstSeen.details.value(u"addressType"_s).toString(), u"public"_s);

        session.stop();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!session.isActive());
        const QList<audit::AuditEvent> stopped = sink.named(u"scan-stopped"_s);
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(stopped[0].outcome, audit::Outcome::Success);
        QCOMPARE(stopped[0].details.value(u"devices"_s).toInteger(), 2);
        QTest::qWait(20);
        QCOMPARE(sink.named(u"device-first-seen"_s).size(), 2);
    }

    void progressReportsElapsedAgainstTheDuration()
    {
        FakeScanner scanner;
        DiscoverySession session(scanner, *m_registry);
        QSignalSpy progress(&session, &DiscoverySession::progress);
        QVERIFY(session.start(5s).ok());
        QTRY_VERIFY(progress.size() >= 2);
        const auto last = progress.constLast();
        QCOMPARE(last.at(1).toLongLong(), 5000);
        QVERIFY(last.at(0).toLongLong() > 0);
        QVERIFY(session.elapsed() <= 5s);
        session.stop();
    }

    void refusesToScanUnauditedWhenTheSinkFails()
    {
        FakeScanner scanner;
        RecordingSink sink;
        sink.refuse = true;
        DiscoverySession session(scanner, *m_registry, nullptr, &sink);
        QSignalSpy started(&session, &DiscoverySession::started);
        const Status status = session.start(10s);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), u"audit.test_refused"_s);
        QVERIFY(!scanner.isActive());
        QCOMPARE(scanner.lastDuration, std::chrono::milliseconds(-1)); // never asked to start
        QCOMPARE(started.size(), 0);
    }

    void aFailingAdapterEndsTheScanAsAFailure()
    {
        FakeScanner scanner;
        RecordingSink sink;
        DiscoverySession session(scanner, *m_registry, nullptr, &sink);
        QSignalSpy failed(&session, &DiscoverySession::failed);
        QSignalSpy finished(&session, &DiscoverySession::finished);
        QVERIFY(session.start(10s).ok());
        scanner.fail(Error(u"discovery.adapter_off"_s, "The adapter is off."));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(finished.size(), 1);
        const QList<audit::AuditEvent> stopped = sink.named(u"scan-stopped"_s);
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(stopped[0].outcome, audit::Outcome::MinorFailure);
        QCOMPARE(stopped[0].details.value(u"reason"_s).toString(), u"discovery.adapter_off"_s);
    }

    void anAdapterThatFailsInsideStartStillFinishes()
    {
        FakeScanner scanner;
        scanner.failOnStart = Error(u"discovery.no_adapter"_s, "No adapter.");
        DiscoverySession session(scanner, *m_registry);
        QSignalSpy finished(&session, &DiscoverySession::finished);
        QVERIFY(session.start(10s).ok());
        QCOMPARE(finished.size(), 1);
        QVERIFY(!session.isActive());
    }

    void interrogationRecordsVerdictsButNeverMeasuredValues()
    {
        FakeScanner scanner;
        RecordingSink sink;
        DiscoverySession session(scanner, *m_registry, nullptr, &sink);
        QVERIFY(session.start(10s).ok());
        scanner.advertise(u"C4:7F:51:3A:22:10"_s, discovery::AddressType::RandomStatic);
        m_registry->flush();
        const QString id = u"ble:C4:7F:51:3A:22:10"_s;

        Result<QString> newId = session.recordInterrogation(id, probedInterrogation());
        QVERIFY(newId.ok());
        QCOMPARE(*newId, id);
        QVERIFY(m_registry->find(id)->interrogation.has_value());
        const QList<audit::AuditEvent> recorded = sink.named(u"interrogation"_s);
        QCOMPARE(recorded.size(), 1);
        const audit::AuditEvent &event = recorded[0];
        QCOMPARE(event.device, id);
        QCOMPARE(event.outcome, audit::Outcome::Success);
        const QJsonObject probe = event.details.value(u"probe"_s).toObject();
        QCOMPARE(probe.value(discovery::uuidString(QBluetoothUuid(quint16(0x2A5F)))).toString(), u"open"_s);
        QCOMPARE(probe.value(discovery::uuidString(QBluetoothUuid(quint16(0x2A37)))).toString(), u"protected"_s);
        QCOMPARE(event.details.value(u"smpOpen"_s).toBool(), true);
        // No measurement, raw or decoded, in the audit record.
        const QByteArray json = QJsonDocument(event.details).toJson(QJsonDocument::Compact);
        QVERIFY2(!json.contains("0061004800") && !json.contains("notification") && !json.contains("97"),
                 json.constData());
    }

    void aDeviceIdentifiedByInterrogationIsNoNewSighting()
    {
        FakeScanner scanner;
        RecordingSink sink;
        DiscoverySession session(scanner, *m_registry, nullptr, &sink);
        QVERIFY(session.start(10s).ok());
        scanner.advertise(u"5A:3C:11:8E:20:07"_s, discovery::AddressType::ResolvablePrivate);
        QTRY_COMPARE(sink.named(u"device-first-seen"_s).size(), 1);

        discovery::Interrogation in = probedInterrogation();
        in.dis.model = u"GM-5"_s;
        in.dis.serial = u"GM5-88231"_s;
        Result<QString> newId = session.recordInterrogation(u"ble:5A:3C:11:8E:20:07"_s, in);
        QVERIFY(newId.ok());
        QVERIFY(newId->startsWith(u"ble:dis:"_s));
        const audit::AuditEvent event = sink.named(u"interrogation"_s).constFirst();
        QCOMPARE(event.device, *newId);
        QCOMPARE(event.details.value(u"previousId"_s).toString(), u"ble:5A:3C:11:8E:20:07"_s);
        m_registry->flush();
        QTest::qWait(20);
        QCOMPARE(sink.named(u"device-first-seen"_s).size(), 1);
    }

    void interrogationFailureIsRecorded()
    {
        FakeScanner scanner;
        RecordingSink sink;
        DiscoverySession session(scanner, *m_registry, nullptr, &sink);
        session.recordInterrogationFailure(u"ble:00:1B:DC:44:12:9E"_s,
                                           Error(u"discovery.interrogation.connect"_s, "Could not connect."));
        QCOMPARE(sink.events.size(), 1);
        QCOMPARE(sink.events[0].outcome, audit::Outcome::MinorFailure);
        QCOMPARE(sink.events[0].details.value(u"error"_s).toString(), u"discovery.interrogation.connect"_s);
    }

    void withAnInventoryFirstSeenMeansNewToTheConsole()
    {
        QTemporaryDir dir;
        auto db = storage::openConsoleDatabase(dir.filePath(u"pasban.sqlite"_s));
        QVERIFY(db.ok());
        inventory::InventoryStore store(*db);
        RecordingSink sink;
        {
            FakeScanner scanner;
            DeviceInventorySync sync(*m_registry, store);
            DiscoverySession session(scanner, *m_registry, &sync, &sink);
            QVERIFY(session.start(10s).ok());
            scanner.advertise(u"00:1B:DC:44:12:9E"_s);
            scanner.advertise(u"C4:7F:51:3A:22:10"_s, discovery::AddressType::RandomStatic);
            QTRY_COMPARE(m_registry->size(), 2);
            session.stop(); // flushes the inventory
            QCOMPARE(sink.named(u"device-first-seen"_s).size(), 2);
            QCOMPARE(store.list()->size(), 2);
        }
        // The next run on the same inventory: known devices are not first seen again.
        discovery::DeviceRegistry registry;
        registry.setCoalesceInterval(0ms);
        FakeScanner scanner;
        DeviceInventorySync sync(registry, store);
        DiscoverySession session(scanner, registry, &sync, &sink);
        QVERIFY(session.start(10s).ok());
        scanner.advertise(u"00:1B:DC:44:12:9E"_s);
        scanner.advertise(u"D2:90:0B:6E:41:C3"_s, discovery::AddressType::RandomStatic);
        QTRY_COMPARE(registry.size(), 2);
        session.stop();
        const QList<audit::AuditEvent> firstSeen = sink.named(u"device-first-seen"_s);
        QCOMPARE(firstSeen.size(), 3);
        QCOMPARE(firstSeen.constLast().device, u"ble:D2:90:0B:6E:41:C3"_s);
        QCOMPARE(store.list()->size(), 3);
    }

    void aLargeWardReachesTheInventoryInSlicesWithoutAFlush()
    {
        QTemporaryDir dir;
        auto db = storage::openConsoleDatabase(dir.filePath(u"pasban.sqlite"_s));
        QVERIFY(db.ok());
        inventory::InventoryStore store(*db);
        FakeScanner scanner;
        DeviceInventorySync sync(*m_registry, store);
        sync.setFlushInterval(10ms);
        QSignalSpy created(&sync, &DeviceInventorySync::deviceCreated);
        DiscoverySession session(scanner, *m_registry, &sync);
        QVERIFY(session.start(0ms).ok());
        const int devices = 230; // several slices
        for (int i = 0; i < devices; ++i)
            scanner.advertise(
                u"C0:00:00:00:%1:%2"_s.arg(i / 256, 2, 16, QChar(u'0')).arg(i % 256, 2, 16, QChar(u'0')).toUpper());
        // Nobody flushes: the timer and the slices alone get every device stored.
        QTRY_COMPARE(created.size(), devices);
        QCOMPARE(store.list()->size(), qsizetype(devices));
        session.stop();
    }

private:
    std::unique_ptr<discovery::DeviceRegistry> m_registry;
};

QTEST_GUILESS_MAIN(TestDiscoverySession)
#include "tst_DiscoverySession.moc"
