#include "Translator.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace pasban {

namespace {

struct State
{
    std::vector<std::unique_ptr<QTranslator>> installed;
    QString language = u"en"_s;
};

State &state()
{
    static State s;
    return s;
}

// Both files are compiled into the binary as resources (translations/CMakeLists.txt),
// so the console speaks Persian wherever it is deployed.
const QStringList &catalogues()
{
    static const QStringList names = {u"pasban"_s, u"qtbase"_s};
    return names;
}

} // namespace

QStringList Translator::availableLanguages()
{
    return {u"en"_s, u"fa"_s};
}

bool Translator::isAvailable(const QString &language)
{
    return availableLanguages().contains(language);
}

QString Translator::systemLanguage(const QLocale &system)
{
    return system.language() == QLocale::Persian ? u"fa"_s : u"en"_s;
}

QString Translator::nativeName(const QString &language)
{
    // Not QLocale::nativeLanguageName(): that says "American English", and the
    // choice here is the language, not a regional variant.
    if (language == u"fa"_s)
        return u"فارسی"_s;
    return u"English"_s;
}

QLocale Translator::locale(const QString &language)
{
    if (language == u"fa"_s)
        return QLocale(QLocale::Persian, QLocale::Iran);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

bool Translator::install(const QString &requested)
{
    const QString language = isAvailable(requested) ? requested : u"en"_s;
    State &s = state();
    for (const auto &translator : s.installed)
        QCoreApplication::removeTranslator(translator.get());
    s.installed.clear();

    QLocale::setDefault(locale(language));
    s.language = language;
    if (language == u"en"_s)
        return true; // source strings are English

    bool complete = true;
    for (const QString &catalogue : catalogues()) {
        auto translator = std::make_unique<QTranslator>();
        const QString file = u"%1_%2.qm"_s.arg(catalogue, language);
        if (!translator->load(file, u":/i18n"_s)) {
            qCWarning(lcApp) << "translation missing from the build:" << file;
            complete = false;
            continue;
        }
        QCoreApplication::installTranslator(translator.get());
        s.installed.push_back(std::move(translator));
    }
    return complete;
}

QString Translator::currentLanguage()
{
    return state().language;
}

} // namespace pasban
