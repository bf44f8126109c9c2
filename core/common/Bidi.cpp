#include "Bidi.h"

namespace pasban {

QString ltrIsolate(const QString &identifier)
{
    return QChar(0x202A) + identifier + QChar(0x202C);
}

} // namespace pasban
