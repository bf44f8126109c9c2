#include "DeviceInventorySync.h"

#include "discovery/DeviceJson.h"
#include "discovery/DeviceRegistry.h"
#include "inventory/InventoryStore.h"

#include <QJsonObject>

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
