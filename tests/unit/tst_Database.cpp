#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::storage;

Q_DECLARE_METATYPE(pasban::storage::OpenMode)

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

// step() gave a row.
#define VERIFY_ROW(statement)                                                                                          \
    do {                                                                                                               \
        const Result<bool> row_ = (statement).step();                                                                  \
        QVERIFY2(row_.ok(), row_.ok() ? "" : qPrintable(describe(row_.error())));                                      \
        QVERIFY2(*row_, "expected a row");                                                                             \
    } while (false)

#define VERIFY_ERROR(result, expectedCode)                                                                             \
    do {                                                                                                               \
        const auto &checked_ = (result);                                                                               \
        QVERIFY2(!checked_.ok(), "expected the error " expectedCode);                                                  \
        QCOMPARE(checked_.error().code(), QStringLiteral(expectedCode));                                               \
    } while (false)

// The first column of the first row, or a description of the failure, so a
// QCOMPARE against it shows what went wrong.
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

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes, qint64 offset = 0)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray garbage(qsizetype size)
{
    QRandomGenerator generator(20240611);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
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

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void openCreatesFileInWalMode();
    void connectionEnforcesForeignKeysAndSecureDelete();
    void newFilesAreOwnerOnly();
    void missingFileIsNotCreatedWithoutCreateMode_data();
    void missingFileIsNotCreatedWithoutCreateMode();
    void missingFolderIsAnOpenError();
    void readOnlyDatabaseRefusesWrites();
    void writeProtectedFileIsReadOnlyError();
    void inMemoryDatabaseWorks();
    void movedFromDatabaseIsClosed();

    void everyBindTypeRoundTrips();
    void variantBindsRoundTrip();
    void unsupportedVariantIsRefused();
    void syntaxErrorIsQueryErrorWithSqliteDetail();
    void prepareRefusesASecondStatement();
    void badParameterIndexIsReportedByStep();
    void namedParametersResolve();
    void rowsAreVisitedAndCollected();
    void execRunsSeveralStatements();
    void lastInsertRowIdAndChanges();
    void statementIsReusableAfterRun();
    void statementMayOutliveItsDatabase();

    void committedTransactionPersists();
    void uncommittedTransactionRollsBack();
    void explicitRollbackDiscards();
    void nestedTransactionIsRefused();
    void secondWriterIsLockedOutButReadersAreNot();

    void damagedFileIsRefusedAndUntouched_data();
    void damagedFileIsRefusedAndUntouched();
    void exclusivelyLockedFileIsReportedThenOpens();

private:
    QString dbPath(const QString &name = u"test.sqlite"_s) const { return m_dir->filePath(name); }
    std::optional<QTemporaryDir> m_dir;
};

void tst_Database::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
}

void tst_Database::openCreatesFileInWalMode()
{
    QVERIFY(!QFileInfo::exists(dbPath()));
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    QVERIFY(db->isOpen());
    QVERIFY(QFileInfo::exists(dbPath()));
    QCOMPARE(db->path(), QFileInfo(dbPath()).absoluteFilePath());
    QCOMPARE(queryValue(*db, u"PRAGMA journal_mode").toString(), u"wal"_s);

    // WAL persists in the file: a fresh connection sees it without setting it.
    db->close();
    Result<Database> again = Database::open(dbPath(), OpenMode::ReadOnly);
    VERIFY_OK(again);
    QCOMPARE(queryValue(*again, u"PRAGMA journal_mode").toString(), u"wal"_s);
}

void tst_Database::connectionEnforcesForeignKeysAndSecureDelete()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    QCOMPARE(queryValue(*db, u"PRAGMA secure_delete").toLongLong(), 1);
    QCOMPARE(queryValue(*db, u"PRAGMA synchronous").toLongLong(), 1); // NORMAL
    VERIFY_OK(db->exec(u"CREATE TABLE device (id INTEGER PRIMARY KEY);"
                       u"CREATE TABLE finding (device INTEGER NOT NULL REFERENCES device (id))"));
    VERIFY_ERROR(db->exec(u"INSERT INTO finding VALUES (7)"), "storage.constraint");
    QCOMPARE(queryValue(*db, u"SELECT count(*) FROM finding").toLongLong(), 0);
}

