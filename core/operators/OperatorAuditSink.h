#pragma once

#include "audit/AuditSink.h"

#include <QString>

namespace pasban::operators {

// Names the operator at the keyboard in every event recorded through it that does
// not name one itself (a scan, an interrogation, a report export in the console),
// so the audit log identifies the person behind each action. Events that already
// name an operator (a log-in, an approval with both names) are left as they are.
// Without an operator (no accounts, or nobody logged in) events pass unchanged.
class OperatorAuditSink final : public audit::AuditSink
{
public:
    explicit OperatorAuditSink(audit::AuditSink &inner)
        : m_inner(inner)
    {
    }

    void setOperator(const QString &name) { m_operator = name; }
    [[nodiscard]] const QString &operatorName() const { return m_operator; }

    [[nodiscard]] Result<quint64> record(const audit::AuditEvent &event) override;

private:
    audit::AuditSink &m_inner;
    QString m_operator;
};

} // namespace pasban::operators
