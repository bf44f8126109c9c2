#include "Error.h"

#include "Bidi.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace pasban {

Error::Error(QString code, const char *sourceMessage, QStringList arguments, QString detail)
    : m_code(std::move(code))
    , m_sourceMessage(sourceMessage)
    , m_arguments(std::move(arguments))
    , m_detail(std::move(detail))
{
}

namespace {
// One pass over the text, so an argument that itself contains "%2" (a path, a
// device name) is inserted literally and never expanded again.
QString fill(const QString &text, const QStringList &arguments)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'%' && i + 1 < text.size() && text[i + 1].isDigit()) {
            qsizetype end = i + 1;
            int number = 0;
            while (end < text.size() && text[end].isDigit() && number < 100)
                number = number * 10 + text[end++].digitValue();
            if (number >= 1 && number <= arguments.size()) {
                out += arguments[number - 1];
                i = end - 1;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}
} // namespace

QString Error::message() const
{
    if (!m_sourceMessage)
        return {};
    const QString text = QCoreApplication::translate(TranslationContext, m_sourceMessage);
    if (QLocale().textDirection() == Qt::LeftToRight)
        return fill(text, m_arguments);
    // Arguments are identifiers (paths, versions, codes): in right-to-left text
    // they stay left-to-right and keep their Latin digits.
    QStringList isolated;
    isolated.reserve(m_arguments.size());
    for (const QString &argument : m_arguments)
        isolated.append(ltrIsolate(argument));
    return fill(text, isolated);
}

QString Error::sourceMessage() const
{
    if (!m_sourceMessage)
        return {};
    return fill(QString::fromUtf8(m_sourceMessage), m_arguments);
}

QString Error::toString() const
{
    return u"%1 (%2)"_s.arg(message(), m_code);
}

Error Error::withDetail(const QString &more) const
{
    Error copy = *this;
    copy.m_detail = m_detail.isEmpty() ? more : m_detail + u"; "_s + more;
    return copy;
}

} // namespace pasban
