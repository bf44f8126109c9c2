#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace pasban::ui {

// Notices when nobody has touched the console for a while: an application-wide
// event filter restarts a single-shot timer on every keyboard, mouse, wheel or
// touch event; when it runs out, idle() is emitted once (arm() again after the
// lock screen is passed). The interval is injected so tests need not wait.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(std::chrono::milliseconds interval, QObject *parent = nullptr);
    ~IdleLock() override;

    void setInterval(std::chrono::milliseconds interval);
    [[nodiscard]] std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }
    // Starts watching (again); disarm() stops it, e.g. while the lock screen shows.
    void arm();
    void disarm();
    [[nodiscard]] bool isArmed() const { return m_timer.isActive(); }
    // Time left before idle() while armed.
    [[nodiscard]] std::chrono::milliseconds remaining() const { return m_timer.remainingTimeAsDuration(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace pasban::ui
