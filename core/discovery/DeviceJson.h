#pragma once

#include "DeviceRecord.h"
#include "Interrogation.h"

#include <QJsonObject>

// The machine form of devices (pasban-cli scan --json, exports). Field names are
// part of Pasban's interface: change them only compatibly.
namespace pasban::discovery {

// {"id", "transport", "address", "addressType", "name", "rssi", "manufacturer",
//  "companyId" (number or null), "appearance" (number or null), "deviceClass",
//  "services" [UUID strings, "0000180d-0000-1000-8000-00805f9b34fb" form],
//  "smp", "nordicDfu", "firstSeen", "lastSeen" (UTC ISO-8601),
//  "dis" {"manufacturer","model","serial","hardware","firmware","software"} or null,
//  "probe" {characteristic UUID: "open"|"protected"|"error"} (empty when not interrogated),
//  "smpOpen" (bool, or null when not probed)}
// A USB device (record.usb set) gives the USB object instead (UsbDevice.h).
[[nodiscard]] QJsonObject toJson(const DeviceRecord &device);

// {"at", "method", "dis" {... , "pnpId" hex, "systemId" hex, "has11073Certification"},
//  "services" [{"uuid","name","characteristics":[{"uuid","name","properties"}]}],
//  "securityLevels" hex or null, "probe" {uuid: {"verdict","operation","detail"}},
//  "smpOpen", "notifications" [{"characteristic","value" hex,"at"}], "problems" [codes]}
[[nodiscard]] QJsonObject toJson(const Interrogation &interrogation);

// "0000180d-0000-1000-8000-00805f9b34fb" for every UUID, lower case, no braces.
[[nodiscard]] QString uuidString(const QBluetoothUuid &uuid);

} // namespace pasban::discovery
