#include "DicomAuditMessage.h"

#include "audit/EventType.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit::forward {

namespace {

// DICOM's DCM code for an application participant (RoleIDCode).
constexpr const char *ApplicationRole = "110150";

bool allowedInXml(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

class XmlLine
{
public:
    void open(QStringView name)
    {
        m_text += u'<';
        m_text += name;
    }
    void attribute(QStringView name, QStringView value)
    {
        m_text += u' ';
        m_text += name;
        m_text += u"=\""_s;
        m_text += xmlEscaped(value);
        m_text += u'"';
    }
    void endOpen() { m_text += u'>'; }
    void selfClose() { m_text += u"/>"_s; }
    void close(QStringView name)
    {
        m_text += u"</"_s;
        m_text += name;
        m_text += u'>';
    }
    void text(QStringView value) { m_text += xmlEscaped(value); }
    void code(QStringView element, const QString &code, const QString &system, const QString &meaning)
    {
        open(element);
        attribute(u"csd-code", code);
        attribute(u"codeSystemName", system);
        if (!meaning.isEmpty())
            attribute(u"originalText", meaning);
        selfClose();
    }
    [[nodiscard]] QByteArray bytes() const { return m_text.toUtf8(); }

private:
    QString m_text = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"_s;
};

QString dcm(EventType type)
{
    return QString::number(quint32(type));
}

} // namespace

QString xmlEscaped(QStringView text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const char32_t c : text.toUcs4()) {
        switch (c) {
        case U'&':
            out += u"&amp;"_s;
            break;
        case U'<':
            out += u"&lt;"_s;
            break;
        case U'>':
            out += u"&gt;"_s;
            break;
        case U'"':
            out += u"&quot;"_s;
            break;
        case U'\'':
            out += u"&apos;"_s;
            break;
        case U'\t':
            out += u"&#9;"_s;
            break;
        case U'\n':
            out += u"&#10;"_s;
            break;
        case U'\r':
            out += u"&#13;"_s;
            break;
        default:
            if (allowedInXml(c))
                out += QString::fromUcs4(&c, 1);
            else
                out += QChar(QChar::ReplacementCharacter);
        }
    }
    return out;
}

QByteArray dicomAuditMessage(const AuditEvent &event, const AuditSource &source)
{
    const EventTypeInfo *info = eventTypeInfo(quint32(event.type));
    const EventType eventId = info ? info->eventId : event.type;
    const QString system = QString::fromLatin1(EventTypeInfo::CodingScheme);

    XmlLine xml;
    xml.open(u"AuditMessage");
    xml.endOpen();

    xml.open(u"EventIdentification");
    xml.attribute(u"EventActionCode", event.readable ? actionCode(event.action) : u"E"_s);
    xml.attribute(u"EventDateTime", event.recorded.toUTC().toString(Qt::ISODateWithMs));
    xml.attribute(u"EventOutcomeIndicator", QString::number(int(event.outcome)));
    xml.endOpen();
    xml.code(u"EventID", dcm(eventId), system, eventTypeEnglishName(eventId));
    if (eventId != event.type)
        xml.code(u"EventTypeCode", dcm(event.type), system, eventTypeEnglishName(event.type));
    QString description;
    if (!event.readable)
        description = u"The event's encrypted fields could not be read on the sending console."_s;
    else if (!event.details.isEmpty())
        description = QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact));
    if (!description.isEmpty()) {
        xml.open(u"EventOutcomeDescription");
        xml.endOpen();
        xml.text(description);
        xml.close(u"EventOutcomeDescription");
    }
    xml.close(u"EventIdentification");

    if (event.readable && !event.operatorId.isEmpty()) {
        xml.open(u"ActiveParticipant");
        xml.attribute(u"UserID", event.operatorId);
        xml.attribute(u"UserIsRequestor", u"true");
        xml.selfClose();
    }
    const QString workstation = event.readable && !event.workstation.isEmpty() ? event.workstation : source.sourceId;
    xml.open(u"ActiveParticipant");
    xml.attribute(u"UserID", source.applicationName);
    xml.attribute(u"UserIsRequestor", event.operatorId.isEmpty() || !event.readable ? u"true" : u"false");
    if (!workstation.isEmpty()) {
        xml.attribute(u"NetworkAccessPointID", workstation);
        xml.attribute(u"NetworkAccessPointTypeCode", u"1"); // machine name
    }
    xml.endOpen();
    xml.code(u"RoleIDCode", QString::fromLatin1(ApplicationRole), system, u"Application"_s);
    xml.close(u"ActiveParticipant");

    xml.open(u"AuditSourceIdentification");
    if (!source.enterpriseSiteId.isEmpty())
        xml.attribute(u"AuditEnterpriseSiteID", source.enterpriseSiteId);
    xml.attribute(u"AuditSourceID", source.sourceId.isEmpty() ? workstation : source.sourceId);
    xml.endOpen();
    xml.code(u"AuditSourceTypeCode", u"1"_s, system, u"End-user display device"_s);
    xml.close(u"AuditSourceIdentification");

    if (event.readable && !event.device.isEmpty()) {
        xml.open(u"ParticipantObjectIdentification");
        xml.attribute(u"ParticipantObjectID", event.device);
        xml.attribute(u"ParticipantObjectTypeCode", u"2"); // system object
        xml.attribute(u"ParticipantObjectTypeCodeRole", u"4"); // resource
        xml.endOpen();
        xml.code(u"ParticipantObjectIDTypeCode", u"device"_s, u"urn:pasban:object-id-type"_s,
                 u"Medical device identity"_s);
        xml.close(u"ParticipantObjectIdentification");
    }
    xml.close(u"AuditMessage");
    return xml.bytes();
}

} // namespace pasban::audit::forward
