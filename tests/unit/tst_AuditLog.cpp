// AuditLog as its users see it: recording, reading, filtering, keys (wrong
// passphrase, rotation, changing the key store), checkpoints and anchors, and
// confidentiality of the files on disk.
#include "MockClock.h"
#include "audit/AuditLog.h"
#include "audit/FileAnchorStore.h"
#include "audit/PassphraseKeyStore.h"
#include "crypto/Aead.h"
#include "storage/ConsoleSchema.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::audit;

namespace {

const crypto::ScryptParams TestCost {1u << 10, 8, 1};

// A key store that fails or pretends to be another kind, for error paths.
class BrokenKeyStore final : public KeyStore
{
public:
    QString kind() const override { return u"passphrase"_s; }
    Result<NewKey> createKey(QByteArrayView) override { return unavailable(); }
    Result<crypto::SecureBytes> unlockKey(QByteArrayView, QByteArrayView) override { return unavailable(); }
    Error keyRejected() const override { return unavailable(); }

private:
    static Error unavailable() { return Error(u"audit.keystore_unavailable"_s, "The test key store is unavailable."); }
};

class OtherKindKeyStore final : public KeyStore
{
public:
    QString kind() const override { return u"keychain"_s; }
    Result<NewKey> createKey(QByteArrayView) override { return Error(u"test.unused"_s, "unused"); }
    Result<crypto::SecureBytes> unlockKey(QByteArrayView, QByteArrayView) override
    {
        return Error(u"test.unused"_s, "unused");
    }
    Error keyRejected() const override { return Error(u"test.unused"_s, "unused"); }
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

AuditEvent makeEvent(EventType type, const QString &operatorId = {}, const QString &device = {},
                     Outcome outcome = Outcome::Success)
{
    AuditEvent e;
    e.type = type;
    e.operatorId = operatorId;
    e.device = device;
    e.outcome = outcome;
    return e;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock = test::MockClock();
        m_anchor = std::make_unique<FileAnchorStore>(m_dir->filePath(FileAnchorStore::defaultFileName()));
    }

    void cleanup()
    {
        m_anchor.reset();
        m_dir.reset();
    }

    void creatingRecordsThatRecordingStarted()
    {
        std::unique_ptr<AuditLog> log = open(u"secret"_s, true);
        QVERIFY(log);
        QVERIFY(log->created());
        QCOMPARE(log->logId().size(), 16);
        QCOMPARE(log->keyStoreKind(), u"passphrase"_s);
        const QList<AuditEvent> events = log->tail(10).value();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().sequence, quint64(1));
        QCOMPARE(events.first().type, EventType::AuditRecordingStarted);
        QCOMPARE(events.first().recorded, m_clock.nowUtc());
        // Its existence is anchored at once.
        QCOMPARE(m_anchor->load().value()->sequence, quint64(1));
    }

    void openingWithoutALogSaysSoAndWritesNothing()
    {
        PassphraseKeyStore keys(crypto::SecureBytes::fromUtf8(u"secret"), TestCost);
        Result<std::unique_ptr<AuditLog>> log = AuditLog::open(database().value(), keys, options(false));
        QCOMPARE(log.error().code(), u"audit.not_found"_s);
        Result<storage::Database> db = database();
        QVERIFY(!AuditLog::exists(*db).value());
    }

    void appendedEventsReadBackWithEveryField()
    {
        std::unique_ptr<AuditLog> log = open(u"secret"_s, true);
        m_clock.advanceMs(1500);
        AuditEvent recorded = makeEvent(EventType::SoftwareConfiguration, u"Dr. Laleh Karimi"_s, u"PUMP-SN-0042"_s,
                                        Outcome::SeriousFailure);
        recorded.action = Action::Update;
        recorded.details = {{u"phase"_s, u"upload"_s}, {u"bytes"_s, 4096}};
        recorded.sequence = 999; // ignored: the log numbers events
        QCOMPARE(log->append(recorded).value(), quint64(2));

        const AuditEvent back = log->tail(1).value().first();
        QVERIFY(back.readable);
        QCOMPARE(back.sequence, quint64(2));
        QCOMPARE(back.recorded, m_clock.nowUtc());
        QCOMPARE(back.type, EventType::SoftwareConfiguration);
        QCOMPARE(back.action, Action::Update);
        QCOMPARE(back.outcome, Outcome::SeriousFailure);
        QCOMPARE(back.operatorId, u"Dr. Laleh Karimi"_s);
        QCOMPARE(back.device, u"PUMP-SN-0042"_s);
        QCOMPARE(back.workstation, u"test-workstation"_s);
        QCOMPARE(back.details, recorded.details);
        QCOMPARE(back.keyId, 1u);
    }

