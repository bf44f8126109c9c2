#pragma once

#include "operators/AccessControl.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QMainWindow;

namespace pasban {
class Settings;
}
namespace pasban::operators {
class Authenticator;
}

namespace pasban::ui {

class IdleLock;
class LoginDialog;
class SessionBanner;

// The operator's session in the console: the banner in the status bar, the idle
// lock (the window is hidden behind the lock screen, never destroyed, so running
// scans and pushes go on) and the end of break-glass access when its time is up
// (recorded as Emergency Override Stopped, then the console locks).
class SessionController : public QObject
{
    Q_OBJECT
public:
    SessionController(operators::Authenticator &authenticator, QMainWindow &window,
                      std::chrono::milliseconds idleInterval, const Clock &clock = Clock::system());
    ~SessionController() override;

    void begin(const operators::OperatorSession &session);
    // Logs out (ending break-glass if it is on); the window stays as it is.
    void end();
    void lock();
    // Takes the idle time from Settings (IdleLockMinutes) now and whenever it
    // changes (Settings → Security), while the console runs.
    void followIdleSetting(Settings &settings);

    [[nodiscard]] const operators::OperatorSession &session() const { return m_session; }
    [[nodiscard]] bool isLocked() const { return m_lockScreen != nullptr; }
    [[nodiscard]] LoginDialog *lockScreen() const { return m_lockScreen.data(); }
    [[nodiscard]] SessionBanner *banner() const { return m_banner; }
    [[nodiscard]] IdleLock &idleLock() { return *m_idle; }

Q_SIGNALS:
    void sessionChanged(const pasban::operators::OperatorSession &session);

private:
    void emergencyExpired();

    operators::Authenticator &m_authenticator;
    QMainWindow &m_window;
    const Clock &m_clock;
    operators::OperatorSession m_session;
    IdleLock *m_idle = nullptr;
    SessionBanner *m_banner = nullptr;
    QPointer<LoginDialog> m_lockScreen;
    QTimer m_emergencyEnd;
};

} // namespace pasban::ui
