#pragma once

#include "UsbDescriptors.h"

#include <QString>

namespace pasban::discovery {

// What an interface is for, as far as a security review cares (class codes:
// usb.org "Defined Class Codes"; CDC 1.2 §4; DFU 1.1 §4.2; PHDC 1.0).
enum class UsbFunction {
    CdcAcm, // 0x02/0x02: a serial port (SMP, shells, bootloaders)
    CdcData, // 0x0A: the data half of a CDC function
    DfuRuntime, // 0xFE/0x01/0x01: the device can be told to enter DFU
    DfuMode, // 0xFE/0x01/0x02: the device is in its DFU bootloader now
    PersonalHealthcare, // 0x0F
    MassStorage, // 0x08
    Hid, // 0x03
    Vendor, // 0xFF
    Other,
};

class UsbClassification
{
public:
    [[nodiscard]] static UsbFunction classify(const UsbInterface &interface);
    // English class name for machine output ("CDC-ACM", "Mass Storage", ...);
    // unknown codes get "Class 0xNN".
    [[nodiscard]] static QString className(const UsbInterface &interface);
    // The stored observation kind for a function worth recording ("usb-dfu-runtime",
    // "usb-mass-storage", ...); empty for the rest.
    [[nodiscard]] static QString observationKind(UsbFunction function);
};

} // namespace pasban::discovery
