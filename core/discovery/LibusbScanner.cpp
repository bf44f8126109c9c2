#include "LibusbScanner.h"

#include "UsbClassification.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <libusb.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcUsb, "pasban.discovery.usb", QtWarningMsg)

namespace pasban::discovery {

namespace {

constexpr quint8 HubClass = 0x09;

Error libusbError(int code)
{
    return Error(u"discovery.usb.libusb"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "USB devices could not be listed (libusb: %1)."),
                 {QString::fromLatin1(libusb_error_name(code))});
}

QString busPathOf(libusb_device *device)
{
    QString path = QString::number(libusb_get_bus_number(device));
    quint8 ports[8] = {};
    const int depth = libusb_get_port_numbers(device, ports, int(sizeof ports));
    for (int i = 0; i < depth; ++i)
        path += (i == 0 ? u'-' : u'.') + QString::number(ports[i]);
    return path;
}

// libusb's parsed configuration, for platforms without sysfs. The DFU functional
// descriptor comes from the interface's extra bytes.
QList<UsbInterface> interfacesFromLibusb(libusb_device *device)
{
    libusb_config_descriptor *config = nullptr;
    if (libusb_get_active_config_descriptor(device, &config) != LIBUSB_SUCCESS
        && libusb_get_config_descriptor(device, 0, &config) != LIBUSB_SUCCESS)
        return {};
    QList<UsbInterface> interfaces;
    for (int i = 0; i < config->bNumInterfaces; ++i) {
        const libusb_interface &group = config->interface[i];
        for (int a = 0; a < group.num_altsetting; ++a) {
            const libusb_interface_descriptor &d = group.altsetting[a];
            UsbInterface interface;
            interface.number = d.bInterfaceNumber;
            interface.alternateSetting = d.bAlternateSetting;
            interface.interfaceClass = d.bInterfaceClass;
            interface.interfaceSubClass = d.bInterfaceSubClass;
            interface.interfaceProtocol = d.bInterfaceProtocol;
            interface.stringIndex = d.iInterface;
            for (int e = 0; e < d.bNumEndpoints; ++e) {
                const libusb_endpoint_descriptor &ep = d.endpoint[e];
                interface.endpoints.append({ep.bEndpointAddress, ep.bmAttributes, ep.wMaxPacketSize, ep.bInterval});
            }
            interfaces.append(interface);
        }
    }
    libusb_free_config_descriptor(config);
    return interfaces;
}

#ifdef Q_OS_LINUX
QString readSysfs(const QString &busPath, const char *attribute)
{
    QFile file(u"/sys/bus/usb/devices/"_s + busPath + u'/' + QLatin1StringView(attribute));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.read(4096)).trimmed();
}

// The active configuration from the raw bytes the kernel keeps (the device
// descriptor followed by every configuration it read).
std::optional<QList<UsbInterface>> interfacesFromSysfs(const QString &busPath)
{
    QFile file(u"/sys/bus/usb/devices/"_s + busPath + u"/descriptors"_s);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.read(64 * 1024);
    const Result<UsbDescriptorSet> set = UsbDescriptors::parseDescriptorSet(bytes);
    if (!set) {
        qCWarning(lcUsb) << busPath << "descriptors:" << set.error().code();
        return std::nullopt;
    }
    if (set->configurations.isEmpty())
        return QList<UsbInterface> {};
    bool ok = false;
    const int active = readSysfs(busPath, "bConfigurationValue").toInt(&ok);
    for (const UsbConfiguration &configuration : set->configurations) {
        if (ok && configuration.value == active)
            return configuration.interfaces;
    }
    return set->configurations.first().interfaces;
}
#endif

QString readString(libusb_device_handle *handle, quint8 index)
{
    if (index == 0)
        return {};
    unsigned char buffer[256] = {};
    const int length = libusb_get_string_descriptor_ascii(handle, index, buffer, int(sizeof buffer));
    if (length <= 0)
        return {};
    return QString::fromLatin1(reinterpret_cast<const char *>(buffer), length).trimmed();
}

// Strings the OS has without opening the device, then the device itself for the
// rest. A refusal leaves an access hint.
void readStrings(libusb_device *device, UsbDevice &usb)
{
#ifdef Q_OS_LINUX
    usb.manufacturer = readSysfs(usb.busPath, "manufacturer");
    usb.product = readSysfs(usb.busPath, "product");
    usb.serial = readSysfs(usb.busPath, "serial");
#else
    // Windows: without WinUSB bound to the device libusb_open fails
    // (LIBUSB_ERROR_NOT_SUPPORTED); the strings Windows cached are reachable
    // only through SetupAPI (SetupDiGetDeviceRegistryProperty / DEVPKEY_Device_*),
    // which this branch does not use yet: such devices list without strings.
#endif
    const UsbDeviceDescriptor &d = usb.descriptor;
    const bool missing = (d.manufacturerIndex && usb.manufacturer.isEmpty())
        || (d.productIndex && usb.product.isEmpty()) || (d.serialNumberIndex && usb.serial.isEmpty());
    libusb_device_handle *handle = nullptr;
    const int opened = libusb_open(device, &handle);
    if (opened == LIBUSB_ERROR_ACCESS) {
        usb.accessHint = LibusbScanner::accessHint();
        return;
    }
    if (opened != LIBUSB_SUCCESS)
        return;
    if (missing) {
        if (usb.manufacturer.isEmpty())
            usb.manufacturer = readString(handle, d.manufacturerIndex);
        if (usb.product.isEmpty())
            usb.product = readString(handle, d.productIndex);
        if (usb.serial.isEmpty())
            usb.serial = readString(handle, d.serialNumberIndex);
    }
    libusb_close(handle);
}

