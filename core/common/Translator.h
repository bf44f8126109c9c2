#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace pasban {

// Loads Pasban's and Qt's own translations for one language and makes that
// language's QLocale the default (digits, dates). Layout direction is the GUI's
// business (QGuiApplication), derived from QLocale::textDirection(), never from a
// list of right-to-left language codes.
class Translator
{
public:
    // Languages Pasban ships, as ISO 639-1 codes: "en", "fa".
    [[nodiscard]] static QStringList availableLanguages();
    [[nodiscard]] static bool isAvailable(const QString &language);

    // The shipped language closest to the system locale ("fa" for Persian
    // systems, else "en") — used on first run.
    [[nodiscard]] static QString systemLanguage(const QLocale &system = QLocale::system());

    // The language's own name for itself: "English", "فارسی".
    [[nodiscard]] static QString nativeName(const QString &language);

    // The QLocale Pasban uses for LANGUAGE (fa -> fa_IR, en -> en_US).
    [[nodiscard]] static QLocale locale(const QString &language);

    // Replaces any translators installed earlier. Returns false when a
    // translation file is missing from the build (the UI then stays English).
    static bool install(const QString &language);

    [[nodiscard]] static QString currentLanguage();
};

} // namespace pasban
