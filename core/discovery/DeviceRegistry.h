#pragma once

#include "Advertisement.h"
#include "DeviceRecord.h"
#include "Interrogation.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace pasban::discovery {

// The live picture of every device seen in this session. Merges observations by
// stable identity and tells listeners what changed — coalesced, so a ward with
// thousands of advertisements per second costs the UI at most one update per
// interval (100 ms by default).
//
// Identities (DeviceRecord::id):
//  - public or random static address: "ble:AA:BB:CC:DD:EE:FF" — the address is the device;
//  - resolvable or non-resolvable private address: also "ble:<address>", but such an
//    entry stands only for that address: when the device rotates its address a new
//    entry appears. mergeInterrogation() with a DIS model + serial gives the device
//    the identity "ble:dis:<16 hex digits of SHA-256(model NUL serial)>" (no serial in
//    clear in ids and logs) and folds every entry with the same model + serial into
//    one; later advertisements from any of its known addresses update that entry.
//  - USB: "usb:VID:PID:SERIAL"; without a serial number "usb:VID:PID:@BUSPATH", a
//    weak identity (UsbDevice::id()).
class DeviceRegistry : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultCoalesceInterval {100};

    explicit DeviceRegistry(QObject *parent = nullptr);
    ~DeviceRegistry() override;

    // Most one emission of each signal per interval (tests set 0 = next event loop turn).
    void setCoalesceInterval(std::chrono::milliseconds interval);
    [[nodiscard]] std::chrono::milliseconds coalesceInterval() const;

    // O(1) on average: one hash lookup by address, no allocation for a known device
    // whose advertised fields are unchanged.
    void ingest(const Advertisement &advertisement);

    // Attaches an interrogation to device `id` (its services, DIS manufacturer and
    // class inference are merged in). Returns the id the device has afterwards
    // (different when DIS identity merged or re-keyed it), or empty when `id` is unknown.
    QString mergeInterrogation(const QString &id, const Interrogation &interrogation);

    // The USB devices present now (a UsbScanner's list): new ones are added, known
    // ones changed where they differ, USB entries missing from DEVICES removed.
    // BLE entries are untouched.
    void setUsbDevices(const QList<UsbDevice> &devices, const QDateTime &now);

    [[nodiscard]] qsizetype size() const;
    [[nodiscard]] QList<DeviceRecord> devices() const; // in order of first appearance
    [[nodiscard]] QStringList ids() const; // same order
    [[nodiscard]] std::optional<DeviceRecord> device(const QString &id) const;
    [[nodiscard]] const DeviceRecord *find(const QString &id) const; // valid until the next change
    // The id that advertisements from `address` currently update; empty when unseen.
    [[nodiscard]] QString idForAddress(const QString &address) const;

    void clear(); // forgets everything; devicesRemoved follows for every id

    // Emits what is pending now instead of at the end of the interval.
    void flush();

Q_SIGNALS:
    // Coalesced; within one flush the order is removed, added, changed, and an id
    // appears in at most one of them (an id added and changed in one interval is
    // only "added"; one added and removed is in neither).
    void devicesRemoved(const QStringList &ids);
    void devicesAdded(const QStringList &ids);
    void devicesChanged(const QStringList &ids);

private:
    struct Entry
    {
        DeviceRecord record;
        bool pendingAdded = false;
        bool pendingChanged = false;
    };

    qsizetype create(const Advertisement &advertisement, const QString &address);
    void update(Entry &entry, const Advertisement &advertisement);
    void absorb(DeviceRecord &into, const DeviceRecord &from);
    void markAdded(Entry &entry);
    void markChanged(Entry &entry);
    void remove(qsizetype index, qsizetype redirectTo);
    void schedule();

    QList<Entry> m_entries; // in order of first appearance
    QHash<QString, qsizetype> m_indexById;
    QHash<QString, qsizetype> m_indexByAddress; // every address a device has used
    QHash<QString, QString> m_idByDisKey;
    QStringList m_added;
    QStringList m_changed;
    QStringList m_removed;
    QTimer m_timer;
};

} // namespace pasban::discovery
