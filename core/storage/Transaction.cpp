#include "Transaction.h"

#include "Database.h"
#include "SqliteError.h"
#include "common/Logging.h"

#include <sqlite3.h>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace pasban::storage {

namespace {

QString pathOf(sqlite3 *db)
{
    const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
    return file ? QString::fromUtf8(file) : QString();
}

} // namespace

Result<Transaction> Transaction::begin(Database &db, Mode mode)
{
    if (!db.isOpen())
        return detail::misuse(db.path(), u"Transaction::begin() on a closed database"_s);
    if (db.inTransaction())
        return detail::misuse(db.path(), u"Transaction::begin() inside another transaction"_s);
    QStringView sql = u"BEGIN IMMEDIATE";
    switch (mode) {
    case Mode::Deferred:
        sql = u"BEGIN DEFERRED";
        break;
    case Mode::Immediate:
        break;
    case Mode::Exclusive:
        sql = u"BEGIN EXCLUSIVE";
        break;
    }
    if (Status begun = detail::execute(db.handle(), sql); !begun)
        return begun.error();
    return Transaction(db.handle());
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{
}

Transaction &Transaction::operator=(Transaction &&other) noexcept
{
    if (this != &other) {
        if (isActive())
            (void)rollback();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Transaction::~Transaction()
{
    if (!isActive())
        return;
    if (Status rolledBack = rollback(); !rolledBack)
        qCWarning(lcStorage) << "rolling back a transaction failed:" << rolledBack.error().code();
}

Status Transaction::commit()
{
    if (!m_db)
        return detail::misuse({}, u"commit() without an active transaction"_s);
    if (sqlite3_get_autocommit(m_db)) {
        // Someone ended it behind our back (a COMMIT in exec(), or SQLite
        // rolled back after an I/O error): we cannot know what was saved.
        const QString path = pathOf(std::exchange(m_db, nullptr));
        return detail::misuse(path, u"commit(): the transaction was already ended"_s);
    }
    if (Status committed = detail::execute(m_db, u"COMMIT"); !committed)
        return committed;
    m_db = nullptr;
    return {};
}

Status Transaction::rollback()
{
    if (!m_db)
        return detail::misuse({}, u"rollback() without an active transaction"_s);
    sqlite3 *db = std::exchange(m_db, nullptr);
    // After some errors (disk full, I/O) SQLite has already rolled back.
    if (sqlite3_get_autocommit(db))
        return {};
    return detail::execute(db, u"ROLLBACK");
}

} // namespace pasban::storage
