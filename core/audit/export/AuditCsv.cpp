#include "AuditCsv.h"

#include "ExportErrors.h"
#include "audit/EventType.h"

#include <QJsonDocument>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit::csv {

namespace {

enum Column {
    Sequence,
    Recorded,
    EventId,
    TypeCode,
    TypeName,
    ActionCode,
    OutcomeCode,
    Operator,
    Workstation,
    Device,
    Details,
    KeyId,
    Readable,
    LogId,
    Link,
    ColumnCount
};

bool needsFormulaEscape(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\'':
        return true;
    default:
        return false;
    }
}

QString escapeFormula(const QString &text)
{
    return needsFormulaEscape(text) ? u"'"_s + text : text;
}

QString unescapeFormula(const QString &text)
{
    return text.startsWith(u'\'') ? text.mid(1) : text;
}

QByteArray quoted(const QString &field)
{
    QByteArray bytes = field.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\r') && !bytes.contains('\n'))
        return bytes;
    bytes.replace('"', QByteArrayLiteral("\"\""));
    return '"' + bytes + '"';
}

QByteArray line(const QStringList &fields)
{
    QByteArray bytes;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            bytes += ',';
        bytes += quoted(fields.at(i));
    }
    bytes += QByteArrayLiteral("\r\n");
    return bytes;
}

Result<quint64> number(const QString &text, const QString &column)
{
    bool ok = false;
    const quint64 value = text.toULongLong(&ok);
    if (!ok)
        return detail::exportMalformed(u"%1 is not a number"_s.arg(column));
    return value;
}

} // namespace

QStringList columns()
{
    return {u"sequence"_s, u"recorded"_s, u"event_id"_s, u"type_code"_s,   u"type_name"_s,
            u"action"_s,   u"outcome"_s,  u"operator"_s, u"workstation"_s, u"device"_s,
            u"details"_s,  u"key_id"_s,   u"readable"_s, u"log_id"_s,      u"link"_s};
}

QByteArray headerLine()
{
    return line(columns());
}

QByteArray eventLine(const AuditEvent &event, const QByteArray &logId)
{
    const EventTypeInfo *info = eventTypeInfo(quint32(event.type));
    QStringList fields(ColumnCount);
    fields[Sequence] = QString::number(event.sequence);
    fields[Recorded] = event.recorded.toUTC().toString(Qt::ISODateWithMs);
    fields[EventId] = QString::number(quint32(info ? info->eventId : event.type));
    fields[TypeCode] = QString::number(quint32(event.type));
    fields[TypeName] = eventTypeEnglishName(event.type);
    fields[OutcomeCode] = QString::number(int(event.outcome));
    if (event.readable) {
        fields[ActionCode] = actionCode(event.action);
        fields[Operator] = escapeFormula(event.operatorId);
        fields[Workstation] = escapeFormula(event.workstation);
        fields[Device] = escapeFormula(event.device);
        fields[Details] = QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact));
    }
    fields[KeyId] = QString::number(event.keyId);
    fields[Readable] = event.readable ? u"true"_s : u"false"_s;
    fields[LogId] = QString::fromLatin1(logId.toHex());
    fields[Link] = QString::fromLatin1(event.link.toBase64());
    return line(fields);
}

Result<QList<QStringList>> parse(QByteArrayView data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError())
        return detail::exportMalformed(u"not UTF-8"_s);

    QList<QStringList> records;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool wasQuoted = false; // the current field was quoted and its quote closed
    const auto endField = [&]() -> Status {
        if (record.size() >= MaxFieldsPerRecord)
            return detail::exportMalformed(
                u"more than %1 fields in record %2"_s.arg(MaxFieldsPerRecord).arg(records.size() + 1));
        record.append(field);
        field.clear();
        wasQuoted = false;
        return {};
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                    wasQuoted = true;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u',') {
            if (Status ended = endField(); !ended)
                return ended.error();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            if (Status ended = endField(); !ended)
                return ended.error();
            records.append(record);
            record.clear();
        } else if (wasQuoted) {
            return detail::exportMalformed(u"text after a closing quote in record %1"_s.arg(records.size() + 1));
        } else if (c == u'"') {
            if (!field.isEmpty())
                return detail::exportMalformed(
                    u"a quote inside an unquoted field in record %1"_s.arg(records.size() + 1));
            inQuotes = true;
        } else {
            field += c;
        }
    }
    if (inQuotes)
        return detail::exportMalformed(u"a quoted field is not closed"_s);
    if (!field.isEmpty() || wasQuoted || !record.isEmpty()) {
        if (Status ended = endField(); !ended)
            return ended.error();
        records.append(record);
    }
    return records;
}

