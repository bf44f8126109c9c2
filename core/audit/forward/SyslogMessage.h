#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace pasban::audit::forward {

// One RFC 5424 syslog message, and its RFC 5425 (syslog over TLS) frame.
//
// Header fields are restricted to printable US-ASCII by the RFC; format() makes
// any value fit (invalid characters become '_', lengths are cut to the RFC's
// limits, empty fields become the NILVALUE "-"), so a host name or identifier
// taken from the outside can never break the frame. Structured-data values are
// escaped ('"', '\\' and ']' get a backslash). The message body is UTF-8 and
// starts with a byte order mark, as RFC 5424 6.4 requires for UTF-8.
struct SyslogMessage
{
    struct Element
    {
        QString id; // SD-ID, e.g. "pasban@32473"
        QList<QPair<QString, QString>> parameters; // PARAM-NAME, value (unescaped)
    };

    int facility = 10; // security/authorization (authpriv)
    int severity = 5; // notice
    QDateTime timestamp; // written in UTC with milliseconds; invalid: "-"
    QString hostName;
    QString appName;
    QString procId;
    QString msgId;
    QList<Element> structuredData;
    QString message; // empty: no MSG part

    [[nodiscard]] int priority() const { return facility * 8 + severity; }
    // "<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID SD [BOM MSG]"
    [[nodiscard]] QByteArray format() const;
    // "LEN SP MSG": the octet-counting framing of RFC 5425 4.3.
    [[nodiscard]] static QByteArray frame(const QByteArray &formatted);

    // Exposed for the tests.
    [[nodiscard]] static QByteArray headerField(const QString &value, qsizetype maxLength);
    [[nodiscard]] static QByteArray hostNameField(const QString &value);
    [[nodiscard]] static QByteArray sdName(const QString &value);
    [[nodiscard]] static QByteArray sdValue(const QString &value);
};

} // namespace pasban::audit::forward
