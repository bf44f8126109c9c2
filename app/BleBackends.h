#pragma once

#include "discovery/BleInterrogator.h"
#include "discovery/BleScanner.h"

#include <memory>

namespace pasban::app {

// The one place that chooses real or simulated Bluetooth: the demo fleet when
// asked for (--demo), or when this computer has no Bluetooth adapter and
// fallback is allowed (the GUI: a newcomer sees it work); QtBluetooth otherwise.
struct BleBackends
{
    std::unique_ptr<discovery::BleScanner> scanner;
    std::unique_ptr<discovery::BleInterrogator> interrogator;
    bool simulated = false;
};

enum class BleChoice { Real, Demo, DemoWithoutAdapter };

// Call before QCoreApplication exists: pins QtBluetooth to BlueZ's D-Bus backend.
void prepareBluetooth();

[[nodiscard]] bool hasBluetoothAdapter();
[[nodiscard]] BleBackends makeBleBackends(BleChoice choice);

} // namespace pasban::app
