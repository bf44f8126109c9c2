#pragma once

#include <QString>

namespace pasban::discovery {
struct UsbDevice;
struct UsbInterface;
} // namespace pasban::discovery

namespace pasban::ui {

// USB facts in the user's language. Core's class names ("CDC-ACM", "Mass
// Storage") are machine output; the console shows these instead.
class UsbText
{
public:
    // "Mass storage", "DFU (run-time: firmware replaceable over USB)", ...; codes
    // without a name: "class 0x07" with the number kept left-to-right.
    [[nodiscard]] static QString function(const discovery::UsbInterface &interface);
    // Each function of the device once, in interface order: "CDC-ACM serial port,
    // DFU (run-time)"; the device class when no interface is known.
    [[nodiscard]] static QString functions(const discovery::UsbDevice &device);
    // "1a2b:3c4d", left-to-right.
    [[nodiscard]] static QString vidPid(const discovery::UsbDevice &device);
};

} // namespace pasban::ui
