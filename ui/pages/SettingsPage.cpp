#include "SettingsPage.h"

#include "ForwardingSettings.h"
#include "LanguageController.h"
#include "TrustSettings.h"
#include "WidgetProperties.h"
#include "common/Bidi.h"
#include "common/Clock.h"
#include "common/DateFormat.h"
#include "common/Settings.h"
#include "common/Translator.h"
#include "console/ConsoleContext.h"
#include "operators/OperatorAccess.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

SettingsPage::SettingsPage(ConsoleContext &context, LanguageController &language, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_language(language)
    , m_appearanceGroup(new QGroupBox(this))
    , m_dataGroup(new QGroupBox(this))
    , m_unitsGroup(new QGroupBox(this))
    , m_securityGroup(new QGroupBox(this))
    , m_idleLabel(new QLabel(this))
    , m_idleMinutes(new QSpinBox(this))
    , m_idleHint(new QLabel(this))
    , m_unitsHint(new QLabel(this))
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
    , m_trust(new TrustSettings(context, this))
    , m_temperature(addUnitChoice(u"temperatureUnitBox"_s, int(Settings::Key::TemperatureUnit),
                                  {QString(), u"Cel"_s, u"[degF]"_s}))
    , m_pressure(
          addUnitChoice(u"pressureUnitBox"_s, int(Settings::Key::PressureUnit), {QString(), u"mm[Hg]"_s, u"kPa"_s}))
    , m_glucose(
          addUnitChoice(u"glucoseUnitBox"_s, int(Settings::Key::GlucoseUnit), {QString(), u"mg/dL"_s, u"mmol/L"_s}))
    , m_weight(addUnitChoice(u"weightUnitBox"_s, int(Settings::Key::WeightUnit), {QString(), u"kg"_s, u"[lb_av]"_s}))
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

    // Idle lock: 1–240 minutes, applied at once (Settings::changed reaches the
    // session) and recorded in the audit log by the audit trail's settings watch.
    m_securityGroup->setObjectName(u"securitySettings"_s);
    m_idleMinutes->setObjectName(u"idleLockMinutes"_s);
    m_idleMinutes->setRange(1, 240);
    m_idleMinutes->setValue(m_context.settings().value(Settings::Key::IdleLockMinutes).toInt());
    m_idleLabel->setBuddy(m_idleMinutes);
    m_idleHint->setWordWrap(true);
    auto *security = new QFormLayout(m_securityGroup);
    security->addRow(m_idleLabel, m_idleMinutes);
    security->addRow(m_idleHint);
    connect(m_idleMinutes, &QSpinBox::valueChanged, this, [this](int minutes) {
        if (m_access && !m_access->allows(operators::Permission::ChangeSettings))
            return;
        m_context.settings().setValue(Settings::Key::IdleLockMinutes, minutes);
    });

    auto *dataForm = new QFormLayout(m_dataGroup);
    dataForm->addRow(m_dataFolderLabel, m_dataFolderValue);
    dataForm->addRow(m_dataFolderHint);

    m_unitsHint->setWordWrap(true);
    auto *units = new QFormLayout(m_unitsGroup);
    for (const UnitChoice &choice : {m_temperature, m_pressure, m_glucose, m_weight})
        units->addRow(choice.label, choice.box);
    units->addRow(m_unitsHint);

    // Scrolls rather than forcing the window taller than a small laptop screen.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_appearanceGroup);
    layout->addWidget(m_unitsGroup);
    layout->addWidget(m_dataGroup);
    layout->addWidget(m_securityGroup);
    layout->addWidget(m_forwarding);
    layout->addWidget(m_trust);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"settingsScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    scroll->setWidget(content);

    connect(m_languageBox, &QComboBox::activated, this,
            [this](int index) { m_language.setLanguage(m_languageBox->itemData(index).toString()); });
    connect(m_calendarBox, &QComboBox::activated, this, [this](int index) {
        const bool jalali = m_calendarBox->itemData(index).toString() == u"jalali"_s;
        m_context.settings().setCalendar(jalali ? CalendarSystem::Jalali : CalendarSystem::Gregorian);
        updatePreview();
    });

    retranslate();
}

SettingsPage::UnitChoice SettingsPage::addUnitChoice(const QString &objectName, int key, const QStringList &codes)
{
    UnitChoice choice {new QLabel(this), new QComboBox(this)};
    choice.box->setObjectName(objectName);
    choice.label->setBuddy(choice.box);
    for (const QString &code : codes)
        choice.box->addItem(QString(), code);
    const auto settingsKey = static_cast<Settings::Key>(key);
    connect(choice.box, &QComboBox::activated, this, [this, box = choice.box, settingsKey](int index) {
        m_context.settings().setValue(settingsKey, box->itemData(index).toString());
    });
    return choice;
}

void SettingsPage::setOperatorAccess(OperatorAccess *access)
{
    OperatorAccess::follow(m_access, access, this, [this] { updateGates(); });
    m_forwarding->setOperatorAccess(access);
    m_trust->setOperatorAccess(access);
    updateGates();
}

void SettingsPage::updateGates()
{
    OperatorAccess::gate(m_access, m_idleMinutes, operators::Permission::ChangeSettings);
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
    m_unitsGroup->setTitle(tr("Units of measurements"));
    m_securityGroup->setTitle(tr("Security"));
    m_idleLabel->setText(tr("&Lock after idle (minutes):"));
    m_idleHint->setText(tr("With operator accounts, the console locks itself after this long without keyboard or "
                           "mouse input; running scans and pushes go on behind the lock screen."));
    m_temperature.label->setText(tr("&Temperature:"));
    m_pressure.label->setText(tr("&Blood pressure:"));
    m_glucose.label->setText(tr("&Glucose:"));
    m_weight.label->setText(tr("&Weight:"));
    const QString asSent = tr("As the device sends it");
    const QList<std::pair<UnitChoice, QStringList>> unitTexts = {
        {m_temperature, {tr("Degrees Celsius (°C)"), tr("Degrees Fahrenheit (°F)")}},
        {m_pressure, {tr("Millimetres of mercury (mmHg)"), tr("Kilopascals (kPa)")}},
        {m_glucose, {tr("Milligrams per decilitre (mg/dL)"), tr("Millimoles per litre (mmol/L)")}},
        {m_weight, {tr("Kilograms (kg)"), tr("Pounds (lb)")}},
    };
    for (const auto &[choice, texts] : unitTexts) {
        choice.box->setItemText(0, asSent);
        for (int i = 0; i < texts.size(); ++i)
            choice.box->setItemText(i + 1, texts[i]);
    }
    m_unitsHint->setText(tr("Measurements are shown in these units; a converted value also shows what the "
                            "device sent. Exports and the command line always keep the device's own units."));
    const auto showStored = [this](const UnitChoice &choice, Settings::Key key) {
        choice.box->setCurrentIndex(qMax(0, choice.box->findData(m_context.settings().value(key).toString())));
    };
    showStored(m_temperature, Settings::Key::TemperatureUnit);
    showStored(m_pressure, Settings::Key::PressureUnit);
    showStored(m_glucose, Settings::Key::GlucoseUnit);
    showStored(m_weight, Settings::Key::WeightUnit);
    m_languageBox->setCurrentIndex(m_languageBox->findData(m_language.language()));
    m_calendarBox->setCurrentIndex(m_context.settings().calendar() == CalendarSystem::Jalali ? 1 : 0);
    updatePreview();
}

void SettingsPage::updatePreview()
{
    m_previewValue->setText(DateFormat::dateTime(Clock::system().nowUtc(), m_context.settings().calendar()));
}

} // namespace pasban::ui
