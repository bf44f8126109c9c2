#include "Statement.h"

#include "SqliteError.h"

#include <QDateTime>

#include <sqlite3.h>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace pasban::storage {

Statement::Statement(Statement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_bindError(std::exchange(other.m_bindError, std::nullopt))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_bindError = std::exchange(other.m_bindError, std::nullopt);
    }
    return *this;
}

Statement::~Statement()
{
    // Finalizing also lets a Database closed earlier (sqlite3_close_v2) finish closing.
    sqlite3_finalize(m_statement);
}

QString Statement::databasePath() const
{
    sqlite3 *db = m_statement ? sqlite3_db_handle(m_statement) : nullptr;
    const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
    return file ? QString::fromUtf8(file) : QString();
}

Statement &Statement::checkBind(int resultCode, int index)
{
    if (resultCode != SQLITE_OK && !m_bindError) {
        m_bindError = detail::sqliteError(sqlite3_db_handle(m_statement), resultCode)
                          .withDetail(u"binding parameter %1"_s.arg(index));
    }
    return *this;
}

Statement &Statement::bindInt64(int index, qint64 value)
{
    if (!m_statement)
        return *this;
    return checkBind(sqlite3_bind_int64(m_statement, index, value), index);
}

Statement &Statement::bind(int index, double value)
{
    if (!m_statement)
        return *this;
    return checkBind(sqlite3_bind_double(m_statement, index, value), index);
}

Statement &Statement::bind(int index, const QString &value)
{
    return bind(index, QStringView(value));
}

Statement &Statement::bind(int index, QStringView value)
{
    if (!m_statement)
        return *this;
    // A null data pointer would bind NULL; an empty string must stay a string.
    static const char16_t empty[] = u"";
    const void *data = value.isNull() ? empty : static_cast<const void *>(value.utf16());
    return checkBind(sqlite3_bind_text16(m_statement, index, data, int(value.size() * 2), SQLITE_TRANSIENT), index);
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (!m_statement)
        return *this;
    // As above: a zero-length blob, not NULL.
    if (value.isEmpty())
        return checkBind(sqlite3_bind_zeroblob(m_statement, index, 0), index);
    return checkBind(
        sqlite3_bind_blob64(m_statement, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT),
        index);
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    if (!m_statement)
        return *this;
    return checkBind(sqlite3_bind_null(m_statement, index), index);
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return bind(index, nullptr);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return bindInt64(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    case QMetaType::QString:
        return bind(index, value.toString());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    case QMetaType::QDateTime:
        // Machine format: UTC, ISO-8601, locale-independent.
        return bind(index, value.toDateTime().toUTC().toString(Qt::ISODateWithMs));
    default:
        if (!m_bindError) {
            m_bindError = detail::misuse(databasePath(),
                                         u"parameter %1: cannot bind a value of type %2"_s.arg(index).arg(
                                             QString::fromLatin1(value.metaType().name())));
        }
        return *this;
    }
}

int Statement::parameterIndex(QStringView name) const
{
    return m_statement ? sqlite3_bind_parameter_index(m_statement, name.toUtf8().constData()) : 0;
}

int Statement::parameterCount() const
{
    return m_statement ? sqlite3_bind_parameter_count(m_statement) : 0;
}

Result<bool> Statement::step()
{
    if (!m_statement)
        return detail::misuse({}, u"step() on an empty statement"_s);
    if (m_bindError)
        return *m_bindError;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return detail::sqliteError(sqlite3_db_handle(m_statement), rc);
}

Status Statement::forEachRow(const std::function<bool(const Statement &)> &visit)
{
    for (;;) {
        const Result<bool> row = step();
        if (!row)
            return row.error();
        if (!*row || !visit(*this))
            return {};
    }
}

Status Statement::run()
{
    for (;;) {
        const Result<bool> row = step();
        if (!row) {
            reset();
            return row.error();
        }
        if (!*row)
            break;
    }
    reset();
    return {};
}

void Statement::reset()
{
    // The return value repeats the last step()'s error, already reported.
    if (m_statement)
        sqlite3_reset(m_statement);
}

void Statement::clearBindings()
{
    if (m_statement)
        sqlite3_clear_bindings(m_statement);
    m_bindError.reset();
}

int Statement::columnCount() const
{
    return m_statement ? sqlite3_column_count(m_statement) : 0;
}

QString Statement::columnName(int column) const
{
    const char *name = m_statement ? sqlite3_column_name(m_statement, column) : nullptr;
    return name ? QString::fromUtf8(name) : QString();
}

Statement::ColumnType Statement::columnType(int column) const
{
    switch (m_statement ? sqlite3_column_type(m_statement, column) : SQLITE_NULL) {
    case SQLITE_INTEGER:
        return ColumnType::Integer;
    case SQLITE_FLOAT:
        return ColumnType::Float;
    case SQLITE_TEXT:
        return ColumnType::Text;
    case SQLITE_BLOB:
        return ColumnType::Blob;
    default:
        return ColumnType::Null;
    }
}

bool Statement::columnIsNull(int column) const
{
    return columnType(column) == ColumnType::Null;
}

qint64 Statement::columnInt64(int column) const
{
    return m_statement ? sqlite3_column_int64(m_statement, column) : 0;
}

double Statement::columnDouble(int column) const
{
    return m_statement ? sqlite3_column_double(m_statement, column) : 0.0;
}

QString Statement::columnText(int column) const
{
    if (!m_statement)
        return {};
    // The pointer first, then the size: that order is what SQLite guarantees.
    const void *text = sqlite3_column_text16(m_statement, column);
    if (!text)
        return {};
    const int bytes = sqlite3_column_bytes16(m_statement, column);
    return QString(static_cast<const QChar *>(text), bytes / 2);
}

QByteArray Statement::columnBlob(int column) const
{
    if (!m_statement)
        return {};
    const void *data = sqlite3_column_blob(m_statement, column);
    const int bytes = sqlite3_column_bytes(m_statement, column);
    if (!data || bytes <= 0)
        return {};
    return QByteArray(static_cast<const char *>(data), bytes);
}

QVariant Statement::columnValue(int column) const
{
    switch (columnType(column)) {
    case ColumnType::Integer:
        return QVariant(columnInt64(column));
    case ColumnType::Float:
        return QVariant(columnDouble(column));
    case ColumnType::Text:
        return QVariant(columnText(column));
    case ColumnType::Blob:
        return QVariant(columnBlob(column));
    case ColumnType::Null:
        break;
    }
    return {};
}

} // namespace pasban::storage
