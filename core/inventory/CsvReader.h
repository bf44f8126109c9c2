#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace pasban::inventory {

// One CSV record and the (1-based) line it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// RFC 4180 CSV from a maintenance system: comma-separated, fields in double
// quotes may hold commas, doubled quotes and line breaks; CRLF or LF line ends;
// a UTF-8 byte order mark is skipped; blank lines are skipped. Input must be
// UTF-8. Errors (inventory.csv_malformed) name the line: a quote inside an
// unquoted field, text after a closing quote, a quoted field left open at the
// end of the file (a truncated file), invalid UTF-8, a field or record beyond
// the limits.
class CsvReader
{
public:
    static constexpr qsizetype MaxFieldBytes = 64 * 1024;
    static constexpr qsizetype MaxFields = 256;

    explicit CsvReader(QByteArrayView bytes);

    // The next record; false at the end. Check error() when it returns false.
    [[nodiscard]] bool next(CsvRecord &record);
    [[nodiscard]] bool failed() const { return m_error.has_value(); }
    [[nodiscard]] const Error &error() const { return *m_error; }
    // The line the reader stopped at (for an error message).
    [[nodiscard]] int line() const { return m_line; }
    // Bytes consumed so far (for progress).
    [[nodiscard]] qsizetype position() const { return m_pos; }

private:
    bool fail(int line, const char *message);
    bool appendField(QStringList &fields, const QByteArray &bytes, int line);

    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    int m_line = 1;
    std::optional<Error> m_error;
};

} // namespace pasban::inventory
