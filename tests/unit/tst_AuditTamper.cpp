// Tampering with a 10,000-event audit log, one kind per test: each must be
// detected, with the right first bad event. The log is built once (initTestCase);
// every test tampers with its own copy of the files, as an attacker with write
// access to the data folder (but not the passphrase) would.
#include "MockClock.h"
#include "audit/AuditLog.h"
#include "audit/FileAnchorStore.h"
#include "audit/PassphraseKeyStore.h"
#include "audit/RecordCodec.h"
#include "storage/ConsoleSchema.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::audit;

namespace {

using Problem = VerifyReport::Problem;

const crypto::ScryptParams TestCost {1u << 10, 8, 1};
const QString Passphrase = u"tamper test passphrase"_s;
constexpr quint64 Events = 10000;
constexpr quint64 OlderCopyEvents = 5000;
constexpr qint64 Target = 5017; // a middle row that is not at a checkpoint

const QString DatabaseName = u"pasban.sqlite"_s;

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

AuditEvent sampleEvent(int i)
{
    AuditEvent event;
    event.type = i % 4 == 0 ? EventType::HardwareConfiguration : EventType::Query;
    event.action = i % 2 == 0 ? Action::Update : Action::Read;
    event.outcome = i % 50 == 0 ? Outcome::MinorFailure : Outcome::Success;
    event.operatorId = u"operator-%1"_s.arg(i % 7);
    event.device = u"device-%1"_s.arg(i % 13);
    event.details = {{u"i"_s, i}};
    return event;
}

} // namespace

