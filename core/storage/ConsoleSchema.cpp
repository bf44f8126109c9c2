#include "ConsoleSchema.h"

#include "common/Clock.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace pasban::storage {

namespace {

Status insertInfo(Database &db, const QString &key, const QString &value)
{
    Result<Statement> statement = db.prepare(u"INSERT INTO console_info (key, value) VALUES (?1, ?2)");
    if (!statement)
        return statement.error();
    return statement->bind(1, key).bind(2, value).run();
}

// Version 1: who this installation is, so exports and audit records from
// different consoles can be told apart.
Status createConsoleInfo(Database &db)
{
    if (Status created = db.exec(u"CREATE TABLE console_info (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)");
        !created)
        return created;
    if (Status stamped = insertInfo(db, u"created_utc"_s, Clock::system().nowUtc().toString(Qt::ISODate)); !stamped)
        return stamped;
    return insertInfo(db, u"installation_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

} // namespace

QList<Migration> consoleMigrations()
{
    return {
        {1, u"console identity (console_info)"_s, &createConsoleInfo},
    };
}

Result<Database> openConsoleDatabase(const QString &path, int busyTimeoutMs)
{
    Result<Database> db = Database::open(path, OpenMode::ReadWriteCreate, busyTimeoutMs);
    if (!db)
        return db.error();
    if (Status migrated = migrate(*db, consoleMigrations()); !migrated)
        return migrated.error();
    return std::move(db).value();
}

QString consoleDatabaseFileName()
{
    return u"pasban.sqlite"_s;
}

} // namespace pasban::storage
