// AuditLog::openSibling (a second instance on its own connection, for work off the
// GUI thread, unlocked without asking for the key again), count() and
// sequenceAt() (a viewer's row count and jumps).
#include "AuditTestLog.h"

#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::audit;

class TestAuditSibling : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void siblingReadsAndWritesWithoutTheKeyAgain()
    {
        test::AuditTestLog fixture;
        std::unique_ptr<AuditLog> log = fixture.open();
        QVERIFY(log);
        AuditEvent event;
        event.type = EventType::Login;
        event.operatorId = u"laleh"_s;
        QCOMPARE(log->append(event).value(), quint64(2));

        Result<std::unique_ptr<AuditLog>> sibling = log->openSibling(fixture.database().value());
        QVERIFY2(sibling, sibling ? "" : qPrintable(sibling.error().code()));
        QCOMPARE((*sibling)->logId(), log->logId());
        QVERIFY(!(*sibling)->created());

        // Used on another thread, as the Audit page does.
        Result<VerifyReport> report = Error();
        QList<AuditEvent> read;
        quint64 appended = 0;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            report = (*sibling)->verify();
            read = (*sibling)->query({}, 10).value();
            AuditEvent fromWorker;
            fromWorker.type = EventType::Export;
            appended = (*sibling)->append(fromWorker).value();
        }));
        worker->start();
        QVERIFY(worker->wait(60000));
        QVERIFY(report);
        QVERIFY(report->intact());
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(1).operatorId, u"laleh"_s);
        QCOMPARE(appended, quint64(3));
        // The first instance sees the sibling's event and the chain stays whole.
        QCOMPARE(log->tail(1).value().first().type, EventType::Export);
        QCOMPARE(log->append(event).value(), quint64(4));
        QVERIFY((*sibling)->close());
        QVERIFY(log->verify().value().intact());
    }

    void closedLogHasNoSibling()
    {
        test::AuditTestLog fixture;
        std::unique_ptr<AuditLog> log = fixture.open();
        QVERIFY(log);
        QVERIFY(log->close());
        QVERIFY(!log->openSibling(fixture.database().value()));
    }

    void countAndSequenceAtFollowTheFilter()
    {
        test::AuditTestLog fixture;
        std::unique_ptr<AuditLog> log = fixture.open();
        QVERIFY(log);
        QList<AuditEvent> batch;
        for (int i = 0; i < 30; ++i) {
            AuditEvent event;
            event.type = i % 3 == 0 ? EventType::Login : EventType::Query;
            event.outcome = i % 5 == 0 ? Outcome::MinorFailure : Outcome::Success;
            event.device = i % 2 == 0 ? u"PUMP-1"_s : u"MONITOR-2"_s;
            batch.append(event);
        }
        QVERIFY(log->appendBatch(batch)); // events 2..31

        QCOMPARE(log->count({}).value(), quint64(31));
        EventFilter logins;
        logins.types = {EventType::Login};
        QCOMPARE(log->count(logins).value(), quint64(10));
        // Login events are 2, 5, 8, ...: the fourth is 11; newest first, the first is 29.
        QCOMPARE(log->sequenceAt(logins, 3).value(), quint64(11));
        logins.newestFirst = true;
        QCOMPARE(log->sequenceAt(logins, 0).value(), quint64(29));
        QCOMPARE(log->sequenceAt(logins, 10).value(), quint64(0));

        EventFilter pump;
        pump.device = u"PUMP-1"_s;
        pump.outcomes = {Outcome::MinorFailure};
        // i = 0, 10, 20 → events 2, 12, 22.
        QCOMPARE(log->count(pump).value(), quint64(3));
        QCOMPARE(log->sequenceAt(pump, 1).value(), quint64(12));
        pump.afterSequence = 12;
        QCOMPARE(log->count(pump).value(), quint64(1));
        QCOMPARE(log->query(pump, 10).value().first().sequence, quint64(22));
        QCOMPARE(log->query(pump, 10).value().first().link.size(), 32);
    }
};

QTEST_GUILESS_MAIN(TestAuditSibling)
#include "tst_AuditSibling.moc"
