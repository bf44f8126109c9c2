#pragma once

#include "AccessControl.h"
#include "Role.h"
#include "audit/AuditEvent.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QString>

namespace pasban::audit {
class AuditSink;
}

namespace pasban::operators {

class OperatorStore;

// Log-in, lockout, log-out, break-glass and the two-person rule, all audited:
//  - login success/failure: DICOM 110122 Login (outcome 0 / 4; 8 when it locks the account);
//  - logout: 110123;
//  - break-glass: 110127 Emergency Override Started / 110138 Stopped, with the reason;
//  - second-person approval: 110132 Use of Restricted Function with both names.
// Passwords arrive in SecureBytes and are never recorded.
class Authenticator
{
public:
    static constexpr int MaxFailedAttempts = 5;
    static constexpr qint64 LockoutSeconds = 5 * 60;
    static constexpr qint64 DefaultEmergencyMinutes = 60;

    Authenticator(OperatorStore &store, audit::AuditSink *sink, const Clock &clock = Clock::system());

    // The MaxFailedAttempts-th consecutive failure locks the account for
    // LockoutSeconds; while locked even the right password is refused.
    [[nodiscard]] Result<OperatorSession> login(const QString &name, const crypto::SecureBytes &password);
    void logout(const OperatorSession &session);

    // Break-glass: an operator (any role, own password) gets clinical engineer
    // rights for `minutes` (1..480), with a reason that goes into the audit log.
    [[nodiscard]] Result<OperatorSession> startEmergency(const QString &name, const crypto::SecureBytes &password,
                                                         const QString &reason,
                                                         qint64 minutes = DefaultEmergencyMinutes);
    // Ends it (by hand or because it expired); records the stop once.
    void endEmergency(const OperatorSession &session, bool expired);

    // The two-person rule: `session` wants to do `permission`, which needs a second,
    // distinct, enabled clinical engineer to approve with their own credentials.
    // Returns the approver's name; both names are recorded in one audit event.
    [[nodiscard]] Result<QString> approveBySecondPerson(const OperatorSession &session, Permission permission,
                                                        const QString &approverName,
                                                        const crypto::SecureBytes &approverPassword);

private:
    [[nodiscard]] Result<Role> authenticate(const QString &name, const crypto::SecureBytes &password,
                                            const char *purpose);
    Result<quint64> record(audit::EventType type, audit::Outcome outcome, const QString &operatorName,
                           const QJsonObject &details);

    OperatorStore &m_store;
    audit::AuditSink *m_sink;
    const Clock &m_clock;
};

} // namespace pasban::operators
