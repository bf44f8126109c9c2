#include "Reading.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace pasban::health {

QString Reading::name() const
{
    return nameSource ? QCoreApplication::translate("pasban::health", nameSource) : QString();
}

QString Reading::unitSymbol() const
{
    return health::unitSymbol(unit);
}

QString Reading::toString(const QLocale &locale) const
{
    QString number = value.toString(locale);
    const QString symbol = unitSymbol();
    if (!value.isFinite() || symbol.isEmpty())
        return number;
    return number + u' ' + symbol;
}

} // namespace pasban::health
