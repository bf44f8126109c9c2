#include "Migrations.h"

#include "Database.h"
#include "SqliteError.h"
#include "Transaction.h"
#include "common/Logging.h"

#include <sqlite3.h>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace pasban::storage {

Migration Migration::fromSql(int version, QString description, QString sql)
{
    return {version, std::move(description), [sql = std::move(sql)](Database &db) {
                return db.exec(sql);
            }};
}

namespace {

QString nameOf(const Database &db)
{
    return detail::displayName(db.path());
}

Error invalidList(const Database &db, const QString &why)
{
    return Error(u"storage.migration"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "Pasban's list of database upgrades is inconsistent, so the database %1 was left "
                                   "untouched. This is a defect in Pasban; report it with its details."),
                 {nameOf(db)}, why);
}

Status validate(const Database &db, const QList<Migration> &migrations)
{
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        const Migration &migration = migrations.at(i);
        if (migration.version != i + 1) {
            return invalidList(db,
                               u"migration at position %1 has version %2, expected %3: versions must be 1, 2, 3, ... "
                               u"in order, without gaps or duplicates"_s.arg(i)
                                   .arg(migration.version)
                                   .arg(i + 1));
        }
        if (!migration.apply)
            return invalidList(db, u"migration %1 has nothing to apply"_s.arg(migration.version));
    }
    return {};
}

Error newerVersion(const Database &db, int found, int known)
{
    return Error(u"storage.newer_version"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The database %1 was written by a newer version of Pasban (schema %2; this version "
                                   "knows up to %3). It was left untouched; update Pasban."),
                 {nameOf(db), QString::number(found), QString::number(known)});
}

Error stepFailed(const Database &db, const Migration &migration, const Error &cause)
{
    return Error(u"storage.migration"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The database %1 could not be upgraded to schema version %2 (%3). Nothing was "
                                   "changed; it stays at the previous version. Report the problem with its details."),
                 {nameOf(db), QString::number(migration.version), migration.description},
                 u"%1: %2 %3"_s.arg(cause.code(), cause.sourceMessage(), cause.detail()).trimmed());
}

Result<qint64> countRows(Database &db, QStringView sql)
{
    Result<Statement> statement = db.prepare(sql);
    if (!statement)
        return statement.error();
    const Result<bool> row = statement->step();
    if (!row)
        return row.error();
    return *row ? statement->columnInt64(0) : 0;
}

