// Durability: a writer killed with SIGKILL at random moments, over and over, never
// loses an event it acknowledged, and the log still verifies after every crash.
#include "Canaries.h"
#include "audit/AuditLog.h"
#include "audit/FileAnchorStore.h"
#include "audit/PassphraseKeyStore.h"
#include "storage/ConsoleSchema.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

namespace {

constexpr int Rounds = 24;

struct Acknowledged
{
    int round = 0;
    qint64 n = 0;
};

} // namespace

class TestAuditCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWriterLosesNothingAcknowledged()
    {
#ifndef Q_OS_UNIX
        QSKIP("SIGKILL is POSIX only");
#else
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QHash<quint64, Acknowledged> acknowledged;
        QRandomGenerator *random = QRandomGenerator::global();
        int roundsWithEvents = 0;

        for (int round = 0; round < Rounds; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start(QStringLiteral(PASBAN_AUDIT_CRASH_WRITER), {folder.path(), QString::number(round)});
            QVERIFY(writer.waitForStarted());
            // Most rounds: kill at a random moment once it is appending. Every fourth:
            // at a random moment from its start, which may hit opening, unlocking,
            // creating the log or its first checkpoint.
            QByteArray output;
            const bool fromStart = round % 4 == 3;
            if (!fromStart) {
                QElapsedTimer started;
                started.start();
                while (!output.contains('\n') && writer.state() == QProcess::Running && started.elapsed() < 60000) {
                    writer.waitForReadyRead(10);
                    output += writer.readAllStandardOutput();
                }
            }
            QElapsedTimer timer;
            timer.start();
            const qint64 killAfterMs = fromStart ? random->bounded(1500) : random->bounded(300);
            while (timer.elapsed() < killAfterMs && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(5);
                output += writer.readAllStandardOutput();
            }
            QVERIFY2(writer.state() == QProcess::Running, writer.readAllStandardError().constData());
            writer.kill(); // SIGKILL: no destructor, no closing checkpoint
            QVERIFY(writer.waitForFinished());
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            output += writer.readAllStandardOutput();

            // Only whole lines are acknowledgements; a cut-off line was never complete.
            const QList<QByteArray> lines = output.split('\n');
            qint64 n = 0;
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                bool ok = false;
                const quint64 sequence = lines.at(i).toULongLong(&ok);
                QVERIFY2(ok, lines.at(i).constData());
                QVERIFY2(!acknowledged.contains(sequence), "a sequence number was acknowledged twice");
                acknowledged.insert(sequence, {round, n++});
            }
            if (n > 0)
                ++roundsWithEvents;
            checkLog(folder.path(), acknowledged);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%lld acknowledged events over %d rounds, %d of which acknowledged some", qlonglong(acknowledged.size()),
              Rounds, roundsWithEvents);
        QVERIFY2(roundsWithEvents >= Rounds / 2, "the writer was killed too early too often to test anything");
#endif
    }

private:
    void checkLog(const QString &folder, const QHash<quint64, Acknowledged> &acknowledged)
    {
        Result<storage::Database> db = storage::openConsoleDatabase(folder + u"/pasban.sqlite"_s);
        QVERIFY(db.ok());
        Result<bool> exists = audit::AuditLog::exists(*db);
        QVERIFY(exists.ok());
        if (!*exists) {
            QVERIFY(acknowledged.isEmpty()); // killed before the log was ever created
            return;
        }
        audit::FileAnchorStore anchor(folder + u"/"_s + audit::FileAnchorStore::defaultFileName());
        audit::PassphraseKeyStore keys(crypto::SecureBytes(test::canary::AuditCrashPassphrase),
                                       crypto::ScryptParams {1u << 10, 8, 1});
        audit::AuditLog::Options options;
        options.anchors = {&anchor};
        Result<std::unique_ptr<audit::AuditLog>> log = audit::AuditLog::open(std::move(db).value(), keys, options);
        QVERIFY2(log.ok(), log.ok() ? "" : qPrintable(log.error().toString() + log.error().detail()));
        QVERIFY(!(*log)->appendBlocked().has_value());

        const Result<audit::VerifyReport> report = (*log)->verify();
        QVERIFY(report.ok());
        QVERIFY2(report->intact(), qPrintable(report->englishSummary() + u" "_s + report->detail));

        QHash<quint64, Acknowledged> found;
        QVERIFY((*log)
                    ->forEachEvent({},
                                   [&](const audit::AuditEvent &event) {
                                       if (event.operatorId == u"crash-writer"_s) {
                                           found.insert(event.sequence,
                                                        {event.details.value(u"round"_s).toInt(),
                                                         qint64(event.details.value(u"n"_s).toDouble())});
                                       }
                                       return event.readable;
                                   })
                    .ok());
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            QVERIFY2(found.contains(it.key()), qPrintable(u"acknowledged event %1 is missing"_s.arg(it.key())));
            QCOMPARE(found.value(it.key()).round, it.value().round);
            QCOMPARE(found.value(it.key()).n, it.value().n);
        }
        // Closing without having recorded anything writes nothing: the next writer
        // continues the log exactly as the crash left it.
    }
};

QTEST_GUILESS_MAIN(TestAuditCrash)
#include "tst_AuditCrash.moc"
