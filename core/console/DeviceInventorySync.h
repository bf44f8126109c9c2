#pragma once

#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace pasban::discovery {
class DeviceRegistry;
struct Interrogation;
} // namespace pasban::discovery
namespace pasban::inventory {
class InventoryStore;
}

namespace pasban {

// Keeps the inventory in step with what discovery sees: every device seen is
// stored (batched: at most one write per device per flush interval, so a busy
// ward does not become a busy disk), and an interrogation's findings are kept as
// evidence with time and method.
class DeviceInventorySync : public QObject
{
    Q_OBJECT
public:
    DeviceInventorySync(discovery::DeviceRegistry &registry, inventory::InventoryStore &store,
                        QObject *parent = nullptr);
    ~DeviceInventorySync() override;

    void setFlushInterval(std::chrono::milliseconds interval);

    // Attaches INTERROGATION to device ID in the registry and stores it: DIS
    // fields and firmware history, probe verdicts, SMP echo, security levels.
    // Returns the device's id afterwards (it changes when DIS identifies it).
    Result<QString> recordInterrogation(const QString &id, const discovery::Interrogation &interrogation,
                                        const QString &operatorName = {});

    // Writes what is pending now.
    Status flush();

    // The store it writes to (for asset fields the operator edits).
    [[nodiscard]] inventory::InventoryStore &store() const { return m_store; }

Q_SIGNALS:
    void storeFailed(const pasban::Error &error);
    // A device a scan saw was stored for the first time: new to this console.
    void deviceCreated(const QString &id);

private:
    Status store(const QString &id, const QString &source);

    discovery::DeviceRegistry &m_registry;
    inventory::InventoryStore &m_store;
    // Devices written per event-loop turn when the interval is up.
    static constexpr qsizetype ChunkSize = 50;

    void writeChunk();
    Status write(const QSet<QString> &ids);
    // USB interface functions become stored observations (kinds "usb-cdc-acm",
    // "usb-dfu-runtime", ... that core/posture/UsbChecks reads) plus an
    // "enumeration" record with the device's details and weakIdentity.
    Status recordUsbObservations(const QSet<QString> &ids);

    QSet<QString> m_dirty; // changed since the last write began
    QStringList m_queue; // being written, a chunk per event-loop turn
    QHash<QString, QJsonObject> m_usbRecorded; // what was stored as evidence this session
    QTimer m_timer;
    QTimer m_chunkTimer;
};

} // namespace pasban
