#pragma once

#include <QString>
#include <QStringList>

namespace pasban::posture {

// A piece of user-visible posture text kept as its English source and its
// arguments, translated each time it is shown (context "pasban::posture"), so a
// finding computed before a language switch reads in the new language. Text that
// comes from outside (an advisory's remediation) is kept verbatim in `verbatim`
// and shown as it is.
struct Text
{
    static constexpr const char *Context = "pasban::posture";

    const char *source = nullptr; // QT_TRANSLATE_NOOP("pasban::posture", "...")
    QStringList arguments;
    QString verbatim;

    [[nodiscard]] static Text of(const char *source, QStringList arguments = {});
    [[nodiscard]] static Text plain(QString verbatim);

    [[nodiscard]] bool isEmpty() const { return !source && verbatim.isEmpty(); }
    // In the current language, placeholders filled in once (an argument that
    // itself holds "%2" is inserted literally).
    [[nodiscard]] QString translated() const;
    // English, for machine outputs (CLI JSON, CSV).
    [[nodiscard]] QString english() const;
};

} // namespace pasban::posture
