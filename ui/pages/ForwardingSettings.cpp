#include "ForwardingSettings.h"

#include "WidgetProperties.h"
#include "audit/AuditSink.h"
#include "audit/forward/ConnectionTest.h"
#include "common/Bidi.h"
#include "common/Settings.h"
#include "operators/OperatorAccess.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

using audit::forward::ForwardConfig;
using audit::forward::ForwardStatus;

ForwardingSettings::ForwardingSettings(Settings &settings, QWidget *parent)
    : QGroupBox(parent)
    , m_settings(settings)
    , m_test(new audit::forward::ConnectionTest(this))
    , m_enabled(new QCheckBox(this))
    , m_hostLabel(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_serverNameLabel(new QLabel(this))
    , m_serverName(new QLineEdit(this))
    , m_caLabel(new QLabel(this))
    , m_caFile(new QLineEdit(this))
    , m_certificateLabel(new QLabel(this))
    , m_certificateFile(new QLineEdit(this))
    , m_keyLabel(new QLabel(this))
    , m_keyFile(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_applyButton(new QPushButton(this))
    , m_testButton(new QPushButton(this))
    , m_stateLabel(new QLabel(this))
    , m_resultLabel(new QLabel(this))
{
    setObjectName(u"forwardingSettings"_s);
    m_enabled->setObjectName(u"forwardingEnabled"_s);
    m_host->setObjectName(u"forwardingHost"_s);
    m_port->setObjectName(u"forwardingPort"_s);
    m_serverName->setObjectName(u"forwardingServerName"_s);
    m_caFile->setObjectName(u"forwardingCaFile"_s);
    m_certificateFile->setObjectName(u"forwardingCertificateFile"_s);
    m_keyFile->setObjectName(u"forwardingKeyFile"_s);
    m_applyButton->setObjectName(u"forwardingApply"_s);
    m_testButton->setObjectName(u"forwardingTest"_s);
    m_stateLabel->setObjectName(u"forwardingState"_s);
    m_resultLabel->setObjectName(u"forwardingTestResult"_s);

    // Host names and paths are Latin and left-to-right in both languages.
    for (QLineEdit *edit : {m_host, m_serverName, m_caFile, m_certificateFile, m_keyFile}) {
        edit->setLayoutDirection(Qt::LeftToRight);
        edit->setProperty(IdentifierProperty, true);
    }
    m_port->setRange(1, 65535);
    m_hint->setWordWrap(true);
    m_resultLabel->setWordWrap(true);
    m_stateLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const auto fileRow = [this](QLineEdit *edit) {
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(addBrowseButton(edit));
        return row;
    };
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_applyButton);
    buttons->addWidget(m_testButton);
    buttons->addStretch(1);

    auto *form = new QFormLayout(this);
    form->addRow(m_enabled);
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_serverNameLabel, m_serverName);
    form->addRow(m_caLabel, fileRow(m_caFile));
    form->addRow(m_certificateLabel, fileRow(m_certificateFile));
    form->addRow(m_keyLabel, fileRow(m_keyFile));
    form->addRow(m_hint);
    form->addRow(buttons);
    form->addRow(m_stateLabel);
    form->addRow(m_resultLabel);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_serverNameLabel->setBuddy(m_serverName);
    m_caLabel->setBuddy(m_caFile);
    m_certificateLabel->setBuddy(m_certificateFile);
    m_keyLabel->setBuddy(m_keyFile);

    load(ForwardConfig::fromSettings(m_settings));
    connect(m_enabled, &QCheckBox::toggled, this, &ForwardingSettings::updateButtons);
    for (QLineEdit *edit : {m_host, m_serverName, m_caFile, m_certificateFile, m_keyFile})
        connect(edit, &QLineEdit::textChanged, this, &ForwardingSettings::updateButtons);
    connect(m_port, &QSpinBox::valueChanged, this, &ForwardingSettings::updateButtons);
    connect(m_applyButton, &QPushButton::clicked, this, &ForwardingSettings::apply);
    connect(m_testButton, &QPushButton::clicked, this, &ForwardingSettings::testConnection);
    connect(m_test, &audit::forward::ConnectionTest::finished, this,
            [this](const Status &result, const QString &protocol) {
                m_testButton->setEnabled(true);
                m_resultLabel->setText(result.ok() ? tr("Connection test passed (%1): the server's certificate "
                                                        "was accepted and the server accepted this console.")
                                                         .arg(protocol)
                                                   : tr("Connection test failed: %1").arg(result.error().message()));
                m_resultLabel->setToolTip(result.ok() ? QString() : result.error().detail());
            });
    retranslate();
}

ForwardingSettings::~ForwardingSettings() = default;

QPushButton *ForwardingSettings::addBrowseButton(QLineEdit *edit)
{
    auto *button = new QPushButton(this);
    button->setObjectName(edit->objectName() + u"Browse"_s);
    m_browseButtons.append(button);
    connect(button, &QPushButton::clicked, this, [this, edit] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose a PEM file"), edit->text(),
                                                            tr("PEM files (*.pem *.crt *.key);;All files (*)"));
        if (!chosen.isEmpty())
            edit->setText(QDir::toNativeSeparators(chosen));
    });
    return button;
}

void ForwardingSettings::setForwarder(audit::forward::SyslogForwarder *forwarder)
{
    if (m_forwarder)
        m_forwarder->disconnect(this);
    m_forwarder = forwarder;
    if (m_forwarder) {
        connect(m_forwarder, &audit::forward::SyslogForwarder::statusChanged, this, &ForwardingSettings::showStatus);
        showStatus(m_forwarder->status());
    } else {
        retranslate();
    }
}