class TestAuditTamper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_source.isValid());
        const QString folder = m_source.filePath(u"build"_s);
        QVERIFY(QDir().mkpath(folder));
        FileAnchorStore anchor(folder + u"/"_s + FileAnchorStore::defaultFileName());
        QList<AuditEvent> events;
        for (quint64 i = 2; i <= Events; ++i)
            events.append(sampleEvent(int(i)));
        {
            std::unique_ptr<AuditLog> log = openLog(folder, &anchor, true);
            QVERIFY(log);
            QVERIFY(log->appendBatch(events.first(OlderCopyEvents - 1)).ok());
        }
        QVERIFY(copyFile(folder + u"/"_s + DatabaseName, m_source.filePath(u"older.sqlite"_s)));
        {
            std::unique_ptr<AuditLog> log = openLog(folder, &anchor, false);
            QVERIFY(log);
            QVERIFY(log->appendBatch(events.sliced(OlderCopyEvents - 1)).ok());
            QCOMPARE(log->lastSequence().value(), Events);
        }
        QVERIFY(copyFile(folder + u"/"_s + DatabaseName, m_source.filePath(u"newer.sqlite"_s)));
        QVERIFY(copyFile(anchor.path(), m_source.filePath(u"newer-anchor.bin"_s)));
        QCOMPARE(anchor.load().value()->sequence, Events);
    }

    void init()
    {
        m_work = std::make_unique<QTemporaryDir>();
        QVERIFY(m_work->isValid());
        QVERIFY(copyFile(m_source.filePath(u"newer.sqlite"_s), databasePath()));
        QVERIFY(copyFile(m_source.filePath(u"newer-anchor.bin"_s), anchorPath()));
    }

    void cleanup() { m_work.reset(); }

    void untouchedLogIsIntactAndAnchored()
    {
        const VerifyReport report = verify();
        QVERIFY2(report.intact(), qPrintable(report.englishSummary()));
        QCOMPARE(report.events, Events);
        QCOMPARE(report.verifiedThrough, Events);
        QCOMPARE(report.anchoredThrough, Events);
        QCOMPARE(report.anchoredCheckpoint, quint64(11)); // event 1, then every 1000th
        QVERIFY(!report.hasUnanchoredTail());
        QCOMPARE(report.englishSummary(), u"Intact up to event 10000, anchored at checkpoint 11."_s);
    }

    void flippedByteInAColumn_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("problem");
        QTest::newRow("sequence") << u"sequence"_s << int(Problem::SequenceGap);
        QTest::newRow("recorded_utc") << u"recorded_utc"_s << int(Problem::ContentMismatch);
        QTest::newRow("event_type") << u"event_type"_s << int(Problem::ContentMismatch);
        QTest::newRow("outcome") << u"outcome"_s << int(Problem::ContentMismatch);
        QTest::newRow("key_id") << u"key_id"_s << int(Problem::KeyUnknown);
        QTest::newRow("operator_index") << u"operator_index"_s << int(Problem::ContentMismatch);
        QTest::newRow("device_index") << u"device_index"_s << int(Problem::ContentMismatch);
        QTest::newRow("sealed") << u"sealed"_s << int(Problem::ContentMismatch);
        QTest::newRow("link") << u"link"_s << int(Problem::ContentMismatch);
    }

    void flippedByteInAColumn()
    {
        QFETCH(QString, column);
        QFETCH(int, problem);
        {
            Result<storage::Database> db = tamperDatabase();
            QVERIFY(db.ok());
            Result<storage::Statement> read =
                db->prepare(u"SELECT %1 FROM audit_events WHERE sequence = ?1"_s.arg(column));
            QVERIFY(read.ok());
            read->bind(1, Target);
            QVERIFY(read->step().value());
            const QVariant value = read->columnValue(0);
            read->reset();
            QVariant flipped;
            if (value.typeId() == QMetaType::QByteArray) {
                QByteArray bytes = value.toByteArray();
                bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
                flipped = bytes;
            } else {
                // One bit in the value's third byte: for the sequence this moves the row
                // far beyond the end, leaving a gap where it was.
                flipped = qint64(value.toLongLong() ^ (qint64(1) << 20));
                if (column == u"outcome"_s || column == u"key_id"_s || column == u"event_type"_s)
                    flipped = qint64(value.toLongLong() ^ 0x10);
            }
            Result<storage::Statement> write =
                db->prepare(u"UPDATE audit_events SET %1 = ?1 WHERE sequence = ?2"_s.arg(column));
            QVERIFY(write.ok());
            QVERIFY(write->bind(1, flipped).bind(2, Target).run().ok());
            QCOMPARE(db->changes(), 1);
        }
        const VerifyReport report = verify();
        QCOMPARE(int(report.problem), problem);
        QCOMPARE(report.firstBadSequence, quint64(Target));
        QCOMPARE(report.verifiedThrough, quint64(Target - 1));
        QVERIFY(!report.summary().isEmpty());
    }

    void deletedMiddleRow()
    {
        tamper(u"DELETE FROM audit_events WHERE sequence = %1"_s.arg(Target));
        const VerifyReport report = verify();
        QCOMPARE(report.problem, Problem::SequenceGap);
        QCOMPARE(report.firstBadSequence, quint64(Target));
        QCOMPARE(report.englishSummary(), u"Event 5017 is missing (sequence gap)."_s);
    }

    void insertedForgedRow()
    {
        // Make room at the target (shift every later row up by one), then put a row
        // there built from a genuine neighbour with the attacker's own link.
        tamper(u"UPDATE audit_events SET sequence = -sequence - 1 WHERE sequence >= %1; "
               u"UPDATE audit_events SET sequence = -sequence WHERE sequence < 0; "
               u"INSERT INTO audit_events SELECT %1, recorded_utc, event_type, outcome, key_id, operator_index, "
               u"device_index, sealed, randomblob(32) FROM audit_events WHERE sequence = %1 - 1"_s.arg(Target));
        const VerifyReport report = verify();
        QCOMPARE(report.problem, Problem::ContentMismatch);
        QCOMPARE(report.firstBadSequence, quint64(Target));
        QCOMPARE(report.lastSequence, Events + 1);
    }

    void forgedRowAppendedAtTheEnd()
    {
        tamper(u"INSERT INTO audit_events SELECT sequence + 1, recorded_utc + 1, event_type, outcome, key_id, "
               u"operator_index, device_index, sealed, randomblob(32) FROM audit_events WHERE sequence = %1"_s.arg(
                   Events));
        const VerifyReport report = verify();
        QCOMPARE(report.problem, Problem::ContentMismatch);
        QCOMPARE(report.firstBadSequence, Events + 1);
    }

    void swappedRows()
    {
        const qint64 other = 7017;
        const QString columns =
            u"recorded_utc, event_type, outcome, key_id, operator_index, device_index, sealed, link"_s;
        tamper(u"CREATE TEMP TABLE a AS SELECT * FROM audit_events WHERE sequence = %1; "
               u"CREATE TEMP TABLE b AS SELECT * FROM audit_events WHERE sequence = %2; "
               u"DELETE FROM audit_events WHERE sequence IN (%1, %2); "
               u"INSERT INTO audit_events SELECT %1, %3 FROM b; "
               u"INSERT INTO audit_events SELECT %2, %3 FROM a;"_s.arg(Target)
                   .arg(other)
                   .arg(columns));
        const VerifyReport report = verify();
        QCOMPARE(report.problem, Problem::RowsOutOfOrder);
        QCOMPARE(report.firstBadSequence, quint64(Target));
        QCOMPARE(report.related, quint64(other));
        QCOMPARE(report.englishSummary(), u"Event 5017: the row holds event 7017 (rows out of order)."_s);
    }

    void changedKeyId()
    {
        tamper(u"UPDATE audit_events SET key_id = 2 WHERE sequence = %1"_s.arg(Target));
        const VerifyReport report = verify();
        QCOMPARE(report.problem, Problem::KeyUnknown);
        QCOMPARE(report.firstBadSequence, quint64(Target));
        QCOMPARE(report.related, quint64(2));
        QVERIFY(report.englishSummary().contains(u"key id unknown"_s));
    }

    void cutOffTailWithNewerAnchor()
    {
        // A careful attacker removes the checkpoints of the removed events too; only
        // the anchor outside the database still knows about them.
        tamper(u"DELETE FROM audit_events WHERE sequence > 9500; "
               u"DELETE FROM audit_checkpoints WHERE sequence > 9500"_s);
        const VerifyReport report = verify();
        QCOMPARE(report.problem, Problem::TailMissing);
        QCOMPARE(report.firstBadSequence, quint64(9501));
        QCOMPARE(report.related, Events);
        QCOMPARE(report.verifiedThrough, quint64(9500));
        QVERIFY(report.englishSummary().startsWith(u"Events 9501–10000 are missing"_s));
    }

    void cutOffTailLeavingItsCheckpoints()
    {
        tamper(u"DELETE FROM audit_events WHERE sequence > 9500"_s);
        QFile::remove(anchorPath()); // even without the anchor, the checkpoint at 10000 remembers
        const VerifyReport report = verify();
        QCOMPARE(report.problem, Problem::CheckpointBeyondEnd);
        QCOMPARE(report.firstBadSequence, quint64(9501));
    }

    void olderCopyOfTheFilePutBack()
    {
        QVERIFY(copyFile(m_source.filePath(u"older.sqlite"_s), databasePath()));
        const VerifyReport report = verify();
        QCOMPARE(report.problem, Problem::TailMissing);
        QCOMPARE(report.firstBadSequence, OlderCopyEvents + 1);
        QCOMPARE(report.related, Events);
        QCOMPARE(report.verifiedThrough, OlderCopyEvents);

        // And the rolled-back log takes no new events.
        FileAnchorStore anchor(anchorPath());
        std::unique_ptr<AuditLog> log = openLog(m_work->path(), &anchor, false);
        AuditEvent event;
        event.type = EventType::Login;
        QCOMPARE(log->append(event).error().code(), u"audit.rolled_back"_s);
    }

    void olderCopyWithoutAnchorIsReportedUnanchored()
    {
        // What an anchor buys: without one the older copy looks intact, but the
        // report says plainly that nothing vouches for its end.
        QVERIFY(copyFile(m_source.filePath(u"older.sqlite"_s), databasePath()));
        FileAnchorStore anchor(m_work->filePath(u"no-anchor.bin"_s));
        const VerifyReport report = verify(&anchor);
        QVERIFY(report.intact());
        QCOMPARE(report.anchoredCheckpoint, quint64(0));
        QVERIFY(report.hasUnanchoredTail());
        QVERIFY(report.englishSummary().contains(u"not anchored"_s));
    }

    void anchorOfAnotherLog()
    {
        QTemporaryDir otherFolder;
        FileAnchorStore otherAnchor(otherFolder.filePath(FileAnchorStore::defaultFileName()));
        {
            std::unique_ptr<AuditLog> other = openLog(otherFolder.path(), &otherAnchor, true);
        }
        QVERIFY(copyFile(otherAnchor.path(), anchorPath()));
        const VerifyReport report = verify();
        QCOMPARE(report.problem, Problem::AnchorForeign);
        QCOMPARE(report.firstBadSequence, quint64(1));
    }

    void forgedCheckpointSignature()
    {
        {
            Result<storage::Database> db = tamperDatabase();
            Result<storage::Statement> read =
                db->prepare(u"SELECT signature FROM audit_checkpoints WHERE sequence = 3000"_s);
            QVERIFY(read->step().value());
            QByteArray signature = read->columnBlob(0);
            read->reset();
            signature[7] = char(signature[7] ^ 0x40);
            Result<storage::Statement> write =
                db->prepare(u"UPDATE audit_checkpoints SET signature = ?1 WHERE sequence = 3000"_s);
            QVERIFY(write->bind(1, signature).run().ok());
        }
        const VerifyReport report = verify();
        QCOMPARE(report.problem, Problem::CheckpointSignatureInvalid);
        QCOMPARE(report.checkpointNumber, quint64(4));
        QCOMPARE(report.firstBadSequence, quint64(3000));
        QCOMPARE(report.englishSummary(), u"Checkpoint 4 (event 3000): the signature is not valid."_s);
    }

    void removedCheckpoint()
    {
        tamper(u"DELETE FROM audit_checkpoints WHERE number = 6"_s);
        const VerifyReport report = verify();
        QCOMPARE(report.problem, Problem::CheckpointMissing);
        QCOMPARE(report.checkpointNumber, quint64(6));
    }

    void resealedUnderANewerKey()
    {
        // systemd's CVE-2023-31439: someone holding only the newest key rewrites old
        // events under it and re-links the chain. Build a log with a rotation, then
        // play that attacker with key 2 (taken from the wrapped key, as a leak would).
        QTemporaryDir folder;
        FileAnchorStore anchor(folder.filePath(FileAnchorStore::defaultFileName()));
        QByteArray logId;
        {
            std::unique_ptr<AuditLog> log = openLog(folder.path(), &anchor, true);
            QList<AuditEvent> events;
            for (int i = 2; i <= 100; ++i)
                events.append(sampleEvent(i));
            QVERIFY(log->appendBatch(events).ok());
            QCOMPARE(log->rotateKey().value(), 2u); // event 101 is the rotation, under key 2
            QVERIFY(log->appendBatch(events.first(50)).ok()); // 102..151
            logId = log->logId();
        }
        const QString path = folder.filePath(DatabaseName);
        Result<storage::Database> db = storage::Database::open(path, storage::OpenMode::ReadWrite);
        QVERIFY(db.ok());
        QVERIFY(db->exec(u"DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete"_s).ok());
        Result<storage::Statement> keyRow = db->prepare(
            u"SELECT k.wrapped_key, l.key_store_parameters FROM audit_keys k, audit_log l WHERE k.key_id = 2"_s);
        QVERIFY(keyRow->step().value());
        PassphraseKeyStore store(crypto::SecureBytes::fromUtf8(Passphrase), TestCost);
        const crypto::SecureBytes kek = store.unlockKey(logId, keyRow->columnBlob(1)).value();
        const crypto::SecureBytes dataKey = KeyGeneration::unwrap(kek, logId, 2, 101, keyRow->columnBlob(0)).value();
        keyRow->reset();
        const KeyGeneration key2 = KeyGeneration::derive(2, 101, dataKey, logId).value();

        // Re-seal events 50..151 under key 2, each chained onto the previous new link.
        Result<storage::Statement> previousLink = db->prepare(u"SELECT link FROM audit_events WHERE sequence = 49"_s);
        QVERIFY(previousLink->step().value());
        QByteArray previous = previousLink->columnBlob(0);
        previousLink->reset();
        for (quint64 sequence = 50; sequence <= 151; ++sequence) {
            AuditEvent forged = sampleEvent(int(sequence));
            forged.sequence = sequence;
            forged.recorded = QDateTime(QDate(2026, 11, 28), QTime(10, 4), Qt::UTC);
            const StoredRecord record = RecordCodec::seal(forged, key2, logId, previous).value();
            Result<storage::Statement> write =
                db->prepare(u"UPDATE audit_events SET recorded_utc = ?1, event_type = ?2, outcome = ?3, key_id = 2, "
                            u"operator_index = ?4, device_index = ?5, sealed = ?6, link = ?7 WHERE sequence = ?8"_s);
            QVERIFY(write->bind(1, record.recordedMs)
                        .bind(2, record.eventType)
                        .bind(3, record.outcome)
                        .bind(4, *record.operatorIndex)
                        .bind(5, *record.deviceIndex)
                        .bind(6, record.sealed)
                        .bind(7, record.link)
                        .bind(8, qint64(sequence))
                        .run()
                        .ok());
            previous = record.link;
        }
        db->close();

        std::unique_ptr<AuditLog> log = openLog(folder.path(), &anchor, false);
        const VerifyReport report = log->verify().value();
        QCOMPARE(report.problem, Problem::KeyNotValid);
        QCOMPARE(report.firstBadSequence, quint64(50));
        QCOMPARE(report.related, quint64(2));
        QCOMPARE(report.verifiedThrough, quint64(49));
    }

