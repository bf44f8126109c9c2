#pragma once

#include "discovery/UsbDevice.h"

#include <QList>

namespace pasban::sim {

// The simulated USB devices of the demo fleet (no hardware needed): a service
// port with CDC-ACM and DFU run-time, a bootloader in DFU mode without a serial
// number (weak identity), and a Personal Healthcare device that also exposes
// mass storage. Names as usb.ids would give them.
[[nodiscard]] QList<discovery::UsbDevice> demoUsbDevices();

} // namespace pasban::sim
