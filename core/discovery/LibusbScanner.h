#pragma once

#include "UsbIds.h"
#include "UsbScanner.h"
#include "common/Result.h"

#include <QSerialPortInfo>

#include <memory>

namespace pasban::discovery {

// This computer's USB devices through libusb-1.0 (Linux, Windows, macOS).
//
// Enumeration, string reads and waiting for hotplug events run on a worker thread,
// never on the caller's; results come back as queued devicesChanged signals. With
// libusb hotplug support (Linux) a plug or unplug triggers a new enumeration at
// once; without it (Windows) the list is polled every PollInterval.
//
// Per device:
//  - VID/PID/classes from the device descriptor; interfaces of the active
//    configuration. On Linux the raw bytes of sysfs `descriptors` (what libusb
//    itself reads) go through UsbDescriptors; elsewhere, and when that file is
//    unreadable, libusb's parsed configuration is used (libusb 1.0.26 has no raw
//    configuration accessor).
//  - Strings: on Linux from sysfs (manufacturer, product, serial — cached by the
//    kernel, readable without opening the device); otherwise, or when sysfs has
//    none, from the device after libusb_open. When opening fails with
//    LIBUSB_ERROR_ACCESS the device is still listed with what is known and an
//    accessHint telling how to get access (the udev rule on Linux).
//  - Names from usb.ids (UsbIds::loadDefault); the serial port (QSerialPortInfo)
//    matched by VID, PID and serial number.
// Hubs (class 0x09, root hubs included) are not listed: they are not devices a
// clinical engineer manages.
class LibusbScanner final : public UsbScanner
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds PollInterval {2000};

    explicit LibusbScanner(QObject *parent = nullptr);
    ~LibusbScanner() override; // stops and joins the worker

    void start() override;
    void stop() override;
    [[nodiscard]] bool isActive() const override;
    [[nodiscard]] QList<UsbDevice> devices() const override { return m_devices; }
    // Whether the worker waits for libusb hotplug events (else it polls).
    [[nodiscard]] bool usesHotplug() const { return m_hotplug; }

    // One enumeration on the caller's thread (the CLI). Blocks while strings are read.
    [[nodiscard]] static Result<QList<UsbDevice>> enumerate();

    // Fills serialPort of CDC-ACM devices from PORTS: same VID and PID, and the same
    // serial number when both have one. A port two serial-less devices could own is
    // given to neither (no guessing).
    static void attachSerialPorts(QList<UsbDevice> &devices, const QList<QSerialPortInfo> &ports);
    static void attachNames(QList<UsbDevice> &devices, const UsbIds &ids);
    // What to tell the operator when the OS refuses to open a device (translated).
    [[nodiscard]] static QString accessHint();

private:
    struct Worker;
    void apply(const QList<UsbDevice> &devices);

    std::unique_ptr<Worker> m_worker;
    QList<UsbDevice> m_devices;
    bool m_hotplug = false;
};

} // namespace pasban::discovery
