// The forwarder's messages: RFC 5424 header fields and structured data, RFC 5425
// octet counting, and the DICOM PS3.15 A.5 audit message XML (escaping, codes).
#include "audit/forward/AtnaMessages.h"
#include "audit/forward/DicomAuditMessage.h"
#include "audit/forward/SyslogMessage.h"

#include <QJsonDocument>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;
using namespace pasban::audit;
using namespace pasban::audit::forward;

namespace {

AuditEvent sampleEvent()
{
    AuditEvent event;
    event.sequence = 42;
    event.recorded = QDateTime(QDate(2026, 11, 28), QTime(10, 4, 5, 67), Qt::UTC);
    event.type = EventType::Login;
    event.action = Action::Execute;
    event.outcome = Outcome::MinorFailure;
    event.operatorId = u"nurse <b>&\"x\"'"_s;
    event.workstation = u"ward-7"_s;
    event.device = u"PUMP-1"_s;
    event.details = {{u"note"_s, u"tab\there\nnew line\x01 bell"_s}};
    return event;
}

AuditSource sampleSource()
{
    AuditSource source;
    source.sourceId = u"ward-7.example.org"_s;
    return source;
}

// Attribute `name` of the first element `element` in the XML.
QString attribute(const QByteArray &xml, QStringView element, QStringView name)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == element)
            return reader.attributes().value(name.toString()).toString();
    }
    return {};
}

QStringList elementNames(const QByteArray &xml, bool *wellFormed)
{
    QStringList names;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement())
            names << reader.name().toString();
    }
    *wellFormed = !reader.hasError();
    return names;
}

} // namespace

class TestAtnaMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headerHasRfc5424Fields()
    {
        const SyslogMessage message = eventMessage(sampleEvent(), QByteArray::fromHex("00ff10"), sampleSource());
        const QByteArray formatted = message.format();
        QVERIFY2(formatted.startsWith("<85>1 2026-11-28T10:04:05.067Z ward-7.example.org pasban - IHE+RFC-3881 "
                                      "[pasban@32473 log=\"00ff10\" seq=\"42\"] \xEF\xBB\xBF<?xml"),
                 formatted.left(160).constData());
        QCOMPARE(message.priority(), 85);
    }

    void framingCountsOctets()
    {
        SyslogMessage message;
        message.hostName = u"h"_s;
        message.appName = u"a"_s;
        message.msgId = u"m"_s;
        message.message = u"پاسبان"_s; // 12 bytes of UTF-8 after a 3-byte BOM
        const QByteArray formatted = message.format();
        QCOMPARE(formatted, QByteArray("<85>1 - h a - m - \xEF\xBB\xBF") + u"پاسبان"_s.toUtf8());
        const QByteArray framed = SyslogMessage::frame(formatted);
        QCOMPARE(framed, QByteArray::number(formatted.size()) + ' ' + formatted);
        QCOMPARE(formatted.size(), 18 + 3 + 12);
    }

    void headerFieldsAreMadeValid()
    {
        QCOMPARE(SyslogMessage::headerField(QString(), 255), QByteArray("-"));
        QCOMPARE(SyslogMessage::headerField(u"bad host\tname"_s, 255), QByteArray("bad_host_name"));
        QCOMPARE(SyslogMessage::headerField(u"abcdef"_s, 4), QByteArray("abcd"));
        // International host names go out in their ASCII form.
        QCOMPARE(SyslogMessage::headerField(u"IHE+RFC-3881"_s, 32), QByteArray("IHE+RFC-3881"));
        QCOMPARE(SyslogMessage::hostNameField(u"bücher.example"_s), QByteArray("xn--bcher-kva.example"));
        const QByteArray mixed = SyslogMessage::hostNameField(u"اتاق ۷"_s);
        for (const char c : mixed)
            QVERIFY(c >= 33 && c <= 126);
    }

    void structuredDataIsEscaped()
    {
        QCOMPARE(SyslogMessage::sdValue(u"a\"b\\c]d"_s), QByteArray("a\\\"b\\\\c\\]d"));
        QCOMPARE(SyslogMessage::sdName(u"na me=\"x]"_s), QByteArray("na_me__x_"));
        SyslogMessage message;
        message.structuredData.append({u"x@32473"_s, {{u"v"_s, u"]\""_s}}});
        QVERIFY(message.format().contains("[x@32473 v=\"\\]\\\"\"]"));
    }

    void xmlEscapesEverythingOnOneLine()
    {
        QCOMPARE(xmlEscaped(u"<a href=\"x\">&'</a>"_s), u"&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;"_s);
        QCOMPARE(xmlEscaped(u"a\tb\nc\rd"_s), u"a&#9;b&#10;c&#13;d"_s);
        QCOMPARE(xmlEscaped(u"bell\x07 nul"_s), u"bell\uFFFD nul"_s);
        QCOMPARE(xmlEscaped(u"سلام 😀"_s), u"سلام 😀"_s);
        const QChar lone = QChar(0xD800);
        QCOMPARE(xmlEscaped(QString(lone)), QString(QChar(QChar::ReplacementCharacter)));

        const QByteArray xml = dicomAuditMessage(sampleEvent(), sampleSource());
        QVERIFY(!xml.contains('\n'));
        QVERIFY(!xml.contains('\t'));
        QVERIFY(!xml.contains('\x01'));
    }

    void xmlCarriesTheEvent()
    {
        const AuditEvent event = sampleEvent();
        const QByteArray xml = dicomAuditMessage(event, sampleSource());
        bool wellFormed = false;
        QCOMPARE(elementNames(xml, &wellFormed),
                 (QStringList {u"AuditMessage"_s, u"EventIdentification"_s, u"EventID"_s, u"EventTypeCode"_s,
                               u"EventOutcomeDescription"_s, u"ActiveParticipant"_s, u"ActiveParticipant"_s,
                               u"RoleIDCode"_s, u"AuditSourceIdentification"_s, u"AuditSourceTypeCode"_s,
                               u"ParticipantObjectIdentification"_s, u"ParticipantObjectIDTypeCode"_s}));
        QVERIFY(wellFormed);
        QCOMPARE(attribute(xml, u"EventIdentification", u"EventActionCode"), u"E"_s);
        QCOMPARE(attribute(xml, u"EventIdentification", u"EventDateTime"), u"2026-11-28T10:04:05.067Z"_s);
        QCOMPARE(attribute(xml, u"EventIdentification", u"EventOutcomeIndicator"), u"4"_s);
        // 110122 Login is reported under the EventID 110114 User Authentication.
        QCOMPARE(attribute(xml, u"EventID", u"csd-code"), u"110114"_s);
        QCOMPARE(attribute(xml, u"EventID", u"codeSystemName"), u"DCM"_s);
        QCOMPARE(attribute(xml, u"EventID", u"originalText"), u"User Authentication"_s);
        QCOMPARE(attribute(xml, u"EventTypeCode", u"csd-code"), u"110122"_s);
        QCOMPARE(attribute(xml, u"ActiveParticipant", u"UserID"), event.operatorId);
        QCOMPARE(attribute(xml, u"ActiveParticipant", u"UserIsRequestor"), u"true"_s);
        QCOMPARE(attribute(xml, u"RoleIDCode", u"csd-code"), u"110150"_s);
        QCOMPARE(attribute(xml, u"AuditSourceIdentification", u"AuditSourceID"), u"ward-7.example.org"_s);
        QCOMPARE(attribute(xml, u"ParticipantObjectIdentification", u"ParticipantObjectID"), u"PUMP-1"_s);
        QCOMPARE(attribute(xml, u"ParticipantObjectIdentification", u"ParticipantObjectTypeCode"), u"2"_s);

        QXmlStreamReader reader(xml);
        while (!reader.atEnd() && !(reader.isStartElement() && reader.name() == u"EventOutcomeDescription"))
            reader.readNext();
        const QString description = reader.readElementText();
        // JSON escapes the control characters, so the details come back exactly.
        QCOMPARE(QJsonDocument::fromJson(description.toUtf8()).object(), event.details);
    }

    void eventIdAloneHasNoTypeCode()
    {
        AuditEvent event = sampleEvent();
        event.type = EventType::AuditLogUsed;
        event.operatorId.clear();
        event.device.clear();
        bool wellFormed = false;
        const QStringList names = elementNames(dicomAuditMessage(event, sampleSource()), &wellFormed);
        QVERIFY(wellFormed);
        QVERIFY(!names.contains(u"EventTypeCode"_s));
        QVERIFY(!names.contains(u"ParticipantObjectIdentification"_s));
        QCOMPARE(names.count(u"ActiveParticipant"_s), 1);
    }

    void unreadableEventIsStillReported()
    {
        AuditEvent event = sampleEvent();
        event.readable = false;
        const QByteArray xml = dicomAuditMessage(event, sampleSource());
        QVERIFY(!xml.contains("nurse"));
        QVERIFY(!xml.contains("PUMP-1"));
        QVERIFY(xml.contains("could not be read"));
    }

    void oversizedDetailsAreCut()
    {
        AuditEvent event = sampleEvent();
        event.details = {{u"text"_s, QString(20000, u'<')}}; // 80 KB once escaped
        const SyslogMessage message = eventMessage(event, QByteArray(16, 'x'), sampleSource());
        QVERIFY(message.message.toUtf8().size() <= MaxPayloadBytes);
        QVERIFY(message.message.contains(u"truncated"_s));
    }

    void checkpointCarriesEverySignedField()
    {
        pasban::audit::Checkpoint checkpoint;
        checkpoint.logId = QByteArray(16, '\x01');
        checkpoint.number = 7;
        checkpoint.sequence = 7000;
        checkpoint.link = QByteArray(32, '\x02');
        checkpoint.createdMs = 1'700'000'000'123;
        checkpoint.keyId = 3;
        checkpoint.interim = true;
        checkpoint.signature = QByteArray(64, '\x03');
        const QByteArray formatted = checkpointMessage(checkpoint, sampleSource()).format();
        const QByteArray expected =
            QByteArray("<85>1 2023-11-14T22:13:20.123Z ward-7.example.org pasban - PASBAN-CHECKPOINT "
                       "[pasban-checkpoint@32473 log=\"01010101010101010101010101010101\" number=\"7\" "
                       "seq=\"7000\" link=\"")
            + QByteArray(32, '\x02').toHex()
            + "\" created=\"1700000000123\" key=\"3\" "
              "interim=\"1\" sig=\""
            + QByteArray(64, '\x03').toHex() + "\"]";
        QVERIFY2(formatted.startsWith(expected), formatted.constData());
    }
};

QTEST_GUILESS_MAIN(TestAtnaMessages)
#include "tst_AtnaMessages.moc"