void tst_Database::newFilesAreOwnerOnly()
{
#ifdef Q_OS_UNIX
    // A permissive umask, so only our own code can make the file owner-only.
    const mode_t previous = ::umask(022);
    Result<Database> db = Database::open(dbPath());
    ::umask(previous);
    VERIFY_OK(db);
    VERIFY_OK(db->exec(u"CREATE TABLE t (x); INSERT INTO t VALUES (1)"));
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString &file : QStringList {dbPath(), dbPath() + u"-wal"_s}) {
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        const QFileDevice::Permissions permissions = QFileInfo(file).permissions();
        QVERIFY2(!(permissions & others), qPrintable(file));
        QVERIFY(permissions & QFileDevice::ReadOwner);
        QVERIFY(permissions & QFileDevice::WriteOwner);
    }
#else
    QSKIP("Owner-only permissions are a Unix concern");
#endif
}

void tst_Database::missingFileIsNotCreatedWithoutCreateMode_data()
{
    QTest::addColumn<OpenMode>("mode");
    QTest::newRow("read-only") << OpenMode::ReadOnly;
    QTest::newRow("read-write") << OpenMode::ReadWrite;
}

void tst_Database::missingFileIsNotCreatedWithoutCreateMode()
{
    QFETCH(OpenMode, mode);
    VERIFY_ERROR(Database::open(dbPath(), mode), "storage.open");
    QVERIFY(!QFileInfo::exists(dbPath()));
}

void tst_Database::missingFolderIsAnOpenError()
{
    const Result<Database> db = Database::open(m_dir->filePath(u"no/such/folder/test.sqlite"_s));
    VERIFY_ERROR(db, "storage.open");
    QVERIFY(db.error().message().contains(u"no/such/folder"_s));
}

void tst_Database::readOnlyDatabaseRefusesWrites()
{
    {
        Result<Database> db = Database::open(dbPath());
        VERIFY_OK(db);
        VERIFY_OK(db->exec(u"CREATE TABLE t (x); INSERT INTO t VALUES (1)"));
    }
    const QByteArray before = fileBytes(dbPath());
    {
        Result<Database> db = Database::open(dbPath(), OpenMode::ReadOnly);
        VERIFY_OK(db);
        QVERIFY(db->isReadOnly());
        QCOMPARE(queryValue(*db, u"SELECT x FROM t").toLongLong(), 1);
        VERIFY_ERROR(db->exec(u"INSERT INTO t VALUES (2)"), "storage.readonly");
    }
    QCOMPARE(fileBytes(dbPath()), before);
}

