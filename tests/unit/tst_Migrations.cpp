#include "storage/ConsoleSchema.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::storage;

namespace {

QString describe(const Error &error)
{
    return u"%1 [%2]"_s.arg(error.toString(), error.detail());
}

#define VERIFY_OK(result)                                                                                              \
    do {                                                                                                               \
        const auto &checked_ = (result);                                                                               \
        QVERIFY2(checked_.ok(), checked_.ok() ? "" : qPrintable(describe(checked_.error())));                          \
    } while (false)

#define VERIFY_ERROR(result, expectedCode)                                                                             \
    do {                                                                                                               \
        const auto &checked_ = (result);                                                                               \
        QVERIFY2(!checked_.ok(), "expected the error " expectedCode);                                                  \
        QCOMPARE(checked_.error().code(), QStringLiteral(expectedCode));                                               \
    } while (false)

#define COMPARE_VERSION(db, expected)                                                                                  \
    do {                                                                                                               \
        const Result<int> version_ = schemaVersion(db);                                                                \
        VERIFY_OK(version_);                                                                                           \
        QCOMPARE(*version_, expected);                                                                                 \
    } while (false)

QVariant queryValue(Database &db, QStringView sql)
{
    Result<Statement> statement = db.prepare(sql);
    if (!statement)
        return describe(statement.error());
    const Result<bool> row = statement->step();
    if (!row)
        return describe(row.error());
    return *row ? statement->columnValue(0) : QVariant(u"<no row>"_s);
}

bool tableExists(Database &db, const QString &name)
{
    Result<Statement> statement = db.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    if (!statement)
        return false;
    statement->bind(1, name);
    const Result<bool> row = statement->step();
    return row.ok() && *row;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList sideFiles(const QString &path)
{
    QStringList found;
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFileInfo::exists(path + suffix))
            found << suffix;
    }
    return found;
}

// Migrations 1..count; each creates table t<version> and records that it ran.
QList<Migration> recordingMigrations(QList<int> *applied, int count)
{
    QList<Migration> migrations;
    for (int version = 1; version <= count; ++version) {
        migrations.append({version, u"create t%1"_s.arg(version), [applied, version](Database &db) {
                               applied->append(version);
                               return db.exec(u"CREATE TABLE t%1 (x); INSERT INTO t%1 VALUES (%1)"_s.arg(version));
                           }});
    }
    return migrations;
}

QString installationId(Database &db)
{
    return queryValue(db, u"SELECT value FROM console_info WHERE key = 'installation_id'").toString();
}

} // namespace

class tst_Migrations : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void freshDatabaseIsVersionZero();
    void appliesAllMigrationsInOrder();
    void rerunningIsANoOp();
    void appliesOnlyPendingMigrations();
    void failingMigrationRollsBackEverything_data();
    void failingMigrationRollsBackEverything();
    void failingStepFunctionIsNamedWithItsCause();
    void migrationCannotEndTheTransaction();
    void inconsistentListsAreRejected_data();
    void inconsistentListsAreRejected();
    void newerDatabaseIsLeftUntouched();
    void readOnlyDatabaseIsNotMigrated();
    void foreignDatabaseIsLeftUntouched();
    void damagedVersionRecordIsCorrupt();
    void lockedDatabaseIsReportedAndLaterMigrated();

    void consoleDatabaseGetsAnIdentity();
    void consoleDatabaseReopensWithTheSameIdentity();
    void consoleDatabaseReportsALockedFileThenOpens();
    void consoleDatabaseRefusesDamagedFileUntouched();
    void consoleDatabaseRefusesNewerSchema();

private:
    QString dbPath() const { return m_dir->filePath(consoleDatabaseFileName()); }
    std::optional<QTemporaryDir> m_dir;
};

void tst_Migrations::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
}

void tst_Migrations::freshDatabaseIsVersionZero()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    COMPARE_VERSION(*db, 0);
    QVERIFY(!tableExists(*db, u"schema_meta"_s));
}

