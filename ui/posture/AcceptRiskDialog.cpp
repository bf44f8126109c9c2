#include "AcceptRiskDialog.h"

#include "posture/PostureStore.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

AcceptRiskDialog::AcceptRiskDialog(const QString &deviceLabel, const QString &findingTitle, const QDate &today,
                                   QWidget *parent)
    : QDialog(parent)
    , m_today(today)
    , m_reason(new QPlainTextEdit(this))
    , m_expires(new QDateEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"acceptRiskDialog"_s);
    setWindowTitle(tr("Accept risk"));
    auto *explanation = new QLabel(
        tr("Accept the risk of “%1” on %2? The finding stops counting against the score until the expiry date; "
           "then it is open again. The acceptance, its reason and your name are recorded in the audit log.")
            .arg(findingTitle, deviceLabel),
        this);
    explanation->setWordWrap(true);
    m_reason->setObjectName(u"acceptReason"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why the risk is acceptable, e.g. the compensating control in place"));
    m_expires->setObjectName(u"acceptExpires"_s);
    m_expires->setCalendarPopup(true);
    m_expires->setMinimumDate(today.addDays(1));
    m_expires->setMaximumDate(today.addDays(posture::PostureStore::MaxAcceptanceDays));
    m_expires->setDate(today.addDays(90));
    m_problem->setObjectName(u"acceptProblem"_s);
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Accept risk"));
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Expires on:"), m_expires);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &AcceptRiskDialog::validate);
    connect(m_expires, &QDateEdit::dateChanged, this, &AcceptRiskDialog::validate);
    validate();
}

QString AcceptRiskDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QDate AcceptRiskDialog::expires() const
{
    return m_expires->date();
}

void AcceptRiskDialog::validate()
{
    QString problem;
    if (reason().size() < posture::PostureStore::MinReasonLength)
        problem = tr("Give a reason of at least %n characters.", nullptr, posture::PostureStore::MinReasonLength);
    else if (reason().size() > posture::PostureStore::MaxReasonLength)
        problem = tr("The reason is longer than %n characters.", nullptr, posture::PostureStore::MaxReasonLength);
    else if (expires() <= m_today || expires() > m_today.addDays(posture::PostureStore::MaxAcceptanceDays))
        problem = tr("Choose an expiry date after today and within a year.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace pasban::ui