void tst_Database::writeProtectedFileIsReadOnlyError()
{
    {
        Result<Database> db = Database::open(dbPath());
        VERIFY_OK(db);
        VERIFY_OK(db->exec(u"CREATE TABLE t (x)"));
    }
    QVERIFY(QFile::setPermissions(dbPath(), QFileDevice::ReadOwner));
    if (QFileInfo(dbPath()).isWritable())
        QSKIP("Running with privileges that ignore file permissions");
    VERIFY_ERROR(Database::open(dbPath(), OpenMode::ReadWrite), "storage.readonly");
    QVERIFY(QFile::setPermissions(dbPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void tst_Database::inMemoryDatabaseWorks()
{
    Result<Database> db = Database::openInMemory();
    VERIFY_OK(db);
    QVERIFY(db->path().isEmpty());
    VERIFY_OK(db->exec(u"CREATE TABLE t (x); INSERT INTO t VALUES (5)"));
    QCOMPARE(queryValue(*db, u"SELECT x FROM t").toLongLong(), 5);
    QCOMPARE(queryValue(*db, u"PRAGMA foreign_keys").toLongLong(), 1);
}

void tst_Database::movedFromDatabaseIsClosed()
{
    Result<Database> opened = Database::open(dbPath());
    VERIFY_OK(opened);
    Database db = std::move(opened).value();
    Database moved = std::move(db);
    QVERIFY(moved.isOpen());
    QVERIFY(!db.isOpen()); // NOLINT(bugprone-use-after-move): the moved-from state is the point
    VERIFY_ERROR(db.exec(u"SELECT 1"), "storage.misuse");
    VERIFY_OK(moved.exec(u"CREATE TABLE t (x)"));
}

void tst_Database::everyBindTypeRoundTrips()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    // Columns without a declared type keep each value exactly as bound.
    VERIFY_OK(db->exec(u"CREATE TABLE r (i_max, i_min, i_small, d, t_fa, t_empty, b_zeros, b_empty, n)"));

    const QString persian = u"پاسبان — دستگاه‌های پزشکی ۱۲۳ 🔒"_s;
    const QByteArray zeros = QByteArray::fromHex("00010000ff00");
    Result<Statement> insert = db->prepare(u"INSERT INTO r VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    VERIFY_OK(insert);
    insert->bind(1, std::numeric_limits<qint64>::max())
        .bind(2, std::numeric_limits<qint64>::min())
        .bind(3, -7)
        .bind(4, 0.1)
        .bind(5, persian)
        .bind(6, QString())
        .bind(7, zeros)
        .bind(8, QByteArray())
        .bind(9, nullptr);
    VERIFY_OK(insert->run());

    Result<Statement> select = db->prepare(u"SELECT * FROM r");
    VERIFY_OK(select);
    const Result<bool> row = select->step();
    VERIFY_OK(row);
    QVERIFY(*row);
    QCOMPARE(select->columnCount(), 9);
    QCOMPARE(select->columnName(4), u"t_fa"_s);
    using Type = Statement::ColumnType;
    QCOMPARE(select->columnType(0), Type::Integer);
    QCOMPARE(select->columnInt64(0), std::numeric_limits<qint64>::max());
    QCOMPARE(select->columnInt64(1), std::numeric_limits<qint64>::min());
    QCOMPARE(select->columnInt64(2), -7);
    QCOMPARE(select->columnType(3), Type::Float);
    QCOMPARE(select->columnDouble(3), 0.1);
    QCOMPARE(select->columnType(4), Type::Text);
    QCOMPARE(select->columnText(4), persian);
    // Empty string and empty blob are values, not NULL.
    QCOMPARE(select->columnType(5), Type::Text);
    QVERIFY(select->columnText(5).isEmpty());
    QCOMPARE(select->columnType(6), Type::Blob);
    QCOMPARE(select->columnBlob(6), zeros);
    QCOMPARE(select->columnBlob(6).size(), 6);
    QCOMPARE(select->columnType(7), Type::Blob);
    QVERIFY(select->columnBlob(7).isEmpty());
    QVERIFY(select->columnIsNull(8));
    QVERIFY(!select->columnIsNull(5));
    QVERIFY(select->columnText(8).isNull());

    // The text is stored as UTF-8 characters, not as mangled bytes.
    QCOMPARE(queryValue(*db, u"SELECT length(t_fa) FROM r").toLongLong(), persian.toUcs4().size());
    const Result<bool> end = select->step();
    VERIFY_OK(end);
    QVERIFY(!*end);
}

void tst_Database::variantBindsRoundTrip()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    VERIFY_OK(db->exec(u"CREATE TABLE r (a, b, c, d, e, f, g)"));
    const QDateTime when(QDate(2024, 3, 20), QTime(12, 30, 15, 250), Qt::UTC);
    Result<Statement> insert = db->prepare(u"INSERT INTO r VALUES (?, ?, ?, ?, ?, ?, ?)");
    VERIFY_OK(insert);
    insert->bind(1, QVariant(qint64(1) << 40))
        .bind(2, QVariant(2.5))
        .bind(3, QVariant(u"سلام"_s))
        .bind(4, QVariant(QByteArray("\0x\0", 3)))
        .bind(5, QVariant())
        .bind(6, QVariant(true))
        .bind(7, QVariant(when));
    VERIFY_OK(insert->run());

    Result<Statement> select = db->prepare(u"SELECT * FROM r");
    VERIFY_OK(select);
    VERIFY_ROW(*select);
    QCOMPARE(select->columnValue(0), QVariant(qint64(1) << 40));
    QCOMPARE(select->columnValue(1), QVariant(2.5));
    QCOMPARE(select->columnValue(2), QVariant(u"سلام"_s));
    QCOMPARE(select->columnValue(3), QVariant(QByteArray("\0x\0", 3)));
    QVERIFY(!select->columnValue(4).isValid());
    QCOMPARE(select->columnValue(5), QVariant(qint64(1)));
    QCOMPARE(select->columnText(6), u"2024-03-20T12:30:15.250Z"_s);
}

void tst_Database::unsupportedVariantIsRefused()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    VERIFY_OK(db->exec(u"CREATE TABLE r (a)"));
    Result<Statement> insert = db->prepare(u"INSERT INTO r VALUES (?)");
    VERIFY_OK(insert);
    // Unsigned 64-bit values do not fit SQLite's signed integers.
    insert->bind(1, QVariant(std::numeric_limits<quint64>::max()));
    VERIFY_ERROR(insert->run(), "storage.misuse");
    QCOMPARE(queryValue(*db, u"SELECT count(*) FROM r").toLongLong(), 0);
}

void tst_Database::syntaxErrorIsQueryErrorWithSqliteDetail()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    const Result<Statement> statement = db->prepare(u"SELEC 1");
    VERIFY_ERROR(statement, "storage.query");
    QVERIFY2(statement.error().detail().contains(u"syntax error"_s), qPrintable(statement.error().detail()));
    QVERIFY(!statement.error().message().isEmpty());

    const Status exec = db->exec(u"CREATE TABLE ok (x); SELECT * FROM missing_table");
    VERIFY_ERROR(exec, "storage.query");
    QVERIFY2(exec.error().detail().contains(u"no such table: missing_table"_s), qPrintable(exec.error().detail()));
}