void tst_Migrations::appliesAllMigrationsInOrder()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    QList<int> applied;
    VERIFY_OK(migrate(*db, recordingMigrations(&applied, 3)));
    QCOMPARE(applied, QList<int>({1, 2, 3}));
    COMPARE_VERSION(*db, 3);
    QCOMPARE(queryValue(*db, u"SELECT value FROM schema_meta WHERE key = 'schema_version'"), QVariant(qint64(3)));
    QCOMPARE(queryValue(*db, u"SELECT x FROM t3"), QVariant(qint64(3)));
    QVERIFY(!db->inTransaction());

    // The version is in the file, not in the connection.
    db->close();
    Result<Database> reopened = Database::open(dbPath());
    VERIFY_OK(reopened);
    COMPARE_VERSION(*reopened, 3);
}

void tst_Migrations::rerunningIsANoOp()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    QList<int> applied;
    const QList<Migration> migrations = recordingMigrations(&applied, 2);
    VERIFY_OK(migrate(*db, migrations));
    applied.clear();
    VERIFY_OK(migrate(*db, migrations));
    QCOMPARE(applied, QList<int>());
    COMPARE_VERSION(*db, 2);
    QCOMPARE(queryValue(*db, u"SELECT count(*) FROM t1"), QVariant(qint64(1)));
}

void tst_Migrations::appliesOnlyPendingMigrations()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    QList<int> applied;
    VERIFY_OK(migrate(*db, recordingMigrations(&applied, 2)));
    applied.clear();
    VERIFY_OK(migrate(*db, recordingMigrations(&applied, 4)));
    QCOMPARE(applied, QList<int>({3, 4}));
    COMPARE_VERSION(*db, 4);
}

void tst_Migrations::failingMigrationRollsBackEverything_data()
{
    QTest::addColumn<int>("startVersion");
    QTest::newRow("fresh database") << 0;
    QTest::newRow("database at version 1") << 1;
}

void tst_Migrations::failingMigrationRollsBackEverything()
{
    QFETCH(int, startVersion);
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    QList<int> applied;
    QList<Migration> migrations = recordingMigrations(&applied, 2);
    if (startVersion > 0)
        VERIFY_OK(migrate(*db, migrations.mid(0, startVersion)));
    // Version 3 changes the schema, then fails halfway.
    migrations.append(Migration::fromSql(3, u"audit trail"_s,
                                         u"CREATE TABLE t3 (x); INSERT INTO t3 VALUES (3);"
                                         u"INSERT INTO no_such_table VALUES (1);"_s));

    const Status result = migrate(*db, migrations);
    VERIFY_ERROR(result, "storage.migration");
    QCOMPARE(result.error().arguments().mid(1), QStringList({u"3"_s, u"audit trail"_s}));
    QVERIFY(result.error().message().contains(u"schema version 3 (audit trail)"_s));
    QVERIFY2(result.error().detail().contains(u"no such table: no_such_table"_s), qPrintable(result.error().detail()));

    QVERIFY(!db->inTransaction());
    COMPARE_VERSION(*db, startVersion);
    QCOMPARE(tableExists(*db, u"t1"_s), startVersion >= 1);
    QVERIFY(!tableExists(*db, u"t2"_s));
    QVERIFY(!tableExists(*db, u"t3"_s));
    QCOMPARE(tableExists(*db, u"schema_meta"_s), startVersion > 0);

    // Once fixed, the same database upgrades normally.
    migrations.last() = Migration::fromSql(3, u"audit trail"_s, u"CREATE TABLE t3 (x)"_s);
    VERIFY_OK(migrate(*db, migrations));
    COMPARE_VERSION(*db, 3);
    QVERIFY(tableExists(*db, u"t2"_s));
}

