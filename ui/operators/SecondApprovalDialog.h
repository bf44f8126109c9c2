#pragma once

#include "operators/Role.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pasban::ui {

class OperatorAccess;

// The two-person rule in the console: before the riskiest actions (adding a trust
// root, importing an unverified image) a second clinical engineer types their own
// name and password here. Core decides (Authenticator::approveBySecondPerson: a
// different, enabled clinical engineer, right password) and records one audit
// event with both names; a refusal is shown in core's words and the dialog stays.
// The password goes from the field into SecureBytes, is wiped, and is never logged.
class SecondApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    SecondApprovalDialog(OperatorAccess &access, operators::Permission permission, QWidget *parent = nullptr);

    // Runs `approved` once the second person has approved; without operator
    // accounts (ACCESS null) there is nobody to ask and it runs at once. The dialog
    // is window-modal and not blocking; it is returned (null when not needed).
    static SecondApprovalDialog *request(OperatorAccess *access, operators::Permission permission, QWidget *parent,
                                         std::function<void(const QString &approver)> approved);

    [[nodiscard]] QString approver() const { return m_approver; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void approve();
    void retranslate();

    OperatorAccess &m_access;
    operators::Permission m_permission;
    QString m_approver;
    QLabel *m_explanation;
    QLabel *m_nameLabel;
    QLabel *m_passwordLabel;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace pasban::ui
