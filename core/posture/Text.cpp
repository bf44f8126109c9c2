#include "Text.h"

#include <QCoreApplication>

namespace pasban::posture {

Text Text::of(const char *source, QStringList arguments)
{
    Text text;
    text.source = source;
    text.arguments = std::move(arguments);
    return text;
}

Text Text::plain(QString verbatim)
{
    Text text;
    text.verbatim = std::move(verbatim);
    return text;
}

QString Text::translated() const
{
    if (!source)
        return verbatim;
    return fillPlaceholders(QCoreApplication::translate(Context, source), arguments);
}

QString Text::english() const
{
    if (!source)
        return verbatim;
    return fillPlaceholders(QString::fromUtf8(source), arguments);
}

QString fillPlaceholders(const QString &text, const QStringList &arguments)
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

} // namespace pasban::posture
