#pragma once

#include "operators/AccessControl.h"

#include <QLabel>

namespace pasban::ui {

// Who is at the keyboard, in the status bar of every page: "name · role"; during
// break-glass a red banner with the reason and the time it ends.
class SessionBanner : public QLabel
{
    Q_OBJECT
public:
    explicit SessionBanner(QWidget *parent = nullptr);

    void setSession(const operators::OperatorSession &session);
    [[nodiscard]] bool isEmergency() const { return m_session.emergency; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    operators::OperatorSession m_session;
};

} // namespace pasban::ui