void ForwardingSettings::load(const ForwardConfig &config)
{
    m_enabled->setChecked(config.enabled);
    m_host->setText(config.host);
    m_port->setValue(config.port);
    m_serverName->setText(config.serverName);
    m_caFile->setText(config.caFile);
    m_certificateFile->setText(config.certificateFile);
    m_keyFile->setText(config.keyFile);
    updateButtons();
}

ForwardConfig ForwardingSettings::editedConfig() const
{
    ForwardConfig config;
    config.enabled = m_enabled->isChecked();
    config.host = m_host->text().trimmed();
    config.port = quint16(m_port->value());
    config.serverName = m_serverName->text().trimmed();
    config.caFile = m_caFile->text().trimmed();
    config.certificateFile = m_certificateFile->text().trimmed();
    config.keyFile = m_keyFile->text().trimmed();
    return config;
}

void ForwardingSettings::setOperatorAccess(OperatorAccess *access)
{
    OperatorAccess::follow(m_access, access, this, [this] { updateButtons(); });
    updateButtons();
}

void ForwardingSettings::updateButtons()
{
    OperatorAccess::gate(m_access, m_applyButton, operators::Permission::ChangeSettings,
                         editedConfig() != ForwardConfig::fromSettings(m_settings));
    m_testButton->setEnabled(!m_test->isRunning() && !m_host->text().trimmed().isEmpty());
}

bool ForwardingSettings::apply()
{
    const ForwardConfig before = ForwardConfig::fromSettings(m_settings);
    const ForwardConfig after = editedConfig();
    if (after == before)
        return true;
    // Core decides (and records a refusal); the button is disabled for it already.
    if (const Status allowed = m_access ? m_access->check(operators::Permission::ChangeSettings) : Status(); !allowed) {
        m_resultLabel->setText(allowed.error().message());
        return false;
    }
    if (m_sink) {
        // File names and the receiver are recorded; the files' contents never are.
        QJsonArray changed;
        const auto note = [&changed](bool differs, const QString &name) {
            if (differs)
                changed.append(name);
        };
        note(before.enabled != after.enabled, u"enabled"_s);
        note(before.host != after.host, u"host"_s);
        note(before.port != after.port, u"port"_s);
        note(before.serverName != after.serverName, u"serverName"_s);
        note(before.caFile != after.caFile, u"caFile"_s);
        note(before.certificateFile != after.certificateFile, u"certificateFile"_s);
        note(before.keyFile != after.keyFile, u"keyFile"_s);
        audit::AuditEvent event;
        event.type = audit::EventType::NetworkConfiguration;
        event.action = audit::Action::Update;
        event.operatorId = m_access ? m_access->operatorName() : QString();
        event.details = {{u"setting"_s, u"forwarding"_s},
                         {u"changed"_s, changed},
                         {u"enabled"_s, after.enabled},
                         {u"destination"_s, after.destination()},
                         {u"serverName"_s, after.peerName()},
                         {u"caFile"_s, after.caFile},
                         {u"certificateFile"_s, after.certificateFile},
                         {u"keyFile"_s, after.keyFile}};
        if (const Result<quint64> recorded = m_sink->record(event); !recorded) {
            m_resultLabel->setText(tr("The change was not applied because it could not be recorded in the audit "
                                      "log: %1")
                                       .arg(recorded.error().message()));
            return false;
        }
    }
    after.saveTo(m_settings);
    if (const Status synced = m_settings.sync(); !synced) {
        m_resultLabel->setText(synced.error().message());
        return false;
    }
    if (m_forwarder) {
        m_forwarder->setConfig(after);
        m_forwarder->start();
    }
    m_resultLabel->setText(tr("Forwarding settings saved."));
    updateButtons();
    return true;
}

void ForwardingSettings::testConnection()
{
    m_testButton->setEnabled(false);
    m_resultLabel->setText(tr("Testing the connection…"));
    m_resultLabel->setToolTip(QString());
    m_test->start(editedConfig());
}

void ForwardingSettings::showStatus(const ForwardStatus &status)
{
    QString text = audit::forward::SyslogForwarder::stateText(status);
    if (status.error)
        text += u"\n"_s + status.error->message();
    m_stateLabel->setText(text);
}

void ForwardingSettings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ForwardingSettings::retranslate()
{
    setTitle(tr("Central audit forwarding"));
    m_enabled->setText(tr("&Send the audit log to a central syslog server"));
    m_hostLabel->setText(tr("&Host:"));
    m_portLabel->setText(tr("&Port:"));
    m_serverNameLabel->setText(tr("Server &name:"));
    m_serverName->setPlaceholderText(tr("the same as the host"));
    m_caLabel->setText(tr("CA &file:"));
    m_certificateLabel->setText(tr("Client &certificate:"));
    m_keyLabel->setText(tr("Client &key:"));
    for (QPushButton *button : std::as_const(m_browseButtons)) {
        button->setText(tr("Browse…"));
        button->setAccessibleName(tr("Choose a file"));
    }
    //: %1 is the standard name RFC 5425, %2 the profile name IHE ATNA
    m_hint->setText(tr("Events are sent as syslog over TLS (%1) in the %2 format, in order, and kept until the "
                       "server has them. The server's certificate must be signed by the CA file and carry the "
                       "server name; this console proves itself with its client certificate. The key file must "
                       "not be protected by a passphrase.")
                        .arg(ltrIsolate(u"RFC 5425"_s), ltrIsolate(u"IHE ATNA"_s)));
    m_applyButton->setText(tr("&Apply"));
    m_testButton->setText(tr("&Test connection"));
    if (m_forwarder)
        showStatus(m_forwarder->status());
    else
        m_stateLabel->setText(tr("Forwarding starts when the audit log is open."));
}

} // namespace pasban::ui
