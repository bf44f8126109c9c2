#include "DeviceRegistry.h"

#include "Identification.h"
#include "common/Logging.h"
#include "crypto/Hash.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pasban::discovery {

namespace {

bool isPrivate(AddressType type)
{
    return type == AddressType::ResolvablePrivate || type == AddressType::NonResolvablePrivate;
}

// No serial in clear in ids (they reach logs and exports): a truncated digest is
// enough to tell devices apart and stays the same on every console.
QString disKey(const DeviceInformation &dis)
{
    const QByteArray material = dis.model.toUtf8() + '\0' + dis.serial.toUtf8();
    return QString::fromLatin1(crypto::sha256(material).toHex().left(16));
}

void appendMissing(QList<QBluetoothUuid> &into, const QList<QBluetoothUuid> &from, bool &changed)
{
    for (const QBluetoothUuid &uuid : from) {
        if (!into.contains(uuid)) {
            into.append(uuid);
            changed = true;
        }
    }
}

void refreshDerived(DeviceRecord &record)
{
    record.deviceClass = inferDeviceClass(record.services, record.appearance);
    record.smp = hasSmpService(record.services);
    record.nordicDfu = hasNordicDfu(record.services, record.serviceData);
}

} // namespace

DeviceRegistry::DeviceRegistry(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultCoalesceInterval);
    connect(&m_timer, &QTimer::timeout, this, &DeviceRegistry::flush);
}

DeviceRegistry::~DeviceRegistry() = default;

void DeviceRegistry::setCoalesceInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

std::chrono::milliseconds DeviceRegistry::coalesceInterval() const
{
    return m_timer.intervalAsDuration();
}

void DeviceRegistry::ingest(const Advertisement &advertisement)
{
    auto it = m_indexByAddress.constFind(advertisement.address);
    if (it == m_indexByAddress.constEnd()) {
        // Scanners report upper case; only an address never seen pays for the check.
        const QString address = advertisement.address.toUpper();
        if (address.isEmpty())
            return;
        it = m_indexByAddress.constFind(address);
        if (it == m_indexByAddress.constEnd()) {
            markAdded(m_entries[create(advertisement, address)]);
            return;
        }
    }
    Entry &entry = m_entries[*it];
    update(entry, advertisement);
    markChanged(entry);
}

qsizetype DeviceRegistry::create(const Advertisement &advertisement, const QString &address)
{
    Entry entry;
    DeviceRecord &record = entry.record;
    record.id = u"ble:"_s + address;
    record.transport = Transport::Ble;
    record.address = address;
    record.firstSeen = advertisement.seenUtc;
    update(entry, advertisement);

    const qsizetype index = m_entries.size();
    m_entries.append(std::move(entry));
    m_indexById.insert(m_entries.last().record.id, index);
    m_indexByAddress.insert(address, index);
    qCDebug(lcDiscovery) << "new device" << m_entries.last().record.id;
    return index;
}

void DeviceRegistry::update(Entry &entry, const Advertisement &advertisement)
{
    DeviceRecord &record = entry.record;
    if (advertisement.addressType != AddressType::Unknown)
        record.addressType = advertisement.addressType;
    if (record.address != advertisement.address && !advertisement.address.isEmpty())
        record.address = advertisement.address.toUpper();
    if (!advertisement.name.isEmpty() && advertisement.name != record.name)
        record.name = advertisement.name;
    if (advertisement.rssi != 0) {
        record.rssi = advertisement.rssi;
        if (record.rssiTrend.size() >= DeviceRecord::RssiTrendLength)
            record.rssiTrend.removeFirst();
        record.rssiTrend.append(advertisement.rssi);
    }
    record.lastSeen = advertisement.seenUtc;
    ++record.advertisementCount;

    bool derivedChanged = false;
    if (advertisement.appearance && advertisement.appearance != record.appearance) {
        record.appearance = advertisement.appearance;
        derivedChanged = true;
    }
    appendMissing(record.services, advertisement.services, derivedChanged);
    for (auto it = advertisement.serviceData.cbegin(); it != advertisement.serviceData.cend(); ++it) {
        auto existing = record.serviceData.find(it.key());
        if (existing == record.serviceData.end()) {
            record.serviceData.insert(it.key(), it.value());
            derivedChanged = true;
        } else if (*existing != it.value()) {
            *existing = it.value();
        }
    }
    for (auto it = advertisement.manufacturerData.cbegin(); it != advertisement.manufacturerData.cend(); ++it) {
        auto existing = record.manufacturerData.find(it.key());
        if (existing == record.manufacturerData.end())
            record.manufacturerData.insert(it.key(), it.value());
        else if (*existing != it.value())
            *existing = it.value();
        // The lowest identifier is a stable choice when a device sends several.
        if (!record.companyId || it.key() < *record.companyId) {
            record.companyId = it.key();
            const bool fromDis = record.interrogation && !record.interrogation->dis.manufacturer.isEmpty();
            if (!fromDis)
                record.manufacturer = companyName(it.key());
        }
    }
    if (derivedChanged)
        refreshDerived(record);
}