    void eventsSurviveClosingAndReopening()
    {
        {
            std::unique_ptr<AuditLog> log = open(u"secret"_s, true);
            QVERIFY(log->append(makeEvent(EventType::Login, u"amir"_s)).ok());
            QVERIFY(log->close().ok());
        }
        std::unique_ptr<AuditLog> log = open(u"secret"_s, false);
        QVERIFY(!log->created());
        const QList<AuditEvent> events = log->tail(5).value();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.last().operatorId, u"amir"_s);
        const VerifyReport report = log->verify().value();
        QVERIFY2(report.intact(), qPrintable(report.englishSummary()));
        QCOMPARE(report.anchoredThrough, quint64(2)); // the closing checkpoint was anchored
        QVERIFY(!report.hasUnanchoredTail());
    }

    void invalidEventsAreRefusedAndNothingIsWritten()
    {
        std::unique_ptr<AuditLog> log = open(u"secret"_s, true);
        QCOMPARE(log->append(makeEvent(EventType(110124))).error().code(), u"audit.invalid_event"_s);
        AuditEvent badOutcome = makeEvent(EventType::Login);
        badOutcome.outcome = Outcome(3);
        QCOMPARE(log->append(badOutcome).error().code(), u"audit.invalid_event"_s);
        AuditEvent badAction = makeEvent(EventType::Login);
        badAction.action = Action('X');
        QCOMPARE(log->append(badAction).error().code(), u"audit.invalid_event"_s);
        // A batch is all or nothing.
        QCOMPARE(log->appendBatch({makeEvent(EventType::Login), makeEvent(EventType(1))}).error().code(),
                 u"audit.invalid_event"_s);
        QCOMPARE(log->lastSequence().value(), quint64(1));
    }

    void wrongPassphraseIsRefusedAndChangesNoByte()
    {
        {
            std::unique_ptr<AuditLog> log = open(u"right passphrase"_s, true);
            QVERIFY(log->append(makeEvent(EventType::Login, u"amir"_s)).ok());
        }
        const QByteArray databaseBefore = readFile(databasePath());
        const QByteArray anchorBefore = readFile(m_anchor->path());
        QVERIFY(!databaseBefore.isEmpty());
        QVERIFY(!QFile::exists(databasePath() + u"-wal"_s)); // closed cleanly: all in the main file
        {
            PassphraseKeyStore keys(crypto::SecureBytes::fromUtf8(u"wrong passphrase"), TestCost);
            Result<std::unique_ptr<AuditLog>> log = AuditLog::open(database().value(), keys, options(true));
            QVERIFY(!log.ok());
            QCOMPARE(log.error().code(), u"audit.wrong_passphrase"_s);
            QVERIFY(!log.error().message().isEmpty());
        }
        QCOMPARE(readFile(databasePath()), databaseBefore);
        QCOMPARE(readFile(m_anchor->path()), anchorBefore);
    }

    void keyStoreErrorsPassThroughAndChangeNothing()
    {
        {
            std::unique_ptr<AuditLog> log = open(u"secret"_s, true);
        }
        const QByteArray before = readFile(databasePath());
        BrokenKeyStore broken;
        QCOMPARE(AuditLog::open(database().value(), broken, options(false)).error().code(),
                 u"audit.keystore_unavailable"_s);
        OtherKindKeyStore other;
        QCOMPARE(AuditLog::open(database().value(), other, options(false)).error().code(),
                 u"audit.key_store_mismatch"_s);
        QCOMPARE(readFile(databasePath()), before);

        // Nor can a log be created without a key.
        QTemporaryDir fresh;
        Result<storage::Database> db = storage::openConsoleDatabase(fresh.filePath(u"pasban.sqlite"_s));
        AuditLog::Options createOptions;
        createOptions.create = true;
        QCOMPARE(AuditLog::open(std::move(db).value(), broken, createOptions).error().code(),
                 u"audit.keystore_unavailable"_s);
    }

    void filtersUseClearColumnsAndBlindIndexes()
    {
        std::unique_ptr<AuditLog> log = open(u"secret"_s, true);
        const QDateTime start = m_clock.nowUtc();
        QList<AuditEvent> events;
        for (int i = 0; i < 30; ++i) {
            events.append(makeEvent(i % 3 == 0 ? EventType::Login : EventType::HardwareConfiguration,
                                    u"operator-%1"_s.arg(i % 2), u"device-%1"_s.arg(i % 5),
                                    i % 10 == 0 ? Outcome::MajorFailure : Outcome::Success));
        }
        for (const AuditEvent &e : std::as_const(events)) {
            m_clock.advanceMs(1000);
            QVERIFY(log->append(e).ok());
        }

        EventFilter byOperator;
        byOperator.operatorId = u"operator-1"_s;
        QList<AuditEvent> found = log->query(byOperator, 100).value();
        QCOMPARE(found.size(), 15);
        for (const AuditEvent &e : std::as_const(found))
            QCOMPARE(e.operatorId, u"operator-1"_s);

        EventFilter byDeviceAndType;
        byDeviceAndType.device = u"device-3"_s;
        byDeviceAndType.types = {EventType::Login};
        found = log->query(byDeviceAndType, 100).value();
        QCOMPARE(found.size(), 2); // i = 3 and 18
        QCOMPARE(found.at(0).sequence, quint64(2 + 3));
        QCOMPARE(found.at(1).sequence, quint64(2 + 18));

        EventFilter byOutcome;
        byOutcome.outcomes = {Outcome::MajorFailure};
        QCOMPARE(log->query(byOutcome, 100).value().size(), 3);

        EventFilter byTime;
        byTime.from = start.addMSecs(5000); // events 2+4 .. 2+9 recorded at +5 s .. +10 s
        byTime.to = start.addMSecs(11000);
        found = log->query(byTime, 100).value();
        QCOMPARE(found.size(), 6);
        QCOMPARE(found.first().sequence, quint64(6));

        EventFilter unknownOperator;
        unknownOperator.operatorId = u"nobody"_s;
        QVERIFY(log->query(unknownOperator, 100).value().isEmpty());

        EventFilter newestFirst;
        newestFirst.newestFirst = true;
        newestFirst.beforeSequence = 10;
        found = log->query(newestFirst, 3).value();
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.first().sequence, quint64(9));
    }

    void aBatchSealsEveryEventUnderItsOwnNonce()
    {
        std::unique_ptr<AuditLog> log = open(u"secret"_s, true);
        QVERIFY(log->appendBatch(QList<AuditEvent>(200, makeEvent(EventType::Query, u"same"_s))).ok());
        storage::Database reader = database().value();
        storage::Statement rows = reader.prepare(u"SELECT sealed FROM audit_events"_s).value();
        QSet<QByteArray> nonces;
        int count = 0;
        QVERIFY(rows.forEachRow([&](const storage::Statement &row) {
                        nonces.insert(row.columnBlob(0).first(crypto::Aes256GcmNonceSize));
                        ++count;
                        return true;
                    })
                    .ok());
        QVERIFY(count > 200);
        QCOMPARE(nonces.size(), count);
        QVERIFY(log->verify().value().intact());
    }

    void forEachEventPagesThroughEverything()
    {
        std::unique_ptr<AuditLog> log = open(u"secret"_s, true);
        QList<AuditEvent> batch(600, makeEvent(EventType::Query, u"x"_s));
        QVERIFY(log->appendBatch(batch).ok());
        quint64 expected = 1;
        QVERIFY(log->forEachEvent({},
                                  [&](const AuditEvent &e) {
                                      if (e.sequence != expected)
                                          return false;
                                      ++expected;
                                      return true;
                                  })
                    .ok());
        QCOMPARE(expected, quint64(602));
        int visited = 0;
        QVERIFY(log->forEachEvent({}, [&](const AuditEvent &) { return ++visited < 10; }).ok());
        QCOMPARE(visited, 10);
    }

    void rotationKeepsHistoryReadableAndVerifiable()
    {
        {
            std::unique_ptr<AuditLog> log = open(u"secret"_s, true);
            QVERIFY(log->append(makeEvent(EventType::Login, u"before"_s, u"pump-1"_s)).ok());
            QCOMPARE(log->rotateKey().value(), 2u);
            QCOMPARE(log->currentKeyId(), 2u);
            QVERIFY(log->append(makeEvent(EventType::Login, u"after"_s, u"pump-1"_s)).ok());
        }
        std::unique_ptr<AuditLog> log = open(u"secret"_s, false);
        const QList<AuditEvent> events = log->tail(10).value();
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(1).operatorId, u"before"_s);
        QCOMPARE(events.at(1).keyId, 1u);
        QCOMPARE(events.at(2).type, EventType::SecurityConfiguration); // the rotation itself is recorded
        QCOMPARE(events.at(2).keyId, 2u);
        QCOMPARE(events.at(3).operatorId, u"after"_s);
        QCOMPARE(events.at(3).keyId, 2u);
        for (const AuditEvent &e : events)
            QVERIFY(e.readable);

        // Filters find events under either key.
        EventFilter byDevice;
        byDevice.device = u"pump-1"_s;
        QCOMPARE(log->query(byDevice, 10).value().size(), 2);

        const VerifyReport report = log->verify().value();
        QVERIFY2(report.intact(), qPrintable(report.englishSummary()));
        QCOMPARE(report.verifiedThrough, quint64(4));
    }

    void changingTheKeyStoreRewrapsWithoutReencrypting()
    {
        QByteArray sealedBefore;
        {
            std::unique_ptr<AuditLog> log = open(u"old passphrase"_s, true);
            QVERIFY(log->append(makeEvent(EventType::Login, u"amir"_s)).ok());
            QVERIFY(log->rotateKey().ok());
            sealedBefore = sealedColumns();
            PassphraseKeyStore newStore(crypto::SecureBytes::fromUtf8(u"new passphrase"), TestCost);
            QVERIFY(log->changeKeyStore(newStore).ok());
        }
        QVERIFY(sealedColumns().startsWith(sealedBefore)); // old rows untouched, one event added
        PassphraseKeyStore oldStore(crypto::SecureBytes::fromUtf8(u"old passphrase"), TestCost);
        QCOMPARE(AuditLog::open(database().value(), oldStore, options(false)).error().code(),
                 u"audit.wrong_passphrase"_s);
        std::unique_ptr<AuditLog> log = open(u"new passphrase"_s, false);
        const QList<AuditEvent> events = log->tail(10).value();
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(1).operatorId, u"amir"_s);
        QCOMPARE(events.last().details.value(u"change"_s).toString(), u"audit key store changed"_s);
        QVERIFY(log->verify().value().intact());
    }

    void canariesNeverReachTheFiles()
    {
        // Patient-like and identifying text must only ever be stored encrypted,
        // in the main file, the write-ahead log and the shared-memory index alike.
        const QStringList canaries = {u"Dr. Canary Operatorname"_s, u"SN-CANARY-7731"_s,
                                      u"Patient Canarysson MRN 99887766"_s, u"canary-workstation"_s};
        std::unique_ptr<AuditLog> log = open(u"secret"_s, true);
        for (int i = 0; i < 50; ++i) {
            AuditEvent e = makeEvent(EventType::HardwareConfiguration, canaries.at(0), canaries.at(1));
            e.workstation = canaries.at(3);
            e.details = {{u"patient"_s, canaries.at(2)}, {u"note"_s, QString(canaries.at(2) + u" again"_s)}};
            QVERIFY(log->append(e).ok());
        }
        QVERIFY(log->rotateKey().ok());
        AuditEvent after = makeEvent(EventType::Login, canaries.at(0), canaries.at(1));
        after.details = {{u"patient"_s, canaries.at(2)}};
        QVERIFY(log->append(after).ok());

        const auto check = [&](const char *when) {
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
                const QByteArray bytes = readFile(databasePath() + suffix);
                for (const QString &canary : canaries) {
                    for (const QByteArray &needle :
                         {canary.toUtf8(),
                          QByteArray(reinterpret_cast<const char *>(canary.utf16()), canary.size() * 2),
                          canary.toUtf8().toLower()}) {
                        QVERIFY2(!bytes.contains(needle),
                                 qPrintable(u"%1 in %2 %3"_s.arg(canary, suffix, QLatin1StringView(when))));
                    }
                }
            }
        };
        QVERIFY(QFile::exists(databasePath() + u"-wal"_s));
        check("while open");
        QVERIFY(log->tail(60).value().last().details.value(u"patient"_s).toString() == canaries.at(2));
        log.reset();
        check("after closing");
    }

    void checkpointsEveryNEventsAndOneInterimOnClose()
    {
        AuditLog::Options withInterval = options(true);
        withInterval.checkpointInterval = 10;
        {
            std::unique_ptr<AuditLog> log = openWith(u"secret"_s, withInterval);
            QVERIFY(log->appendBatch(QList<AuditEvent>(24, makeEvent(EventType::Query))).ok());
            // event 1 (creation), 10 and 20; the anchor follows the newest.
            QCOMPARE(log->verify().value().checkpoints, quint64(3));
            QCOMPARE(m_anchor->load().value()->sequence, quint64(20));
        }
        QCOMPARE(m_anchor->load().value()->sequence, quint64(25));
        QVERIFY(m_anchor->load().value()->interim);
        // A program that opens, records one event and closes, over and over, replaces
        // its interim checkpoint instead of adding one per event.
        for (int i = 0; i < 5; ++i) {
            std::unique_ptr<AuditLog> log = openWith(u"secret"_s, withInterval);
            QVERIFY(log->append(makeEvent(EventType::Query)).ok());
        }
        std::unique_ptr<AuditLog> log = openWith(u"secret"_s, withInterval);
        const VerifyReport report = log->verify().value();
        QVERIFY2(report.intact(), qPrintable(report.englishSummary()));
        // 1, 10, 20 and 30: the checkpoint at 30 took over the interim one's number.
        QCOMPARE(report.checkpoints, quint64(4));
        QCOMPARE(report.anchoredThrough, quint64(30));
        QCOMPARE(report.anchoredCheckpoint, quint64(4));
    }

    void checkpointAfterTimeEvenWithFewEvents()
    {
        AuditLog::Options timed = options(true);
        timed.checkpointIntervalMs = 60000;
        std::unique_ptr<AuditLog> log = openWith(u"secret"_s, timed);
        QVERIFY(log->append(makeEvent(EventType::Query)).ok());
        QCOMPARE(m_anchor->load().value()->sequence, quint64(1));
        m_clock.advanceMs(61000);
        QVERIFY(log->append(makeEvent(EventType::Query)).ok());
        QCOMPARE(m_anchor->load().value()->sequence, quint64(3));
        QVERIFY(m_anchor->load().value()->interim); // replaced by the next, not piled up
        m_clock.advanceMs(61000);
        QVERIFY(log->append(makeEvent(EventType::Query)).ok());
        QCOMPARE(m_anchor->load().value()->sequence, quint64(4));
        QCOMPARE(log->verify().value().checkpoints, quint64(2));
    }

    void readingDoesNotWrite()
    {
        // verify and tail are pure reads: an auditor may check a copy.
        {
            std::unique_ptr<AuditLog> log = open(u"secret"_s, true);
        }
        const QByteArray before = readFile(databasePath());
        {
            std::unique_ptr<AuditLog> log = open(u"secret"_s, false);
            QVERIFY(log->verify().value().intact());
            QVERIFY(log->tail(5).ok());
        }
        QCOMPARE(readFile(databasePath()), before);
    }

    void unanchoredTailIsReportedNotPassed()
    {
        AuditLog::Options noAnchor = options(true);
        noAnchor.anchors.clear();
        std::unique_ptr<AuditLog> log = openWith(u"secret"_s, noAnchor);
        QVERIFY(log->appendBatch(QList<AuditEvent>(4, makeEvent(EventType::Query))).ok());
        VerifyReport report = log->verify().value();
        QVERIFY(report.intact());
        QVERIFY(report.hasUnanchoredTail());
        QCOMPARE(report.unanchoredFrom(), quint64(1));
        QVERIFY(report.englishSummary().contains(u"events 1–5 are not anchored"_s));

        // With an anchor, only what follows the newest anchored checkpoint is unanchored.
        AuditLog::Options anchored = options(false);
        std::unique_ptr<AuditLog> second = openWith(u"secret"_s, anchored);
        log.reset();
        QVERIFY(second->append(makeEvent(EventType::Query)).ok());
        QVERIFY(second->checkpoint().ok());
        QVERIFY(second->appendBatch(QList<AuditEvent>(3, makeEvent(EventType::Query))).ok());
        report = second->verify().value();
        QVERIFY(report.intact());
        QCOMPARE(report.anchoredThrough, quint64(6));
        QVERIFY2(report.englishSummary().contains(u"Events 7–9 after the last anchored checkpoint are not anchored."_s),
                 qPrintable(report.englishSummary()));
    }

    void logBehindItsAnchorRefusesNewEvents()
    {
        {
            std::unique_ptr<AuditLog> log = open(u"secret"_s, true);
            QVERIFY(log->append(makeEvent(EventType::Login)).ok());
        }
        const QByteArray older = readFile(databasePath());
        {
            std::unique_ptr<AuditLog> log = open(u"secret"_s, false);
            QVERIFY(log->append(makeEvent(EventType::Logout)).ok());
        }
        QFile file(databasePath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(older);
        file.close();

        std::unique_ptr<AuditLog> log = open(u"secret"_s, false);
        QVERIFY(log->appendBlocked().has_value());
        QCOMPARE(log->append(makeEvent(EventType::Login)).error().code(), u"audit.rolled_back"_s);
        const VerifyReport report = log->verify().value();
        QCOMPARE(report.problem, VerifyReport::Problem::TailMissing);
        QCOMPARE(report.firstBadSequence, quint64(3));
        log.reset();
        QCOMPARE(readFile(databasePath()), older); // and closing wrote nothing either
    }

    void deletedLogIsNotSilentlyRecreated()
    {
        {
            std::unique_ptr<AuditLog> log = open(u"secret"_s, true);
        }
        QVERIFY(QFile::remove(databasePath()));
        PassphraseKeyStore keys(crypto::SecureBytes::fromUtf8(u"secret"), TestCost);
        QCOMPARE(AuditLog::open(database().value(), keys, options(true)).error().code(), u"audit.log_missing"_s);
    }

    void twoWritersShareOneChain()
    {
        std::unique_ptr<AuditLog> first = open(u"secret"_s, true);
        std::unique_ptr<AuditLog> second = open(u"secret"_s, false);
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(first->append(makeEvent(EventType::Query, u"first"_s)).value(), quint64(2 + 2 * i));
            QCOMPARE(second->append(makeEvent(EventType::Query, u"second"_s)).value(), quint64(3 + 2 * i));
        }
        QVERIFY(second->rotateKey().ok());
        QVERIFY(first->append(makeEvent(EventType::Query, u"first"_s)).ok()); // picks up the new key
        QCOMPARE(first->tail(1).value().first().keyId, 2u);
        const VerifyReport report = first->verify().value();
        QVERIFY2(report.intact(), qPrintable(report.englishSummary()));
        QCOMPARE(report.lastSequence, quint64(43));
    }

    void appendIsCommittedWhenItReturns()
    {
        std::unique_ptr<AuditLog> log = open(u"secret"_s, true);
        QVERIFY(log->append(makeEvent(EventType::Login)).ok());
        // Another connection (another process, after a crash) sees it at once.
        Result<storage::Database> other = storage::Database::open(databasePath(), storage::OpenMode::ReadOnly);
        QVERIFY(other.ok());
        Result<storage::Statement> count = other->prepare(u"SELECT count(*) FROM audit_events"_s);
        QVERIFY(count->step().value());
        QCOMPARE(count->columnInt64(0), qint64(2));
    }

