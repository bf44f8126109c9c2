#pragma once

#include "audit/forward/ForwardConfig.h"
#include "audit/forward/SyslogForwarder.h"

#include <QGroupBox>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pasban {
class Settings;
}
namespace pasban::audit {
class AuditSink;
}
namespace pasban::audit::forward {
class ConnectionTest;
}

namespace pasban::ui {

class OperatorAccess;

// Settings → Forwarding: where the audit log goes (syslog over TLS, IHE ATNA),
// with mutual TLS files, a "Test connection" button and the forwarder's state.
// Changes take effect on "Apply": they are recorded as a Network Configuration
// audit event first (when an audit sink is given; a failure to record refuses the
// change), then saved and handed to the forwarder.
class ForwardingSettings : public QGroupBox
{
    Q_OBJECT
public:
    explicit ForwardingSettings(Settings &settings, QWidget *parent = nullptr);
    ~ForwardingSettings() override;

    // Optional; not owned, must outlive this widget (or be cleared first).
    void setForwarder(audit::forward::SyslogForwarder *forwarder);
    void setAuditSink(audit::AuditSink *sink) { m_sink = sink; }
    // Who is at the keyboard (null: no accounts): applying needs "change settings";
    // the change is recorded with the operator's name.
    void setOperatorAccess(OperatorAccess *access);

    // What the fields say now.
    [[nodiscard]] audit::forward::ForwardConfig editedConfig() const;
    // Records, saves and applies the edited settings; returns false (and shows
    // why) when the change was refused.
    bool apply();
    void testConnection();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load(const audit::forward::ForwardConfig &config);
    void updateButtons();
    void showStatus(const audit::forward::ForwardStatus &status);
    QPushButton *addBrowseButton(QLineEdit *edit);

    Settings &m_settings;
    QPointer<audit::forward::SyslogForwarder> m_forwarder;
    audit::AuditSink *m_sink = nullptr;
    QPointer<OperatorAccess> m_access;
    audit::forward::ConnectionTest *m_test;

    QCheckBox *m_enabled;
    QLabel *m_hostLabel;
    QLineEdit *m_host;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    QLabel *m_serverNameLabel;
    QLineEdit *m_serverName;
    QLabel *m_caLabel;
    QLineEdit *m_caFile;
    QLabel *m_certificateLabel;
    QLineEdit *m_certificateFile;
    QLabel *m_keyLabel;
    QLineEdit *m_keyFile;
    QList<QPushButton *> m_browseButtons;
    QLabel *m_hint;
    QPushButton *m_applyButton;
    QPushButton *m_testButton;
    QLabel *m_stateLabel;
    QLabel *m_resultLabel;
};

} // namespace pasban::ui
