#pragma once

#include "BleScanner.h"

#include <QBluetoothDeviceDiscoveryAgent>
#include <QBluetoothDeviceInfo>

#include <memory>

namespace pasban::discovery {

// BleScanner on QBluetoothDeviceDiscoveryAgent (LowEnergyMethod). Every discovered
// and every updated device becomes one Advertisement. Call forceBlueZDBusBackend()
// before constructing one.
class QtBleScanner final : public BleScanner
{
    Q_OBJECT
public:
    explicit QtBleScanner(QObject *parent = nullptr);
    ~QtBleScanner() override;

    void start(std::chrono::milliseconds duration = std::chrono::milliseconds {0}) override;
    void stop() override;
    [[nodiscard]] bool isActive() const override;
    // Asks the system on first use; start() refreshes it.
    [[nodiscard]] AdapterState adapterState() const override;

    // The Advertisement for one QBluetoothDeviceInfo (public for tests).
    [[nodiscard]] static Advertisement toAdvertisement(const QBluetoothDeviceInfo &info, const QDateTime &seenUtc);

private:
    struct BlueZ;

    void onDevice(const QBluetoothDeviceInfo &info);
    void onError(QBluetoothDeviceDiscoveryAgent::Error error);
    void onFinished();
    void deliver(const Advertisement &advertisement);
    void setAdapterState(AdapterState state);
    [[nodiscard]] AdapterState probeAdapter() const;

    QBluetoothDeviceDiscoveryAgent *m_agent = nullptr;
    std::unique_ptr<BlueZ> m_bluez; // address types and appearance, which QtBluetooth does not report
    mutable AdapterState m_adapterState = AdapterState::Unknown;
    bool m_active = false;
};

} // namespace pasban::discovery
