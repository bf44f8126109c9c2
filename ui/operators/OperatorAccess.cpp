#include "OperatorAccess.h"

#include <QAction>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

namespace {

// Where a gated widget keeps its own tooltip while the refusal is shown, and the
// refusal last shown (a page that sets its own tooltip again, say after a language
// change, is noticed).
constexpr char OwnToolTipProperty[] = "pasbanOwnToolTip";
constexpr char RefusalProperty[] = "pasbanRefusalToolTip";

template<typename Target>
void applyGate(const OperatorAccess *access, Target *target, operators::Permission permission, bool enabled)
{
    const bool allowed = !access || access->allows(permission);
    target->setEnabled(enabled && allowed);
    const QString current = target->toolTip();
    const QVariant shown = target->property(RefusalProperty);
    if (!allowed) {
        if (!shown.isValid() || current != shown.toString())
            target->setProperty(OwnToolTipProperty, current);
        const QString refusal = access->refusalText(permission);
        target->setToolTip(refusal);
        target->setProperty(RefusalProperty, refusal);
    } else if (shown.isValid()) {
        if (current == shown.toString())
            target->setToolTip(target->property(OwnToolTipProperty).toString());
        target->setProperty(OwnToolTipProperty, QVariant());
        target->setProperty(RefusalProperty, QVariant());
    }
}

} // namespace

OperatorAccess::OperatorAccess(operators::Authenticator &authenticator, audit::AuditSink *sink, const Clock &clock,
                               QObject *parent)
    : QObject(parent)
    , m_authenticator(authenticator)
    , m_sink(sink)
    , m_clock(clock)
{
}

void OperatorAccess::setSession(const operators::OperatorSession &session)
{
    m_session = session;
    Q_EMIT sessionChanged();
}

bool OperatorAccess::allows(operators::Permission permission) const
{
    return operators::AccessControl::allows(m_session, permission, m_clock.nowUtc());
}

QString OperatorAccess::refusalText(operators::Permission permission) const
{
    if (!m_session.isValid())
        return tr("Log in to do this.");
    if (m_session.isExpired(m_clock.nowUtc()))
        return tr("The emergency access has ended. Log in again to do this.");
    QStringList roles;
    for (const operators::Role role : operators::rolesAllowing(permission))
        roles.append(operators::roleName(role));
    const QString action = operators::permissionName(permission);
    const QString current = operators::roleName(m_session.role);
    if (roles.size() == 1)
        //: %1 is a role (e.g. Clinical engineer), %2 an action (e.g. manage the trust store), %3 the operator's role
        return tr("Needs the %1 role to %2. You are signed in as %3.").arg(roles.first(), action, current);
    //: %1 is a list of roles, %2 an action (e.g. export the audit log and reports), %3 the operator's role
    return tr("Needs one of the roles %1 to %2. You are signed in as %3.").arg(roles.join(tr(", ")), action, current);
}

Status OperatorAccess::check(operators::Permission permission)
{
    return operators::AccessControl(m_sink, m_clock).check(m_session, permission);
}

void OperatorAccess::gate(const OperatorAccess *access, QWidget *widget, operators::Permission permission, bool enabled)
{
    applyGate(access, widget, permission, enabled);
}

void OperatorAccess::gate(const OperatorAccess *access, QAction *action, operators::Permission permission, bool enabled)
{
    applyGate(access, action, permission, enabled);
}

void OperatorAccess::follow(QPointer<OperatorAccess> &slot, OperatorAccess *access, QObject *receiver,
                            std::function<void()> onChange)
{
    if (slot)
        disconnect(slot, &OperatorAccess::sessionChanged, receiver, nullptr);
    slot = access;
    if (slot)
        connect(slot, &OperatorAccess::sessionChanged, receiver, std::move(onChange));
}

} // namespace pasban::ui
