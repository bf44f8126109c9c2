#pragma once

// The text of a PDF as pdftotext (Poppler) extracts it, for tests that check what
// a report says. NFKC turns the ligatures a PDF font uses ("ﬂ") into plain letters.
#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace pasban::test {

inline QString pdfText(const QString &path)
{
    using namespace Qt::Literals::StringLiterals;
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return u"<pdftotext not found>"_s;
    QProcess process;
    process.start(tool, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return u"<pdftotext failed: %1>"_s.arg(QString::fromLocal8Bit(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

// Persian text without the marks a PDF round trip does not keep: zero-width
// joiners and non-joiners, direction marks and embeddings, and the hamza above
// (pdftotext moves it before the letter it sits on).
inline QString lettersOnly(QString text)
{
    text.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x200B && u <= 0x200F) || (u >= 0x202A && u <= 0x202E) || u == 0x0654;
    });
    return text;
}

} // namespace pasban::test
