#include "SimSmpServer.h"

#include "common/Logging.h"

#include <QTimer>

#include <cmath>

namespace pasban::sim {

SimSmpServer::SimSmpServer(SimSmpDevice *device, SimLinkSettings link, QObject *parent)
    : QObject(parent)
    , m_device(device)
    , m_link(link)
{
    m_clock.start();
}

double SimSmpServer::nowMs() const
{
    return double(m_clock.nsecsElapsed()) / 1e6;
}

double SimSmpServer::transmit(double &busyUntil, qsizetype bytes, double from) const
{
    const double start = std::max(from, busyUntil);
    busyUntil = start + (m_link.bytesPerSecond > 0 ? double(bytes) * 1000.0 / m_link.bytesPerSecond : 0.0);
    return busyUntil + m_link.latencyMs;
}

void SimSmpServer::at(double whenMs, std::function<void()> work)
{
    const quint64 epoch = m_epoch;
    // Nearest millisecond: rounding up every hop would add a bias that grows with
    // the number of hops (the link model itself keeps exact times).
    const int delay = std::max(0, int(std::lround(whenMs - nowMs())));
    QTimer::singleShot(delay, Qt::PreciseTimer, this, [this, epoch, work = std::move(work)] {
        if (epoch == m_epoch && m_linkUp)
            work();
    });
}

void SimSmpServer::receive(const QByteArray &request)
{
    if (!m_linkUp)
        return;
    const double arrival = transmit(m_upBusyUntil, request.size(), nowMs());
    at(arrival, [this, request] { process(request); });
}

void SimSmpServer::process(const QByteArray &request)
{
    const double start = std::max(nowMs(), m_deviceBusyUntil);
    if (start > nowMs() + 0.5) {
        // The device is still busy (erasing): the request waits in its buffer.
        at(start, [this, request] { process(request); });
        return;
    }
    const SimAction action = m_device->handle(request);
    if (action.dropLink) {
        qCInfo(lcSim) << "fault: link dropped";
        dropLink(m_device->config().linkDownMs);
        if (action.reboot)
            m_device->reboot();
        return;
    }
    if (action.stallMs > 0) {
        qCInfo(lcSim) << "fault: stalled for" << action.stallMs << "ms";
        m_deviceBusyUntil = nowMs() + action.stallMs;
        ++m_epoch; // requests already on their way are lost
        return;
    }
    m_deviceBusyUntil = nowMs() + action.busyMs;
    double sent = m_deviceBusyUntil;
    for (const QByteArray &reply : action.replies) {
        sent = transmit(m_downBusyUntil, reply.size(), m_deviceBusyUntil);
        at(sent, [this, reply] { Q_EMIT this->reply(reply); });
    }
    if (action.reboot)
        at(sent + 1, [this] { restart(); });
}

void SimSmpServer::restart()
{
    dropLink(m_device->config().rebootMs);
    m_device->reboot();
}

void SimSmpServer::dropLink(int ms)
{
    ++m_epoch;
    m_upBusyUntil = m_downBusyUntil = m_deviceBusyUntil = 0;
    if (m_linkUp) {
        m_linkUp = false;
        Q_EMIT linkDown();
    }
    if (ms >= 0)
        QTimer::singleShot(ms, this, &SimSmpServer::setLinkUp);
}

void SimSmpServer::setLinkUp()
{
    if (m_linkUp)
        return;
    m_linkUp = true;
    Q_EMIT linkUp();
}

} // namespace pasban::sim
