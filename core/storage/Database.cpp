#include "Database.h"

#include "SqliteError.h"
#include "common/Logging.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace pasban::storage {

namespace {

int openFlags(OpenMode mode)
{
    // No SQLite mutex: a connection belongs to one thread at a time.
    int flags = SQLITE_OPEN_NOMUTEX;
#ifdef SQLITE_OPEN_EXRESCODE
    flags |= SQLITE_OPEN_EXRESCODE;
#endif
    switch (mode) {
    case OpenMode::ReadOnly:
        return flags | SQLITE_OPEN_READONLY;
    case OpenMode::ReadWrite:
        return flags | SQLITE_OPEN_READWRITE;
    case OpenMode::ReadWriteCreate:
        break;
    }
    return flags | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
}

// The console database holds audit data: on Unix it is created owner-only
// before SQLite sees it (SQLite's -wal and -shm files copy the main file's
// mode), so it is never readable by others, not even briefly.
Result<bool> createOwnerOnly(const QString &path)
{
#ifdef Q_OS_UNIX
    if (QFileInfo::exists(path))
        return false;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return true;
    if (QFileInfo::exists(path)) // created by someone else meanwhile: theirs to keep
        return false;
    return detail::sqliteError(path, SQLITE_CANTOPEN, file.errorString());
#else
    Q_UNUSED(path);
    return false;
#endif
}

// Settings that limit what a hostile database file can make SQLite do.
void harden(sqlite3 *db)
{
    sqlite3_extended_result_codes(db, 1);
#ifdef SQLITE_DBCONFIG_DEFENSIVE
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, static_cast<int *>(nullptr));
#endif
#ifdef SQLITE_DBCONFIG_TRUSTED_SCHEMA
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, static_cast<int *>(nullptr));
#endif
}

// Which of SQLite's companion files exist next to the database.
struct SideFiles
{
    explicit SideFiles(const QString &path)
        : wal(path + u"-wal"_s)
        , shm(path + u"-shm"_s)
        , hadWal(QFileInfo::exists(wal))
        , hadShm(QFileInfo::exists(shm))
    {
    }

    // A header that claims write-ahead logging makes SQLite create the -wal and
    // -shm files even to read, and a read-only connection leaves them behind.
    // For a file refused as damaged, remove the ones we made (an empty -wal
    // holds nothing) so the folder is as we found it.
    void removeCreated() const
    {
        const QFileInfo walInfo(wal);
        if (hadWal || (walInfo.exists() && walInfo.size() != 0))
            return;
        QFile::remove(wal);
        if (!hadShm)
            QFile::remove(shm);
    }

    QString wal;
    QString shm;
    bool hadWal;
    bool hadShm;
};

} // namespace

Database::Database(sqlite3 *db, QString path, OpenMode mode)
    : m_db(db)
    , m_path(std::move(path))
    , m_mode(mode)
{
}

Result<Database> Database::open(const QString &path, OpenMode mode, int busyTimeoutMs)
{
    if (path.isEmpty())
        return detail::sqliteError(path, SQLITE_CANTOPEN, u"no file name given"_s);
    // Absolute, so messages name the real file and SQLite never reads the name as a URI.
    const QString absolutePath = QFileInfo(path).absoluteFilePath();

    bool createdHere = false;
    if (mode == OpenMode::ReadWriteCreate) {
        const Result<bool> created = createOwnerOnly(absolutePath);
        if (!created)
            return created.error();
        createdHere = *created;
    }

    const SideFiles sideFiles(absolutePath);
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(absolutePath.toUtf8().constData(), &handle, openFlags(mode), nullptr);
    if (rc != SQLITE_OK) {
        const Error error = detail::sqliteError(absolutePath, rc, QString::fromUtf8(sqlite3_errmsg(handle)));
        sqlite3_close_v2(handle);
        if (createdHere)
            QFile::remove(absolutePath);
        return error;
    }

    Database db(handle, absolutePath, mode);
    harden(handle);
    db.setBusyTimeout(busyTimeoutMs);
    if (Status probed = db.probe(); !probed) {
        db.close();
        if (probed.error().code() == u"storage.corrupt"_s)
            sideFiles.removeCreated();
        return probed.error();
    }
    if (mode != OpenMode::ReadOnly && sqlite3_db_readonly(handle, "main") == 1) {
        return detail::sqliteError(absolutePath, SQLITE_READONLY,
                                   u"opened for reading only: the file or its folder is not writable"_s);
    }
    if (Status configured = db.configure(); !configured)
        return configured.error();
    qCDebug(lcStorage) << "opened database" << absolutePath;
    return db;
}

