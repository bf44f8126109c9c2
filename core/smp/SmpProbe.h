#pragma once

#include "SmpClient.h"
#include "SmpResponses.h"
#include "audit/AuditEvent.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace pasban::smp {

class SmpTransport;

struct SmpProbeOptions
{
    // A probe is interactive: a port where nothing answers should be reported in
    // seconds, not after the long retry budget of a firmware upload.
    SmpClientOptions client {1500, 1500, 1};
};

// What a device told about itself over SMP. Optional parts are absent when the
// device said it does not support the command (rc 8); every other failure ends
// the probe with an error instead.
struct SmpProbeResult
{
    QString peer; // the transport's name, "serial:/dev/ttyACM0"
    bool echo = false; // the echo came back with the text sent
    std::optional<DeviceParameters> parameters; // OS group 6 ("mcumgr_parameters")
    std::optional<QString> osInfo; // OS group 7 with format "a" ("os_application_info")
    std::optional<BootloaderInfo> bootloader; // OS group 8: name, then the "mode" query
    std::optional<QList<ImageSlotState>> images; // image group 0

    // The image that runs now (active in slot 0 of image 0 on a swap bootloader);
    // null when the device listed none.
    [[nodiscard]] const ImageSlotState *activeImage() const;
};

// The `pasban-cli usb probe --json` object: {"port", "echo", "os": {"info",
// "bufferSize", "bufferCount"}, "bootloader": {"name", "mode", "modeName",
// "noDowngrade"}, "images": [{"image", "slot", "version", "hash", "active",
// "confirmed", "pending", "bootable", "permanent"}]}; absent parts are null. PORT
// is what the operator named (the transport's peer without "serial:").
[[nodiscard]] QJsonObject toJson(const SmpProbeResult &result, const QString &port);

// The audit record of one probe (an operator sending commands to a device):
// the port, the device's identity when known (empty: the port stands in), what
// answered (echo, bootloader, running version and image count) or the error code.
[[nodiscard]] audit::AuditEvent probeAuditEvent(const QString &port, const QString &deviceId,
                                                const Result<SmpProbeResult> &result);

// What a successful probe tells the posture page, stored as an inventory
// observation of kind ProbeObservationKind: SMP device management answered on a
// USB serial port, which has no authentication of its own (REFERENCE §2). Posture
// reads every "usb-" kind as a USB function the device exposes (DeviceFacts
// usbFunctions), so a check keyed on this kind needs no other plumbing. Value:
// {"port", "bootloader", "bootloaderMode", "activeVersion", "activeHash", "images"}.
inline constexpr char16_t ProbeObservationKind[] = u"usb-smp-open";
[[nodiscard]] QJsonObject probeObservationValue(const SmpProbeResult &result, const QString &port);

// MCUboot's mode as a stable machine name ("swap-move"); "unknown" for others.
[[nodiscard]] QString bootloaderModeName(qint64 mode);
// The same in words, translated ("swap using move").
[[nodiscard]] QString bootloaderModeText(qint64 mode);

// Asks a device what it is over SMP, read only: echo, buffer parameters, OS and
// application information, bootloader and its mode, and the image list. Run by an
// operator on a USB CDC-ACM port (or any SMP transport) before a firmware update
// or to record what runs on the device. Asynchronous; finished() comes exactly
// once per start(), also after cancel().
class SmpProbe : public QObject
{
    Q_OBJECT
public:
    // TRANSPORT is not owned (it may be parented to this probe); it is opened by
    // start() and closed when the probe finishes.
    explicit SmpProbe(SmpTransport *transport, SmpProbeOptions options = {}, QObject *parent = nullptr);
    // A probe over a serial port (USB CDC-ACM, UART, pseudo-terminal) at 115200 baud.
    [[nodiscard]] static SmpProbe *forSerialPort(const QString &portName, SmpProbeOptions options = {},
                                                 QObject *parent = nullptr);
    ~SmpProbe() override;

    void start();
    // Stops at once: finished() with smp.cancelled.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QString peerName() const;

    // The translated errors a probe ends with besides the device's own (SmpError)
    // and the transport's (smp.open_failed, smp.link_lost).
    [[nodiscard]] static Error notSmpDevice(const QString &peer, const QString &detail);

Q_SIGNALS:
    // The step under way, in words, for a progress line.
    void progress(const QString &step, int done, int total);
    void finished(const pasban::Result<pasban::smp::SmpProbeResult> &result);

private:
    enum class Step { Echo, Parameters, OsInfo, Bootloader, BootloaderMode, Images, Done };

    void onOpened();
    void onClosed(const Error &reason);
    void run(Step step);
    void onAnswer(Step step, const Result<SmpMessage> &answer);
    // True when the step's answer was read (or is optional and unsupported).
    [[nodiscard]] Status read(Step step, const QCborMap &payload);
    [[nodiscard]] Error stepError(Step step, const Error &cause) const;
    [[nodiscard]] static QString stepText(Step step);
    void finish(Result<SmpProbeResult> result);

    QPointer<SmpTransport> m_transport;
    SmpClient *m_client;
    SmpProbeResult m_result;
    quint64 m_requestId = 0;
    bool m_running = false;
    bool m_requestPending = false;
};

} // namespace pasban::smp
