#pragma once

#include "UsbDevice.h"
#include "common/Clock.h"
#include "common/Error.h"

#include <QList>
#include <QObject>

namespace pasban::discovery {

// A source of USB devices: LibusbScanner for this computer's buses, a fixed list for
// the demo fleet and tests. After start() it reports the whole current list each
// time it changes (hotplug or polling); listeners diff (DeviceRegistry does).
// Signals are emitted on the scanner's thread.
class UsbScanner : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void stop() = 0;
    [[nodiscard]] virtual bool isActive() const = 0;
    [[nodiscard]] virtual QList<UsbDevice> devices() const = 0;

Q_SIGNALS:
    void devicesChanged(const QList<pasban::discovery::UsbDevice> &devices);
    void errorOccurred(const pasban::Error &error);
};

// A fixed list, reported once on start(): the demo fleet and tests.
class FixedUsbScanner final : public UsbScanner
{
    Q_OBJECT
public:
    explicit FixedUsbScanner(QList<UsbDevice> devices, QObject *parent = nullptr);

    void start() override;
    void stop() override { m_active = false; }
    [[nodiscard]] bool isActive() const override { return m_active; }
    [[nodiscard]] QList<UsbDevice> devices() const override { return m_active ? m_devices : QList<UsbDevice> {}; }
    // Replaces the list; reported at once when active (a plug or unplug).
    void setDevices(const QList<UsbDevice> &devices);

private:
    QList<UsbDevice> m_devices;
    bool m_active = false;
};

class DeviceRegistry;

// Keeps REGISTRY's USB entries equal to SCANNER's list (plugged devices appear,
// unplugged ones go), stamped with CLOCK's time. Does not start the scanner.
QMetaObject::Connection feedRegistry(UsbScanner &scanner, DeviceRegistry &registry,
                                     const Clock &clock = Clock::system());

} // namespace pasban::discovery
