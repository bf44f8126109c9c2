#include "LoginDialog.h"

#include "crypto/SecureBytes.h"
#include "operators/Authenticator.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

LoginDialog::LoginDialog(operators::Authenticator &authenticator, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_authenticator(authenticator)
    , m_mode(mode)
{
    setObjectName(u"loginDialog"_s);
    setModal(true);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"operatorName"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_nameLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_passwordLabel, m_password);

    m_emergency = new QCheckBox(this);
    m_emergency->setObjectName(u"emergency"_s);
    m_emergencyBox = new QWidget(this);
    m_reason = new QLineEdit(m_emergencyBox);
    m_reason->setObjectName(u"emergencyReason"_s);
    m_minutes = new QSpinBox(m_emergencyBox);
    m_minutes->setObjectName(u"emergencyMinutes"_s);
    m_minutes->setRange(1, 8 * 60);
    m_minutes->setValue(int(operators::Authenticator::DefaultEmergencyMinutes));
    m_reasonLabel = new QLabel(m_emergencyBox);
    m_minutesLabel = new QLabel(m_emergencyBox);
    auto *emergencyForm = new QFormLayout(m_emergencyBox);
    emergencyForm->setContentsMargins({});
    emergencyForm->addRow(m_reasonLabel, m_reason);
    emergencyForm->addRow(m_minutesLabel, m_minutes);

    m_error = new QLabel(this);
    m_error->setObjectName(u"loginError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    if (mode == Mode::Login)
        m_buttons->addButton(QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"logIn"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::logIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_emergency, &QCheckBox::toggled, this, &LoginDialog::updateEmergency);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_emergency);
    layout->addWidget(m_emergencyBox);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    retranslate();
    updateEmergency();
}

void LoginDialog::setOperatorName(const QString &name)
{
    m_name->setText(name);
    m_password->setFocus();
}

void LoginDialog::reject()
{
    // The lock screen stays until someone logs in; the window behind it keeps running.
    if (m_mode == Mode::Unlock)
        return;
    QDialog::reject();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    setWindowTitle(m_mode == Mode::Unlock ? tr("Pasban is locked") : tr("Log in to Pasban"));
    m_title->setText(m_mode == Mode::Unlock
                         ? tr("The console was locked after a period without use. Running jobs continue. Enter your "
                              "password to go on.")
                         : tr("Enter your operator name and password."));
    m_nameLabel->setText(tr("Operator:"));
    m_passwordLabel->setText(tr("Password:"));
    m_emergency->setText(tr("Emergency access (break-glass)"));
    m_emergency->setToolTip(tr("Gives clinical engineer rights for a limited time. The reason, the start and the end "
                               "are recorded in the audit log."));
    m_reasonLabel->setText(tr("Reason:"));
    m_minutesLabel->setText(tr("Minutes:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_mode == Mode::Unlock ? tr("Unlock") : tr("Log in"));
}

void LoginDialog::updateEmergency()
{
    m_emergencyBox->setVisible(m_emergency->isChecked());
}

void LoginDialog::logIn()
{
    QByteArray typed = m_password->text().toUtf8();
    const crypto::SecureBytes password(typed);
    crypto::wipe(typed);
    m_password->clear(); // whatever happens, the typed password does not stay on screen
    const QString name = m_name->text().trimmed();
    Result<operators::OperatorSession> session = m_emergency->isChecked()
        ? m_authenticator.startEmergency(name, password, m_reason->text(), m_minutes->value())
        : m_authenticator.login(name, password);
    if (!session) {
        m_error->setText(session.error().message());
        m_error->show();
        m_password->setFocus();
        return;
    }
    m_session = *session;
    m_error->hide();
    accept();
}

} // namespace pasban::ui
