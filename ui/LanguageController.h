#pragma once

#include <QFont>
#include <QObject>

namespace pasban {
class Settings;
}

namespace pasban::ui {

// Applies a language to the running application: translations (ours and Qt's),
// default locale (digits, dates), layout direction from the locale's text
// direction, and a font that has the script's glyphs. Widgets follow through
// QEvent::LanguageChange / LayoutDirectionChange.
class LanguageController : public QObject
{
    Q_OBJECT
public:
    explicit LanguageController(Settings &settings, QObject *parent = nullptr);

    // The language for this run: --lang if given, else the saved choice, else
    // (first run) the system's — which is then saved.
    void applyInitial(const QString &commandLineLanguage);

    // Switches now and remembers the choice.
    void setLanguage(const QString &language);
    [[nodiscard]] QString language() const { return m_language; }

    // The family chosen for LANGUAGE: Vazirmatn, then Noto Sans Arabic, then the
    // platform's (empty string) for Persian; the platform's for English.
    [[nodiscard]] static QString fontFamilyFor(const QString &language);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    void apply(const QString &language);

    Settings &m_settings;
    QString m_language;
    QFont m_platformFont;
};

} // namespace pasban::ui
