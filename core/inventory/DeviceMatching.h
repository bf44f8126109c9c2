#pragma once

#include "DeclaredRecord.h"
#include "InventoryStore.h"

#include <optional>

namespace pasban::inventory {

// Why a declared record and an observed device are the same inventory entry,
// strongest first.
enum class MatchRule {
    BluetoothAddress, // the declared Bluetooth address is the one the device uses
    UsbIdentity, // USB vendor id, product id and serial number all agree
    ManufacturerModelSerial, // all three agree (case-insensitive), e.g. from Device Information
    AssetTag, // the engineer typed the same asset tag on the device
};

[[nodiscard]] QString matchRuleName(MatchRule rule); // "bluetooth-address", ...

// The USB identity of an observed device, read from its id "usb:VID:PID:SERIAL"
// (see ObservedDevice); empty for other transports.
struct UsbIdentity
{
    QString vendorId; // four lower-case hex digits
    QString productId;
    QString serial;
};
[[nodiscard]] std::optional<UsbIdentity> usbIdentity(const ObservedDevice &device);

// The strongest rule under which DECLARED describes DEVICE, if any. Empty values
// never agree with anything.
[[nodiscard]] std::optional<MatchRule> matchRule(const DeclaredRecord &declared, const InventoryDevice &device);

} // namespace pasban::inventory
