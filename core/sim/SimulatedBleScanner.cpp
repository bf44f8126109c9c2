#include "SimulatedBleScanner.h"

#include <QDateTime>

namespace pasban::sim {

SimulatedBleScanner::SimulatedBleScanner(discovery::BleScenario scenario, QObject *parent)
    : discovery::BleScanner(parent)
    , m_scenario(std::move(scenario))
{
    m_advertiseTimer.setInterval(std::chrono::milliseconds {250});
    m_durationTimer.setSingleShot(true);
    connect(&m_advertiseTimer, &QTimer::timeout, this, &SimulatedBleScanner::advertiseAll);
    connect(&m_durationTimer, &QTimer::timeout, this, &SimulatedBleScanner::stop);
}

void SimulatedBleScanner::setAdvertisingInterval(std::chrono::milliseconds interval)
{
    m_advertiseTimer.setInterval(interval);
}

void SimulatedBleScanner::start(std::chrono::milliseconds duration)
{
    m_round = 0;
    m_advertiseTimer.start();
    if (duration.count() > 0)
        m_durationTimer.start(duration);
    else
        m_durationTimer.stop();
    // The first reports come at once, as from a radio that was already listening.
    QTimer::singleShot(0, this, &SimulatedBleScanner::advertiseAll);
}

void SimulatedBleScanner::stop()
{
    const bool wasActive = m_advertiseTimer.isActive();
    m_advertiseTimer.stop();
    m_durationTimer.stop();
    if (wasActive)
        Q_EMIT scanFinished();
}

bool SimulatedBleScanner::isActive() const
{
    return m_advertiseTimer.isActive();
}

discovery::AdapterState SimulatedBleScanner::adapterState() const
{
    return discovery::AdapterState::Ready;
}

void SimulatedBleScanner::advertiseAll()
{
    if (!m_advertiseTimer.isActive())
        return;
    ++m_round;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < m_scenario.devices.size(); ++i) {
        discovery::Advertisement advertisement = m_scenario.devices[i].advertisement;
        // Deterministic ±3 dB wobble, different per device, so trends move.
        const int wobble = int((m_round * 7 + quint32(i) * 13) % 7) - 3;
        advertisement.rssi = qint16(advertisement.rssi + wobble);
        advertisement.seenUtc = now;
        Q_EMIT advertisementReceived(advertisement);
    }
}

} // namespace pasban::sim
