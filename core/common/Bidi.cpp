#include "Bidi.h"

namespace pasban {

QString ltrIsolate(const QString &identifier)
{
    return QChar(0x2066) + identifier + QChar(0x2069);
}

} // namespace pasban