private:
    QString databasePath() const { return m_work->filePath(DatabaseName); }
    QString anchorPath() const { return m_work->filePath(FileAnchorStore::defaultFileName()); }

    std::unique_ptr<AuditLog> openLog(const QString &folder, AnchorStore *anchor, bool create)
    {
        m_keys = std::make_unique<PassphraseKeyStore>(crypto::SecureBytes::fromUtf8(Passphrase), TestCost);
        Result<storage::Database> db = storage::openConsoleDatabase(folder + u"/"_s + DatabaseName);
        if (!db)
            return nullptr;
        AuditLog::Options options;
        options.clock = &m_clock;
        options.anchors = {anchor};
        options.create = create;
        Result<std::unique_ptr<AuditLog>> log = AuditLog::open(std::move(db).value(), *m_keys, options);
        if (!log) {
            qWarning() << log.error().toString() << log.error().detail();
            return nullptr;
        }
        return std::move(log).value();
    }

    VerifyReport verify(AnchorStore *anchorStore = nullptr)
    {
        // A log that cannot be opened or read must not look intact to the tests.
        VerifyReport failed;
        failed.problem = Problem::AnchorInvalid;
        failed.firstBadSequence = std::numeric_limits<quint64>::max();
        FileAnchorStore anchor(anchorPath());
        std::unique_ptr<AuditLog> log = openLog(m_work->path(), anchorStore ? anchorStore : &anchor, false);
        if (!log)
            return failed;
        Result<VerifyReport> report = log->verify();
        if (!report) {
            qWarning() << report.error().toString();
            return failed;
        }
        return *report;
    }

    // A connection with Pasban's own append-only guard removed, as an attacker
    // editing the file directly would not meet it.
    Result<storage::Database> tamperDatabase()
    {
        Result<storage::Database> db = storage::Database::open(databasePath(), storage::OpenMode::ReadWrite);
        if (!db)
            return db;
        if (Status dropped = db->exec(
                u"DROP TRIGGER IF EXISTS audit_events_no_update; DROP TRIGGER IF EXISTS audit_events_no_delete"_s);
            !dropped)
            return dropped.error();
        return db;
    }

    void tamper(const QString &sql)
    {
        Result<storage::Database> db = tamperDatabase();
        QVERIFY(db.ok());
        const Status done = db->exec(sql);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().detail()));
    }

    QTemporaryDir m_source;
    std::unique_ptr<QTemporaryDir> m_work;
    test::MockClock m_clock;
    std::unique_ptr<PassphraseKeyStore> m_keys;
};

QTEST_GUILESS_MAIN(TestAuditTamper)
#include "tst_AuditTamper.moc"
