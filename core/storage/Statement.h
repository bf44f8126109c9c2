#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <concepts>
#include <cstddef>
#include <functional>
#include <optional>
#include <type_traits>

struct sqlite3_stmt;

namespace pasban::storage {

// A prepared SQL statement (move-only; finalized on destruction). Made by
// Database::prepare and used on the same thread as its Database.
//
// Parameters are numbered from 1 and columns from 0, as in SQLite. A failed
// bind (wrong index, unsupported type) is kept and returned by the next step()
// or run(), so a sequence of binds needs one error check, not one per bind.
class Statement
{
public:
    enum class ColumnType { Integer, Float, Text, Blob, Null };

    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    [[nodiscard]] bool isValid() const { return m_statement != nullptr; }

    // Unsigned 64-bit values are refused at compile time: SQLite integers are
    // signed, and a silent wrap would corrupt counters and identifiers.
    template<std::integral Integer>
    requires(std::is_signed_v<Integer> || sizeof(Integer) < sizeof(qint64)) Statement &bind(int index, Integer value)
    {
        return bindInt64(index, static_cast<qint64>(value));
    }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // a null QString binds '' (use nullptr for NULL)
    Statement &bind(int index, QStringView value);
    Statement &bind(int index, const QByteArray &value); // as a BLOB, embedded zeros kept
    Statement &bind(int index, std::nullptr_t);
    // Invalid or null variants bind NULL; integers, bools, doubles, strings,
    // byte arrays and date-times (UTC ISO-8601 with milliseconds) are supported.
    Statement &bind(int index, const QVariant &value);
    // Would otherwise become a QByteArray blob silently; write u"..."_s.
    Statement &bind(int index, const char *value) = delete;

    // The index of a named parameter (":name", "@name", "$name"), 0 if none.
    [[nodiscard]] int parameterIndex(QStringView name) const;
    [[nodiscard]] int parameterCount() const;

    // true: a row is available through the column accessors; false: done.
    [[nodiscard]] Result<bool> step();
    // Steps through the rows, calling visit() on each, until the rows end or
    // visit() returns false.
    [[nodiscard]] Status forEachRow(const std::function<bool(const Statement &)> &visit);
    // Steps to the end, turning every row into a value with read(row).
    template<typename Read>
    [[nodiscard]] auto collectRows(Read &&read) -> Result<QList<std::invoke_result_t<Read &, const Statement &>>>
    {
        QList<std::invoke_result_t<Read &, const Statement &>> values;
        Status done = forEachRow([&](const Statement &row) {
            values.append(read(row));
            return true;
        });
        if (!done)
            return done.error();
        return values;
    }
    // Steps to the end (rows, if any, are discarded), then resets so the
    // statement can run again with new bindings.
    [[nodiscard]] Status run();
    // Ends the current execution (releasing its read snapshot); bindings stay.
    void reset();
    void clearBindings();

    // Valid only after step() returned true.
    [[nodiscard]] int columnCount() const;
    [[nodiscard]] QString columnName(int column) const;
    [[nodiscard]] ColumnType columnType(int column) const;
    [[nodiscard]] bool columnIsNull(int column) const;
    [[nodiscard]] qint64 columnInt64(int column) const;
    [[nodiscard]] double columnDouble(int column) const;
    [[nodiscard]] QString columnText(int column) const; // null QString for NULL
    [[nodiscard]] QByteArray columnBlob(int column) const; // deep copy
    // Integer → qint64, Float → double, Text → QString, Blob → QByteArray, Null → invalid.
    [[nodiscard]] QVariant columnValue(int column) const;

private:
    friend class Database;
    explicit Statement(sqlite3_stmt *statement)
        : m_statement(statement)
    {
    }

    Statement &bindInt64(int index, qint64 value);
    Statement &checkBind(int resultCode, int index);
    [[nodiscard]] QString databasePath() const;

    sqlite3_stmt *m_statement = nullptr;
    std::optional<Error> m_bindError;
};

} // namespace pasban::storage
