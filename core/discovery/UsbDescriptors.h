#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace pasban::discovery {

// Raw USB descriptors as a device returns them (USB 2.0 §9.6; Interface Association
// ECN; DFU 1.1 §4.1.3). Outside bytes: a device, or a sysfs `descriptors` file that
// mirrors what it sent. Every length is checked; a bad descriptor is an Error
// ("discovery.usb.malformed"), never a crash.

struct UsbDeviceDescriptor
{
    quint16 usbVersion = 0; // bcdUSB
    quint8 deviceClass = 0;
    quint8 deviceSubClass = 0;
    quint8 deviceProtocol = 0;
    quint8 maxPacketSize0 = 0;
    quint16 vendorId = 0;
    quint16 productId = 0;
    quint16 deviceVersion = 0; // bcdDevice
    quint8 manufacturerIndex = 0;
    quint8 productIndex = 0;
    quint8 serialNumberIndex = 0;
    quint8 configurationCount = 0;
};

struct UsbEndpoint
{
    quint8 address = 0;
    quint8 attributes = 0;
    quint16 maxPacketSize = 0;
    quint8 interval = 0;
};

// DFU functional descriptor (DFU 1.1 §4.1.3, type 0x21 inside a DFU interface).
struct UsbDfuFunctional
{
    quint8 attributes = 0; // bitCanDnload, bitCanUpload, bitManifestationTolerant, bitWillDetach
    quint16 detachTimeoutMs = 0;
    quint16 transferSize = 0;
    quint16 dfuVersion = 0; // absent in DFU 1.0 descriptors (length 7): 0
};

struct UsbInterface
{
    quint8 number = 0;
    quint8 alternateSetting = 0;
    quint8 interfaceClass = 0;
    quint8 interfaceSubClass = 0;
    quint8 interfaceProtocol = 0;
    quint8 stringIndex = 0;
    QList<UsbEndpoint> endpoints;
    std::optional<UsbDfuFunctional> dfu;
};

struct UsbInterfaceAssociation
{
    quint8 firstInterface = 0;
    quint8 interfaceCount = 0;
    quint8 functionClass = 0;
    quint8 functionSubClass = 0;
    quint8 functionProtocol = 0;
};

struct UsbConfiguration
{
    quint8 value = 0;
    quint8 attributes = 0;
    quint8 maxPowerUnits = 0; // bMaxPower (2 mA units in USB 2.0)
    QList<UsbInterface> interfaces; // each alternate setting is its own entry
    QList<UsbInterfaceAssociation> associations;
};

// The device descriptor and every configuration: what sysfs `descriptors` holds.
struct UsbDescriptorSet
{
    UsbDeviceDescriptor device;
    QList<UsbConfiguration> configurations;
};

class UsbDescriptors
{
public:
    // The 18-byte device descriptor (longer input: the rest is ignored).
    [[nodiscard]] static Result<UsbDeviceDescriptor> parseDevice(QByteArrayView bytes);
    // One configuration descriptor with all the descriptors that follow it,
    // wTotalLength bytes; unknown class-specific descriptors are skipped.
    [[nodiscard]] static Result<UsbConfiguration> parseConfiguration(QByteArrayView bytes);
    // A device descriptor followed by its configurations back to back (Linux sysfs
    // `descriptors`, usbfs). Fewer configurations than bNumConfigurations is allowed
    // (the kernel only keeps the ones it could read); trailing garbage is not.
    [[nodiscard]] static Result<UsbDescriptorSet> parseDescriptorSet(QByteArrayView bytes);
};

} // namespace pasban::discovery
