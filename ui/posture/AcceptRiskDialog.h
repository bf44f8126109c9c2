#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace pasban::ui {

// Accept risk…: names the device and the finding and what accepting means, asks
// for a reason and an expiry date (both required; the date after today and within
// PostureStore::MaxAcceptanceDays). Cancel is the default button.
class AcceptRiskDialog : public QDialog
{
    Q_OBJECT
public:
    AcceptRiskDialog(const QString &deviceLabel, const QString &findingTitle, const QDate &today,
                     QWidget *parent = nullptr);

    [[nodiscard]] QString reason() const;
    [[nodiscard]] QDate expires() const;

    [[nodiscard]] QPlainTextEdit *reasonEdit() const { return m_reason; }
    [[nodiscard]] QDateEdit *expiryEdit() const { return m_expires; }
    [[nodiscard]] QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();

    QDate m_today;
    QPlainTextEdit *m_reason;
    QDateEdit *m_expires;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace pasban::ui
