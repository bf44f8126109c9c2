#include "Error.h"
#include "Placeholders.h"

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

QString Error::message() const
{
    if (!m_sourceMessage)
        return {};
    const QString text = QCoreApplication::translate(TranslationContext, m_sourceMessage);
    if (QLocale().textDirection() == Qt::LeftToRight)
        return fillPlaceholders(text, m_arguments);
    // Arguments are identifiers (paths, versions, codes): in right-to-left text
    // they stay left-to-right and keep their Latin digits.
    QStringList isolated;
    isolated.reserve(m_arguments.size());
    for (const QString &argument : m_arguments)
        isolated.append(ltrIsolate(argument));
    return fillPlaceholders(text, isolated);
}

QString Error::sourceMessage() const
{
    if (!m_sourceMessage)
        return {};
    return fillPlaceholders(QString::fromUtf8(m_sourceMessage), m_arguments);
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
