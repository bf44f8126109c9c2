#pragma once

namespace pasban {
class DeviceInventorySync;
}
namespace pasban::audit {
class AuditSink;
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
    audit::AuditSink *audit = nullptr; // where scans and interrogations are recorded; null: nowhere
};

} // namespace pasban::ui