// A file without schema_meta is either empty (new) or another program's database.
Result<bool> hasOtherObjects(Database &db)
{
    const Result<qint64> count =
        countRows(db, u"SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
    if (!count)
        return count.error();
    return *count > 0;
}

// A migration step must not end the transaction that makes the upgrade atomic:
// while one runs, BEGIN, COMMIT and ROLLBACK fail to compile (SQLITE_AUTH).
int denyTransactionControl(void *, int action, const char *, const char *, const char *, const char *)
{
    return action == SQLITE_TRANSACTION ? SQLITE_DENY : SQLITE_OK;
}

class TransactionControlBlocker
{
public:
    explicit TransactionControlBlocker(sqlite3 *db)
        : m_db(db)
    {
        sqlite3_set_authorizer(m_db, &denyTransactionControl, nullptr);
    }
    ~TransactionControlBlocker() { sqlite3_set_authorizer(m_db, nullptr, nullptr); }
    TransactionControlBlocker(const TransactionControlBlocker &) = delete;
    TransactionControlBlocker &operator=(const TransactionControlBlocker &) = delete;

private:
    sqlite3 *m_db;
};

Status applySteps(Database &db, const QList<Migration> &migrations, int from)
{
    const TransactionControlBlocker blocker(db.handle());
    for (qsizetype i = from; i < migrations.size(); ++i) {
        const Migration &migration = migrations.at(i);
        qCInfo(lcStorage) << "applying schema migration" << migration.version << migration.description;
        if (Status applied = migration.apply(db); !applied)
            return stepFailed(db, migration, applied.error());
    }
    return {};
}

Status recordVersion(Database &db, int version)
{
    Result<Statement> statement = db.prepare(u"INSERT INTO schema_meta (key, value) VALUES ('schema_version', ?1) "
                                             u"ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!statement)
        return statement.error();
    return statement->bind(1, version).run();
}

} // namespace

Result<int> schemaVersion(Database &db)
{
    if (!db.isOpen())
        return detail::misuse(db.path(), u"schemaVersion() on a closed database"_s);
    const Result<qint64> tables =
        countRows(db, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_meta'");
    if (!tables)
        return tables.error();
    if (*tables == 0)
        return 0;

    Result<Statement> statement = db.prepare(u"SELECT value FROM schema_meta WHERE key = 'schema_version'");
    if (!statement)
        return statement.error();
    const Result<bool> row = statement->step();
    if (!row)
        return row.error();
    // schema_meta is only ever written together with a valid version, so
    // anything else means the file was damaged or edited by hand.
    if (!*row || statement->columnType(0) != Statement::ColumnType::Integer || statement->columnInt64(0) < 0
        || statement->columnInt64(0) > std::numeric_limits<int>::max()) {
        return detail::sqliteError(db.path(), SQLITE_CORRUPT, u"schema_meta holds no valid schema_version"_s);
    }
    return int(statement->columnInt64(0));
}

Status migrate(Database &db, const QList<Migration> &migrations)
{
    if (Status valid = validate(db, migrations); !valid)
        return valid;
    const int target = int(migrations.size());

    // Everything up to BEGIN only reads, so a refused database stays byte-identical.
    Result<int> current = schemaVersion(db);
    if (!current)
        return current.error();
    if (*current > target)
        return newerVersion(db, *current, target);
    if (*current == target)
        return {};
    if (*current == 0) {
        const Result<bool> foreign = hasOtherObjects(db);
        if (!foreign)
            return foreign.error();
        if (*foreign) {
            return Error(u"storage.foreign"_s,
                         QT_TRANSLATE_NOOP("pasban::Error",
                                           "The file %1 holds another program's database, not Pasban's. It was left "
                                           "untouched; choose a different file or folder."),
                         {nameOf(db)});
        }
    }
    if (db.isReadOnly()) {
        return Error(u"storage.readonly"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The database %1 was opened read-only but needs an upgrade from schema %2 to "
                                       "%3. Nothing was changed; open it with write access to upgrade it."),
                     {nameOf(db), QString::number(*current), QString::number(target)});
    }

    Result<Transaction> transaction = Transaction::begin(db, Transaction::Mode::Immediate);
    if (!transaction)
        return transaction.error();
    // Read again under the write lock: another Pasban may have upgraded meanwhile.
    current = schemaVersion(db);
    if (!current)
        return current.error();
    if (*current > target)
        return newerVersion(db, *current, target);
    if (*current == target)
        return {};

    const int from = *current;
    if (Status meta =
            db.exec(u"CREATE TABLE IF NOT EXISTS schema_meta (key TEXT PRIMARY KEY NOT NULL, value NOT NULL)");
        !meta)
        return meta;
    if (Status applied = applySteps(db, migrations, from); !applied)
        return applied;
    // Table rebuilds can break references without an error until commit; check now.
    const Result<qint64> violations = countRows(db, u"SELECT count(*) FROM pragma_foreign_key_check");
    if (!violations)
        return violations.error();
    if (*violations > 0) {
        return stepFailed(db, migrations.constLast(),
                          detail::sqliteError(db.path(), SQLITE_CONSTRAINT_FOREIGNKEY,
                                              u"%1 foreign key violations after the upgrade"_s.arg(*violations)));
    }
    if (Status recorded = recordVersion(db, target); !recorded)
        return recorded;
    if (Status committed = transaction->commit(); !committed)
        return committed;
    qCInfo(lcStorage) << "database schema upgraded from" << from << "to" << target;
    return {};
}

} // namespace pasban::storage
