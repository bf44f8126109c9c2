// AuditTrail, the console's automatic recording: start and stop, settings changes
// (the key's name, never the value), key rotation, honest state, and modules that
// record through an AuditSink.
#include "MockClock.h"
#include "audit/AuditSink.h"
#include "common/Settings.h"
#include "console/AuditTrail.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::audit;

namespace {

const crypto::ScryptParams TestCost {1u << 10, 8, 1};

// A fake sink that keeps what it was given: how modules are tested without a log.
class RecordingSink final : public AuditSink
{
public:
    Result<quint64> record(const AuditEvent &event) override
    {
        events.append(event);
        return quint64(events.size());
    }
    QList<AuditEvent> events;
};

// A module as the others are written: it takes an AuditSink* and reports to it.
Status exportSomething(AuditSink *sink, const QString &file)
{
    AuditEvent exported;
    exported.type = EventType::Export;
    exported.details = {{u"file"_s, file}};
    if (sink) {
        if (Result<quint64> recorded = sink->record(exported); !recorded)
            return recorded.error();
    }
    return {};
}

QList<EventType> typesOf(const QList<AuditEvent> &events)
{
    QList<EventType> types;
    for (const AuditEvent &e : events)
        types.append(e.type);
    return types;
}

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void modulesRecordThroughASink()
    {
        RecordingSink fake;
        QVERIFY(exportSomething(&fake, u"audit.csv"_s).ok());
        QCOMPARE(fake.events.size(), 1);
        QCOMPARE(fake.events.first().type, EventType::Export);

        // The trail is such a sink; unopened, it refuses rather than drop the event.
        AuditTrail trail;
        QCOMPARE(exportSomething(&trail, u"audit.csv"_s).error().code(), u"audit.not_recording"_s);
        QCOMPARE(trail.state(), AuditTrail::State::NotStarted);
    }

    void startStopAndSettingsChangesAreRecorded()
    {
        Settings settings(m_dir->filePath(u"settings.ini"_s));
        {
            AuditTrail trail;
            QSignalSpy states(&trail, &AuditTrail::stateChanged);
            QVERIFY(trail.open(request(u"secret"_s, true)).ok());
            QCOMPARE(trail.state(), AuditTrail::State::Recording);
            QCOMPARE(states.size(), 1);
            trail.watch(settings);
            settings.setValue(Settings::Key::Calendar, u"jalali"_s);
            settings.setValue(Settings::Key::MainWindowGeometry, QByteArray("layout, not recorded"));
            QVERIFY(exportSomething(&trail, u"audit.csv"_s).ok());
            trail.stop();
            QCOMPARE(trail.state(), AuditTrail::State::Stopped);
        }
        // A second run: the log exists, so recording restarting is recorded too.
        AuditTrail trail;
        QVERIFY(trail.open(request(u"secret"_s, false)).ok());
        const QList<AuditEvent> events = trail.log()->tail(100).value();
        QCOMPARE(typesOf(events),
                 (QList<EventType> {EventType::AuditRecordingStarted, EventType::ApplicationStart,
                                    EventType::SoftwareConfiguration, EventType::Export,
                                    EventType::AuditRecordingStopped, EventType::ApplicationStop,
                                    EventType::ApplicationStart, EventType::AuditRecordingStarted}));
        const AuditEvent changed = events.at(2);
        QCOMPARE(changed.action, Action::Update);
        QCOMPARE(changed.details.value(u"setting"_s).toString(), Settings::keyName(Settings::Key::Calendar));
        QVERIFY(!changed.details.contains(u"value"_s));
        QCOMPARE(events.at(1).details.value(u"application"_s).toString(), u"pasban"_s);
    }

