#include "SecondApprovalDialog.h"

#include "OperatorAccess.h"
#include "crypto/SecureBytes.h"
#include "operators/Authenticator.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

SecondApprovalDialog::SecondApprovalDialog(OperatorAccess &access, operators::Permission permission, QWidget *parent)
    : QDialog(parent)
    , m_access(access)
    , m_permission(permission)
    , m_explanation(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"secondApproval"_s);
    m_explanation->setWordWrap(true);
    m_name->setObjectName(u"approverName"_s);
    m_password->setObjectName(u"approverPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_nameLabel->setBuddy(m_name);
    m_passwordLabel->setBuddy(m_password);
    m_error->setObjectName(u"approvalError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"approve"_s);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SecondApprovalDialog::approve);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

SecondApprovalDialog *SecondApprovalDialog::request(OperatorAccess *access, operators::Permission permission,
                                                    QWidget *parent,
                                                    std::function<void(const QString &approver)> approved)
{
    if (!access) {
        approved({});
        return nullptr;
    }
    auto *dialog = new SecondApprovalDialog(*access, permission, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLayoutDirection(parent ? parent->layoutDirection() : dialog->layoutDirection());
    connect(dialog, &QDialog::accepted, dialog,
            [dialog, approved = std::move(approved)] { approved(dialog->approver()); });
    dialog->open();
    return dialog;
}

void SecondApprovalDialog::approve()
{
    QByteArray typed = m_password->text().toUtf8();
    const crypto::SecureBytes password(typed);
    crypto::wipe(typed);
    m_password->clear(); // whatever happens, the typed password does not stay on screen
    const Result<QString> approved = m_access.authenticator().approveBySecondPerson(m_access.session(), m_permission,
                                                                                    m_name->text().trimmed(), password);
    if (!approved) {
        m_error->setText(approved.error().message());
        m_error->show();
        m_password->setFocus();
        return;
    }
    m_approver = *approved;
    m_error->hide();
    accept();
}

void SecondApprovalDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SecondApprovalDialog::retranslate()
{
    setWindowTitle(tr("Second approval"));
    //: %1 is an action, e.g. "manage the trust store"; %2 the operator asking for it
    m_explanation->setText(tr("To %1, a second clinical engineer must approve what %2 is doing. They enter their own "
                              "name and password; both names are recorded in the audit log.")
                               .arg(operators::permissionName(m_permission), m_access.operatorName()));
    m_nameLabel->setText(tr("&Approving engineer:"));
    m_passwordLabel->setText(tr("&Their password:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Approve"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace pasban::ui
