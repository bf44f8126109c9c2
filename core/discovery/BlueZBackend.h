#pragma once

namespace pasban::discovery {

// Makes QtBluetooth use BlueZ's D-Bus GATT API on Linux, never its raw ATT socket
// backend: Qt 6.4.2's raw backend mishandles malformed replies (CVE-2025-23050,
// fixed upstream in 2025, not in Debian 12's package), and a hostile device must
// not reach that code. Sets BLUETOOTH_FORCE_DBUS_LE_VERSION (to 5.66 unless it is
// already set) — call before the first QtBluetooth use, i.e. before any scanner or
// controller exists. No effect on other platforms. Safe to call more than once.
void forceBlueZDBusBackend();

} // namespace pasban::discovery