    // With an operator at the keyboard, what the trail records itself (settings
    // changes, the console's stop) and what modules record through it name them;
    // an event naming its own operator keeps it; without one, events name nobody.
    void eventsNameTheOperatorAtTheKeyboard()
    {
        Settings settings(m_dir->filePath(u"settings.ini"_s));
        {
            AuditTrail trail;
            QVERIFY(trail.open(request(u"secret"_s, true)).ok());
            trail.watch(settings);
            QVERIFY(exportSomething(&trail, u"before.csv"_s).ok()); // nobody logged in
            trail.setOperator(u"amina"_s);
            QCOMPARE(trail.operatorName(), u"amina"_s);
            settings.setValue(Settings::Key::Calendar, u"jalali"_s);
            QVERIFY(exportSomething(&trail, u"during.csv"_s).ok());
            AuditEvent approval;
            approval.type = EventType::UseOfRestrictedFunction;
            approval.operatorId = u"dara"_s;
            QVERIFY(trail.record(approval).ok());
            trail.stop();
        }
        AuditTrail trail;
        QVERIFY(trail.open(request(u"secret"_s, false)).ok());
        const QList<AuditEvent> events = trail.log()->tail(100).value();
        QCOMPARE(
            typesOf(events),
            (QList<EventType> {EventType::AuditRecordingStarted, EventType::ApplicationStart, EventType::Export,
                               EventType::SoftwareConfiguration, EventType::Export, EventType::UseOfRestrictedFunction,
                               EventType::AuditRecordingStopped, EventType::ApplicationStop,
                               EventType::ApplicationStart, EventType::AuditRecordingStarted}));
        QStringList names;
        for (const AuditEvent &event : events)
            names.append(event.operatorId);
        QCOMPARE(names,
                 (QStringList {QString(), QString(), QString(), u"amina"_s, u"amina"_s, u"dara"_s, u"amina"_s,
                               u"amina"_s, QString(), QString()}));
    }

    void keyRotationIsRecorded()
    {
        AuditTrail trail;
        QVERIFY(trail.open(request(u"secret"_s, true)).ok());
        QCOMPARE(trail.rotateKey().value(), 2u);
        const AuditEvent rotated = trail.log()->tail(1).value().first();
        QCOMPARE(rotated.type, EventType::SecurityConfiguration);
        QCOMPARE(rotated.details.value(u"change"_s).toString(), u"audit key rotated"_s);
    }

    void aWrongPassphraseLeavesTheTrailLockedAndChangesNothing()
    {
        {
            AuditTrail trail;
            QVERIFY(trail.open(request(u"secret"_s, true)).ok());
        }
        const QByteArray before = databaseBytes();
        AuditTrail trail;
        QSignalSpy states(&trail, &AuditTrail::stateChanged);
        const Status opened = trail.open(request(u"not the secret"_s, false));
        QCOMPARE(opened.error().code(), u"audit.wrong_passphrase"_s);
        QCOMPARE(trail.state(), AuditTrail::State::Locked);
        QCOMPARE(trail.lastError()->code(), u"audit.wrong_passphrase"_s);
        QCOMPARE(states.size(), 1);
        QVERIFY(!trail.log());
        QCOMPARE(databaseBytes(), before);
        // Without a passphrase and (here) without a keystore: asked for, not guessed.
        QCOMPARE(trail.open(request({}, false)).error().code(), u"audit.passphrase_required"_s);
    }

    void withoutKeystoreOrPassphraseNoLogIsCreated()
    {
        AuditTrail trail;
        QCOMPARE(trail.open(request({}, true)).error().code(), u"audit.no_key_source"_s);
        QCOMPARE(trail.state(), AuditTrail::State::Locked);
    }

    void periodicCheckpointAnchorsRecentEvents()
    {
        AuditTrail::Options options;
        options.checkpointIntervalMs = 10;
        AuditTrail trail(options);
        QVERIFY(trail.open(request(u"secret"_s, true)).ok());
        const quint64 last = trail.log()->lastSequence().value();
        // The timer's checkpoint reaches the anchor file without any further event.
        FileAnchorStore anchor(m_dir->filePath(FileAnchorStore::defaultFileName()));
        QTRY_COMPARE(anchor.load().value().value_or(Checkpoint {}).sequence, last);
    }

private:
    QString databasePath() const { return m_dir->filePath(u"pasban.sqlite"_s); }

    QByteArray databaseBytes() const
    {
        QByteArray bytes;
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            QFile file(databasePath() + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }

    AuditOpener::Request request(const QString &passphrase, bool create)
    {
        AuditOpener::Request request;
        request.databasePath = databasePath();
        request.create = create;
        request.useKeystore = false; // the keystore has its own test (tst_AuditKeychain)
        request.passphraseCost = TestCost;
        request.log.clock = &m_clock;
        if (!passphrase.isEmpty())
            request.passphrase = crypto::SecureBytes::fromUtf8(passphrase);
        return request;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    test::MockClock m_clock;
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_AuditTrail.moc"
