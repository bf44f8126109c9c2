#include "FhirAuditEvent.h"

#include "ExportErrors.h"
#include "audit/EventType.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit::fhir {

namespace {

const QString RoleTypeSystem = u"http://terminology.hl7.org/CodeSystem/extra-security-role-type"_s;
const QString SourceTypeSystem = u"http://terminology.hl7.org/CodeSystem/security-source-type"_s;
const QString EntityTypeSystem = u"http://terminology.hl7.org/CodeSystem/audit-entity-type"_s;
const QString ObjectRoleSystem = u"http://terminology.hl7.org/CodeSystem/object-role"_s;
const QString NetworkTypeSystem = u"http://terminology.hl7.org/CodeSystem/network-type"_s;
const QString DeviceSystem = u"urn:pasban:device"_s;
const QString OperatorSystem = u"urn:pasban:operator"_s;
// A fixed namespace for the entries' name-based UUIDs (log id + sequence), so a
// second export of the same event gets the same fullUrl.
const QUuid EntryNamespace(u"6f1c8a52-3a43-4d1e-9a55-7b0f6c2d9e11"_s);

QJsonObject coding(const QString &system, const QString &code, const QString &display)
{
    QJsonObject object {{u"system"_s, system}, {u"code"_s, code}};
    if (!display.isEmpty())
        object.insert(u"display"_s, display);
    return object;
}

QJsonObject dcm(EventType type)
{
    return coding(QString::fromLatin1(DcmSystem), QString::number(quint32(type)), eventTypeEnglishName(type));
}

QJsonObject codeableConcept(const QJsonObject &code)
{
    return {{u"coding"_s, QJsonArray {code}}};
}

QJsonObject detail(const QString &type, const QString &value)
{
    return {{u"type"_s, type}, {u"valueString"_s, value}};
}

QString englishOutcome(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return u"Success"_s;
    case Outcome::MinorFailure:
        return u"Minor failure"_s;
    case Outcome::SeriousFailure:
        return u"Serious failure"_s;
    case Outcome::MajorFailure:
        return u"Major failure"_s;
    }
    return {};
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Result<QString> requireString(const QJsonObject &object, const QString &key, const QString &where)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return detail::exportMalformed(u"%1.%2 is missing or not a string"_s.arg(where, key));
    return value.toString();
}

// The first coding of a CodeableConcept, or a Coding itself.
QJsonObject firstCoding(const QJsonValue &value)
{
    QJsonObject object = value.toObject();
    if (object.contains(u"coding"_s))
        return object.value(u"coding"_s).toArray().at(0).toObject();
    return object;
}

Result<EventType> dcmCode(const QJsonObject &code, const QString &where)
{
    if (code.value(u"system"_s).toString() != QString::fromLatin1(DcmSystem))
        return detail::exportMalformed(u"%1 is not a DCM code"_s.arg(where));
    bool ok = false;
    const quint32 value = code.value(u"code"_s).toString().toUInt(&ok);
    if (!ok || !eventTypeInfo(value))
        return detail::exportMalformed(u"%1 is not a DICOM event code Pasban knows"_s.arg(where));
    return EventType(value);
}

Result<quint64> unsignedDetail(const QString &text, const QString &what)
{
    bool ok = false;
    const quint64 value = text.toULongLong(&ok);
    if (!ok)
        return detail::exportMalformed(u"%1 is not a number"_s.arg(what));
    return value;
}

} // namespace

