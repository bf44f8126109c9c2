#include "OperatorAuditSink.h"

namespace pasban::operators {

Result<quint64> OperatorAuditSink::record(const audit::AuditEvent &event)
{
    if (m_operator.isEmpty() || !event.operatorId.isEmpty())
        return m_inner.record(event);
    audit::AuditEvent named = event;
    named.operatorId = m_operator;
    return m_inner.record(named);
}

} // namespace pasban::operators