// KNOWN: devices of the previous enumeration by bus, address and path; a device
// still there keeps its strings (no reopening every poll).
Result<QList<UsbDevice>> enumerateWith(libusb_context *context, const QHash<QString, UsbDevice> &known)
{
    libusb_device **list = nullptr;
    const ssize_t count = libusb_get_device_list(context, &list);
    if (count < 0)
        return libusbError(int(count));
    QList<UsbDevice> devices;
    for (ssize_t i = 0; i < count; ++i) {
        libusb_device *device = list[i];
        libusb_device_descriptor d {};
        if (libusb_get_device_descriptor(device, &d) != LIBUSB_SUCCESS || d.bDeviceClass == HubClass)
            continue;
        UsbDevice usb;
        usb.busNumber = libusb_get_bus_number(device);
        usb.deviceAddress = libusb_get_device_address(device);
        usb.busPath = busPathOf(device);
        usb.descriptor = {d.bcdUSB,          d.bDeviceClass, d.bDeviceSubClass, d.bDeviceProtocol,
                          d.bMaxPacketSize0, d.idVendor,     d.idProduct,       d.bcdDevice,
                          d.iManufacturer,   d.iProduct,     d.iSerialNumber,   d.bNumConfigurations};
        const QString key = u"%1/%2/%3"_s.arg(usb.busNumber).arg(usb.deviceAddress).arg(usb.busPath);
        if (const auto it = known.constFind(key); it != known.constEnd() && it->descriptor.vendorId == d.idVendor
            && it->descriptor.productId == d.idProduct) {
            UsbDevice cached = *it;
            cached.serialPort.clear(); // matched again: the port may have gone
            devices.append(cached);
            continue;
        }
#ifdef Q_OS_LINUX
        if (std::optional<QList<UsbInterface>> interfaces = interfacesFromSysfs(usb.busPath))
            usb.interfaces = *interfaces;
        else
            usb.interfaces = interfacesFromLibusb(device);
#else
        usb.interfaces = interfacesFromLibusb(device);
#endif
        readStrings(device, usb);
        devices.append(usb);
    }
    libusb_free_device_list(list, 1);
    std::sort(devices.begin(), devices.end(),
              [](const UsbDevice &a, const UsbDevice &b) { return a.busPath < b.busPath; });
    return devices;
}

void complete(QList<UsbDevice> &devices, const std::optional<UsbIds> &ids)
{
    if (ids)
        LibusbScanner::attachNames(devices, *ids);
    LibusbScanner::attachSerialPorts(devices, QSerialPortInfo::availablePorts());
}

QString keyOf(const UsbDevice &usb)
{
    return u"%1/%2/%3"_s.arg(usb.busNumber).arg(usb.deviceAddress).arg(usb.busPath);
}

std::optional<UsbIds> loadIds()
{
    Result<UsbIds> ids = UsbIds::loadDefault();
    if (!ids) {
        qCInfo(lcUsb) << "no usb.ids:" << ids.error().code();
        return std::nullopt;
    }
    return std::move(*ids);
}

} // namespace

// The worker thread's state. Hotplug callbacks only raise a flag: libusb refuses
// string reads inside them (LIBUSB_ERROR_BUSY).
struct LibusbScanner::Worker
{
    libusb_context *context = nullptr;
    libusb_hotplug_callback_handle hotplugHandle = 0;
    bool hotplug = false;
    std::atomic<bool> stopping {false};
    std::atomic<bool> dirty {true};
    std::mutex mutex;
    std::condition_variable wake;
    std::thread thread;

    static int LIBUSB_CALL onHotplug(libusb_context *, libusb_device *, libusb_hotplug_event, void *data)
    {
        static_cast<Worker *>(data)->dirty = true;
        return 0; // stay registered
    }
};

LibusbScanner::LibusbScanner(QObject *parent)
    : UsbScanner(parent)
{
}

LibusbScanner::~LibusbScanner()
{
    stop();
}

bool LibusbScanner::isActive() const
{
    return m_worker != nullptr;
}