QString DeviceRegistry::mergeInterrogation(const QString &id, const Interrogation &interrogation)
{
    const auto found = m_indexById.constFind(id);
    if (found == m_indexById.constEnd())
        return {};
    qsizetype index = *found;
    {
        DeviceRecord &record = m_entries[index].record;
        record.interrogation = interrogation;
        bool changed = false;
        QList<QBluetoothUuid> discovered;
        for (const ServiceInfo &service : interrogation.services)
            discovered.append(service.uuid);
        appendMissing(record.services, discovered, changed);
        refreshDerived(record);
        if (!interrogation.dis.manufacturer.isEmpty())
            record.manufacturer = interrogation.dis.manufacturer;
    }
    if (!interrogation.dis.identifiesDevice()) {
        markChanged(m_entries[index]);
        return id;
    }

    const QString key = disKey(interrogation.dis);
    QString known = m_idByDisKey.value(key);
    if (!known.isEmpty() && known != id && m_indexById.contains(known)) {
        // The same device seen under another address: fold this entry into it.
        const qsizetype into = m_indexById.value(known);
        absorb(m_entries[into].record, m_entries[index].record);
        markChanged(m_entries[into]);
        remove(index, into);
        qCInfo(lcDiscovery) << "merged" << id << "into" << known << "(same DIS model and serial)";
        return known;
    }
    if (isPrivate(m_entries[index].record.addressType) && known.isEmpty()) {
        // A private address names the device only until it rotates: from now on the
        // DIS identity does, and every address it used leads to it.
        QString newId = u"ble:dis:"_s + key;
        if (!m_indexById.contains(newId)) {
            Entry moved = m_entries[index];
            moved.record.id = newId;
            m_entries.append(std::move(moved));
            const qsizetype into = m_entries.size() - 1;
            m_indexById.insert(newId, into);
            m_idByDisKey.insert(key, newId);
            Entry &entry = m_entries[into];
            entry.pendingAdded = false;
            entry.pendingChanged = false;
            markAdded(entry);
            remove(index, into);
            qCInfo(lcDiscovery) << id << "is now" << newId << "(identified by DIS model and serial)";
            return newId;
        }
    }
    m_idByDisKey.insert(key, id);
    markChanged(m_entries[index]);
    return id;
}

void DeviceRegistry::setUsbDevices(const QList<UsbDevice> &devices, const QDateTime &now)
{
    QSet<QString> present;
    for (const UsbDevice &device : devices) {
        const QString id = device.id();
        if (present.contains(id))
            continue; // two devices claiming one serial number: the first stands
        present.insert(id);
        const auto fill = [&device](DeviceRecord &record) {
            record.address = device.busPath;
            record.name = device.displayName();
            record.manufacturer = device.manufacturer.isEmpty() ? device.vendorName : device.manufacturer;
            record.usb = device;
        };
        const auto it = m_indexById.constFind(id);
        if (it == m_indexById.constEnd()) {
            Entry entry;
            entry.record.id = id;
            entry.record.transport = Transport::Usb;
            entry.record.firstSeen = now;
            entry.record.lastSeen = now;
            fill(entry.record);
            m_entries.append(std::move(entry));
            m_indexById.insert(id, m_entries.size() - 1);
            qCDebug(lcDiscovery) << "new device" << id;
            markAdded(m_entries.last());
            continue;
        }
        Entry &entry = m_entries[*it];
        entry.record.lastSeen = now;
        if (!entry.record.usb || !(*entry.record.usb == device)) {
            fill(entry.record);
            markChanged(entry);
        }
    }
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        const DeviceRecord &record = m_entries[i].record;
        if (record.transport == Transport::Usb && !present.contains(record.id))
            remove(i, -1);
    }
}

