#pragma once

#include "Statement.h"
#include "common/Result.h"

#include <QString>
#include <QStringView>

struct sqlite3;

namespace pasban::storage {

enum class OpenMode {
    ReadOnly, // never writes; migrations refuse to run
    ReadWrite, // the file must exist
    ReadWriteCreate, // created (owner-only on Unix) when missing
};

// One SQLite connection (move-only; closed on destruction). Opened without
// SQLite's own mutex: use a Database from one thread at a time, one connection
// per thread.
//
// open() never modifies a file it cannot read as a database: a damaged or
// foreign file is classified (storage.corrupt, storage.locked, ...) by a
// read-only probe before anything is written. Files are then switched to
// write-ahead logging, with foreign keys enforced and deleted data overwritten.
class Database
{
public:
    static constexpr int DefaultBusyTimeoutMs = 5000;

    [[nodiscard]] static Result<Database> open(const QString &path, OpenMode mode = OpenMode::ReadWriteCreate,
                                               int busyTimeoutMs = DefaultBusyTimeoutMs);
    [[nodiscard]] static Result<Database> openInMemory();

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    // Closes now; statements still alive keep their resources until finalized.
    void close();

    // One or more statements separated by ';'. Outside a Transaction each one
    // commits on its own, so a failure leaves the earlier ones applied.
    [[nodiscard]] Status exec(QStringView sql);
    // Exactly one statement; trailing text other than comments is an error.
    [[nodiscard]] Result<Statement> prepare(QStringView sql);

    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] int changes() const;

    // The absolute file path; empty for an in-memory database.
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    [[nodiscard]] OpenMode mode() const { return m_mode; }
    // True for OpenMode::ReadOnly and for files SQLite could only open for reading.
    [[nodiscard]] bool isReadOnly() const;
    [[nodiscard]] bool inTransaction() const;

    // How long a statement waits for another connection's lock before it
    // fails with storage.locked.
    void setBusyTimeout(int ms);
    [[nodiscard]] int busyTimeout() const { return m_busyTimeoutMs; }

    // The raw connection, for core/storage's own sources only.
    [[nodiscard]] sqlite3 *handle() const { return m_db; }

private:
    Database(sqlite3 *db, QString path, OpenMode mode);

    [[nodiscard]] Status probe();
    [[nodiscard]] Status configure();
    [[nodiscard]] Status enableWriteAheadLog();

    sqlite3 *m_db = nullptr;
    QString m_path;
    OpenMode m_mode = OpenMode::ReadWriteCreate;
    int m_busyTimeoutMs = DefaultBusyTimeoutMs;
};

} // namespace pasban::storage