void tst_Migrations::failingStepFunctionIsNamedWithItsCause()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    QList<int> applied;
    QList<Migration> migrations = recordingMigrations(&applied, 1);
    migrations.append({2, u"import devices"_s, [](Database &database) -> Status {
                           if (Status created = database.exec(u"CREATE TABLE devices (id)"); !created)
                               return created;
                           return Error(u"test.refused"_s, QT_TRANSLATE_NOOP("pasban::Error", "Refused by the test."));
                       }});
    const Status result = migrate(*db, migrations);
    VERIFY_ERROR(result, "storage.migration");
    QCOMPARE(result.error().arguments().mid(1), QStringList({u"2"_s, u"import devices"_s}));
    QVERIFY2(result.error().detail().contains(u"test.refused"_s), qPrintable(result.error().detail()));
    QCOMPARE(applied, QList<int>({1}));
    COMPARE_VERSION(*db, 0);
    QVERIFY(!tableExists(*db, u"t1"_s));
    QVERIFY(!tableExists(*db, u"devices"_s));
}

void tst_Migrations::migrationCannotEndTheTransaction()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    QList<int> applied;
    QList<Migration> migrations = recordingMigrations(&applied, 1);
    // A COMMIT inside a step would make the upgrade non-atomic.
    migrations.append(Migration::fromSql(2, u"sloppy"_s, u"CREATE TABLE t2 (x); COMMIT; CREATE TABLE t2b (x)"_s));
    VERIFY_ERROR(migrate(*db, migrations), "storage.migration");
    QVERIFY(!db->inTransaction());
    COMPARE_VERSION(*db, 0);
    QVERIFY(!tableExists(*db, u"t1"_s));
    QVERIFY(!tableExists(*db, u"t2"_s));
    // Ordinary transactions work again afterwards.
    Result<Transaction> transaction = Transaction::begin(*db);
    VERIFY_OK(transaction);
    VERIFY_OK(transaction->commit());
}

void tst_Migrations::inconsistentListsAreRejected_data()
{
    QTest::addColumn<QList<int>>("versions");
    QTest::newRow("duplicate") << QList<int> {1, 2, 2, 3};
    QTest::newRow("unordered") << QList<int> {2, 1};
    QTest::newRow("gap") << QList<int> {1, 3};
    QTest::newRow("starts at 0") << QList<int> {0, 1};
    QTest::newRow("starts at 2") << QList<int> {2, 3};
}

void tst_Migrations::inconsistentListsAreRejected()
{
    QFETCH(QList<int>, versions);
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    QList<int> applied;
    QList<Migration> migrations;
    for (int version : versions)
        migrations.append({version, u"v%1"_s.arg(version), [&applied, version](Database &) -> Status {
                               applied.append(version);
                               return {};
                           }});
    const Status result = migrate(*db, migrations);
    VERIFY_ERROR(result, "storage.migration");
    QVERIFY(!result.error().detail().isEmpty());
    QCOMPARE(applied, QList<int>());
    QVERIFY(!tableExists(*db, u"schema_meta"_s));
}

void tst_Migrations::newerDatabaseIsLeftUntouched()
{
    QList<int> applied;
    {
        Result<Database> db = Database::open(dbPath());
        VERIFY_OK(db);
        VERIFY_OK(migrate(*db, recordingMigrations(&applied, 3)));
    }
    QCOMPARE(sideFiles(dbPath()), QStringList());
    const QByteArray before = fileBytes(dbPath());
    applied.clear();
    {
        Result<Database> db = Database::open(dbPath());
        VERIFY_OK(db);
        const Status result = migrate(*db, recordingMigrations(&applied, 2));
        VERIFY_ERROR(result, "storage.newer_version");
        QCOMPARE(result.error().arguments().mid(1), QStringList({u"3"_s, u"2"_s}));
        QVERIFY(result.error().message().contains(u"schema 3; this version knows up to 2"_s));
        COMPARE_VERSION(*db, 3);
    }
    QCOMPARE(applied, QList<int>());
    QCOMPARE(fileBytes(dbPath()), before);
    QCOMPARE(sideFiles(dbPath()), QStringList());
}