Result<Database> Database::openInMemory()
{
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(":memory:", &handle, openFlags(OpenMode::ReadWriteCreate), nullptr);
    if (rc != SQLITE_OK) {
        const Error error = detail::sqliteError(QString(), rc, QString::fromUtf8(sqlite3_errmsg(handle)));
        sqlite3_close_v2(handle);
        return error;
    }
    Database db(handle, QString(), OpenMode::ReadWriteCreate);
    harden(handle);
    db.setBusyTimeout(DefaultBusyTimeoutMs);
    if (Status configured = db.configure(); !configured)
        return configured.error();
    return db;
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_mode(other.m_mode)
    , m_busyTimeoutMs(other.m_busyTimeoutMs)
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_mode = other.m_mode;
        m_busyTimeoutMs = other.m_busyTimeoutMs;
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (!m_db)
        return;
    // close_v2 rolls back an open transaction and defers the final close until
    // every Statement of this connection is finalized, so order does not matter.
    const int rc = sqlite3_close_v2(std::exchange(m_db, nullptr));
    if (rc != SQLITE_OK)
        qCWarning(lcStorage) << "closing the database failed; result code" << rc;
}

// Reading the schema makes SQLite check the header and walk sqlite_master
// under a shared lock only; nothing is written, so a damaged or foreign file is
// classified before open() could change a byte of it.
Status Database::probe()
{
    Result<Statement> statement = prepare(u"SELECT count(*) FROM sqlite_master"_s);
    if (!statement)
        return statement.error();
    const Result<bool> row = statement->step();
    if (!row)
        return row.error();
    return {};
}

Status Database::configure()
{
    if (!isReadOnly() && !m_path.isEmpty()) {
        if (Status wal = enableWriteAheadLog(); !wal)
            return wal;
    }
    // secure_delete: deleted audit records are overwritten, not left in free pages.
    return exec(u"PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;"_s);
}

// WAL lets the GUI read while the CLI or a worker writes, and keeps the main
// file consistent after a crash; synchronous=NORMAL is durable enough with it.
Status Database::enableWriteAheadLog()
{
    Result<Statement> statement = prepare(u"PRAGMA journal_mode = WAL"_s);
    if (!statement)
        return statement.error();
    const Result<bool> row = statement->step();
    if (!row)
        return row.error();
    const QString journalMode = *row ? statement->columnText(0) : QString();
    if (journalMode.compare(u"wal"_s, Qt::CaseInsensitive) == 0)
        return {};
    qCWarning(lcStorage) << "write-ahead logging unavailable; journal mode" << journalMode;
    return Error(u"storage.open"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The database %1 could not be set up for safe writing. Keep it on a local disk, not "
                                   "a network drive, and try again."),
                 {detail::displayName(m_path)}, u"journal_mode is \"%1\", expected \"wal\""_s.arg(journalMode));
}

Status Database::exec(QStringView sql)
{
    if (!m_db)
        return detail::misuse(m_path, u"exec() on a closed database"_s);
    return detail::execute(m_db, sql);
}

Result<Statement> Database::prepare(QStringView sql)
{
    if (!m_db)
        return detail::misuse(m_path, u"prepare() on a closed database"_s);
    const QByteArray utf8 = sql.toUtf8();
    const char *const end = utf8.constData() + utf8.size();
    sqlite3_stmt *handle = nullptr;
    const char *tail = nullptr;
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &handle, &tail) != SQLITE_OK)
        return detail::sqliteError(m_db, sqlite3_extended_errcode(m_db));
    Statement statement(handle);
    if (!handle)
        return detail::misuse(m_path, u"prepare(): the text holds no SQL statement"_s);

    // SQLite would ignore everything after the first statement; refuse instead
    // of silently dropping SQL. A tail that compiles to nothing is only comments.
    if (tail && tail < end) {
        sqlite3_stmt *next = nullptr;
        const int rc = sqlite3_prepare_v2(m_db, tail, int(end - tail), &next, nullptr);
        sqlite3_finalize(next);
        if (rc != SQLITE_OK || next)
            return detail::misuse(m_path, u"prepare(): more than one SQL statement; use exec()"_s);
    }
    return statement;
}

qint64 Database::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

bool Database::isReadOnly() const
{
    return m_mode == OpenMode::ReadOnly || (m_db && sqlite3_db_readonly(m_db, "main") == 1);
}

bool Database::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

void Database::setBusyTimeout(int ms)
{
    m_busyTimeoutMs = qMax(0, ms);
    if (m_db)
        sqlite3_busy_timeout(m_db, m_busyTimeoutMs);
}

} // namespace pasban::storage
