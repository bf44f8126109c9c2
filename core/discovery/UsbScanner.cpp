#include "UsbScanner.h"

#include "DeviceRegistry.h"

namespace pasban::discovery {

FixedUsbScanner::FixedUsbScanner(QList<UsbDevice> devices, QObject *parent)
    : UsbScanner(parent)
    , m_devices(std::move(devices))
{
}

void FixedUsbScanner::start()
{
    m_active = true;
    Q_EMIT devicesChanged(m_devices);
}

void FixedUsbScanner::setDevices(const QList<UsbDevice> &devices)
{
    m_devices = devices;
    if (m_active)
        Q_EMIT devicesChanged(m_devices);
}

QMetaObject::Connection feedRegistry(UsbScanner &scanner, DeviceRegistry &registry, const Clock &clock)
{
    return QObject::connect(
        &scanner, &UsbScanner::devicesChanged, &registry,
        [&registry, &clock](const QList<UsbDevice> &devices) { registry.setUsbDevices(devices, clock.nowUtc()); });
}

} // namespace pasban::discovery