void tst_Database::prepareRefusesASecondStatement()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    VERIFY_ERROR(db->prepare(u"CREATE TABLE a (x); CREATE TABLE b (x)"), "storage.misuse");
    QCOMPARE(queryValue(*db, u"SELECT count(*) FROM sqlite_master").toLongLong(), 0);
    VERIFY_OK(db->prepare(u"SELECT 1; -- a trailing comment is fine\n"));
    VERIFY_ERROR(db->prepare(u"-- only a comment"), "storage.misuse");
}

void tst_Database::badParameterIndexIsReportedByStep()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    Result<Statement> statement = db->prepare(u"SELECT ?1");
    VERIFY_OK(statement);
    QCOMPARE(statement->parameterCount(), 1);
    statement->bind(2, 5).bind(1, 4);
    const Result<bool> row = statement->step();
    VERIFY_ERROR(row, "storage.query");
    QVERIFY2(row.error().detail().contains(u"parameter 2"_s), qPrintable(row.error().detail()));

    // clearBindings() also forgets the failed bind.
    statement->clearBindings();
    statement->bind(1, 4);
    VERIFY_ROW(*statement);
    QCOMPARE(statement->columnInt64(0), 4);
}

void tst_Database::rowsAreVisitedAndCollected()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    VERIFY_OK(db->exec(u"CREATE TABLE t (x); INSERT INTO t VALUES (1), (2), (3), (4)"));
    Result<Statement> all = db->prepare(u"SELECT x FROM t ORDER BY x");
    VERIFY_OK(all);
    const Result<QList<qint64>> collected =
        all->collectRows([](const Statement &row) { return row.columnInt64(0) * 10; });
    VERIFY_OK(collected);
    QCOMPARE(*collected, (QList<qint64> {10, 20, 30, 40}));

    // forEachRow stops when the visitor says so.
    Result<Statement> again = db->prepare(u"SELECT x FROM t ORDER BY x");
    VERIFY_OK(again);
    QList<qint64> seen;
    VERIFY_OK(again->forEachRow([&](const Statement &row) {
        seen.append(row.columnInt64(0));
        return seen.size() < 2;
    }));
    QCOMPARE(seen, (QList<qint64> {1, 2}));

    // A failing step is returned, not swallowed.
    Result<Statement> broken = db->prepare(u"SELECT ?1");
    VERIFY_OK(broken);
    broken->bind(2, 1);
    VERIFY_ERROR(broken->forEachRow([](const Statement &) { return true; }), "storage.query");
}

