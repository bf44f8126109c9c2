#include "Text.h"

#include "common/Placeholders.h"

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

} // namespace pasban::posture
