#include "PlaceholderPage.h"
#include "PageTitle.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace pasban::ui {

PlaceholderPage::PlaceholderPage(const char *title, const char *purpose, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_purpose(purpose)
    , m_titleLabel(new QLabel(this))
    , m_purposeLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
{
    makePageTitle(m_titleLabel);
    m_purposeLabel->setWordWrap(true);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setFrameShape(QFrame::StyledPanel);
    m_statusLabel->setMargin(12);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_purposeLabel);
    layout->addStretch(1);
    retranslate();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslate()
{
    m_titleLabel->setText(QCoreApplication::translate("pasban::ui::PlaceholderPage", m_title));
    m_purposeLabel->setText(QCoreApplication::translate("pasban::ui::PlaceholderPage", m_purpose));
    m_statusLabel->setText(tr("This page is not built yet. Nothing is hidden from you here: "
                              "the feature will appear in a later version of Pasban."));
}

} // namespace pasban::ui