void tst_Database::namedParametersResolve()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    Result<Statement> statement = db->prepare(u"SELECT :first || :second");
    VERIFY_OK(statement);
    QCOMPARE(statement->parameterIndex(u":second"), 2);
    QCOMPARE(statement->parameterIndex(u":none"), 0);
    statement->bind(statement->parameterIndex(u":first"), u"a"_s).bind(statement->parameterIndex(u":second"), u"b"_s);
    VERIFY_ROW(*statement);
    QCOMPARE(statement->columnText(0), u"ab"_s);
}

void tst_Database::execRunsSeveralStatements()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    VERIFY_OK(db->exec(u"CREATE TABLE t (x); INSERT INTO t VALUES (1); INSERT INTO t VALUES (2);"));
    QCOMPARE(queryValue(*db, u"SELECT sum(x) FROM t").toLongLong(), 3);
}

void tst_Database::lastInsertRowIdAndChanges()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    VERIFY_OK(db->exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, x); INSERT INTO t (x) VALUES (1), (1), (2)"));
    QCOMPARE(db->lastInsertRowId(), 3);
    VERIFY_OK(db->exec(u"UPDATE t SET x = 9 WHERE x = 1"));
    QCOMPARE(db->changes(), 2);
}

void tst_Database::statementIsReusableAfterRun()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    VERIFY_OK(db->exec(u"CREATE TABLE t (x)"));
    Result<Statement> insert = db->prepare(u"INSERT INTO t VALUES (?)");
    VERIFY_OK(insert);
    for (int i = 1; i <= 3; ++i)
        VERIFY_OK(insert->bind(1, i).run());
    QCOMPARE(queryValue(*db, u"SELECT group_concat(x) FROM t").toString(), u"1,2,3"_s);

    Result<Statement> select = db->prepare(u"SELECT x FROM t ORDER BY x");
    VERIFY_OK(select);
    VERIFY_ROW(*select);
    QCOMPARE(select->columnInt64(0), 1);
    select->reset();
    VERIFY_ROW(*select);
    QCOMPARE(select->columnInt64(0), 1);
}

void tst_Database::statementMayOutliveItsDatabase()
{
    std::optional<Statement> statement;
    {
        Result<Database> db = Database::open(dbPath());
        VERIFY_OK(db);
        VERIFY_OK(db->exec(u"CREATE TABLE t (x); INSERT INTO t VALUES (1), (2)"));
        Result<Statement> prepared = db->prepare(u"SELECT x FROM t ORDER BY x");
        VERIFY_OK(prepared);
        statement.emplace(std::move(prepared).value());
        VERIFY_ROW(*statement);
    }
    // The connection really closes only when its last statement is finalized
    // (sqlite3_close_v2), so the statement stays usable meanwhile; a
    // connection that never closes would be reported by LeakSanitizer.
    QCOMPARE(statement->columnInt64(0), qint64(1));
    VERIFY_ROW(*statement);
    QCOMPARE(statement->columnInt64(0), qint64(2));
    statement.reset();
}

void tst_Database::committedTransactionPersists()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    VERIFY_OK(db->exec(u"CREATE TABLE t (x)"));
    {
        Result<Transaction> transaction = Transaction::begin(*db);
        VERIFY_OK(transaction);
        QVERIFY(db->inTransaction());
        VERIFY_OK(db->exec(u"INSERT INTO t VALUES (1)"));
        VERIFY_OK(transaction->commit());
        QVERIFY(!transaction->isActive());
        VERIFY_ERROR(transaction->commit(), "storage.misuse");
    }
    QVERIFY(!db->inTransaction());
    db->close();
    Result<Database> reopened = Database::open(dbPath());
    VERIFY_OK(reopened);
    QCOMPARE(queryValue(*reopened, u"SELECT count(*) FROM t").toLongLong(), 1);
}