void LibusbScanner::start()
{
    if (m_worker)
        return;
    auto worker = std::make_unique<Worker>();
    if (const int rc = libusb_init(&worker->context); rc != LIBUSB_SUCCESS) {
        Q_EMIT errorOccurred(libusbError(rc));
        return;
    }
    if (libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG)) {
        const int rc = libusb_hotplug_register_callback(
            worker->context,
            libusb_hotplug_event(LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT),
            libusb_hotplug_flag(0), LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY,
            &Worker::onHotplug, worker.get(), &worker->hotplugHandle);
        worker->hotplug = rc == LIBUSB_SUCCESS;
    }
    m_hotplug = worker->hotplug;
    Worker *w = worker.get();
    w->thread = std::thread([this, w] {
        const std::optional<UsbIds> ids = loadIds();
        QHash<QString, UsbDevice> known;
        while (!w->stopping) {
            if (w->dirty.exchange(false)) {
                Result<QList<UsbDevice>> devices = enumerateWith(w->context, known);
                if (devices) {
                    complete(*devices, ids);
                    known.clear();
                    for (const UsbDevice &device : std::as_const(*devices))
                        known.insert(keyOf(device), device);
                    QMetaObject::invokeMethod(
                        this, [this, list = *devices] { apply(list); }, Qt::QueuedConnection);
                } else {
                    QMetaObject::invokeMethod(
                        this, [this, error = devices.error()] { Q_EMIT errorOccurred(error); }, Qt::QueuedConnection);
                }
            }
            if (w->hotplug) {
                timeval timeout {0, 250000}; // how soon stop() is noticed
                libusb_handle_events_timeout_completed(w->context, &timeout, nullptr);
            } else {
                std::unique_lock lock(w->mutex);
                w->wake.wait_for(lock, PollInterval, [w] { return w->stopping.load(); });
                w->dirty = true;
            }
        }
    });
    m_worker = std::move(worker);
}

void LibusbScanner::stop()
{
    if (!m_worker)
        return;
    {
        std::lock_guard lock(m_worker->mutex);
        m_worker->stopping = true;
    }
    m_worker->wake.notify_all();
    if (m_worker->hotplug) // also wakes libusb_handle_events
        libusb_hotplug_deregister_callback(m_worker->context, m_worker->hotplugHandle);
    m_worker->thread.join();
    libusb_exit(m_worker->context);
    m_worker.reset();
}

void LibusbScanner::apply(const QList<UsbDevice> &devices)
{
    if (!m_worker || devices == m_devices)
        return;
    m_devices = devices;
    Q_EMIT devicesChanged(m_devices);
}

Result<QList<UsbDevice>> LibusbScanner::enumerate()
{
    libusb_context *context = nullptr;
    if (const int rc = libusb_init(&context); rc != LIBUSB_SUCCESS)
        return libusbError(rc);
    Result<QList<UsbDevice>> devices = enumerateWith(context, {});
    libusb_exit(context);
    if (devices)
        complete(*devices, loadIds());
    return devices;
}

void LibusbScanner::attachNames(QList<UsbDevice> &devices, const UsbIds &ids)
{
    for (UsbDevice &device : devices) {
        device.vendorName = ids.vendorName(device.descriptor.vendorId);
        device.productName = ids.productName(device.descriptor.vendorId, device.descriptor.productId);
    }
}

void LibusbScanner::attachSerialPorts(QList<UsbDevice> &devices, const QList<QSerialPortInfo> &ports)
{
    QList<QSerialPortInfo> sorted = ports;
    std::sort(sorted.begin(), sorted.end(), [](const QSerialPortInfo &a, const QSerialPortInfo &b) {
        return a.systemLocation() < b.systemLocation();
    });
    for (const QSerialPortInfo &port : std::as_const(sorted)) {
        if (!port.hasVendorIdentifier() || !port.hasProductIdentifier())
            continue;
        QList<UsbDevice *> candidates;
        for (UsbDevice &device : devices) {
            if (device.descriptor.vendorId != port.vendorIdentifier()
                || device.descriptor.productId != port.productIdentifier() || !device.serialPort.isEmpty()
                || !device.hasCdcAcm())
                continue;
            const QString portSerial = port.serialNumber();
            if (!portSerial.isEmpty() && !device.serial.isEmpty() && portSerial != device.serial)
                continue;
            candidates.append(&device);
        }
        if (candidates.size() == 1)
            candidates.first()->serialPort = port.systemLocation();
    }
}

QString LibusbScanner::accessHint()
{
#if defined(Q_OS_LINUX)
    return QCoreApplication::translate(
        "pasban::discovery",
        "The system did not let Pasban open this device, so some of its details may be missing. Install the "
        "Pasban udev rule (70-pasban-usb.rules, part of the .deb package) and plug the device in again.");
#elif defined(Q_OS_WIN)
    return QCoreApplication::translate(
        "pasban::discovery",
        "Windows did not let Pasban open this device, so some of its details may be missing. The device needs "
        "the WinUSB driver for Pasban to read it directly.");
#else
    return QCoreApplication::translate("pasban::discovery",
                                       "The system did not let Pasban open this device, so some of its details may "
                                       "be missing. Check the permissions for USB devices.");
#endif
}

} // namespace pasban::discovery