void tst_Migrations::readOnlyDatabaseIsNotMigrated()
{
    QList<int> applied;
    {
        Result<Database> db = Database::open(dbPath());
        VERIFY_OK(db);
        VERIFY_OK(migrate(*db, recordingMigrations(&applied, 1)));
    }
    applied.clear();
    Result<Database> db = Database::open(dbPath(), OpenMode::ReadOnly);
    VERIFY_OK(db);
    const Status result = migrate(*db, recordingMigrations(&applied, 2));
    VERIFY_ERROR(result, "storage.readonly");
    QCOMPARE(result.error().arguments().mid(1), QStringList({u"1"_s, u"2"_s}));
    QCOMPARE(applied, QList<int>());
    COMPARE_VERSION(*db, 1);
    QVERIFY(!tableExists(*db, u"t2"_s));
    // Nothing to do is not an error, even read-only.
    VERIFY_OK(migrate(*db, recordingMigrations(&applied, 1)));
}

void tst_Migrations::foreignDatabaseIsLeftUntouched()
{
    {
        Result<Database> db = Database::open(dbPath());
        VERIFY_OK(db);
        VERIFY_OK(db->exec(u"CREATE TABLE moz_places (url TEXT); INSERT INTO moz_places VALUES ('x')"));
    }
    const QByteArray before = fileBytes(dbPath());
    {
        const Result<Database> db = openConsoleDatabase(dbPath());
        VERIFY_ERROR(db, "storage.foreign");
    }
    QCOMPARE(fileBytes(dbPath()), before);
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    QVERIFY(!tableExists(*db, u"console_info"_s));
    QVERIFY(!tableExists(*db, u"schema_meta"_s));
}

void tst_Migrations::damagedVersionRecordIsCorrupt()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    QList<int> applied;
    VERIFY_OK(migrate(*db, recordingMigrations(&applied, 1)));
    VERIFY_OK(db->exec(u"UPDATE schema_meta SET value = 'two' WHERE key = 'schema_version'"));
    VERIFY_ERROR(schemaVersion(*db), "storage.corrupt");
    applied.clear();
    VERIFY_ERROR(migrate(*db, recordingMigrations(&applied, 2)), "storage.corrupt");
    QCOMPARE(applied, QList<int>());
}

void tst_Migrations::lockedDatabaseIsReportedAndLaterMigrated()
{
    QList<int> applied;
    Result<Database> holder = Database::open(dbPath());
    VERIFY_OK(holder);
    VERIFY_OK(migrate(*holder, recordingMigrations(&applied, 1)));
    Result<Transaction> holding = Transaction::begin(*holder, Transaction::Mode::Exclusive);
    VERIFY_OK(holding);
    VERIFY_OK(holder->exec(u"INSERT INTO t1 VALUES (42)"));

    Result<Database> other = Database::open(dbPath(), OpenMode::ReadWriteCreate, 50);
    VERIFY_OK(other);
    applied.clear();
    const Status refused = migrate(*other, recordingMigrations(&applied, 2));
    VERIFY_ERROR(refused, "storage.locked");
    QCOMPARE(applied, QList<int>());
    COMPARE_VERSION(*other, 1);

    VERIFY_OK(holding->commit());
    VERIFY_OK(migrate(*other, recordingMigrations(&applied, 2)));
    QCOMPARE(applied, QList<int>({2}));
    COMPARE_VERSION(*other, 2);
    QCOMPARE(queryValue(*other, u"SELECT group_concat(x) FROM t1"), QVariant(u"1,42"_s));
    COMPARE_VERSION(*holder, 2);
}

