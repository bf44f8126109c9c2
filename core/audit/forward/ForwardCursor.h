#pragma once

#include "audit/Checkpoint.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pasban::audit::forward {

// How far one destination has the log: the durable half of the store-and-forward
// queue (the other half is the audit log itself, which keeps every event). Kept in
// the console database's audit_forward_state table (schema version 4).
struct ForwardPosition
{
    QByteArray logId;
    quint64 lastSequence = 0; // every event up to here was delivered
    quint64 checkpointNumber = 0; // the newest checkpoint delivered
    quint64 checkpointSequence = 0; // ... and the event it covers (interim ones grow)

    friend bool operator==(const ForwardPosition &, const ForwardPosition &) = default;
};

// Reads and writes positions, and reads the checkpoints still to be sent, through
// a connection of its own (used on one thread).
class ForwardCursor
{
public:
    ForwardCursor(storage::Database &database, QString destination);

    // The stored position for this destination and log; a position for another
    // log (the database was replaced, or the log created anew) does not count:
    // that log starts from the beginning.
    [[nodiscard]] Result<ForwardPosition> load(const QByteArray &logId);
    [[nodiscard]] Status save(const ForwardPosition &position);

    // Checkpoints newer than the position's and covering no event after
    // `upToSequence`, oldest first. A replaced interim checkpoint (same number,
    // later event) counts as newer.
    [[nodiscard]] Result<QList<Checkpoint>> pendingCheckpoints(const ForwardPosition &position, quint64 upToSequence,
                                                               int limit);

    [[nodiscard]] QString destination() const { return m_destination; }

private:
    storage::Database &m_db;
    QString m_destination;
};

} // namespace pasban::audit::forward
