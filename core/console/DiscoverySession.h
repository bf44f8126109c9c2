#pragma once

#include "common/Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace pasban::audit {
class AuditSink;
struct AuditEvent;
} // namespace pasban::audit
namespace pasban::discovery {
class BleScanner;
class DeviceRegistry;
struct Interrogation;
} // namespace pasban::discovery

namespace pasban {

class DeviceInventorySync;

// One place that wires discovery together for the GUI and the CLI alike:
// scanner → registry (merge, coalesce) → inventory (persist), with start, stop
// and progress, and interrogation results folded back in. When given an audit
// sink it records what the operator did and what the radio revealed: scan
// started and stopped, every device seen for the first time, and each
// interrogation's verdicts (never a measured value: those are patient data).
class DiscoverySession : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds ProgressInterval {250};

    // INVENTORY and AUDIT may be null (nothing stored / nothing recorded).
    DiscoverySession(discovery::BleScanner &scanner, discovery::DeviceRegistry &registry,
                     DeviceInventorySync *inventory = nullptr, audit::AuditSink *audit = nullptr,
                     QObject *parent = nullptr);
    ~DiscoverySession() override;

    // Who is acting, for the audit record; empty while nobody is signed in.
    void setOperatorId(const QString &operatorId);
    [[nodiscard]] QString operatorId() const { return m_operatorId; }

    // Starts a scan for DURATION (0: until stop()). Refused, and nothing starts,
    // when the audit sink cannot record that the scan started.
    [[nodiscard]] Status start(std::chrono::milliseconds duration);
    void stop();
    [[nodiscard]] bool isActive() const;
    [[nodiscard]] std::chrono::milliseconds duration() const { return m_duration; }
    [[nodiscard]] std::chrono::milliseconds elapsed() const;

    // Folds INTERROGATION of device ID into the registry and the inventory and
    // records its verdicts. Returns the id the device has afterwards.
    Result<QString> recordInterrogation(const QString &id, const discovery::Interrogation &interrogation);
    // Records that interrogating device ID failed (audit only).
    void recordInterrogationFailure(const QString &id, const Error &error);

    [[nodiscard]] discovery::BleScanner &scanner() const { return m_scanner; }
    [[nodiscard]] discovery::DeviceRegistry &registry() const { return m_registry; }

Q_SIGNALS:
    void started();
    // Every few hundred milliseconds while scanning; durationMs 0: until stopped.
    void progress(qint64 elapsedMs, qint64 durationMs);
    // The scan ended (time up, stopped, or failed); what was seen is flushed to
    // the registry's listeners and the inventory by then.
    void finished();
    void failed(const pasban::Error &error);
    // The inventory or the audit sink refused a write.
    void storeFailed(const pasban::Error &error);

private:
    void onFinished(const QString &reason);
    void onDevicesAdded(const QStringList &ids);
    void onDeviceStored(const QString &id);
    void recordFirstSeen(const QString &id);
    Status record(audit::AuditEvent event);

    discovery::BleScanner &m_scanner;
    discovery::DeviceRegistry &m_registry;
    DeviceInventorySync *m_inventory;
    audit::AuditSink *m_audit;
    QString m_operatorId;
    QTimer m_progressTimer;
    QElapsedTimer m_clock;
    std::chrono::milliseconds m_duration {0};
    bool m_scanning = false;
    // Ids that are a known device under a new name (an interrogation identified
    // it), not a device seen for the first time.
    QSet<QString> m_renamed;
};

} // namespace pasban
