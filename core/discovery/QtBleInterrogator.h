#pragma once

#include "BleInterrogator.h"

namespace pasban::discovery {

class InterrogationRun;

// BleInterrogator on QLowEnergyController (Qt's heart-rate example flow): connect,
// discover services, discover each service's details one service at a time (Qt 6.4
// with BlueZ D-Bus can leave a service without readable characteristics stuck in
// RemoteServiceDiscovering when two run at once), read Device Information and the
// Security Levels characteristic, probe the health measurement characteristics
// (read, or subscribe by writing the CCCD — a descriptor, never the value), send
// one SMP echo, listen for InterrogationOptions::notifyFor, disconnect.
// Call forceBlueZDBusBackend() before constructing one.
class QtBleInterrogator final : public BleInterrogator
{
    Q_OBJECT
public:
    explicit QtBleInterrogator(QObject *parent = nullptr);
    ~QtBleInterrogator() override;

    void interrogate(const QString &address, const InterrogationOptions &options) override;
    void cancel() override;
    [[nodiscard]] bool isBusy() const override;

private:
    void finishRun();

    InterrogationRun *m_run = nullptr; // a child; deleted once it has reported
};

} // namespace pasban::discovery