void tst_Database::uncommittedTransactionRollsBack()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    VERIFY_OK(db->exec(u"CREATE TABLE t (x); INSERT INTO t VALUES (1)"));
    {
        Result<Transaction> transaction = Transaction::begin(*db, Transaction::Mode::Deferred);
        VERIFY_OK(transaction);
        VERIFY_OK(db->exec(u"INSERT INTO t VALUES (2); DELETE FROM t WHERE x = 1; CREATE TABLE u (y)"));
        QCOMPARE(queryValue(*db, u"SELECT x FROM t").toLongLong(), 2);
    }
    QVERIFY(!db->inTransaction());
    QCOMPARE(queryValue(*db, u"SELECT group_concat(x) FROM t").toString(), u"1"_s);
    QCOMPARE(queryValue(*db, u"SELECT count(*) FROM sqlite_master WHERE name = 'u'").toLongLong(), 0);
}

void tst_Database::explicitRollbackDiscards()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    VERIFY_OK(db->exec(u"CREATE TABLE t (x)"));
    Result<Transaction> transaction = Transaction::begin(*db, Transaction::Mode::Exclusive);
    VERIFY_OK(transaction);
    VERIFY_OK(db->exec(u"INSERT INTO t VALUES (1)"));
    VERIFY_OK(transaction->rollback());
    QVERIFY(!transaction->isActive());
    QCOMPARE(queryValue(*db, u"SELECT count(*) FROM t").toLongLong(), 0);
    VERIFY_ERROR(transaction->commit(), "storage.misuse");
}

void tst_Database::nestedTransactionIsRefused()
{
    Result<Database> db = Database::open(dbPath());
    VERIFY_OK(db);
    VERIFY_OK(db->exec(u"CREATE TABLE t (x)"));
    Result<Transaction> outer = Transaction::begin(*db);
    VERIFY_OK(outer);
    VERIFY_OK(db->exec(u"INSERT INTO t VALUES (1)"));
    {
        const Result<Transaction> inner = Transaction::begin(*db);
        VERIFY_ERROR(inner, "storage.misuse");
    }
    // The refused inner transaction did not end the outer one.
    QVERIFY(db->inTransaction());
    VERIFY_OK(outer->commit());
    QCOMPARE(queryValue(*db, u"SELECT count(*) FROM t").toLongLong(), 1);
}

void tst_Database::secondWriterIsLockedOutButReadersAreNot()
{
    Result<Database> writer = Database::open(dbPath());
    VERIFY_OK(writer);
    VERIFY_OK(writer->exec(u"CREATE TABLE t (x)"));
    Result<Database> other = Database::open(dbPath(), OpenMode::ReadWrite, 20);
    VERIFY_OK(other);
    QCOMPARE(queryValue(*other, u"PRAGMA busy_timeout").toLongLong(), 20);

    Result<Transaction> writing = Transaction::begin(*writer, Transaction::Mode::Exclusive);
    VERIFY_OK(writing);
    VERIFY_OK(writer->exec(u"INSERT INTO t VALUES (1)"));

    VERIFY_ERROR(Transaction::begin(*other), "storage.locked");
    QVERIFY(!other->inTransaction());
    // Write-ahead logging: a reader still sees the last committed state.
    QCOMPARE(queryValue(*other, u"SELECT count(*) FROM t").toLongLong(), 0);

    VERIFY_OK(writing->commit());
    Result<Transaction> second = Transaction::begin(*other);
    VERIFY_OK(second);
    VERIFY_OK(other->exec(u"INSERT INTO t VALUES (2)"));
    VERIFY_OK(second->commit());
    QCOMPARE(queryValue(*writer, u"SELECT group_concat(x) FROM t").toString(), u"1,2"_s);
}

enum class Damage { Garbage, ShortText, HeaderPageOverwritten, SchemaPageOverwritten };

