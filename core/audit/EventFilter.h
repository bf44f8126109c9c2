#pragma once

#include "AuditEvent.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pasban::audit {

// Which events a query returns. Time, type and outcome filter on clear columns;
// operator and device on keyed blind indexes (exact match), so no row has to be
// decrypted to be left out. Empty fields do not filter.
struct EventFilter
{
    QDateTime from; // recorded at or after (UTC); invalid: no lower bound
    QDateTime to; // recorded before; invalid: no upper bound
    QString operatorId; // exact operator
    QString device; // exact device identity
    QList<EventType> types;
    QList<Outcome> outcomes;
    // Paging by event number: only events after / before these (0: no bound).
    quint64 afterSequence = 0;
    quint64 beforeSequence = 0;
    bool newestFirst = false;
};

} // namespace pasban::audit
