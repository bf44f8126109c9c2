#pragma once

namespace pasban {
class DeviceInventorySync;
}
namespace pasban::discovery {
class BleInterrogator;
class BleScanner;
class DeviceRegistry;
} // namespace pasban::discovery

namespace pasban::ui {

// What the Devices page works with; app/ chooses real or simulated parts.
struct DeviceServices
{
    discovery::DeviceRegistry *registry = nullptr;
    discovery::BleScanner *scanner = nullptr;
    discovery::BleInterrogator *interrogator = nullptr;
    DeviceInventorySync *inventory = nullptr;
    bool simulated = false; // the demo fleet: said plainly on the page
};

} // namespace pasban::ui
