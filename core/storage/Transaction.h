#pragma once

#include "common/Result.h"

struct sqlite3;

namespace pasban::storage {

class Database;

// A transaction that rolls back unless commit() succeeded. begin() is a
// factory because BEGIN itself can fail (another connection holds the lock).
// The Database must outlive the Transaction; moving the Database is fine.
// Transactions do not nest: begin() on a database already in a transaction
// returns storage.misuse.
class Transaction
{
public:
    enum class Mode {
        Deferred, // takes locks on first read/write
        Immediate, // takes the write lock now: fails early instead of midway
        Exclusive, // as Immediate in WAL mode; also blocks readers otherwise
    };

    [[nodiscard]] static Result<Transaction> begin(Database &db, Mode mode = Mode::Immediate);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&other) noexcept;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    // On failure the transaction stays active: retry, or let it roll back.
    [[nodiscard]] Status commit();
    [[nodiscard]] Status rollback();
    [[nodiscard]] bool isActive() const { return m_db != nullptr; }

private:
    explicit Transaction(sqlite3 *db)
        : m_db(db)
    {
    }

    // Null once committed, rolled back or moved from.
    sqlite3 *m_db = nullptr;
};

} // namespace pasban::storage
