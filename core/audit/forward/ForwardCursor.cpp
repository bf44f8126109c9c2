#include "ForwardCursor.h"

#include "common/Clock.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit::forward {

ForwardCursor::ForwardCursor(storage::Database &database, QString destination)
    : m_db(database)
    , m_destination(std::move(destination))
{
}

Result<ForwardPosition> ForwardCursor::load(const QByteArray &logId)
{
    Result<storage::Statement> select =
        m_db.prepare(u"SELECT log_id, last_sequence, checkpoint_number, checkpoint_sequence "
                     u"FROM audit_forward_state WHERE destination = ?1"_s);
    if (!select)
        return select.error();
    select->bind(1, m_destination);
    const Result<bool> found = select->step();
    if (!found)
        return found.error();
    ForwardPosition position;
    position.logId = logId;
    if (*found && select->columnBlob(0) == logId) {
        position.lastSequence = quint64(qMax<qint64>(0, select->columnInt64(1)));
        position.checkpointNumber = quint64(qMax<qint64>(0, select->columnInt64(2)));
        position.checkpointSequence = quint64(qMax<qint64>(0, select->columnInt64(3)));
    }
    return position;
}

Status ForwardCursor::save(const ForwardPosition &position)
{
    Result<storage::Statement> upsert = m_db.prepare(
        u"INSERT INTO audit_forward_state (destination, log_id, last_sequence, checkpoint_number, "
        u"checkpoint_sequence, updated_utc) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
        u"ON CONFLICT(destination) DO UPDATE SET log_id = excluded.log_id, last_sequence = excluded.last_sequence, "
        u"checkpoint_number = excluded.checkpoint_number, checkpoint_sequence = excluded.checkpoint_sequence, "
        u"updated_utc = excluded.updated_utc"_s);
    if (!upsert)
        return upsert.error();
    return upsert->bind(1, m_destination)
        .bind(2, position.logId)
        .bind(3, qint64(position.lastSequence))
        .bind(4, qint64(position.checkpointNumber))
        .bind(5, qint64(position.checkpointSequence))
        .bind(6, Clock::system().nowUtc().toMSecsSinceEpoch())
        .run();
}

Result<QList<Checkpoint>> ForwardCursor::pendingCheckpoints(const ForwardPosition &position, quint64 upToSequence,
                                                            int limit)
{
    Result<storage::Statement> select =
        m_db.prepare(u"SELECT number, sequence, link, created_utc, key_id, interim, signature FROM audit_checkpoints "
                     u"WHERE (number > ?1 OR (number = ?1 AND sequence > ?2)) AND sequence <= ?3 "
                     u"ORDER BY number LIMIT ?4"_s);
    if (!select)
        return select.error();
    select->bind(1, qint64(position.checkpointNumber))
        .bind(2, qint64(position.checkpointSequence))
        .bind(3, qint64(upToSequence))
        .bind(4, limit);
    return select->collectRows([&](const storage::Statement &row) {
        Checkpoint checkpoint;
        checkpoint.logId = position.logId;
        checkpoint.number = quint64(row.columnInt64(0));
        checkpoint.sequence = quint64(row.columnInt64(1));
        checkpoint.link = row.columnBlob(2);
        checkpoint.createdMs = row.columnInt64(3);
        checkpoint.keyId = quint32(row.columnInt64(4));
        checkpoint.interim = row.columnInt64(5) != 0;
        checkpoint.signature = row.columnBlob(6);
        return checkpoint;
    });
}

} // namespace pasban::audit::forward