void DeviceRegistry::absorb(DeviceRecord &into, const DeviceRecord &from)
{
    if (from.lastSeen >= into.lastSeen) {
        into.address = from.address;
        into.addressType = from.addressType;
        into.rssi = from.rssi;
        into.rssiTrend = from.rssiTrend;
        into.lastSeen = from.lastSeen;
        if (!from.name.isEmpty())
            into.name = from.name;
    }
    if (from.firstSeen.isValid() && (!into.firstSeen.isValid() || from.firstSeen < into.firstSeen))
        into.firstSeen = from.firstSeen;
    into.advertisementCount += from.advertisementCount;
    bool changed = false;
    appendMissing(into.services, from.services, changed);
    for (auto it = from.serviceData.cbegin(); it != from.serviceData.cend(); ++it)
        into.serviceData.insert(it.key(), it.value());
    for (auto it = from.manufacturerData.cbegin(); it != from.manufacturerData.cend(); ++it)
        into.manufacturerData.replace(it.key(), it.value());
    if (!into.companyId)
        into.companyId = from.companyId;
    if (!into.appearance)
        into.appearance = from.appearance;
    if (from.interrogation)
        into.interrogation = from.interrogation;
    if (into.interrogation && !into.interrogation->dis.manufacturer.isEmpty())
        into.manufacturer = into.interrogation->dis.manufacturer;
    else if (into.manufacturer.isEmpty())
        into.manufacturer = from.manufacturer;
    refreshDerived(into);
}

void DeviceRegistry::remove(qsizetype index, qsizetype redirectTo)
{
    const Entry removed = m_entries.takeAt(index);
    const QString &id = removed.record.id;
    if (removed.pendingAdded)
        m_added.removeOne(id); // the listener never heard of it
    else
        m_removed.append(id);
    if (removed.pendingChanged)
        m_changed.removeOne(id);
    if (redirectTo > index)
        --redirectTo;

    m_indexById.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_indexById.insert(m_entries[i].record.id, i);
    for (auto it = m_indexByAddress.begin(); it != m_indexByAddress.end();) {
        if (*it == index) {
            if (redirectTo < 0) {
                it = m_indexByAddress.erase(it);
                continue;
            }
            *it = redirectTo;
        } else if (*it > index) {
            --*it;
        }
        ++it;
    }
    for (auto it = m_idByDisKey.begin(); it != m_idByDisKey.end();) {
        if (*it == id)
            it = m_idByDisKey.erase(it);
        else
            ++it;
    }
    schedule();
}

void DeviceRegistry::markAdded(Entry &entry)
{
    if (entry.pendingAdded)
        return;
    entry.pendingAdded = true;
    // Removed and back within one interval: for the listener it simply changed.
    if (m_removed.removeOne(entry.record.id)) {
        entry.pendingAdded = false;
        markChanged(entry);
        return;
    }
    m_added.append(entry.record.id);
    schedule();
}

void DeviceRegistry::markChanged(Entry &entry)
{
    if (entry.pendingChanged || entry.pendingAdded)
        return;
    entry.pendingChanged = true;
    m_changed.append(entry.record.id);
    schedule();
}

void DeviceRegistry::schedule()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void DeviceRegistry::flush()
{
    m_timer.stop();
    const QStringList removed = std::exchange(m_removed, {});
    const QStringList added = std::exchange(m_added, {});
    const QStringList changed = std::exchange(m_changed, {});
    for (const QString &id : added) {
        if (const auto it = m_indexById.constFind(id); it != m_indexById.constEnd())
            m_entries[*it].pendingAdded = false;
    }
    for (const QString &id : changed) {
        if (const auto it = m_indexById.constFind(id); it != m_indexById.constEnd())
            m_entries[*it].pendingChanged = false;
    }
    if (!removed.isEmpty())
        Q_EMIT devicesRemoved(removed);
    if (!added.isEmpty())
        Q_EMIT devicesAdded(added);
    if (!changed.isEmpty())
        Q_EMIT devicesChanged(changed);
}

qsizetype DeviceRegistry::size() const
{
    return m_entries.size();
}

QList<DeviceRecord> DeviceRegistry::devices() const
{
    QList<DeviceRecord> out;
    out.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        out.append(entry.record);
    return out;
}

QStringList DeviceRegistry::ids() const
{
    QStringList out;
    out.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        out.append(entry.record.id);
    return out;
}

std::optional<DeviceRecord> DeviceRegistry::device(const QString &id) const
{
    if (const DeviceRecord *record = find(id))
        return *record;
    return std::nullopt;
}

const DeviceRecord *DeviceRegistry::find(const QString &id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.constEnd() ? nullptr : &m_entries[*it].record;
}

QString DeviceRegistry::idForAddress(const QString &address) const
{
    const auto it = m_indexByAddress.constFind(address.toUpper());
    return it == m_indexByAddress.constEnd() ? QString() : m_entries[*it].record.id;
}

void DeviceRegistry::clear()
{
    for (Entry &entry : m_entries) {
        if (!entry.pendingAdded)
            m_removed.append(entry.record.id);
    }
    m_entries.clear();
    m_indexById.clear();
    m_indexByAddress.clear();
    m_idByDisKey.clear();
    m_added.clear();
    m_changed.clear();
    if (!m_removed.isEmpty())
        schedule();
}

} // namespace pasban::discovery
