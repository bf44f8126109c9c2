#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "operators/AccessControl.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace pasban::audit {
class AuditSink;
}
namespace pasban::operators {
class Authenticator;
}

namespace pasban::ui {

// What the console's pages know of the operator at the keyboard (issue #8). It
// exists only once operator accounts exist: a page without one (the demo, a fresh
// data folder) keeps every action enabled. Every decision is core's
// (operators::AccessControl): allows() to show a button enabled or not, check()
// when an action is about to happen, which records a refusal in the audit log.
class OperatorAccess : public QObject
{
    Q_OBJECT
public:
    OperatorAccess(operators::Authenticator &authenticator, audit::AuditSink *sink,
                   const Clock &clock = Clock::system(), QObject *parent = nullptr);

    void setSession(const operators::OperatorSession &session);
    [[nodiscard]] const operators::OperatorSession &session() const { return m_session; }
    [[nodiscard]] QString operatorName() const { return m_session.name; }
    [[nodiscard]] operators::Authenticator &authenticator() const { return m_authenticator; }

    // Asks core without recording anything.
    [[nodiscard]] bool allows(operators::Permission permission) const;
    // Why the operator may not, in the current language: which role is needed.
    [[nodiscard]] QString refusalText(operators::Permission permission) const;
    // Asks core before acting; a refusal is recorded in the audit log.
    [[nodiscard]] Status check(operators::Permission permission);

    // Enables WIDGET (or ACTION) when `enabled` and the operator may do PERMISSION;
    // when they may not, it is disabled and its tooltip says which role is needed
    // (its own tooltip comes back once allowed). Without access (no accounts) only
    // `enabled` counts.
    static void gate(const OperatorAccess *access, QWidget *widget, operators::Permission permission,
                     bool enabled = true);
    static void gate(const OperatorAccess *access, QAction *action, operators::Permission permission,
                     bool enabled = true);

    // Points SLOT at ACCESS (letting the previous one go) and calls ON_CHANGE, in
    // RECEIVER's context, whenever the session changes. The caller applies its
    // gates once itself, after whatever else it hands the access on to.
    static void follow(QPointer<OperatorAccess> &slot, OperatorAccess *access, QObject *receiver,
                       std::function<void()> onChange);

Q_SIGNALS:
    // A log-in, the lock screen passed, the end of break-glass: gates are re-applied.
    void sessionChanged();

private:
    operators::Authenticator &m_authenticator;
    audit::AuditSink *m_sink;
    const Clock &m_clock;
    operators::OperatorSession m_session;
};

} // namespace pasban::ui
