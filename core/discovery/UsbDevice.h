#pragma once

#include "UsbDescriptors.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace pasban::discovery {

// What enumeration learnt about one USB device. Strings are empty when the device
// has none or they could not be read (see accessHint).
struct UsbDevice
{
    quint8 busNumber = 0;
    quint8 deviceAddress = 0; // changes on every re-plug; not part of the identity
    QString busPath; // bus and port chain, Linux sysfs style: "1-2.3"
    UsbDeviceDescriptor descriptor;
    QList<UsbInterface> interfaces; // of the active (else first) configuration
    QString manufacturer; // string descriptors (iManufacturer, iProduct, iSerialNumber)
    QString product;
    QString serial;
    QString vendorName; // usb.ids
    QString productName;
    QString serialPort; // "/dev/ttyACM0", "COM5" for a CDC-ACM device; else empty
    QString accessHint; // translated advice when the OS refused to open the device

    // "usb:VID:PID:SERIAL" (lower-case hex). Without a serial number the device is
    // told apart only by where it is plugged in: "usb:VID:PID:@BUSPATH", a weak
    // identity (the same device on another port is a new entry).
    [[nodiscard]] QString id() const;
    [[nodiscard]] bool weakIdentity() const { return serial.isEmpty(); }
    [[nodiscard]] bool hasDfu() const;
    [[nodiscard]] bool hasMassStorage() const;
    [[nodiscard]] bool hasCdcAcm() const;
    // Class name of the device descriptor's class ("Per Interface" for 0x00).
    [[nodiscard]] QString deviceClassName() const;
    // Stored observation kinds of the interfaces ("usb-cdc-acm", ...), each once.
    [[nodiscard]] QStringList observationKinds() const;
    // What a person reads in a list: product string, else the usb.ids name, else VID:PID.
    [[nodiscard]] QString displayName() const;
};

[[nodiscard]] bool operator==(const UsbDevice &a, const UsbDevice &b);

// 4-digit lower-case hex, as in usb.ids and lsusb.
[[nodiscard]] QString usbHex(quint16 value);

// The `pasban-cli scan --usb --json` object: id, transport, vendorId, productId,
// vendorName, productName, manufacturer, product, serial, busPath, deviceClass,
// interfaces [{class, subclass, protocol, className}], serialPort (or null), dfu,
// massStorage — exactly these keys.
[[nodiscard]] QJsonObject toJson(const UsbDevice &device);

} // namespace pasban::discovery

Q_DECLARE_METATYPE(pasban::discovery::UsbDevice)
