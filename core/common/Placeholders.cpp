#include "Placeholders.h"

namespace pasban {

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

} // namespace pasban
