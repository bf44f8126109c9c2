#pragma once

#include "discovery/BleInterrogator.h"
#include "discovery/BleScenario.h"
#include "discovery/Interrogation.h"

#include <QPointer>
#include <QTimer>

namespace pasban::sim {

// Answers an interrogation the way the scenario's device would over GATT: its
// Device Information, its services, reads and subscriptions that succeed or are
// refused, notifications at the device's pace, an SMP echo where it has one.
class SimulatedBleInterrogator final : public discovery::BleInterrogator
{
    Q_OBJECT
public:
    explicit SimulatedBleInterrogator(discovery::BleScenario scenario, QObject *parent = nullptr);

    void interrogate(const QString &address, const discovery::InterrogationOptions &options) override;
    void cancel() override;
    [[nodiscard]] bool isBusy() const override;

private:
    void notifyTick();
    void complete();

    discovery::BleScenario m_scenario;
    const discovery::ScenarioDevice *m_device = nullptr;
    discovery::Interrogation m_result;
    QTimer m_notifyTimer;
    QTimer m_endTimer;
    qint64 m_elapsedMs = 0;
    qint64 m_totalMs = 0;
    bool m_busy = false;
};

} // namespace pasban::sim
