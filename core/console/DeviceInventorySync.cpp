#include "DeviceInventorySync.h"

#include "discovery/DeviceJson.h"
#include "discovery/DeviceRegistry.h"
#include "discovery/UsbClassification.h"
#include "inventory/InventoryStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace pasban {

namespace {

inventory::ObservedDevice observedFrom(const discovery::DeviceRecord &device)
{
    inventory::ObservedDevice observed;
    observed.id = device.id;
    observed.transport = discovery::jsonName(device.transport);
    observed.address = device.address;
    observed.addressType = discovery::jsonName(device.addressType);
    observed.name = device.name;
    observed.deviceClass = discovery::jsonName(device.deviceClass);
    observed.manufacturer = device.manufacturer;
    observed.seenUtc = device.lastSeen;
    if (device.usb) {
        observed.model = device.usb->product.isEmpty() ? device.usb->productName : device.usb->product;
        observed.serial = device.usb->serial;
    }
    if (device.interrogation) {
        const discovery::DeviceInformation &dis = device.interrogation->dis;
        if (!dis.manufacturer.isEmpty())
            observed.manufacturer = dis.manufacturer;
        observed.model = dis.model;
        observed.serial = dis.serial;
        observed.hardware = dis.hardware;
        observed.firmware = dis.firmware;
        observed.software = dis.software;
    }
    return observed;
}

// Whether a USB device does more than one thing (a CDC function's data interface
// is part of it, not another thing).
bool isComposite(const discovery::UsbDevice &usb)
{
    QSet<int> functions;
    for (const discovery::UsbInterface &interface : usb.interfaces) {
        const discovery::UsbFunction function = discovery::UsbClassification::classify(interface);
        if (function != discovery::UsbFunction::CdcData)
            functions.insert(int(function));
    }
    return functions.size() > 1;
}

// The observations a USB enumeration stores: one per interface function worth a
// posture check ("usb-dfu-runtime", ...), and one "enumeration" record with the
// device's details and whether its identity is weak. (Not "usb-…": posture reads
// every "usb-" kind as a function the device exposes.)
QList<inventory::Observation> usbObservations(const discovery::DeviceRecord &device)
{
    const discovery::UsbDevice &usb = *device.usb;
    const bool composite = isComposite(usb);
    const QString method = u"usb-enumeration"_s;
    QList<inventory::Observation> observations;
    for (const QString &kind : usb.observationKinds()) {
        QJsonArray interfaces;
        for (const discovery::UsbInterface &interface : usb.interfaces) {
            if (discovery::UsbClassification::observationKind(discovery::UsbClassification::classify(interface))
                != kind)
                continue;
            interfaces.append(QJsonObject {{u"number"_s, interface.number},
                                           {u"class"_s, interface.interfaceClass},
                                           {u"subclass"_s, interface.interfaceSubClass},
                                           {u"protocol"_s, interface.interfaceProtocol},
                                           {u"className"_s, discovery::UsbClassification::className(interface)}});
        }
        observations.append({kind,
                             QJsonObject {{u"interfaces"_s, interfaces}, {u"composite"_s, composite}},
                             device.lastSeen,
                             method,
                             {}});
    }
    QJsonObject enumeration = discovery::toJson(usb);
    enumeration.insert(u"weakIdentity"_s, usb.weakIdentity());
    observations.append({u"enumeration"_s, enumeration, device.lastSeen, method, {}});
    return observations;
}

} // namespace

DeviceInventorySync::DeviceInventorySync(discovery::DeviceRegistry &registry, inventory::InventoryStore &store,
                                         QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_store(store)
{
    m_timer.setInterval(std::chrono::seconds {5});
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_queue = QStringList(m_dirty.cbegin(), m_dirty.cend());
        m_dirty.clear();
        writeChunk();
    });
    m_chunkTimer.setSingleShot(true);
    m_chunkTimer.setInterval(0);
    connect(&m_chunkTimer, &QTimer::timeout, this, &DeviceInventorySync::writeChunk);
    const auto markDirty = [this](const QStringList &ids) {
        for (const QString &id : ids)
            m_dirty.insert(id);
        if (!m_timer.isActive() && m_queue.isEmpty())
            m_timer.start();
    };
    connect(&m_registry, &discovery::DeviceRegistry::devicesAdded, this, markDirty);
    connect(&m_registry, &discovery::DeviceRegistry::devicesChanged, this, markDirty);
}