void tst_Database::damagedFileIsRefusedAndUntouched_data()
{
    QTest::addColumn<int>("damage");
    QTest::addColumn<OpenMode>("mode");
    const QList<std::pair<const char *, Damage>> damages {
        {"4096 bytes of garbage", Damage::Garbage},
        {"short text file", Damage::ShortText},
        {"real database, header page overwritten", Damage::HeaderPageOverwritten},
        {"real database, schema page overwritten", Damage::SchemaPageOverwritten},
    };
    const QList<std::pair<const char *, OpenMode>> modes {
        {"read-only", OpenMode::ReadOnly},
        {"read-write", OpenMode::ReadWrite},
        {"read-write-create", OpenMode::ReadWriteCreate},
    };
    for (const auto &[damageName, damage] : damages) {
        for (const auto &[modeName, mode] : modes)
            QTest::addRow("%s, %s", damageName, modeName) << int(damage) << mode;
    }
}

void tst_Database::damagedFileIsRefusedAndUntouched()
{
    QFETCH(int, damage);
    QFETCH(OpenMode, mode);

    switch (Damage(damage)) {
    case Damage::Garbage:
        writeFile(dbPath(), garbage(4096));
        break;
    case Damage::ShortText:
        writeFile(dbPath(), "This is a shopping list, not a database.\n");
        break;
    case Damage::HeaderPageOverwritten:
    case Damage::SchemaPageOverwritten: {
        {
            Result<Database> db = Database::open(dbPath());
            VERIFY_OK(db);
            QCOMPARE(queryValue(*db, u"PRAGMA page_size").toLongLong(), 4096);
            VERIFY_OK(db->exec(u"CREATE TABLE audit (id INTEGER PRIMARY KEY, entry TEXT);"
                               u"INSERT INTO audit (entry) VALUES ('one'), ('two')"));
        }
        QVERIFY(sideFiles(dbPath()).isEmpty());
        QCOMPARE(fileBytes(dbPath()).left(16), QByteArray("SQLite format 3\0", 16));
        if (Damage(damage) == Damage::HeaderPageOverwritten)
            writeFile(dbPath(), garbage(4096));
        else
            writeFile(dbPath(), garbage(4096 - 100), 100); // header intact, sqlite_master destroyed
        break;
    }
    }
    const QByteArray before = fileBytes(dbPath());
    QVERIFY(!before.isEmpty());

    {
        const Result<Database> db = Database::open(dbPath(), mode, 50);
        VERIFY_ERROR(db, "storage.corrupt");
        QVERIFY(db.error().message().contains(QFileInfo(dbPath()).fileName()));
        QVERIFY(!db.error().detail().isEmpty());
    }
    QCOMPARE(fileBytes(dbPath()), before);
    QCOMPARE(sideFiles(dbPath()), QStringList());
}

void tst_Database::exclusivelyLockedFileIsReportedThenOpens()
{
    Result<Database> holder = Database::open(dbPath());
    VERIFY_OK(holder);
    // In rollback-journal mode an exclusive lock shuts out readers too, so even
    // open()'s read-only probe has to wait, and gives up after the timeout.
    QCOMPARE(queryValue(*holder, u"PRAGMA journal_mode = DELETE").toString(), u"delete"_s);
    VERIFY_OK(holder->exec(u"CREATE TABLE t (x); INSERT INTO t VALUES (1)"));
    Result<Transaction> holding = Transaction::begin(*holder, Transaction::Mode::Exclusive);
    VERIFY_OK(holding);
    VERIFY_OK(holder->exec(u"INSERT INTO t VALUES (2)"));

    const Result<Database> refused = Database::open(dbPath(), OpenMode::ReadWriteCreate, 50);
    VERIFY_ERROR(refused, "storage.locked");
    QVERIFY(refused.error().message().contains(u"in use by another program"_s));

    VERIFY_OK(holding->commit());
    Result<Database> opened = Database::open(dbPath(), OpenMode::ReadWriteCreate, 50);
    VERIFY_OK(opened);
    QCOMPARE(queryValue(*opened, u"SELECT group_concat(x) FROM t").toString(), u"1,2"_s);
    QCOMPARE(queryValue(*opened, u"PRAGMA journal_mode").toString(), u"wal"_s);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_Database.moc"
