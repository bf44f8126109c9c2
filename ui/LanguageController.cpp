#include "LanguageController.h"

#include "common/Logging.h"
#include "common/Settings.h"
#include "common/Translator.h"

#include <QApplication>
#include <QFontDatabase>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

LanguageController::LanguageController(Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_platformFont(QApplication::font())
{
}

void LanguageController::applyInitial(const QString &commandLineLanguage)
{
    if (Translator::isAvailable(commandLineLanguage)) {
        apply(commandLineLanguage);
        return;
    }
    QString saved = m_settings.language();
    if (saved.isEmpty()) {
        saved = Translator::systemLanguage();
        m_settings.setLanguage(saved);
    }
    apply(saved);
}

void LanguageController::setLanguage(const QString &language)
{
    if (!Translator::isAvailable(language))
        return;
    m_settings.setLanguage(language);
    if (language != m_language)
        apply(language);
}

QString LanguageController::fontFamilyFor(const QString &language)
{
    if (Translator::locale(language).script() != QLocale::ArabicScript)
        return {};
    const QStringList families = QFontDatabase::families();
    for (const QString &candidate : {u"Vazirmatn"_s, u"Noto Sans Arabic"_s}) {
        if (families.contains(candidate))
            return candidate;
    }
    return {};
}

void LanguageController::apply(const QString &language)
{
    if (!Translator::install(language))
        qCWarning(lcUi) << "some translations are missing; parts of the UI stay English";
    m_language = Translator::currentLanguage();

    const QString family = fontFamilyFor(m_language);
    QFont font = m_platformFont;
    if (!family.isEmpty())
        font.setFamilies({family, m_platformFont.family()});
    QApplication::setFont(font);

    // From the locale, never from a list of language codes.
    QApplication::setLayoutDirection(Translator::locale(m_language).textDirection());
    Q_EMIT languageChanged(m_language);
}

} // namespace pasban::ui
