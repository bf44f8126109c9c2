#pragma once

#include "VerifiedImage.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "smp/SmpClient.h"
#include "smp/SmpResponses.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

namespace pasban::audit {
class AuditSink;
}
namespace pasban::inventory {
class InventoryStore;
}
namespace pasban::smp {
class SmpTransport;
class SmpUploader;
} // namespace pasban::smp

namespace pasban::firmware {

class FirmwareJobStore;

enum class UpdateMode {
    TestAndConfirm, // upload, mark for test, reset, check the new image runs, confirm, check
    ConfirmOnly, // upload, mark permanent, reset, check: no way back if the image is bad
    TestOnly, // upload, mark for test, reset, check: the device reverts at its next reset
};
[[nodiscard]] QString updateModeName(UpdateMode mode); // "test-confirm", ...
[[nodiscard]] std::optional<UpdateMode> updateModeFromName(const QString &name);

struct FirmwareUpdateOptions
{
    UpdateMode mode = UpdateMode::TestAndConfirm;
    smp::SmpClientOptions client;
    // Reconnection after a lost link (and after the reset): attempts per
    // interruption, and the wait before each.
    int reconnectAttempts = 10;
    int reconnectDelayMs = 1000;
    // After asking for a reset: how long the device needs before it answers again.
    int rebootWaitMs = 2000;
    // MCUboot may be built to refuse older images; the console refuses them
    // anyway unless this is set (a package's policy decides at the caller).
    bool allowDowngrade = false;
    // 0: the device's buf_count − 1. A positive value forces the window
    // (1 = stop-and-wait, for comparison).
    int window = 0;
    // The job's offset is written to the database at least this often.
    qint64 persistEveryBytes = 32 * 1024;
};

struct UpdateProgress
{
    qint64 bytes = 0; // acknowledged by the device
    qint64 total = 0;
    double bytesPerSecond = 0; // over this connection's transfer so far
    qint64 msLeft = -1; // -1 until a rate is known
};

struct FirmwareUpdateResult
{
    QString device;
    ImageVersion version;
    QByteArray imageHash;
    std::optional<quint32> securityCounter;
    UpdateMode mode = UpdateMode::TestAndConfirm;
    bool confirmed = false; // the new image is permanent on the device
    bool alreadyInstalled = false; // it was running already: nothing was sent
    qint64 size = 0;
    qint64 resumedFrom = 0; // > 0 when an earlier upload's bytes were reused
    int reconnects = 0;
    int restarts = 0; // the device lost the upload session and it started over
    qint64 elapsedMs = 0;

    [[nodiscard]] QJsonObject toJson() const;
};

// One firmware update of one device over one SMP transport, step by step:
//
//   connect → inspect (bootloader info, buffer parameters, image list)
//     → upload (resumable) → mark (test, or permanent) → reset → reconnect
//     → inspect → confirm (test-and-confirm only) → inspect → done
//
// Every decision after a reconnect is taken from what the device reports (its
// image list), not from what the console believes happened, so a lost link or a
// restart at any point continues from where the device really is. The step and
// the device's offset are persisted (FirmwareJobStore) for a console restart;
// every step and failure is an audit event.
//
// Nothing is sent before verification: the image comes as a VerifiedImage.
// Cancel is honoured at safe points (before the image is marked); after that the
// update runs to a consistent end.
class FirmwareUpdate : public QObject
{
    Q_OBJECT
public:
    enum class Step {
        Idle,
        Connecting,
        Inspecting,
        Uploading,
        Marking,
        Resetting,
        Confirming,
        Done,
        Failed,
        Cancelled
    };
    Q_ENUM(Step)

    FirmwareUpdate(VerifiedImage image, smp::SmpTransport *transport, FirmwareUpdateOptions options,
                   audit::AuditSink *audit = nullptr, FirmwareJobStore *jobs = nullptr,
                   const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~FirmwareUpdate() override;

    void start();
    void cancel();

    [[nodiscard]] Step step() const { return m_step; }
    [[nodiscard]] static QString stepName(Step step);
    // What the last inspection found, for callers that show it.
    [[nodiscard]] const smp::ImageStateList &deviceImages() const { return m_images; }
    [[nodiscard]] const smp::BootloaderInfo &bootloader() const { return m_bootloader; }

    // Records the new firmware in the inventory (history + an observation) for the
    // device known there as `deviceId`.
    [[nodiscard]] static Status recordInInventory(inventory::InventoryStore &inventory, const QString &deviceId,
                                                  const FirmwareUpdateResult &result);

Q_SIGNALS:
    void stepChanged(pasban::firmware::FirmwareUpdate::Step step);
    void progress(const pasban::firmware::UpdateProgress &progress);
    void finished(const pasban::Result<pasban::firmware::FirmwareUpdateResult> &result);

private:
    void setStep(Step step);
    void connectTransport();
    void onOpened();
    void onClosed(const Error &reason);
    void inspect();
    void decide();
    void upload();
    void mark();
    void reset();
    void confirm();
    void interrupted(const Error &error);
    void fail(const Error &error);
    void succeed();
    [[nodiscard]] bool isLinkError(const Error &error) const;
    // Wraps a callback so that answers to an abandoned step are ignored.
    template<typename F> auto guarded(F &&f);
    void audit(const QString &what, const QJsonObject &details = {}, bool failure = false);
    [[nodiscard]] Status auditStrict(const QString &what, const QJsonObject &details);
    void persist(const QString &state, qint64 offset = -1);
    void reportProgress(quint32 offset);

    VerifiedImage m_image;
    QPointer<smp::SmpTransport> m_transport;
    FirmwareUpdateOptions m_options;
    audit::AuditSink *m_audit;
    FirmwareJobStore *m_jobs;
    const Clock &m_clock;
    smp::SmpClient *m_client;
    smp::SmpUploader *m_uploader = nullptr;

    Step m_step = Step::Idle;
    quint64 m_token = 0;
    bool m_waitingForLink = false;
    int m_attempts = 0;
    int m_inspections = 0;
    bool m_cancelRequested = false;
    bool m_marked = false;
    bool m_resetDone = false;
    bool m_sentFirmware = false;
    smp::BootloaderInfo m_bootloader;
    smp::DeviceParameters m_parameters;
    bool m_haveParameters = false;
    smp::ImageStateList m_images;
    qint64 m_startMs = 0;
    qint64 m_transferStartMs = 0;
    qint64 m_transferStartOffset = -1;
    qint64 m_lastPersisted = 0;
    qint64 m_persistedOffset = 0;
    FirmwareUpdateResult m_result;
};

} // namespace pasban::firmware
