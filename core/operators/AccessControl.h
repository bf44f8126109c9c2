#pragma once

#include "Role.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QDateTime>
#include <QString>

namespace pasban::audit {
class AuditSink;
}

namespace pasban::operators {

// Who is at the keyboard, after a successful log-in (Authenticator). An emergency
// (break-glass) session acts with clinical engineer rights until expiresUtc;
// `accountRole` keeps the operator's own role for the record.
struct OperatorSession
{
    QString name;
    Role role = Role::Auditor; // the role permissions are checked against
    Role accountRole = Role::Auditor;
    bool emergency = false;
    QString emergencyReason;
    QDateTime startedUtc;
    QDateTime expiresUtc; // only for emergency sessions

    [[nodiscard]] bool isValid() const { return !name.isEmpty(); }
    [[nodiscard]] bool isExpired(const QDateTime &nowUtc) const
    {
        return emergency && expiresUtc.isValid() && nowUtc >= expiresUtc;
    }
};

// The role -> permission table (README "Operators and roles" prints it):
//  Clinical engineer: everything.
//  Field technician:  scan, interrogate, push approved packages, view the inventory,
//                     see their own actions.
//  Auditor:           read the audit log, export audit and reports, view the
//                     inventory (read-only posture).
[[nodiscard]] bool roleAllows(Role role, Permission permission);
// The roles whose operators may do `permission`, in allRoles() order (for "needs
// the clinical engineer role" hints).
[[nodiscard]] QList<Role> rolesAllowing(Permission permission);

// The one place permission checks are made. A refusal comes back as
// operator.permission_denied in the current language and is recorded in the
// audit log as a failed "use of restricted function".
class AccessControl
{
public:
    explicit AccessControl(audit::AuditSink *sink, const Clock &clock = Clock::system());

    [[nodiscard]] Status check(const OperatorSession &session, Permission permission);

    // The same decision as check(), asked without recording anything: for showing
    // what is possible (the console's disabled buttons). Doing the action still
    // goes through check(), which records a refusal.
    [[nodiscard]] static bool allows(const OperatorSession &session, Permission permission, const QDateTime &nowUtc);

private:
    void recordRefusal(const OperatorSession &session, Permission permission, const QString &reason);

    audit::AuditSink *m_sink;
    const Clock &m_clock;
};

} // namespace pasban::operators
