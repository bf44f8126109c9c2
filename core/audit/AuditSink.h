#pragma once

#include "AuditEvent.h"
#include "common/Result.h"

namespace pasban::audit {

// Where the console's modules report security-relevant actions (scan started,
// package verified, trust store changed, export written, ...). Modules take an
// AuditSink* (nullptr: nothing is recorded, e.g. in unit tests that do not care)
// instead of an AuditLog, so they neither open nor own the log and can be tested
// with a recording fake. The console's implementation appends to the encrypted
// log; a failure to record is returned so that the caller can refuse actions that
// must not happen unaudited.
class AuditSink
{
public:
    virtual ~AuditSink() = default;

    // Records the event (sequence, time and key id are assigned by the log);
    // returns its sequence number once it is durable.
    [[nodiscard]] virtual Result<quint64> record(const AuditEvent &event) = 0;
};

} // namespace pasban::audit
