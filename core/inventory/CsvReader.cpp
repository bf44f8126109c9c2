#include "CsvReader.h"

#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace pasban::inventory {

CsvReader::CsvReader(QByteArrayView bytes)
    : m_bytes(bytes)
{
    if (m_bytes.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvReader::fail(int line, const char *message)
{
    m_error = Error(u"inventory.csv_malformed"_s, message, {QString::number(line)});
    return false;
}

bool CsvReader::appendField(QStringList &fields, const QByteArray &bytes, int line)
{
    if (fields.size() >= MaxFields)
        return fail(line, QT_TRANSLATE_NOOP("pasban::Error", "Line %1 has more columns than Pasban accepts (256)."));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return fail(line,
                    QT_TRANSLATE_NOOP("pasban::Error", "Line %1 is not valid UTF-8 text. Save the file as UTF-8."));
    fields.append(std::move(text));
    return true;
}

bool CsvReader::next(CsvRecord &record)
{
    if (m_error)
        return false;
    const qsizetype size = m_bytes.size();
    // Blank lines between records carry nothing.
    while (m_pos < size && (m_bytes[m_pos] == '\n' || m_bytes[m_pos] == '\r')) {
        if (m_bytes[m_pos] == '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= size)
        return false;

    record.line = m_line;
    record.fields.clear();
    QByteArray field;
    for (;;) {
        if (m_pos < size && m_bytes[m_pos] == '"') {
            // Quoted: up to the closing quote; "" is one quote; line breaks kept.
            const int quoteLine = m_line;
            ++m_pos;
            for (;;) {
                if (m_pos >= size) {
                    return fail(quoteLine,
                                QT_TRANSLATE_NOOP("pasban::Error",
                                                  "A quoted field that starts on line %1 never ends: the "
                                                  "file is cut short or a quote is missing."));
                }
                const char c = m_bytes[m_pos++];
                if (c == '"') {
                    if (m_pos < size && m_bytes[m_pos] == '"') {
                        field.append('"');
                        ++m_pos;
                        continue;
                    }
                    break;
                }
                if (c == '\n')
                    ++m_line;
                field.append(c);
                if (field.size() > MaxFieldBytes)
                    return fail(quoteLine, QT_TRANSLATE_NOOP("pasban::Error", "Line %1 has a field over 64 KiB."));
            }
            if (m_pos < size && m_bytes[m_pos] != ',' && m_bytes[m_pos] != '\n' && m_bytes[m_pos] != '\r') {
                return fail(m_line,
                            QT_TRANSLATE_NOOP("pasban::Error",
                                              "Line %1 has text after a closing quote. Quote the whole field "
                                              "and double the quotes inside it."));
            }
        } else {
            const qsizetype start = m_pos;
            while (m_pos < size) {
                const char c = m_bytes[m_pos];
                if (c == ',' || c == '\n' || c == '\r')
                    break;
                if (c == '"') {
                    return fail(m_line,
                                QT_TRANSLATE_NOOP("pasban::Error",
                                                  "Line %1 has a quote inside an unquoted field. Quote the "
                                                  "whole field and double the quotes inside it."));
                }
                ++m_pos;
            }
            if (m_pos - start > MaxFieldBytes)
                return fail(m_line, QT_TRANSLATE_NOOP("pasban::Error", "Line %1 has a field over 64 KiB."));
            field.append(m_bytes.sliced(start, m_pos - start));
        }
        if (!appendField(record.fields, field, record.line))
            return false;
        field.clear();
        if (m_pos >= size)
            return true;
        const char separator = m_bytes[m_pos++];
        if (separator == ',')
            continue;
        // End of record: CRLF, LF or a lone CR.
        if (separator == '\r' && m_pos < size && m_bytes[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        return true;
    }
}

} // namespace pasban::inventory
