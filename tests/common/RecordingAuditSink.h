#pragma once

#include "audit/AuditSink.h"

#include <QList>

namespace pasban::test {

// Keeps every event it is given; can be told to refuse (as a log that cannot write).
class RecordingAuditSink final : public audit::AuditSink
{
public:
    Result<quint64> record(const audit::AuditEvent &event) override
    {
        if (failing)
            return Error(QStringLiteral("audit.test_refused"), "refused by the test");
        events.append(event);
        return quint64(events.size());
    }

    QList<audit::AuditEvent> events;
    bool failing = false;
};

} // namespace pasban::test