private:
    QString databasePath() const { return m_dir->filePath(u"pasban.sqlite"_s); }

    Result<storage::Database> database() { return storage::openConsoleDatabase(databasePath()); }

    AuditLog::Options options(bool create)
    {
        AuditLog::Options options;
        options.clock = &m_clock;
        options.anchors = {m_anchor.get()};
        options.workstation = u"test-workstation"_s;
        options.create = create;
        return options;
    }

    std::unique_ptr<AuditLog> openWith(const QString &passphrase, const AuditLog::Options &options)
    {
        m_keyStore = std::make_unique<PassphraseKeyStore>(crypto::SecureBytes::fromUtf8(passphrase), TestCost);
        Result<storage::Database> db = database();
        if (!db) {
            qWarning() << db.error().toString();
            return nullptr;
        }
        Result<std::unique_ptr<AuditLog>> log = AuditLog::open(std::move(db).value(), *m_keyStore, options);
        if (!log) {
            qWarning() << log.error().toString() << log.error().detail();
            return nullptr;
        }
        return std::move(log).value();
    }

    std::unique_ptr<AuditLog> open(const QString &passphrase, bool create)
    {
        return openWith(passphrase, options(create));
    }

    QByteArray sealedColumns()
    {
        Result<storage::Database> db = storage::Database::open(databasePath(), storage::OpenMode::ReadOnly);
        Result<storage::Statement> statement = db->prepare(u"SELECT sealed FROM audit_events ORDER BY sequence"_s);
        QByteArray all;
        while (statement->step().value())
            all += statement->columnBlob(0);
        return all;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    test::MockClock m_clock;
    std::unique_ptr<FileAnchorStore> m_anchor;
    std::unique_ptr<PassphraseKeyStore> m_keyStore;
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_AuditLog.moc"
