#include "EventTable.h"

#include "storage/Statement.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit::detail {

namespace {

const char *const ColumnNames[EventColumnCount] = {"sequence",       "recorded_utc", "event_type", "outcome", "key_id",
                                                   "operator_index", "device_index", "sealed",     "link"};

} // namespace

QString eventColumns(const QString &prefix)
{
    QStringList columns;
    for (const char *name : ColumnNames)
        columns.append(prefix + QLatin1StringView(name));
    return columns.join(u", "_s);
}

StoredRecord readRecord(const storage::Statement &statement, int firstColumn)
{
    using Type = storage::Statement::ColumnType;
    StoredRecord record;
    const auto integer = [&](int offset, qint64 &out) {
        const int column = firstColumn + offset;
        if (statement.columnType(column) != Type::Integer && record.columnProblem.isEmpty())
            record.columnProblem = u"%1 is not an integer"_s.arg(QLatin1StringView(ColumnNames[offset]));
        out = statement.columnInt64(column);
    };
    const auto blob = [&](int offset, QByteArray &out) {
        const int column = firstColumn + offset;
        if (statement.columnType(column) != Type::Blob && record.columnProblem.isEmpty())
            record.columnProblem = u"%1 is not a blob"_s.arg(QLatin1StringView(ColumnNames[offset]));
        out = statement.columnBlob(column);
    };
    const auto optionalBlob = [&](int offset, std::optional<QByteArray> &out) {
        const int column = firstColumn + offset;
        if (statement.columnType(column) == Type::Null)
            return;
        QByteArray bytes;
        blob(offset, bytes);
        out = bytes;
    };
    integer(0, record.sequence);
    integer(1, record.recordedMs);
    integer(2, record.eventType);
    integer(3, record.outcome);
    integer(4, record.keyId);
    optionalBlob(5, record.operatorIndex);
    optionalBlob(6, record.deviceIndex);
    blob(7, record.sealed);
    blob(8, record.link);
    return record;
}

} // namespace pasban::audit::detail
