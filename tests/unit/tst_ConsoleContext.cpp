// Start-up shared by the GUI and the CLI: it refuses to run on a broken
// foundation and never modifies what it refuses.
#include "console/ConsoleContext.h"
#include "storage/ConsoleSchema.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestConsoleContext : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void startsOnAFreshFolder()
    {
        const QString folder = m_dir.filePath(u"fresh"_s);
        auto context = ConsoleContext::start(folder);
        QVERIFY2(context.ok(), context.ok() ? "" : qPrintable(context.error().toString()));
        QCOMPARE((*context)->databasePath(), folder + u'/' + storage::consoleDatabaseFileName());
        QVERIFY(QFile::exists((*context)->databasePath()));
        const Result<int> version = storage::schemaVersion((*context)->database());
        QVERIFY(version.ok());
        QCOMPARE(*version, int(storage::consoleMigrations().size()));
        QCOMPARE((*context)->settings().filePath(), folder + u"/settings.ini"_s);
    }

    void failingSelfTestRefusesBeforeTouchingAnything()
    {
        const QString folder = m_dir.filePath(u"refused"_s);
        ConsoleContext::Options options {folder, {}};
        options.selfTest = [] {
            return Status(Error(u"crypto.selftest"_s, "The cryptographic self-test failed (%1).", {u"SHA-256"_s}));
        };
        auto context = ConsoleContext::start(options);
        QVERIFY(!context.ok());
        QCOMPARE(context.error().code(), u"crypto.selftest"_s);
        QVERIFY(context.error().sourceMessage().contains(u"SHA-256"_s));
        QVERIFY2(!QFileInfo::exists(folder), "nothing may be created when the self-test fails");
    }

    void databaseLockedByAnotherConsoleIsReportedAndSurvives()
    {
        const QString folder = m_dir.filePath(u"locked"_s);
        {
            auto first = ConsoleContext::start(folder);
            QVERIFY(first.ok());
        }
        // Another program holds the database exclusively (WAL lets readers past a
        // plain write lock; an exclusive locking mode does not).
        auto other = storage::Database::open(folder + u'/' + storage::consoleDatabaseFileName());
        QVERIFY(other.ok());
        QVERIFY(
            other
                ->exec(
                    u"PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; CREATE TABLE held(x); INSERT INTO held VALUES (7);"_s)
                .ok());

        ConsoleContext::Options options {folder, {}};
        options.busyTimeoutMs = 50;
        auto second = ConsoleContext::start(options);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code(), u"storage.locked"_s);

        QVERIFY(other->exec(u"COMMIT"_s).ok());
        other = Error(u"closed"_s, "closed"); // the other program exits and lets go
        auto third = ConsoleContext::start(options);
        QVERIFY2(third.ok(), third.ok() ? "" : qPrintable(third.error().toString()));
        auto held = (*third)->database().prepare(u"SELECT x FROM held"_s);
        QVERIFY(held.ok());
        QCOMPARE(held->step().value(), true);
        QCOMPARE(held->columnInt64(0), 7);
    }

    void databaseFromANewerPasbanIsLeftUntouched()
    {
        const QString folder = m_dir.filePath(u"newer"_s);
        {
            auto first = ConsoleContext::start(folder);
            QVERIFY(first.ok());
            QVERIFY(
                (*first)->database().exec(u"UPDATE schema_meta SET value = 999 WHERE key = 'schema_version'"_s).ok());
        }
        const QString path = folder + u'/' + storage::consoleDatabaseFileName();
        const QByteArray before = readAll(path);
        auto context = ConsoleContext::start(folder);
        QVERIFY(!context.ok());
        QCOMPARE(context.error().code(), u"storage.newer_version"_s);
        QCOMPARE(readAll(path), before);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestConsoleContext)
#include "tst_ConsoleContext.moc"
