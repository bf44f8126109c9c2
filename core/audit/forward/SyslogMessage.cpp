#include "SyslogMessage.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit::forward {

namespace {

constexpr qsizetype MaxHostName = 255;
constexpr qsizetype MaxAppName = 48;
constexpr qsizetype MaxProcId = 128;
constexpr qsizetype MaxMsgId = 32;
constexpr qsizetype MaxSdName = 32;

bool printableAscii(char c)
{
    return c >= 33 && c <= 126;
}

} // namespace

QByteArray SyslogMessage::hostNameField(const QString &value)
{
    // Unicode host names become their ASCII (punycode) form where that exists.
    const QByteArray ace = QUrl::toAce(value);
    return headerField(ace.isEmpty() ? value : QString::fromLatin1(ace), MaxHostName);
}

QByteArray SyslogMessage::headerField(const QString &value, qsizetype maxLength)
{
    QByteArray ascii = value.toUtf8();
    for (char &c : ascii) {
        if (!printableAscii(c))
            c = '_';
    }
    ascii.truncate(maxLength);
    return ascii.isEmpty() ? QByteArray("-") : ascii;
}

QByteArray SyslogMessage::sdName(const QString &value)
{
    // SD-NAME: printable US-ASCII except '=', SP, ']' and '"'; '@' only in an
    // SD-ID's enterprise suffix, which the caller writes on purpose.
    QByteArray name = value.toUtf8();
    for (char &c : name) {
        if (!printableAscii(c) || c == '=' || c == ']' || c == '"')
            c = '_';
    }
    name.truncate(MaxSdName + 1 + 10); // name@enterprise-number
    return name.isEmpty() ? QByteArray("_") : name;
}

QByteArray SyslogMessage::sdValue(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray escaped;
    escaped.reserve(utf8.size() + 8);
    for (const char c : utf8) {
        if (c == '"' || c == '\\' || c == ']')
            escaped.append('\\');
        escaped.append(c);
    }
    return escaped;
}

QByteArray SyslogMessage::format() const
{
    QByteArray out;
    out.reserve(256 + message.size() * 2);
    out += '<' + QByteArray::number(priority()) + ">1 ";
    out += timestamp.isValid() ? timestamp.toUTC().toString(Qt::ISODateWithMs).toLatin1() : QByteArray("-");
    out += ' ' + hostNameField(hostName);
    out += ' ' + headerField(appName, MaxAppName);
    out += ' ' + headerField(procId, MaxProcId);
    out += ' ' + headerField(msgId, MaxMsgId);
    out += ' ';
    if (structuredData.isEmpty()) {
        out += '-';
    } else {
        for (const Element &element : structuredData) {
            out += '[' + sdName(element.id);
            for (const auto &[name, value] : element.parameters)
                out += ' ' + sdName(name).left(MaxSdName) + "=\"" + sdValue(value) + '"';
            out += ']';
        }
    }
    if (!message.isEmpty())
        out += " \xEF\xBB\xBF" + message.toUtf8();
    return out;
}

QByteArray SyslogMessage::frame(const QByteArray &formatted)
{
    return QByteArray::number(formatted.size()) + ' ' + formatted;
}

} // namespace pasban::audit::forward