QJsonObject toAuditEvent(const AuditEvent &event, const QByteArray &logId)
{
    const EventTypeInfo *info = eventTypeInfo(quint32(event.type));
    const EventType eventId = info ? info->eventId : event.type;
    const QString workstation = event.workstation;

    QJsonObject resource {{u"resourceType"_s, u"AuditEvent"_s},
                          {u"id"_s, u"%1-%2"_s.arg(QString::fromLatin1(logId.toHex())).arg(event.sequence)},
                          {u"type"_s, dcm(eventId)},
                          {u"recorded"_s, isoUtc(event.recorded)},
                          {u"outcome"_s, QString::number(int(event.outcome))}};
    resource.insert(u"subtype"_s, QJsonArray {dcm(event.type)});
    if (event.readable)
        resource.insert(u"action"_s, actionCode(event.action));
    if (event.outcome != Outcome::Success)
        resource.insert(u"outcomeDesc"_s, englishOutcome(event.outcome));

    // Agents: who asked (the operator when signed in), and the workstation.
    QJsonArray agents;
    const bool human = event.readable && !event.operatorId.isEmpty();
    if (human) {
        agents.append(
            QJsonObject {{u"type"_s, codeableConcept(coding(RoleTypeSystem, u"humanuser"_s, u"human user"_s))},
                         {u"who"_s,
                          QJsonObject {{u"identifier"_s,
                                        QJsonObject {{u"system"_s, OperatorSystem}, {u"value"_s, event.operatorId}}}}},
                         {u"requestor"_s, true}});
    }
    QJsonObject application {
        {u"type"_s, codeableConcept(coding(QString::fromLatin1(DcmSystem), u"110150"_s, u"Application"_s))},
        {u"who"_s, QJsonObject {{u"display"_s, event.readable ? workstation : u"Pasban"_s}}},
        {u"requestor"_s, !human}};
    if (event.readable && !workstation.isEmpty())
        application.insert(u"network"_s, QJsonObject {{u"address"_s, workstation}, {u"type"_s, u"1"_s}});
    agents.append(application);
    resource.insert(u"agent"_s, agents);

    resource.insert(
        u"source"_s,
        QJsonObject {{u"observer"_s, QJsonObject {{u"display"_s, event.readable ? workstation : u"Pasban"_s}}},
                     {u"type"_s, QJsonArray {coding(SourceTypeSystem, u"4"_s, u"Application Server"_s)}}});

    QJsonArray entities;
    if (event.readable && !event.device.isEmpty()) {
        entities.append(QJsonObject {
            {u"what"_s,
             QJsonObject {{u"identifier"_s, QJsonObject {{u"system"_s, DeviceSystem}, {u"value"_s, event.device}}}}},
            {u"type"_s, coding(EntityTypeSystem, u"2"_s, u"System Object"_s)},
            {u"role"_s, coding(ObjectRoleSystem, u"4"_s, u"Domain Resource"_s)}});
    }
    QJsonArray record {detail(u"sequence"_s, QString::number(event.sequence)),
                       detail(u"keyId"_s, QString::number(event.keyId)),
                       detail(u"readable"_s, event.readable ? u"true"_s : u"false"_s)};
    if (!event.link.isEmpty())
        record.append(
            QJsonObject {{u"type"_s, u"link"_s}, {u"valueBase64Binary"_s, QString::fromLatin1(event.link.toBase64())}});
    if (event.readable)
        record.append(
            detail(u"details"_s, QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact))));
    entities.append(QJsonObject {{u"what"_s,
                                  QJsonObject {{u"identifier"_s,
                                                QJsonObject {{u"system"_s, QString::fromLatin1(LogIdSystem)},
                                                             {u"value"_s, QString::fromLatin1(logId.toHex())}}}}},
                                 {u"type"_s, coding(EntityTypeSystem, u"2"_s, u"System Object"_s)},
                                 {u"role"_s, coding(ObjectRoleSystem, u"13"_s, u"Security Resource"_s)},
                                 {u"detail"_s, record}});
    resource.insert(u"entity"_s, entities);
    return resource;
}

QByteArray bundleStart(const QDateTime &timestamp)
{
    return QByteArrayLiteral("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"timestamp\":\"")
        + isoUtc(timestamp).toLatin1() + QByteArrayLiteral("\",\"entry\":[\n");
}

QByteArray bundleEntry(const AuditEvent &event, const QByteArray &logId, bool first)
{
    const QUuid uuid = QUuid::createUuidV5(EntryNamespace, logId + QByteArray::number(event.sequence));
    const QJsonObject entry {{u"fullUrl"_s, QString(u"urn:uuid:"_s + uuid.toString(QUuid::WithoutBraces))},
                             {u"resource"_s, toAuditEvent(event, logId)}};
    QByteArray bytes = first ? QByteArray() : QByteArrayLiteral(",\n");
    bytes += QJsonDocument(entry).toJson(QJsonDocument::Compact);
    return bytes;
}

QByteArray bundleEnd()
{
    return QByteArrayLiteral("\n]}\n");
}