DeviceInventorySync::~DeviceInventorySync()
{
    // Nothing seen is lost on a normal exit.
    (void)flush();
}

void DeviceInventorySync::setFlushInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

Status DeviceInventorySync::store(const QString &id, const QString &source)
{
    const std::optional<discovery::DeviceRecord> device = m_registry.device(id);
    if (!device)
        return {}; // merged away or cleared since it was marked
    return m_store.recordSeen(observedFrom(*device), source);
}

void DeviceInventorySync::writeChunk()
{
    // A ward of thousands is written a slice per event-loop turn, so the GUI
    // thread never waits for the whole ward at once.
    const QStringList slice = m_queue.mid(0, ChunkSize);
    m_queue.remove(0, slice.size());
    if (Status stored = write(QSet<QString>(slice.cbegin(), slice.cend())); !stored)
        Q_EMIT storeFailed(stored.error());
    if (!m_queue.isEmpty())
        m_chunkTimer.start();
    else if (!m_dirty.isEmpty() && !m_timer.isActive())
        m_timer.start();
}

Status DeviceInventorySync::flush()
{
    m_timer.stop();
    m_chunkTimer.stop();
    QSet<QString> dirty = std::exchange(m_dirty, {});
    for (const QString &id : std::as_const(m_queue))
        dirty.insert(id);
    m_queue.clear();
    return write(dirty);
}

Status DeviceInventorySync::write(const QSet<QString> &dirty)
{
    QList<inventory::ObservedDevice> seen;
    seen.reserve(dirty.size());
    for (const QString &id : dirty) {
        if (const discovery::DeviceRecord *device = m_registry.find(id))
            seen.append(observedFrom(*device));
        // else merged away or cleared since it was marked
    }
    if (seen.isEmpty())
        return {};
    QStringList created;
    if (Status stored = m_store.recordSeen(seen, u"scan"_s, &created); !stored) {
        m_dirty.unite(dirty); // kept for the next attempt
        return stored;
    }
    for (const QString &id : std::as_const(created))
        Q_EMIT deviceCreated(id);
    return recordUsbObservations(dirty);
}

Status DeviceInventorySync::recordUsbObservations(const QSet<QString> &ids)
{
    for (const QString &id : ids) {
        const discovery::DeviceRecord *device = m_registry.find(id);
        if (!device || !device->usb)
            continue;
        // Evidence once per session and whenever the functions change, not per poll.
        const QJsonObject summary = discovery::toJson(*device->usb);
        if (m_usbRecorded.value(id) == summary)
            continue;
        for (const inventory::Observation &observation : usbObservations(*device)) {
            if (Status recorded = m_store.recordObservation(id, observation); !recorded)
                return recorded;
        }
        m_usbRecorded.insert(id, summary);
    }
    return {};
}

Result<QString> DeviceInventorySync::recordInterrogation(const QString &id,
                                                         const discovery::Interrogation &interrogation,
                                                         const QString &operatorName)
{
    if (Status flushed = flush(); !flushed)
        return flushed.error();
    const QString newId = m_registry.mergeInterrogation(id, interrogation);
    if (newId.isEmpty()) {
        return Error(
            u"inventory.unknown_device"_s,
            QT_TRANSLATE_NOOP("pasban::Error", "The device %1 is not in the inventory. Scan again or import it."),
            {id});
    }
    m_dirty.remove(newId);
    if (Status stored = store(newId, u"interrogation"_s); !stored)
        return stored.error();
    if (newId != id) {
        // The same device, now known by its DIS identity: fold the address entry in.
        Result<std::optional<inventory::InventoryDevice>> old = m_store.find(id);
        if (!old)
            return old.error();
        if (old->has_value()) {
            if (Status merged = m_store.merge(id, newId); !merged)
                return merged.error();
        }
    }
    const QJsonObject evidence = discovery::toJson(interrogation);
    inventory::Observation observation {u"interrogation"_s, evidence, interrogation.atUtc, interrogation.method,
                                        operatorName};
    if (Status recorded = m_store.recordObservation(newId, observation); !recorded)
        return recorded.error();
    return newId;
}

} // namespace pasban
