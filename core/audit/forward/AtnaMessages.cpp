#include "AtnaMessages.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit::forward {

namespace {

SyslogMessage base(const AuditSource &source, const char *msgId)
{
    SyslogMessage message;
    message.facility = 10;
    message.severity = 5;
    message.hostName = source.sourceId;
    message.appName = QString::fromLatin1(AppName);
    message.msgId = QString::fromLatin1(msgId);
    return message;
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

SyslogMessage eventMessage(const AuditEvent &event, const QByteArray &logId, const AuditSource &source)
{
    SyslogMessage message = base(source, EventMsgId);
    message.timestamp = event.recorded;
    message.structuredData.append({u"pasban@"_s + QString::fromLatin1(EnterpriseNumber),
                                   {{u"log"_s, hex(logId)}, {u"seq"_s, QString::number(event.sequence)}}});
    QByteArray xml = dicomAuditMessage(event, source);
    if (xml.size() > MaxPayloadBytes) {
        // Escaping can swell details far past what a receiver must accept; the
        // full event stays in the console's log.
        AuditEvent shortened = event;
        shortened.details = {{u"truncated"_s, true}, {u"originalBytes"_s, qint64(xml.size())}};
        xml = dicomAuditMessage(shortened, source);
    }
    message.message = QString::fromUtf8(xml);
    return message;
}

SyslogMessage checkpointMessage(const Checkpoint &checkpoint, const AuditSource &source)
{
    SyslogMessage message = base(source, CheckpointMsgId);
    message.timestamp = QDateTime::fromMSecsSinceEpoch(checkpoint.createdMs, Qt::UTC);
    message.structuredData.append({u"pasban-checkpoint@"_s + QString::fromLatin1(EnterpriseNumber),
                                   {{u"log"_s, hex(checkpoint.logId)},
                                    {u"number"_s, QString::number(checkpoint.number)},
                                    {u"seq"_s, QString::number(checkpoint.sequence)},
                                    {u"link"_s, hex(checkpoint.link)},
                                    {u"created"_s, QString::number(checkpoint.createdMs)},
                                    {u"key"_s, QString::number(checkpoint.keyId)},
                                    {u"interim"_s, checkpoint.interim ? u"1"_s : u"0"_s},
                                    {u"sig"_s, hex(checkpoint.signature)}}});
    message.message =
        u"Pasban audit checkpoint %1 covers events 1 to %2"_s.arg(checkpoint.number).arg(checkpoint.sequence);
    return message;
}

} // namespace pasban::audit::forward