Result<AuditEvent> fromRecord(const QStringList &fields, QByteArray *logId)
{
    if (fields.size() != ColumnCount)
        return detail::exportMalformed(u"a record has %1 fields, not %2"_s.arg(fields.size()).arg(int(ColumnCount)));
    AuditEvent event;
    Result<quint64> sequence = number(fields[Sequence], u"sequence"_s);
    if (!sequence || *sequence == 0)
        return detail::exportMalformed(u"sequence is not an event number"_s);
    event.sequence = *sequence;
    event.recorded = QDateTime::fromString(fields[Recorded], Qt::ISODateWithMs);
    if (!event.recorded.isValid())
        return detail::exportMalformed(u"recorded is not an ISO-8601 time"_s);
    event.recorded = event.recorded.toUTC();
    Result<quint64> type = number(fields[TypeCode], u"type_code"_s);
    if (!type || *type > 0xffffffffULL || !eventTypeInfo(quint32(*type)))
        return detail::exportMalformed(u"type_code is not a DICOM event code Pasban knows"_s);
    event.type = EventType(quint32(*type));
    Result<quint64> outcome = number(fields[OutcomeCode], u"outcome"_s);
    const std::optional<Outcome> parsedOutcome =
        outcome ? outcomeFromValue(qint64(qMin<quint64>(*outcome, 255))) : std::nullopt;
    if (!parsedOutcome)
        return detail::exportMalformed(u"outcome is not 0, 4, 8 or 12"_s);
    event.outcome = *parsedOutcome;
    Result<quint64> keyId = number(fields[KeyId], u"key_id"_s);
    if (!keyId || *keyId > 0xffffffffULL)
        return detail::exportMalformed(u"key_id is not a key id"_s);
    event.keyId = quint32(*keyId);
    if (fields[Readable] != u"true"_s && fields[Readable] != u"false"_s)
        return detail::exportMalformed(u"readable is not true or false"_s);
    event.readable = fields[Readable] == u"true"_s;
    const auto link = QByteArray::fromBase64Encoding(fields[Link].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!link)
        return detail::exportMalformed(u"link is not base64"_s);
    event.link = *link;
    if (logId)
        *logId = QByteArray::fromHex(fields[LogId].toLatin1());
    if (event.readable) {
        const std::optional<Action> action = actionFromCode(fields[ActionCode]);
        if (!action)
            return detail::exportMalformed(u"action is not C, R, U, D or E"_s);
        event.action = *action;
        event.operatorId = unescapeFormula(fields[Operator]);
        event.workstation = unescapeFormula(fields[Workstation]);
        event.device = unescapeFormula(fields[Device]);
        QJsonParseError error {};
        const QJsonDocument details = QJsonDocument::fromJson(fields[Details].toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !details.isObject())
            return detail::exportMalformed(u"details is not a JSON object"_s);
        event.details = details.object();
    }
    return event;
}

Result<QList<AuditEvent>> parseExport(QByteArrayView data)
{
    Result<QList<QStringList>> records = parse(data);
    if (!records)
        return records.error();
    if (records->isEmpty() || records->first() != columns())
        return detail::exportMalformed(u"the header row is not Pasban's"_s);
    QList<AuditEvent> events;
    for (qsizetype i = 1; i < records->size(); ++i) {
        Result<AuditEvent> event = fromRecord(records->at(i));
        if (!event)
            return event.error();
        events.append(std::move(event).value());
    }
    return events;
}

} // namespace pasban::audit::csv
