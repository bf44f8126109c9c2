// Audit exports: the FHIR R4 AuditEvent Bundle carries every required element
// (IHE BALP shape) and parses back into the same events; CSV round-trips through
// an RFC 4180 reader; time ranges; cancelling; the export itself is recorded; the
// file is written owner-only.
#include "AuditTestLog.h"
#include "audit/AuditSink.h"
#include "audit/export/AuditCsv.h"
#include "audit/export/AuditExporter.h"
#include "audit/export/FhirAuditEvent.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::audit;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Events with the awkward values an export must survive.
QList<AuditEvent> sampleEvents()
{
    QList<AuditEvent> events;
    AuditEvent login;
    login.type = EventType::Login;
    login.action = Action::Execute;
    login.operatorId = u"laleh.karimi"_s;
    events.append(login);

    AuditEvent update;
    update.type = EventType::SoftwareConfiguration;
    update.action = Action::Update;
    update.outcome = Outcome::SeriousFailure;
    update.operatorId = u"Karimi, \"Laleh\""_s;
    update.device = u"PUMP-SN-0042"_s;
    update.details = {{u"phase"_s, u"upload"_s}, {u"note"_s, u"line one\r\nline two, with \"quotes\""_s}};
    events.append(update);

    AuditEvent formula;
    formula.type = EventType::HardwareConfiguration;
    formula.action = Action::Create;
    formula.outcome = Outcome::MinorFailure;
    formula.device = u"=HYPERLINK(\"http://x\")"_s;
    formula.operatorId = u"'quoted"_s;
    formula.details = {{u"name"_s, u"پمپ تزریق ۴ — 💉"_s}};
    events.append(formula);

    AuditEvent alert;
    alert.type = EventType::NodeAuthentication;
    alert.action = Action::Read;
    alert.outcome = Outcome::MajorFailure;
    alert.device = u"AA:BB:CC:DD:EE:FF"_s;
    events.append(alert);
    return events;
}

void compareEvents(const QList<AuditEvent> &actual, const QList<AuditEvent> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const AuditEvent &a = actual.at(i);
        const AuditEvent &e = expected.at(i);
        QCOMPARE(a.sequence, e.sequence);
        QCOMPARE(a.recorded, e.recorded);
        QCOMPARE(a.type, e.type);
        QCOMPARE(a.action, e.action);
        QCOMPARE(a.outcome, e.outcome);
        QCOMPARE(a.operatorId, e.operatorId);
        QCOMPARE(a.workstation, e.workstation);
        QCOMPARE(a.device, e.device);
        QCOMPARE(a.details, e.details);
        QCOMPARE(a.keyId, e.keyId);
        QCOMPARE(a.readable, e.readable);
        QCOMPARE(a.link, e.link);
    }
}

// Records what it is given, as the console's modules' sink would.
class RecordingSink final : public AuditSink
{
public:
    explicit RecordingSink(AuditLog &log)
        : m_log(log)
    {
    }
    Result<quint64> record(const AuditEvent &event) override
    {
        recorded.append(event);
        return m_log.append(event);
    }
    QList<AuditEvent> recorded;

private:
    AuditLog &m_log;
};

} // namespace

class TestAuditExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_log = std::make_unique<test::AuditTestLog>();
        m_audit = m_log->open();
        QVERIFY(m_audit);
        for (const AuditEvent &event : sampleEvents()) {
            m_log->clock().advanceMs(60 * 1000);
            QVERIFY(m_audit->append(event));
        }
    }

    void cleanup()
    {
        m_audit.reset();
        m_log.reset();
    }

    void fhirBundleCarriesEveryRequiredElement()
    {
        const QByteArray bytes = exportToBuffer(ExportFormat::Fhir);
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject bundle = document.object();
        QCOMPARE(bundle.value(u"resourceType"_s).toString(), u"Bundle"_s);
        QCOMPARE(bundle.value(u"type"_s).toString(), u"collection"_s);
        const QJsonArray entries = bundle.value(u"entry"_s).toArray();
        const QList<AuditEvent> stored = allEvents();
        QCOMPARE(entries.size(), stored.size());

        QSet<QString> fullUrls;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const AuditEvent &event = stored.at(i);
            const QJsonObject entry = entries.at(i).toObject();
            fullUrls.insert(entry.value(u"fullUrl"_s).toString());
            QVERIFY(entry.value(u"fullUrl"_s).toString().startsWith(u"urn:uuid:"_s));
            const QJsonObject r = entry.value(u"resource"_s).toObject();
            QCOMPARE(r.value(u"resourceType"_s).toString(), u"AuditEvent"_s);
            // type 1..1: the DICOM EventID; subtype: the event's own code.
            const QJsonObject type = r.value(u"type"_s).toObject();
            QCOMPARE(type.value(u"system"_s).toString(), u"http://dicom.nema.org/resources/ontology/DCM"_s);
            QCOMPARE(type.value(u"code"_s).toString(),
                     QString::number(quint32(eventTypeInfo(quint32(event.type))->eventId)));
            QVERIFY(!type.value(u"display"_s).toString().isEmpty());
            QCOMPARE(r.value(u"subtype"_s).toArray().at(0).toObject().value(u"code"_s).toString(),
                     QString::number(quint32(event.type)));
            QCOMPARE(r.value(u"action"_s).toString(), actionCode(event.action));
            // recorded 1..1, UTC instant with milliseconds.
            QCOMPARE(r.value(u"recorded"_s).toString(), event.recorded.toString(Qt::ISODateWithMs));
            QVERIFY(r.value(u"recorded"_s).toString().endsWith(u'Z'));
            QCOMPARE(r.value(u"outcome"_s).toString(), QString::number(int(event.outcome)));
            if (event.outcome != Outcome::Success)
                QVERIFY(!r.value(u"outcomeDesc"_s).toString().isEmpty());

            // agent 1..*: exactly one requestor; the operator when signed in.
            const QJsonArray agents = r.value(u"agent"_s).toArray();
            QVERIFY(!agents.isEmpty());
            int requestors = 0;
            QJsonObject requestor;
            for (const QJsonValue &agent : agents) {
                QVERIFY(agent.toObject().contains(u"requestor"_s));
                QVERIFY(agent.toObject().value(u"type"_s).toObject().value(u"coding"_s).toArray().size() == 1);
                if (agent.toObject().value(u"requestor"_s).toBool()) {
                    ++requestors;
                    requestor = agent.toObject();
                }
            }
            QCOMPARE(requestors, 1);
            const QString requestorRole = requestor.value(u"type"_s)
                                              .toObject()
                                              .value(u"coding"_s)
                                              .toArray()
                                              .at(0)
                                              .toObject()
                                              .value(u"code"_s)
                                              .toString();
            if (event.operatorId.isEmpty()) {
                QCOMPARE(requestorRole, u"110150"_s);
            } else {
                QCOMPARE(requestorRole, u"humanuser"_s);
                QCOMPARE(requestor.value(u"who"_s).toObject().value(u"identifier"_s).toObject().value(u"value"_s),
                         QJsonValue(event.operatorId));
            }

            // source 1..1 with observer = the workstation, and a type.
            const QJsonObject source = r.value(u"source"_s).toObject();
            QCOMPARE(source.value(u"observer"_s).toObject().value(u"display"_s).toString(), u"ward-7-console"_s);
            QCOMPARE(source.value(u"type"_s).toArray().at(0).toObject().value(u"code"_s).toString(), u"4"_s);

            // entity: the device (when there is one) and the log record.
            bool sawDevice = false;
            bool sawRecord = false;
            for (const QJsonValue &value : r.value(u"entity"_s).toArray()) {
                const QJsonObject entity = value.toObject();
                QVERIFY(entity.contains(u"type"_s));
                QVERIFY(entity.contains(u"role"_s));
                const QJsonObject identifier = entity.value(u"what"_s).toObject().value(u"identifier"_s).toObject();
                if (identifier.value(u"system"_s).toString() == u"urn:pasban:device"_s) {
                    sawDevice = true;
                    QCOMPARE(identifier.value(u"value"_s).toString(), event.device);
                } else if (identifier.value(u"system"_s).toString() == u"urn:pasban:audit-log"_s) {
                    sawRecord = true;
                    QCOMPARE(identifier.value(u"value"_s).toString(), QString::fromLatin1(m_audit->logId().toHex()));
                    QStringList detailTypes;
                    for (const QJsonValue &detail : entity.value(u"detail"_s).toArray())
                        detailTypes.append(detail.toObject().value(u"type"_s).toString());
                    for (const QString &wanted : {u"sequence"_s, u"link"_s, u"keyId"_s, u"details"_s})
                        QVERIFY2(detailTypes.contains(wanted), qPrintable(wanted));
                }
            }
            QCOMPARE(sawDevice, !event.device.isEmpty());
            QVERIFY(sawRecord);
        }
        QCOMPARE(fullUrls.size(), entries.size());
    }

    void fhirParsesBackIntoTheSameEvents()
    {
        const Result<QList<AuditEvent>> parsed = fhir::parseBundle(exportToBuffer(ExportFormat::Fhir));
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().detail()));
        compareEvents(*parsed, allEvents());
    }

    void fhirParserRefusesWhatIsNotAnAuditEvent()
    {
        QVERIFY(!fhir::parseBundle("not json"));
        QVERIFY(!fhir::parseBundle(R"({"resourceType":"Patient"})"));
        QVERIFY(
            !fhir::parseBundle(R"({"resourceType":"Bundle","entry":[{"resource":{"resourceType":"AuditEvent"}}]})"));
        QJsonObject resource = fhir::toAuditEvent(allEvents().first(), m_audit->logId());
        resource.insert(u"outcome"_s, u"5"_s);
        QCOMPARE(fhir::fromAuditEvent(resource).error().code(), u"audit.export_malformed"_s);
    }

    void csvRoundTrips()
    {
        const QByteArray bytes = exportToBuffer(ExportFormat::Csv);
        QVERIFY(bytes.startsWith("sequence,recorded,event_id,"));
        QVERIFY(bytes.contains("\r\n"));
        // A cell a spreadsheet would run as a formula is escaped.
        QVERIFY(bytes.contains("'=HYPERLINK("));
        QVERIFY(!bytes.contains(",=HYPERLINK"));
        const Result<QList<AuditEvent>> parsed = csv::parseExport(bytes);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().detail()));
        compareEvents(*parsed, allEvents());
    }

    void csvReaderFollowsRfc4180()
    {
        const Result<QList<QStringList>> records =
            csv::parse("a,\"b,c\",\"d\"\"e\"\r\n\"multi\r\nline\",,x\nlast,\"\"");
        QVERIFY(records);
        QCOMPARE(records->size(), 3);
        QCOMPARE(records->at(0), (QStringList {u"a"_s, u"b,c"_s, u"d\"e"_s}));
        QCOMPARE(records->at(1), (QStringList {u"multi\r\nline"_s, QString(), u"x"_s}));
        QCOMPARE(records->at(2), (QStringList {u"last"_s, QString()}));
        QVERIFY(!csv::parse("\"unterminated"));
        QVERIFY(!csv::parse("a\"b"));
        QVERIFY(!csv::parse("\"a\"b"));
        QVERIFY(!csv::parse("\xff\xfe"));
        QVERIFY(!csv::parse(QByteArray(100, ',')));
        QVERIFY(!csv::parseExport("sequence\r\n1\r\n"));
    }

    void timeRangeSelectsEvents()
    {
        const QList<AuditEvent> all = allEvents();
        // Events 2..5 are a minute apart; take [event 3, event 5).
        ExportRequest request;
        request.format = ExportFormat::Csv;
        request.from = all.at(2).recorded;
        request.to = all.at(4).recorded;
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        AuditExporter exporter(*m_audit);
        const Result<ExportSummary> summary = exporter.write(buffer, request);
        QVERIFY(summary);
        QCOMPARE(summary->events, quint64(2));
        QCOMPARE(summary->firstSequence, quint64(3));
        QCOMPARE(summary->lastSequence, quint64(4));
        const QList<AuditEvent> parsed = csv::parseExport(buffer.data()).value();
        compareEvents(parsed, all.mid(2, 2));
    }

    void writingAFileRecordsTheExport()
    {
        const QString path = m_log->filePath(u"audit.json"_s);
        ExportRequest request;
        request.format = ExportFormat::Fhir;
        request.from = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        QList<QPair<quint64, quint64>> progress;
        AuditExporter exporter(*m_audit);
        const Result<ExportSummary> summary = exporter.writeFile(path, request, [&](quint64 done, quint64 total) {
            progress.append({done, total});
            return true;
        });
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().detail()));
        QCOMPARE(summary->events, quint64(5));
        QCOMPARE(progress.first(), (QPair<quint64, quint64>(0, 5)));
        QCOMPARE(progress.last(), (QPair<quint64, quint64>(5, 5)));
        QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(!(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther)));

        const QList<AuditEvent> tail = m_audit->tail(1).value();
        QCOMPARE(tail.first().sequence, summary->recordedAs);
        QCOMPARE(tail.first().type, EventType::Export);
        QCOMPARE(tail.first().outcome, Outcome::Success);
        QCOMPARE(tail.first().details.value(u"format"_s).toString(), u"fhir"_s);
        QCOMPARE(tail.first().details.value(u"count"_s).toInteger(), 5);
        QCOMPARE(tail.first().details.value(u"from"_s).toString(), u"2026-01-01T00:00:00.000Z"_s);
        QCOMPARE(tail.first().details.value(u"to"_s).toString(), QString());
        QCOMPARE(tail.first().details.value(u"file"_s).toString(), u"audit.json"_s);
        // The file holds the events before the export, not the export event itself.
        QCOMPARE(fhir::parseBundle(readFile(path)).value().size(), 5);
    }

    void exportEventGoesThroughTheSink()
    {
        RecordingSink sink(*m_audit);
        AuditExporter exporter(*m_audit, &sink);
        ExportRequest request;
        request.format = ExportFormat::Csv;
        QVERIFY(exporter.writeFile(m_log->filePath(u"audit.csv"_s), request));
        QCOMPARE(sink.recorded.size(), 1);
        QCOMPARE(sink.recorded.first().type, EventType::Export);
        QCOMPARE(sink.recorded.first().details.value(u"format"_s).toString(), u"csv"_s);
    }

    void cancellingWritesNoFileAndIsRecorded()
    {
        const QString path = m_log->filePath(u"cancelled.csv"_s);
        AuditExporter exporter(*m_audit);
        ExportRequest request;
        request.format = ExportFormat::Csv;
        const Result<ExportSummary> summary = exporter.writeFile(path, request, [](quint64, quint64) { return false; });
        QCOMPARE(summary.error().code(), u"audit.export_cancelled"_s);
        QVERIFY(!QFile::exists(path));
        const AuditEvent last = m_audit->tail(1).value().first();
        QCOMPARE(last.type, EventType::Export);
        QCOMPARE(last.outcome, Outcome::MinorFailure);
        QCOMPARE(last.details.value(u"error"_s).toString(), u"audit.export_cancelled"_s);
    }

    void unwritableFileIsAnErrorAndLeavesNothing()
    {
        const QString path = m_log->filePath(u"no-such-folder/audit.csv"_s);
        AuditExporter exporter(*m_audit);
        const Result<ExportSummary> summary = exporter.writeFile(path, {});
        QCOMPARE(summary.error().code(), u"audit.export_write"_s);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(m_audit->tail(1).value().first().outcome, Outcome::SeriousFailure);
    }

private:
    QList<AuditEvent> allEvents() { return m_audit->query({}, 1000).value(); }

    QByteArray exportToBuffer(ExportFormat format)
    {
        QBuffer buffer;
        if (!buffer.open(QIODevice::WriteOnly))
            return {};
        ExportRequest request;
        request.format = format;
        AuditExporter exporter(*m_audit);
        const Result<ExportSummary> summary = exporter.write(buffer, request);
        if (!summary) {
            qWarning() << summary.error().code() << summary.error().detail();
            return {};
        }
        return buffer.data();
    }

    std::unique_ptr<test::AuditTestLog> m_log;
    std::unique_ptr<AuditLog> m_audit;
};

QTEST_GUILESS_MAIN(TestAuditExport)
#include "tst_AuditExport.moc"
