#pragma once

#include "discovery/BleScanner.h"
#include "discovery/BleScenario.h"

#include <QTimer>

namespace pasban::sim {

// Advertises the devices of a scenario file as a radio would: each device about
// every `advertisingInterval`, with a little RSSI variation, until the scan ends.
class SimulatedBleScanner final : public discovery::BleScanner
{
    Q_OBJECT
public:
    explicit SimulatedBleScanner(discovery::BleScenario scenario, QObject *parent = nullptr);

    void start(std::chrono::milliseconds duration = std::chrono::milliseconds {0}) override;
    void stop() override;
    [[nodiscard]] bool isActive() const override;
    [[nodiscard]] discovery::AdapterState adapterState() const override;

    void setAdvertisingInterval(std::chrono::milliseconds interval);

private:
    void advertiseAll();

    discovery::BleScenario m_scenario;
    QTimer m_advertiseTimer;
    QTimer m_durationTimer;
    quint32 m_round = 0;
};

} // namespace pasban::sim
