#include "InterrogateDialog.h"

#include "common/Bidi.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

InterrogateDialog::InterrogateDialog(const QString &deviceName, const QString &address, int listenSeconds,
                                     QWidget *parent)
    : QDialog(parent)
    , m_listen(new QSpinBox(this))
{
    setObjectName(u"interrogateDialog"_s);
    setWindowTitle(tr("Interrogate device"));

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(32, 32));
    auto *question = new QLabel(
        tr("Connect to %1 (%2) without pairing?").arg(deviceName.toHtmlEscaped(), ltrIsolate(address)), this);
    question->setObjectName(u"interrogateQuestion"_s);
    question->setWordWrap(true);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    auto *explanation =
        new QLabel(tr("Pasban reads what the device reveals and tries to read or subscribe to its health "
                      "measurements. It never writes to a clinical characteristic and never starts "
                      "pairing. While connected, the device may not serve its usual phone or monitor."),
                   this);
    explanation->setWordWrap(true);

    m_listen->setObjectName(u"listenSeconds"_s);
    m_listen->setRange(MinimumListenSeconds, MaximumListenSeconds);
    //: Suffix of the listening time, after the number
    m_listen->setSuffix(tr(" seconds"));
    m_listen->setValue(listenSeconds);
    m_listen->setAccelerated(true);
    auto *listenLabel = new QLabel(tr("&Listen to measurements for:"), this);
    listenLabel->setBuddy(m_listen);
    auto *form = new QFormLayout;
    form->addRow(listenLabel, m_listen);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *start = buttons->addButton(tr("&Interrogate"), QDialogButtonBox::AcceptRole);
    start->setObjectName(u"startInterrogation"_s);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    start->setAutoDefault(false);
    cancel->setDefault(true); // the safe choice
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(question);
    texts->addWidget(explanation);
    texts->addLayout(form);
    top->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

int InterrogateDialog::listenSeconds() const
{
    return m_listen->value();
}

void InterrogateDialog::setListenSeconds(int seconds)
{
    m_listen->setValue(seconds);
}

} // namespace pasban::ui
