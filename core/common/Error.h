#pragma once

#include <QString>
#include <QStringList>

namespace pasban {

// An error is a value: a stable machine code ("storage.locked") for scripts and
// logs, and a message a clinical engineer can act on. The message is kept as its
// English source text and translated each time it is shown, so an error created
// before a language switch still appears in the new language.
//
// Write messages with QT_TRANSLATE_NOOP("pasban::Error", "...") so lupdate finds
// them:  Error(u"storage.locked"_s, QT_TRANSLATE_NOOP("pasban::Error", "..."), {path})
class Error
{
public:
    static constexpr const char *TranslationContext = "pasban::Error";

    Error() = default;
    Error(QString code, const char *sourceMessage, QStringList arguments = {}, QString detail = {});

    [[nodiscard]] QString code() const { return m_code; }
    // Translated into the current language, placeholders filled in.
    [[nodiscard]] QString message() const;
    // The English text, for machine outputs (CLI JSON, logs).
    [[nodiscard]] QString sourceMessage() const;
    // Technical detail for the "details" view; never a secret or patient data.
    [[nodiscard]] QString detail() const { return m_detail; }
    [[nodiscard]] QStringList arguments() const { return m_arguments; }

    // "message (code)" — for a status line or a CLI error.
    [[nodiscard]] QString toString() const;

    // A copy with more technical context appended to the detail.
    [[nodiscard]] Error withDetail(const QString &more) const;

    friend bool operator==(const Error &a, const Error &b) { return a.m_code == b.m_code; }

private:
    QString m_code;
    const char *m_sourceMessage = nullptr;
    QStringList m_arguments;
    QString m_detail;
};

} // namespace pasban