Result<AuditEvent> fromAuditEvent(const QJsonObject &resource, QByteArray *logId)
{
    if (resource.value(u"resourceType"_s).toString() != u"AuditEvent"_s)
        return detail::exportMalformed(u"resourceType is not AuditEvent"_s);
    AuditEvent event;
    Result<EventType> eventId = dcmCode(resource.value(u"type"_s).toObject(), u"type"_s);
    if (!eventId)
        return eventId.error();
    event.type = *eventId;
    const QJsonArray subtypes = resource.value(u"subtype"_s).toArray();
    if (!subtypes.isEmpty()) {
        Result<EventType> subtype = dcmCode(subtypes.at(0).toObject(), u"subtype"_s);
        if (!subtype)
            return subtype.error();
        event.type = *subtype;
    }

    Result<QString> recorded = requireString(resource, u"recorded"_s, u"AuditEvent"_s);
    if (!recorded)
        return recorded.error();
    event.recorded = QDateTime::fromString(*recorded, Qt::ISODateWithMs);
    if (!event.recorded.isValid())
        return detail::exportMalformed(u"recorded is not an ISO-8601 time"_s);
    event.recorded = event.recorded.toUTC();

    Result<QString> outcome = requireString(resource, u"outcome"_s, u"AuditEvent"_s);
    if (!outcome)
        return outcome.error();
    bool outcomeOk = false;
    const std::optional<Outcome> parsedOutcome = outcomeFromValue(outcome->toLongLong(&outcomeOk));
    if (!outcomeOk || !parsedOutcome)
        return detail::exportMalformed(u"outcome is not 0, 4, 8 or 12"_s);
    event.outcome = *parsedOutcome;

    const QJsonArray agents = resource.value(u"agent"_s).toArray();
    if (agents.isEmpty())
        return detail::exportMalformed(u"no agent"_s);
    const QJsonObject source = resource.value(u"source"_s).toObject();
    if (!source.value(u"observer"_s).isObject())
        return detail::exportMalformed(u"no source.observer"_s);

    bool haveRecord = false;
    for (const auto &entityValue : resource.value(u"entity"_s).toArray()) {
        const QJsonObject entity = entityValue.toObject();
        const QJsonObject identifier = entity.value(u"what"_s).toObject().value(u"identifier"_s).toObject();
        const QString system = identifier.value(u"system"_s).toString();
        if (system == DeviceSystem) {
            event.device = identifier.value(u"value"_s).toString();
            continue;
        }
        if (system != QString::fromLatin1(LogIdSystem))
            continue;
        haveRecord = true;
        if (logId)
            *logId = QByteArray::fromHex(identifier.value(u"value"_s).toString().toLatin1());
        for (const auto &detailValue : entity.value(u"detail"_s).toArray()) {
            const QJsonObject item = detailValue.toObject();
            const QString type = item.value(u"type"_s).toString();
            const QString text = item.value(u"valueString"_s).toString();
            if (type == u"sequence"_s) {
                Result<quint64> sequence = unsignedDetail(text, type);
                if (!sequence)
                    return sequence.error();
                event.sequence = *sequence;
            } else if (type == u"keyId"_s) {
                Result<quint64> keyId = unsignedDetail(text, type);
                if (!keyId || *keyId > 0xffffffffULL)
                    return detail::exportMalformed(u"keyId is not a key id"_s);
                event.keyId = quint32(*keyId);
            } else if (type == u"readable"_s) {
                event.readable = text == u"true"_s;
            } else if (type == u"link"_s) {
                const auto decoded = QByteArray::fromBase64Encoding(
                    item.value(u"valueBase64Binary"_s).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded)
                    return detail::exportMalformed(u"link is not base64"_s);
                event.link = *decoded;
            } else if (type == u"details"_s) {
                QJsonParseError error {};
                const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
                if (error.error != QJsonParseError::NoError || !document.isObject())
                    return detail::exportMalformed(u"details is not a JSON object"_s);
                event.details = document.object();
            }
        }
    }
    if (!haveRecord || event.sequence == 0)
        return detail::exportMalformed(u"no log record entity with a sequence"_s);

    if (event.readable) {
        const std::optional<Action> action = actionFromCode(resource.value(u"action"_s).toString());
        if (!action)
            return detail::exportMalformed(u"action is not C, R, U, D or E"_s);
        event.action = *action;
        for (const auto &agentValue : agents) {
            const QJsonObject agent = agentValue.toObject();
            const QString role = firstCoding(agent.value(u"type"_s)).value(u"code"_s).toString();
            const QJsonObject who = agent.value(u"who"_s).toObject();
            if (role == u"humanuser"_s)
                event.operatorId = who.value(u"identifier"_s).toObject().value(u"value"_s).toString();
            else if (role == u"110150"_s)
                event.workstation = who.value(u"display"_s).toString();
        }
    } else {
        event.device.clear();
    }
    return event;
}

Result<QList<AuditEvent>> parseBundle(QByteArrayView json)
{
    if (json.size() > MaxBundleBytes)
        return detail::exportMalformed(u"larger than %1 bytes"_s.arg(MaxBundleBytes));
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return detail::exportMalformed(u"not JSON: "_s + error.errorString());
    const QJsonObject bundle = document.object();
    if (bundle.value(u"resourceType"_s).toString() != u"Bundle"_s)
        return detail::exportMalformed(u"resourceType is not Bundle"_s);
    QList<AuditEvent> events;
    for (const auto &entry : bundle.value(u"entry"_s).toArray()) {
        Result<AuditEvent> event = fromAuditEvent(entry.toObject().value(u"resource"_s).toObject());
        if (!event)
            return event.error();
        events.append(std::move(event).value());
    }
    return events;
}

} // namespace pasban::audit::fhir
