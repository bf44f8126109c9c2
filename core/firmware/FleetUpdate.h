#pragma once

#include "FirmwareUpdate.h"
#include "VerifiedImage.h"
#include "common/Error.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace pasban::smp {
class SmpTransport;
}

namespace pasban::firmware {

// One device of a fleet update. The image was verified for this device (model,
// hardware, its anti-rollback record) before the fleet starts; a device that
// failed verification comes with its refusal instead and is never contacted.
struct FleetTarget
{
    QString deviceId;
    // "serial:/dev/ttyACM0", "udp:127.0.0.1:1337", "ble:AA:BB:CC:DD:EE:FF": shown in
    // the report and used to schedule (see FleetUpdate).
    QString link;
    std::optional<VerifiedImage> image;
    std::optional<Error> refusal;
    std::function<std::unique_ptr<smp::SmpTransport>()> makeTransport;
};

struct FleetOptions
{
    // How many serial ports update at the same time. Each port is its own link;
    // Bluetooth shares one radio and UDP one network path, so those go one at a time.
    int parallelSerial = 1;
    FirmwareUpdateOptions update;
};

struct FleetDeviceResult
{
    enum class State { Pending, Refused, Running, Succeeded, Failed, Cancelled };

    QString deviceId;
    QString link;
    State state = State::Pending;
    std::optional<FirmwareUpdateResult> result;
    std::optional<Error> error;

    [[nodiscard]] static QString stateName(State state);
    [[nodiscard]] QJsonObject toJson() const;
};

// Several devices, one package: each device's FirmwareUpdate (with its resume,
// audit and job record), scheduled so that at most one update runs per Bluetooth
// radio and per UDP path, and up to parallelSerial across distinct serial ports.
// cancel() starts no further device and asks the running ones to stop at their
// next safe point (before the new image is marked); a device already past it
// finishes. Results per device, and a report for export.
class FleetUpdate : public QObject
{
    Q_OBJECT
public:
    FleetUpdate(QList<FleetTarget> targets, const FleetOptions &options, audit::AuditSink *audit = nullptr,
                FirmwareJobStore *jobs = nullptr, QObject *parent = nullptr);
    ~FleetUpdate() override;

    void start();
    void cancel();

    [[nodiscard]] const QList<FleetDeviceResult> &results() const { return m_results; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    // {"devices": [...], "succeeded": n, "failed": n, "refused": n, "cancelled": n}
    [[nodiscard]] QJsonObject report() const;
    // The link's scheduling group: the port itself for serial, else its kind.
    [[nodiscard]] static QString scheduleKey(const QString &link);

Q_SIGNALS:
    void deviceChanged(int index);
    void deviceProgress(int index, const pasban::firmware::UpdateProgress &progress);
    void finished();

private:
    struct Running
    {
        std::unique_ptr<smp::SmpTransport> transport;
        std::unique_ptr<FirmwareUpdate> update;
    };

    void schedule();
    void launch(int index);
    void onDeviceFinished(int index, const Result<FirmwareUpdateResult> &outcome);
    void finishIfDone();
    void auditFleet(const QString &step);

    QList<FleetTarget> m_targets;
    FleetOptions m_options;
    audit::AuditSink *m_audit;
    FirmwareJobStore *m_jobs;
    QList<FleetDeviceResult> m_results;
    std::map<int, Running> m_running; // by target index
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace pasban::firmware
