#pragma once

#include "DeviceServices.h"
#include "common/Result.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace pasban {
class DiscoverySession;
class Settings;
class Error;
} // namespace pasban
namespace pasban::smp {
class SmpProbe;
struct SmpProbeResult;
} // namespace pasban::smp
namespace pasban::discovery {
struct DeviceRecord;
struct Interrogation;
struct NotificationRecord;
} // namespace pasban::discovery

namespace pasban::ui {

// The detail pane for one device: what was observed (with when and how), the
// protection probe's verdicts, and decoded measurements; Interrogate starts an
// interrogation after the operator confirms.
class AssetEditor;
class OperatorAccess;

class DeviceDetailView : public QWidget
{
    Q_OBJECT
public:
    // SESSION (may be null) takes the interrogation results into the registry,
    // the inventory and the audit log.
    DeviceDetailView(const DeviceServices &services, DiscoverySession *session, Settings &settings,
                     QWidget *parent = nullptr);

    // ID: a registry device, or an inventory entry ("asset:<tag>" before it is seen).
    void showDevice(const QString &id);
    // Reads the shown device's inventory entry again (after an import).
    void reload() { refresh(); }
    [[nodiscard]] QString deviceId() const { return m_id; }

    // Starts an interrogation of the shown device; asks first (with the time to
    // listen, remembered in the settings) unless CONFIRMED.
    void interrogate(bool confirmed = false);

    // Asks the shown USB device over its serial port (CDC-ACM) what it runs, over
    // SMP: echo, OS, bootloader, images. Read only, so no confirmation; recorded in
    // the audit log. The answer (or the error) shows in the pane until another
    // probe of that device.
    void probeOverSmp();
    void cancelProbe();
    [[nodiscard]] bool isProbing() const;
    // How long the probe waits for each answer (tests shorten it); <= 0: default.
    void setProbeTimeout(int milliseconds) { m_probeTimeoutMs = milliseconds; }

    // Null without an inventory.
    [[nodiscard]] AssetEditor *assetEditor() const { return m_assetEditor; }

    // Who is at the keyboard (null: no accounts): interrogation and asset edits
    // follow the operator's role.
    void setOperatorAccess(OperatorAccess *access);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void gateAssetEditor();
    void onProgress(const QString &phase, int percent);
    void onNotification(const discovery::NotificationRecord &notification);
    void onFinished(const discovery::Interrogation &interrogation);
    void onFailed(const pasban::Error &error);
    [[nodiscard]] QString renderDevice(const discovery::DeviceRecord &device) const;
    [[nodiscard]] QString renderUsb(const discovery::DeviceRecord &device) const;
    [[nodiscard]] QString renderProbe() const;
    void onProbeFinished(const QString &id, const QString &port, const Result<smp::SmpProbeResult> &result);
    // Declared (imported) values beside observed ones, mismatches marked in words;
    // empty without an inventory. NOTSCANNED: the id is not in the registry.
    [[nodiscard]] QString renderDeclared(bool inRegistry) const;

    DeviceServices m_services;
    DiscoverySession *m_session;
    Settings &m_settings;
    QString m_id;
    QString m_interrogatingId;
    QStringList m_live; // decoded measurements received during this interrogation
    QLabel *m_empty;
    QTextBrowser *m_text;
    QPushButton *m_interrogateButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    AssetEditor *m_assetEditor = nullptr;

    // The SMP probe of a USB device's serial port: the one running, and the last
    // answer (for the device it was about).
    struct ProbeShown
    {
        QString id;
        QString port;
        QDateTime atUtc;
        std::shared_ptr<const smp::SmpProbeResult> result; // null when it failed
        std::optional<Error> error;
    };
    QPushButton *m_probeButton;
    QPointer<smp::SmpProbe> m_probe;
    QString m_probingId;
    std::optional<ProbeShown> m_probeShown;
    int m_probeTimeoutMs = 0;
    QPointer<OperatorAccess> m_access;
};

} // namespace pasban::ui