void tst_Migrations::consoleDatabaseGetsAnIdentity()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    Result<Database> db = openConsoleDatabase(dbPath());
    VERIFY_OK(db);
    COMPARE_VERSION(*db, int(consoleMigrations().size()));
    QCOMPARE(queryValue(*db, u"PRAGMA journal_mode").toString(), u"wal"_s);

    const QUuid id(installationId(*db));
    QVERIFY2(!id.isNull(), qPrintable(installationId(*db)));
    QCOMPARE(id.version(), QUuid::Random);

    const QString createdText = queryValue(*db, u"SELECT value FROM console_info WHERE key = 'created_utc'").toString();
    const QDateTime created = QDateTime::fromString(createdText, Qt::ISODate);
    QVERIFY2(created.isValid(), qPrintable(createdText));
    QVERIFY2(createdText.endsWith(u'Z'), qPrintable(createdText));
    QVERIFY(created >= before);
    QVERIFY(created <= QDateTime::currentDateTimeUtc().addSecs(1));
}

void tst_Migrations::consoleDatabaseReopensWithTheSameIdentity()
{
    QString firstId;
    {
        Result<Database> db = openConsoleDatabase(dbPath());
        VERIFY_OK(db);
        firstId = installationId(*db);
    }
    Result<Database> db = openConsoleDatabase(dbPath());
    VERIFY_OK(db);
    QCOMPARE(installationId(*db), firstId);
    QCOMPARE(queryValue(*db, u"SELECT count(*) FROM console_info"), QVariant(qint64(2)));

    // A second installation gets a different identity.
    const QString otherPath = m_dir->filePath(u"other.sqlite"_s);
    Result<Database> other = openConsoleDatabase(otherPath);
    VERIFY_OK(other);
    QVERIFY(installationId(*other) != firstId);
}

void tst_Migrations::consoleDatabaseReportsALockedFileThenOpens()
{
    Result<Database> holder = openConsoleDatabase(dbPath());
    VERIFY_OK(holder);
    const QString id = installationId(*holder);
    // Rollback-journal mode, so the exclusive lock shuts out readers as well.
    QCOMPARE(queryValue(*holder, u"PRAGMA journal_mode = DELETE").toString(), u"delete"_s);
    Result<Transaction> holding = Transaction::begin(*holder, Transaction::Mode::Exclusive);
    VERIFY_OK(holding);
    VERIFY_OK(holder->exec(u"INSERT INTO console_info VALUES ('note', 'held')"));

    VERIFY_ERROR(openConsoleDatabase(dbPath(), 50), "storage.locked");

    VERIFY_OK(holding->commit());
    Result<Database> db = openConsoleDatabase(dbPath(), 50);
    VERIFY_OK(db);
    QCOMPARE(installationId(*db), id);
    QCOMPARE(queryValue(*db, u"SELECT value FROM console_info WHERE key = 'note'"), QVariant(u"held"_s));
}

void tst_Migrations::consoleDatabaseRefusesDamagedFileUntouched()
{
    QByteArray garbage(4096, '\0');
    for (qsizetype i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919 + 13) % 251);
    {
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(garbage), garbage.size());
    }
    const Result<Database> db = openConsoleDatabase(dbPath(), 50);
    VERIFY_ERROR(db, "storage.corrupt");
    QVERIFY(db.error().message().contains(consoleDatabaseFileName()));
    QCOMPARE(fileBytes(dbPath()), garbage);
    QCOMPARE(sideFiles(dbPath()), QStringList());
}

void tst_Migrations::consoleDatabaseRefusesNewerSchema()
{
    {
        Result<Database> db = Database::open(dbPath());
        VERIFY_OK(db);
        QList<Migration> future = consoleMigrations();
        const int next = int(future.size()) + 1;
        future.append(Migration::fromSql(next, u"from the future"_s, u"CREATE TABLE future (x)"_s));
        VERIFY_OK(migrate(*db, future));
    }
    const QByteArray before = fileBytes(dbPath());
    {
        const Result<Database> db = openConsoleDatabase(dbPath());
        VERIFY_ERROR(db, "storage.newer_version");
    }
    QCOMPARE(fileBytes(dbPath()), before);
    QCOMPARE(sideFiles(dbPath()), QStringList());
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_Migrations.moc"
