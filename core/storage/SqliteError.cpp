#include "SqliteError.h"

#include "common/Logging.h"

#include <QDir>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace pasban::storage::detail {

QString displayName(const QString &path)
{
    return path.isEmpty() ? u":memory:"_s : QDir::toNativeSeparators(path);
}

QString displayName(sqlite3 *db)
{
    const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
    return displayName(file ? QString::fromUtf8(file) : QString());
}

Error sqliteError(const QString &path, int resultCode, const QString &sqliteMessage)
{
    const QString detail = u"SQLite: %1 (result code %2)"_s.arg(sqliteMessage).arg(resultCode);
    const QStringList arguments {displayName(path)};
    Error error;
    // Classify on the primary code; the extended one stays in the detail.
    switch (resultCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        error = Error(u"storage.locked"_s,
                      QT_TRANSLATE_NOOP(
                          "pasban::Error",
                          "The database %1 is in use by another program. Close other Pasban windows and try again."),
                      arguments, detail);
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        error =
            Error(u"storage.corrupt"_s,
                  QT_TRANSLATE_NOOP(
                      "pasban::Error",
                      "The database %1 is damaged and was left untouched. Restore it from a backup or move it aside."),
                  arguments, detail);
        break;
    case SQLITE_READONLY:
        error = Error(u"storage.readonly"_s,
                      QT_TRANSLATE_NOOP("pasban::Error",
                                        "The database %1 can only be read, so nothing was changed. Check that you may "
                                        "write to the file and its folder."),
                      arguments, detail);
        break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        error = Error(u"storage.open"_s,
                      QT_TRANSLATE_NOOP("pasban::Error",
                                        "The database %1 could not be opened. Check that the file and its folder exist "
                                        "and that you may read and write them."),
                      arguments, detail);
        break;
    case SQLITE_IOERR:
    case SQLITE_FULL:
        error = Error(u"storage.io"_s,
                      QT_TRANSLATE_NOOP("pasban::Error",
                                        "The database %1 could not be read or written because of a disk problem. Make "
                                        "sure the disk has free space and is working, then try again."),
                      arguments, detail);
        break;
    case SQLITE_CONSTRAINT:
        error = Error(
            u"storage.constraint"_s,
            QT_TRANSLATE_NOOP(
                "pasban::Error",
                "The change was refused because it conflicts with data already in the database %1. Nothing was saved."),
            arguments, detail);
        break;
    default:
        error = Error(u"storage.query"_s,
                      QT_TRANSLATE_NOOP("pasban::Error",
                                        "Pasban could not complete an operation on the database %1. Try again; if it "
                                        "keeps happening, report the problem with its details."),
                      arguments, detail);
        break;
    }
    qCWarning(lcStorage) << "storage error" << error.code() << "result code" << resultCode;
    return error;
}

Error sqliteError(sqlite3 *db, int resultCode)
{
    const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
    // sqlite3_errmsg describes the most recent failure on this connection; if
    // the caller's code is not that failure, fall back to the generic text.
    const char *message =
        (db && sqlite3_extended_errcode(db) == resultCode) ? sqlite3_errmsg(db) : sqlite3_errstr(resultCode);
    return sqliteError(file ? QString::fromUtf8(file) : QString(), resultCode, QString::fromUtf8(message));
}

Status execute(sqlite3 *db, QStringView sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    const char *file = sqlite3_db_filename(db, "main");
    return sqliteError(file ? QString::fromUtf8(file) : QString(), sqlite3_extended_errcode(db), text);
}

Error misuse(const QString &path, const QString &detail)
{
    qCWarning(lcStorage) << "storage API misuse:" << detail;
    return Error(u"storage.misuse"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "Pasban made an internal mistake while using the database %1; nothing was changed. "
                                   "Report the problem with its details."),
                 {displayName(path)}, detail);
}

} // namespace pasban::storage::detail
