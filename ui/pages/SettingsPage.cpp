#include "SettingsPage.h"

#include "ForwardingSettings.h"
#include "LanguageController.h"
#include "WidgetProperties.h"
#include "common/Bidi.h"
#include "common/Clock.h"
#include "common/DateFormat.h"
#include "common/Translator.h"
#include "console/ConsoleContext.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

SettingsPage::SettingsPage(ConsoleContext &context, LanguageController &language, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_language(language)
    , m_appearanceGroup(new QGroupBox(this))
    , m_dataGroup(new QGroupBox(this))
    , m_titleLabel(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_languageBox(new QComboBox(this))
    , m_calendarLabel(new QLabel(this))
    , m_calendarBox(new QComboBox(this))
    , m_previewLabel(new QLabel(this))
    , m_previewValue(new QLabel(this))
    , m_dataFolderLabel(new QLabel(this))
    , m_dataFolderValue(new QLabel(this))
    , m_dataFolderHint(new QLabel(this))
    , m_forwarding(new ForwardingSettings(context.settings(), this))
{
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    // Each language is offered in its own name, so anyone can find theirs.
    m_languageBox->setObjectName(u"languageBox"_s);
    m_languageBox->setProperty(IdentifierProperty, true);
    for (const QString &code : Translator::availableLanguages())
        m_languageBox->addItem(Translator::nativeName(code), code);
    m_calendarBox->setObjectName(u"calendarBox"_s);
    m_calendarBox->addItem(QString(), u"gregorian"_s);
    m_calendarBox->addItem(QString(), u"jalali"_s);

    m_languageLabel->setBuddy(m_languageBox);
    m_calendarLabel->setBuddy(m_calendarBox);
    m_dataFolderValue->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_dataFolderValue->setProperty(IdentifierProperty, true);
    m_dataFolderValue->setText(ltrIsolate(QDir::toNativeSeparators(m_context.dataDirectory().path())));
    m_dataFolderHint->setWordWrap(true);

    auto *appearance = new QFormLayout(m_appearanceGroup);
    appearance->addRow(m_languageLabel, m_languageBox);
    appearance->addRow(m_calendarLabel, m_calendarBox);
    appearance->addRow(m_previewLabel, m_previewValue);

    auto *dataForm = new QFormLayout(m_dataGroup);
    dataForm->addRow(m_dataFolderLabel, m_dataFolderValue);
    dataForm->addRow(m_dataFolderHint);

    // The groups scroll together when the window is short.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_appearanceGroup);
    layout->addWidget(m_dataGroup);
    layout->addWidget(m_forwarding);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_languageBox, &QComboBox::activated, this,
            [this](int index) { m_language.setLanguage(m_languageBox->itemData(index).toString()); });
    connect(m_calendarBox, &QComboBox::activated, this, [this](int index) {
        const bool jalali = m_calendarBox->itemData(index).toString() == u"jalali"_s;
        m_context.settings().setCalendar(jalali ? CalendarSystem::Jalali : CalendarSystem::Gregorian);
        updatePreview();
    });

    retranslate();
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_titleLabel->setText(tr("Settings"));
    m_appearanceGroup->setTitle(tr("Language and dates"));
    m_dataGroup->setTitle(tr("Data"));
    m_languageLabel->setText(tr("&Language:"));
    m_calendarLabel->setText(tr("&Calendar:"));
    m_calendarBox->setItemText(0, tr("Gregorian"));
    m_calendarBox->setItemText(1, tr("Solar Hijri (Jalali)"));
    m_previewLabel->setText(tr("Today:"));
    m_dataFolderLabel->setText(tr("Data folder:"));
    //: %1 is the command-line option --data-dir, %2 the environment variable PASBAN_DATA_DIR
    m_dataFolderHint->setText(tr("The database, settings and files of this console are kept here. "
                                 "To use another folder, start Pasban with %1 and the folder's name, or set %2.")
                                  .arg(ltrIsolate(u"--data-dir"_s), ltrIsolate(u"PASBAN_DATA_DIR"_s)));
    m_languageBox->setCurrentIndex(m_languageBox->findData(m_language.language()));
    m_calendarBox->setCurrentIndex(m_context.settings().calendar() == CalendarSystem::Jalali ? 1 : 0);
    updatePreview();
}

void SettingsPage::updatePreview()
{
    m_previewValue->setText(DateFormat::dateTime(Clock::system().nowUtc(), m_context.settings().calendar()));
}

} // namespace pasban::ui
