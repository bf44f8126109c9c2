#pragma once

#include "operators/AccessControl.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace pasban::operators {
class Authenticator;
}

namespace pasban::ui {

// The log-in screen, shown at start when operators exist and as the lock screen
// after the console was idle (Mode::Unlock: it cannot be dismissed, and the
// window behind it is hidden, not destroyed, so running jobs go on). Every rule
// — wrong password, lock-out, disabled account, break-glass — is core's
// (operators::Authenticator); the dialog shows core's words.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Login, Unlock };

    LoginDialog(operators::Authenticator &authenticator, Mode mode, QWidget *parent = nullptr);

    void setOperatorName(const QString &name);
    [[nodiscard]] const operators::OperatorSession &session() const { return m_session; }

public Q_SLOTS:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void logIn();
    void retranslate();
    void updateEmergency();

    operators::Authenticator &m_authenticator;
    Mode m_mode;
    operators::OperatorSession m_session;
    QLabel *m_title = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_emergency = nullptr;
    QWidget *m_emergencyBox = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_minutesLabel = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pasban::ui
