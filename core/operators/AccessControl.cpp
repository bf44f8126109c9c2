#include "AccessControl.h"

#include "OperatorErrors.h"
#include "audit/AuditSink.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace pasban::operators {

bool roleAllows(Role role, Permission permission)
{
    switch (role) {
    case Role::ClinicalEngineer:
        return true;
    case Role::FieldTechnician:
        switch (permission) {
        case Permission::Scan:
        case Permission::Interrogate:
        case Permission::PushApprovedPackage:
        case Permission::ReadOwnActions:
        case Permission::ReadInventory:
            return true;
        default:
            return false;
        }
    case Role::Auditor:
        switch (permission) {
        case Permission::ReadAuditLog:
        case Permission::ExportAuditAndReports:
        case Permission::ReadOwnActions:
        case Permission::ReadInventory:
            return true;
        default:
            return false;
        }
    }
    return false;
}

QList<Role> rolesAllowing(Permission permission)
{
    QList<Role> roles;
    for (const Role role : allRoles())
        if (roleAllows(role, permission))
            roles.append(role);
    return roles;
}

bool AccessControl::allows(const OperatorSession &session, Permission permission, const QDateTime &nowUtc)
{
    return session.isValid() && !session.isExpired(nowUtc) && roleAllows(session.role, permission);
}

AccessControl::AccessControl(audit::AuditSink *sink, const Clock &clock)
    : m_sink(sink)
    , m_clock(clock)
{
}

Status AccessControl::check(const OperatorSession &session, Permission permission)
{
    if (!session.isValid()) {
        recordRefusal(session, permission, u"not logged in"_s);
        return notLoggedIn();
    }
    if (session.isExpired(m_clock.nowUtc())) {
        recordRefusal(session, permission, u"emergency access expired"_s);
        return sessionExpired();
    }
    if (!roleAllows(session.role, permission)) {
        recordRefusal(session, permission, u"role"_s);
        return permissionDenied(session.name, roleName(session.role), permissionName(permission));
    }
    return {};
}

void AccessControl::recordRefusal(const OperatorSession &session, Permission permission, const QString &reason)
{
    if (!m_sink)
        return;
    audit::AuditEvent event;
    event.type = audit::EventType::UseOfRestrictedFunction;
    event.action = audit::Action::Execute;
    event.outcome = audit::Outcome::MinorFailure;
    event.operatorId = session.name;
    event.details = QJsonObject {
        {u"permission"_s, permissionCode(permission)}, {u"role"_s, roleCode(session.role)}, {u"refused"_s, reason}};
    // The refusal stands whether or not it could be recorded.
    (void)m_sink->record(event);
}

} // namespace pasban::operators
