#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace pasban::ui {

IdleLock::IdleLock(std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // remaining() is exact; one timer costs nothing
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::idle);
    if (QCoreApplication *application = QCoreApplication::instance())
        application->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication *application = QCoreApplication::instance())
        application->removeEventFilter(this);
}

void IdleLock::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
    if (m_timer.isActive())
        m_timer.start();
}

void IdleLock::arm()
{
    m_timer.start();
}

void IdleLock::disarm()
{
    m_timer.stop();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (m_timer.isActive()) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TabletPress:
            m_timer.start(); // activity: the countdown starts over
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pasban::ui
