#include "SessionController.h"

#include "IdleLock.h"
#include "LoginDialog.h"
#include "SessionBanner.h"
#include "common/Settings.h"
#include "operators/Authenticator.h"

#include <QMainWindow>
#include <QStatusBar>

#include <algorithm>

namespace pasban::ui {

SessionController::SessionController(operators::Authenticator &authenticator, QMainWindow &window,
                                     std::chrono::milliseconds idleInterval, const Clock &clock)
    : QObject(&window)
    , m_authenticator(authenticator)
    , m_window(window)
    , m_clock(clock)
{
    m_idle = new IdleLock(idleInterval, this);
    connect(m_idle, &IdleLock::idle, this, &SessionController::lock);
    m_banner = new SessionBanner(&m_window);
    m_window.statusBar()->addPermanentWidget(m_banner);
    m_emergencyEnd.setSingleShot(true);
    connect(&m_emergencyEnd, &QTimer::timeout, this, &SessionController::emergencyExpired);
}

SessionController::~SessionController()
{
    delete m_lockScreen;
}

void SessionController::begin(const operators::OperatorSession &session)
{
    // A new log-in replaces an emergency session: its end is recorded first.
    if (m_session.emergency && !(session.emergency && session.name == m_session.name))
        m_authenticator.endEmergency(m_session, m_session.isExpired(m_clock.nowUtc()));
    m_session = session;
    m_banner->setSession(session);
    m_emergencyEnd.stop();
    if (session.emergency) {
        const qint64 ms = std::max<qint64>(0, m_clock.nowUtc().msecsTo(session.expiresUtc));
        m_emergencyEnd.start(std::chrono::milliseconds(ms));
    }
    m_idle->arm();
    Q_EMIT sessionChanged(m_session);
}

void SessionController::end()
{
    m_emergencyEnd.stop();
    m_idle->disarm();
    m_authenticator.logout(m_session);
    m_session = {};
    m_banner->setSession(m_session);
    Q_EMIT sessionChanged(m_session);
}

void SessionController::lock()
{
    if (m_lockScreen)
        return;
    m_idle->disarm();
    m_window.hide(); // hidden, not destroyed: pages and their jobs go on
    m_lockScreen = new LoginDialog(m_authenticator, LoginDialog::Mode::Unlock);
    m_lockScreen->setLayoutDirection(m_window.layoutDirection());
    m_lockScreen->setOperatorName(m_session.name);
    connect(m_lockScreen, &QDialog::accepted, this, [this] {
        const operators::OperatorSession session = m_lockScreen->session();
        m_lockScreen->deleteLater(); // we are inside its signal
        m_lockScreen = nullptr;
        m_window.show();
        begin(session);
    });
    m_lockScreen->open();
}

void SessionController::followIdleSetting(Settings &settings)
{
    const auto apply = [this, &settings] {
        m_idle->setInterval(std::chrono::minutes(settings.value(Settings::Key::IdleLockMinutes).toInt()));
    };
    connect(&settings, &Settings::changed, this, [apply](Settings::Key key) {
        if (key == Settings::Key::IdleLockMinutes)
            apply();
    });
    apply();
}

void SessionController::emergencyExpired()
{
    if (!m_session.emergency)
        return;
    m_authenticator.endEmergency(m_session, true);
    m_session.emergency = false; // its end is recorded; no second stop event
    m_session.role = m_session.accountRole;
    m_banner->setSession(m_session);
    Q_EMIT sessionChanged(m_session);
    lock();
}

} // namespace pasban::ui
