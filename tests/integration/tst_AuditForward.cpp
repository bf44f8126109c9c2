// Central forwarding against a real rsyslog (issue #4): the test makes its own
// PKI with openssl (a CA, server certificates with the right and a wrong name, one
// from an untrusted CA, a client certificate), starts rsyslogd in the foreground
// with the gtls driver (x509/name, PermittedPeer) on 127.0.0.1 and a free port,
// and reads what rsyslog received (raw template: one message per line).
#include "Canaries.h"
#include "audit/AuditLog.h"
#include "audit/PassphraseKeyStore.h"
#include "audit/forward/AtnaMessages.h"
#include "audit/forward/ConnectionTest.h"
#include "audit/forward/SyslogForwarder.h"
#include "common/Settings.h"
#include "storage/ConsoleSchema.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <csignal>
#include <memory>
#include <sys/prctl.h>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::audit;
using namespace pasban::audit::forward;

namespace {

const crypto::ScryptParams TestCost {1u << 10, 8, 1};
const QByteArray Passphrase = test::canary::AuditForwardPassphrase;
const QString ClientName = u"console.example.org"_s;

bool run(const QString &program, const QStringList &arguments, const QString &directory)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning() << program << arguments << process.readAllStandardError();
        return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The test's certificates, made with openssl in a temporary folder.
class TestPki
{
public:
    bool create(const QString &directory)
    {
        m_dir = directory;
        return makeCa(u"ca"_s, u"Pasban Test CA"_s) && makeCa(u"rogue-ca"_s, u"Rogue CA"_s)
            && makeLeaf(u"server"_s, u"localhost"_s, u"ca"_s)
            && makeLeaf(u"wrongname"_s, u"wrong.example.org"_s, u"ca"_s)
            && makeLeaf(u"rogue"_s, u"localhost"_s, u"rogue-ca"_s) && makeLeaf(u"client"_s, ClientName, u"ca"_s);
    }
    [[nodiscard]] QString path(const QString &name) const { return m_dir + u'/' + name; }

private:
    bool openssl(const QStringList &arguments) { return run(u"openssl"_s, arguments, m_dir); }
    bool makeCa(const QString &name, const QString &commonName)
    {
        return openssl({u"req"_s,
                        u"-x509"_s,
                        u"-new"_s,
                        u"-newkey"_s,
                        u"ec"_s,
                        u"-pkeyopt"_s,
                        u"ec_paramgen_curve:prime256v1"_s,
                        u"-nodes"_s,
                        u"-keyout"_s,
                        name + u".key"_s,
                        u"-out"_s,
                        name + u".pem"_s,
                        u"-days"_s,
                        u"2"_s,
                        u"-subj"_s,
                        u"/CN="_s + commonName,
                        u"-addext"_s,
                        u"basicConstraints=critical,CA:TRUE"_s,
                        u"-addext"_s,
                        u"keyUsage=critical,keyCertSign,cRLSign"_s});
    }
    bool makeLeaf(const QString &name, const QString &dnsName, const QString &ca)
    {
        const QByteArray extensions = "subjectAltName=DNS:" + dnsName.toUtf8()
            + "\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n"
              "extendedKeyUsage=serverAuth,clientAuth\n";
        return writeFile(path(name + u".ext"_s), extensions)
            && openssl({u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                        u"-nodes"_s, u"-keyout"_s, name + u".key"_s, u"-out"_s, name + u".csr"_s, u"-subj"_s,
                        u"/CN="_s + dnsName})
            && openssl({u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, ca + u".pem"_s, u"-CAkey"_s,
                        ca + u".key"_s, u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-out"_s, name + u".pem"_s,
                        u"-extfile"_s, name + u".ext"_s});
    }

    QString m_dir;
};

int freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

// rsyslogd in the foreground with its own configuration, pid file and output file;
// stopped (SIGTERM, then SIGKILL) by stop() and by its destructor, so a failing
// test leaves no receiver behind; PR_SET_PDEATHSIG covers a test that crashes.
class Receiver
{
public:
    Receiver(QString runDir, const TestPki &pki, int port)
        : m_runDir(std::move(runDir))
        , m_pki(pki)
        , m_port(port)
    {
        QDir().mkpath(m_runDir + u"/work"_s);
        QDir().mkpath(m_runDir + u"/out"_s);
    }
    ~Receiver() { stop(); }
    Receiver(const Receiver &) = delete;
    Receiver &operator=(const Receiver &) = delete;

    bool start(const QString &serverCertificate = u"server"_s, const QString &permittedPeer = ClientName)
    {
        const QString config = uR"(global(workDirectory="%1/work" maxMessageSize="64k"
       DefaultNetstreamDriver="gtls"
       DefaultNetstreamDriverCAFile="%2"
       DefaultNetstreamDriverCertFile="%3"
       DefaultNetstreamDriverKeyFile="%4")
module(load="imtcp" StreamDriver.Name="gtls" StreamDriver.Mode="1"
       StreamDriver.AuthMode="x509/name" PermittedPeer=["%5"])
template(name="raw" type="string" string="%rawmsg%\n")
input(type="imtcp" address="127.0.0.1" port="%6" ruleset="atna")
ruleset(name="atna") { action(type="omfile" file="%7" template="raw") }
)"_s.arg(m_runDir, m_pki.path(u"ca.pem"_s), m_pki.path(serverCertificate + u".pem"_s),
         m_pki.path(serverCertificate + u".key"_s), permittedPeer, QString::number(m_port), outputPath());
        const QString configPath = m_runDir + u"/rsyslog.conf"_s;
        if (!writeFile(configPath, config.toUtf8()))
            return false;
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        // Even if this test dies without cleaning up (a crash, a fatal assertion),
        // the kernel stops the receiver with it.
        m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_process->start(u"rsyslogd"_s, {u"-n"_s, u"-f"_s, configPath, u"-i"_s, m_runDir + u"/rsyslogd.pid"_s});
        if (!m_process->waitForStarted(10000))
            return false;
        // Ready when it accepts connections (a plain TCP probe; it logs and drops it).
        for (int attempt = 0; attempt < 100; ++attempt) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
            if (probe.waitForConnected(200)) {
                probe.abort();
                return true;
            }
            if (m_process->state() == QProcess::NotRunning)
                break;
            QTest::qWait(100);
        }
        qWarning() << "rsyslogd did not start:" << m_process->readAll();
        return false;
    }

    void stop()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(10000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        m_process.reset();
    }

    [[nodiscard]] QString outputPath() const { return m_runDir + u"/out/audit.log"_s; }
    [[nodiscard]] QList<QByteArray> lines() const
    {
        QList<QByteArray> result = readFile(outputPath()).split('\n');
        if (!result.isEmpty() && result.last().isEmpty())
            result.removeLast();
        return result;
    }

private:
    QString m_runDir;
    const TestPki &m_pki;
    int m_port;
    std::unique_ptr<QProcess> m_process;
};

// One received line, taken apart as RFC 5424.
struct Received
{
    int priority = -1;
    QString timestamp;
    QString hostName;
    QString appName;
    QString msgId;
    QString structuredData;
    QByteArray message; // without the BOM
    bool hadBom = false;
    quint64 sequence = 0; // from [pasban@32473 seq=...]
    quint64 checkpointNumber = 0; // from [pasban-checkpoint@32473 number=...]
    quint64 checkpointSequence = 0;
};

std::optional<Received> parse(const QByteArray &line)
{
    // <PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID SD[ MSG]; SD values have no
    // escaped characters here (log ids and numbers).
    static const QRegularExpression header(
        uR"(^<(\d{1,3})>1 (\S+) (\S+) (\S+) (\S+) (\S+) ((?:\[[^\]]*\])+|-)(?: (.*))?$)"_s,
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = header.match(QString::fromUtf8(line));
    if (!match.hasMatch())
        return std::nullopt;
    Received received;
    received.priority = match.captured(1).toInt();
    received.timestamp = match.captured(2);
    received.hostName = match.captured(3);
    received.appName = match.captured(4);
    received.msgId = match.captured(6);
    received.structuredData = match.captured(7);
    QByteArray message = match.captured(8).toUtf8();
    received.hadBom = message.startsWith("\xEF\xBB\xBF");
    received.message = received.hadBom ? message.mid(3) : message;
    const auto field = [&](const QString &name) {
        const QRegularExpression re(u"\\b"_s + name + u"=\"(\\d+)\""_s);
        return received.structuredData.contains(re) ? re.match(received.structuredData).captured(1).toULongLong() : 0;
    };
    if (received.structuredData.startsWith(u"[pasban@32473 "_s))
        received.sequence = field(u"seq"_s);
    if (received.structuredData.startsWith(u"[pasban-checkpoint@32473 "_s)) {
        received.checkpointNumber = field(u"number"_s);
        received.checkpointSequence = field(u"seq"_s);
    }
    return received;
}

// The sequence numbers of the events received, in arrival order.
QList<quint64> receivedSequences(const QList<QByteArray> &lines)
{
    QList<quint64> sequences;
    for (const QByteArray &line : lines) {
        const std::optional<Received> received = parse(line);
        if (received && received->msgId == u"IHE+RFC-3881"_s)
            sequences.append(received->sequence);
    }
    return sequences;
}

QList<quint64> range(quint64 from, quint64 to)
{
    QList<quint64> values;
    for (quint64 i = from; i <= to; ++i)
        values.append(i);
    return values;
}

// The DICOM audit message's parts the test compares with the event.
struct ParsedXml
{
    bool wellFormed = false;
    QString actionCode, dateTime, outcome, eventId, eventTypeCode, description;
    QStringList userIds;
    QString objectId;
    QString sourceId;
};

ParsedXml parseXml(const QByteArray &xml)
{
    ParsedXml parsed;
    QXmlStreamReader reader(xml);
    bool inDescription = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QXmlStreamAttributes a = reader.attributes();
            const QStringView name = reader.name();
            if (name == u"EventIdentification") {
                parsed.actionCode = a.value(u"EventActionCode"_s).toString();
                parsed.dateTime = a.value(u"EventDateTime"_s).toString();
                parsed.outcome = a.value(u"EventOutcomeIndicator"_s).toString();
            } else if (name == u"EventID") {
                parsed.eventId = a.value(u"csd-code"_s).toString() + u'/' + a.value(u"codeSystemName"_s).toString();
            } else if (name == u"EventTypeCode") {
                parsed.eventTypeCode =
                    a.value(u"csd-code"_s).toString() + u'/' + a.value(u"codeSystemName"_s).toString();
            } else if (name == u"ActiveParticipant") {
                parsed.userIds.append(a.value(u"UserID"_s).toString());
            } else if (name == u"ParticipantObjectIdentification") {
                parsed.objectId = a.value(u"ParticipantObjectID"_s).toString();
            } else if (name == u"AuditSourceIdentification") {
                parsed.sourceId = a.value(u"AuditSourceID"_s).toString();
            } else if (name == u"EventOutcomeDescription") {
                inDescription = true;
            }
        } else if (reader.isCharacters() && inDescription) {
            parsed.description += reader.text();
        } else if (reader.isEndElement() && reader.name() == u"EventOutcomeDescription") {
            inDescription = false;
        }
    }
    parsed.wellFormed = !reader.hasError();
    return parsed;
}

} // namespace

class TestAuditForward : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_pkiDir.isValid());
        QVERIFY2(m_pki.create(m_pkiDir.path()), "openssl could not make the test certificates");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_port = freePort();
        QVERIFY(m_port > 0);
        m_receiver = std::make_unique<Receiver>(m_dir->filePath(u"rsyslog"_s), m_pki, m_port);
        QDir().mkpath(dataDir());
        Result<storage::Database> db = storage::openConsoleDatabase(dataDir() + u"/pasban.sqlite"_s);
        QVERIFY(db.ok());
        m_stateDb = std::make_unique<storage::Database>(std::move(db).value());
        m_keys = std::make_unique<PassphraseKeyStore>(crypto::SecureBytes(Passphrase), TestCost);
        Result<storage::Database> logDb = storage::openConsoleDatabase(dataDir() + u"/pasban.sqlite"_s);
        QVERIFY(logDb.ok());
        AuditLog::Options options;
        options.create = true;
        options.checkpointInterval = 5;
        options.checkpointIntervalMs = 0;
        options.workstation = u"ward-7-console"_s;
        Result<std::unique_ptr<AuditLog>> log = AuditLog::open(std::move(logDb).value(), *m_keys, options);
        QVERIFY(log.ok());
        m_log = std::move(log).value();
    }

    void cleanup()
    {
        m_log.reset();
        m_stateDb.reset();
        m_receiver.reset(); // kills rsyslogd even when the test failed
        m_dir.reset();
    }

    void deliversEventsAsAtnaMessages()
    {
        QVERIFY(m_receiver->start());
        AuditEvent event;
        event.type = EventType::SoftwareConfiguration;
        event.action = Action::Update;
        event.outcome = Outcome::SeriousFailure;
        event.operatorId = u"م.رضایی <admin> & \"co\""_s;
        event.device = u"INF-PUMP ]\\ 0042"_s;
        event.details = {{u"text"_s, u"line one\nline two <b>&amp;</b> ]]> ' \t end"_s}};
        const quint64 sequence = m_log->append(event).value();
        QCOMPARE(sequence, quint64(2)); // 1 is "audit recording started"
        for (int i = 0; i < 4; ++i)
            QVERIFY(m_log->append(queryEvent(i)).ok());

        SyslogForwarder::Options options = onceOptions();
        SyslogForwarder forwarder(*m_log, *m_stateDb, options);
        forwarder.setConfig(config());
        QVERIFY2(runOnce(forwarder), qPrintable(describe(forwarder.status())));
        QCOMPARE(forwarder.status().state, ForwardStatus::State::UpToDate);
        QCOMPARE(forwarder.deliveredCount(), quint64(6));
        QCOMPARE(forwarder.status().queueLength, quint64(0));

        QTRY_COMPARE_WITH_TIMEOUT(receivedSequences(m_receiver->lines()), range(1, 6), 10000);
        const QList<QByteArray> lines = m_receiver->lines();
        std::optional<Received> second;
        QList<quint64> checkpointsAfter;
        quint64 lastEvent = 0;
        for (const QByteArray &line : lines) {
            const std::optional<Received> received = parse(line);
            QVERIFY2(received, line.left(200).constData());
            QCOMPARE(received->priority, 85);
            QCOMPARE(received->appName, u"pasban"_s);
            QVERIFY(received->hadBom);
            if (received->msgId == u"PASBAN-CHECKPOINT"_s) {
                // A checkpoint follows the event it covers.
                QCOMPARE(received->checkpointSequence, lastEvent);
                checkpointsAfter.append(lastEvent);
                continue;
            }
            QCOMPARE(received->msgId, u"IHE+RFC-3881"_s);
            QVERIFY(received->structuredData.contains(u"log=\""_s + QString::fromLatin1(m_log->logId().toHex())));
            const ParsedXml xml = parseXml(received->message);
            QVERIFY2(xml.wellFormed, received->message.left(300).constData());
            QVERIFY(!xml.eventId.isEmpty());
            lastEvent = received->sequence;
            if (received->sequence == 2)
                second = received;
        }
        // Checkpoints at event 1 (creation) and 5 (every 5 events).
        QCOMPARE(checkpointsAfter, (QList<quint64> {1, 5}));

        QVERIFY(second);
        const ParsedXml xml = parseXml(second->message);
        QCOMPARE(xml.actionCode, u"U"_s);
        QCOMPARE(xml.outcome, u"8"_s);
        QCOMPARE(xml.eventId, u"110113/DCM"_s); // Security Alert ...
        QCOMPARE(xml.eventTypeCode, u"110131/DCM"_s); // ... Software Configuration
        QVERIFY(xml.userIds.contains(event.operatorId));
        QVERIFY(xml.userIds.contains(u"Pasban"_s));
        QCOMPARE(xml.objectId, event.device);
        QCOMPARE(QJsonDocument::fromJson(xml.description.toUtf8()).object(), event.details);
        const AuditEvent stored = m_log->query(afterSequence(1), 1).value().first();
        QCOMPARE(xml.dateTime, stored.recorded.toString(Qt::ISODateWithMs));
        QCOMPARE(second->timestamp, stored.recorded.toString(Qt::ISODateWithMs));
    }

    void largeEventArrivesWhole()
    {
        QVERIFY(m_receiver->start());
        // '&' swells fivefold in XML: about 33 KiB on the wire from 6.7 KiB of details.
        AuditEvent event = queryEvent(0);
        event.details = {{u"text"_s, QString(6700, u'&')}};
        const quint64 sequence = m_log->append(event).value();
        const AuditEvent stored = m_log->query(afterSequence(sequence - 1), 1).value().first();
        AuditSource source;
        source.sourceId = u"ward-7-console"_s;
        const QByteArray expected = eventMessage(stored, m_log->logId(), source).format();
        QVERIFY(expected.size() > 32 * 1024);

        SyslogForwarder::Options options = onceOptions();
        options.source = source;
        SyslogForwarder forwarder(*m_log, *m_stateDb, options);
        forwarder.setConfig(config());
        QVERIFY2(runOnce(forwarder), qPrintable(describe(forwarder.status())));
        QTRY_COMPARE_WITH_TIMEOUT(receivedSequences(m_receiver->lines()), range(1, 2), 10000);
        bool found = false;
        for (const QByteArray &line : m_receiver->lines()) {
            if (parse(line)->sequence == sequence) {
                QCOMPARE(line.size(), expected.size());
                QVERIFY(line == expected);
                QCOMPARE(QJsonDocument::fromJson(parseXml(parse(line)->message).description.toUtf8()).object(),
                         event.details);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void receiverDowntimeAndConsoleRestart()
    {
        QVERIFY(m_receiver->start());
        SyslogForwarder::Options options;
        options.retryMinMs = 100;
        options.retryMaxMs = 400;
        options.pollIntervalMs = 100;
        options.probationMs = 200;
        auto forwarder = std::make_unique<SyslogForwarder>(*m_log, *m_stateDb, options);
        forwarder->setConfig(config());
        forwarder->start();
        for (int i = 0; i < 19; ++i)
            QVERIFY(m_log->append(queryEvent(i)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(forwarder->status().deliveredThrough, quint64(20), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(receivedSequences(m_receiver->lines()), range(1, 20), 10000);

        // The receiver goes away; events keep being recorded.
        m_receiver->stop();
        QTRY_COMPARE_WITH_TIMEOUT(forwarder->status().state, ForwardStatus::State::Disconnected, 20000);
        QVERIFY(forwarder->status().error);
        for (int i = 0; i < 15; ++i)
            QVERIFY(m_log->append(queryEvent(i)).ok());
        forwarder->eventsAppended();
        QTRY_COMPARE_WITH_TIMEOUT(forwarder->status().queueLength, quint64(15), 5000);
        QTest::qWait(1000); // a few failed reconnection attempts

        // The console restarts while the receiver is still down.
        forwarder.reset();
        for (int i = 0; i < 15; ++i)
            QVERIFY(m_log->append(queryEvent(i)).ok());
        forwarder = std::make_unique<SyslogForwarder>(*m_log, *m_stateDb, options);
        forwarder->setConfig(config());
        forwarder->start();
        QTRY_COMPARE_WITH_TIMEOUT(forwarder->status().state, ForwardStatus::State::Disconnected, 20000);
        QCOMPARE(forwarder->status().deliveredThrough, quint64(20));
        QCOMPARE(forwarder->status().queueLength, quint64(30));

        // The receiver is back: the queue drains in order, without gaps or repeats.
        QVERIFY(m_receiver->start());
        QTRY_COMPARE_WITH_TIMEOUT(forwarder->status().state, ForwardStatus::State::UpToDate, 30000);
        QCOMPARE(forwarder->status().deliveredThrough, quint64(50));
        QTRY_COMPARE_WITH_TIMEOUT(receivedSequences(m_receiver->lines()), range(1, 50), 10000);
        QCOMPARE(forwarder->status().queueLength, quint64(0));
    }

    void refusesServerWithWrongName()
    {
        QVERIFY(m_receiver->start(u"wrongname"_s));
        expectRefused();
    }

    void refusesServerFromUntrustedCa()
    {
        QVERIFY(m_receiver->start(u"rogue"_s));
        expectRefused();
    }

    void receiverRefusingTheClientGetsNothing()
    {
        // rsyslog checks PermittedPeer after the handshake and drops the client:
        // nothing may count as delivered (the probation before the first write).
        QVERIFY(m_receiver->start(u"server"_s, u"other-console.example.org"_s));
        SyslogForwarder forwarder(*m_log, *m_stateDb, onceOptions());
        forwarder.setConfig(config());
        QVERIFY(!runOnce(forwarder));
        QCOMPARE(forwarder.status().state, ForwardStatus::State::Failed);
        QCOMPARE(forwarder.status().error->code(), u"forward.tls"_s);
        QCOMPARE(forwarder.deliveredCount(), quint64(0));
        QCOMPARE(forwarder.status().deliveredThrough, quint64(0));
    }

    void connectionTestReportsSuccessAndRefusal()
    {
        QVERIFY(m_receiver->start());
        {
            ConnectionTest test;
            QSignalSpy finished(&test, &ConnectionTest::finished);
            test.start(config());
            QVERIFY(finished.wait(20000));
            const Status result = finished.first().at(0).value<Status>();
            QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().code()));
            QVERIFY(finished.first().at(1).toString().startsWith(u"TLS 1."_s));
        }
        ForwardConfig wrongName = config();
        wrongName.serverName = u"other.example.org"_s;
        ConnectionTest test;
        QSignalSpy finished(&test, &ConnectionTest::finished);
        test.start(wrongName);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).value<Status>().error().code(), u"forward.tls"_s);
        QVERIFY(m_receiver->lines().isEmpty());
    }

    void cliForwardOnce()
    {
        // The log was created in init() (cheap scrypt cost, kept with the log).
        QVERIFY(m_log->append(queryEvent(1)).ok());
        m_log.reset();
        {
            Settings settings(dataDir() + u"/settings.ini"_s);
            config().saveTo(settings);
            QVERIFY(settings.sync().ok());
        }
        const QString passphraseFile = m_dir->filePath(u"passphrase.txt"_s);
        QVERIFY(writeFile(passphraseFile, Passphrase + '\n'));
        const QStringList forward = {u"audit"_s, u"forward"_s,           u"--once"_s,   u"--json"_s, u"--data-dir"_s,
                                     dataDir(),  u"--passphrase-file"_s, passphraseFile};

        // Receiver down: exit 1 with the reason, nothing delivered.
        QProcess cli;
        cli.start(QStringLiteral(PASBAN_CLI), forward);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        QCOMPARE(QJsonDocument::fromJson(cli.readAllStandardOutput()).object()[u"error"_s].toObject()[u"code"_s],
                 u"forward.connect"_s);

        QVERIFY(m_receiver->start());
        cli.start(QStringLiteral(PASBAN_CLI), forward);
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QJsonObject result = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(result[u"delivered"_s].toInt(), 2);
        QCOMPARE(result[u"deliveredThrough"_s].toInt(), 2);
        QCOMPARE(result[u"state"_s].toString(), u"upToDate"_s);
        QTRY_COMPARE_WITH_TIMEOUT(receivedSequences(m_receiver->lines()), range(1, 2), 10000);

        // Up to date: nothing more to send, nothing sent twice.
        cli.start(QStringLiteral(PASBAN_CLI), forward);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        result = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(result[u"delivered"_s].toInt(), 0);
        QTest::qWait(300);
        QCOMPARE(receivedSequences(m_receiver->lines()), range(1, 2));

        // A wrong passphrase: exit 2.
        QVERIFY(writeFile(passphraseFile, "wrong\n"));
        cli.start(QStringLiteral(PASBAN_CLI), forward);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
    }

private:
    [[nodiscard]] QString dataDir() const { return m_dir->filePath(u"data"_s); }

    [[nodiscard]] ForwardConfig config() const
    {
        ForwardConfig config;
        config.enabled = true;
        config.host = u"127.0.0.1"_s;
        config.port = quint16(m_port);
        config.serverName = u"localhost"_s;
        config.caFile = m_pki.path(u"ca.pem"_s);
        config.certificateFile = m_pki.path(u"client.pem"_s);
        config.keyFile = m_pki.path(u"client.key"_s);
        return config;
    }

    static SyslogForwarder::Options onceOptions()
    {
        SyslogForwarder::Options options;
        options.once = true;
        options.probationMs = 300;
        return options;
    }

    static AuditEvent queryEvent(int i)
    {
        AuditEvent event;
        event.type = EventType::Query;
        event.action = Action::Read;
        event.details = {{u"i"_s, i}};
        return event;
    }

    static EventFilter afterSequence(quint64 sequence)
    {
        EventFilter filter;
        filter.afterSequence = sequence;
        return filter;
    }

    static QString describe(const ForwardStatus &status)
    {
        return status.error ? status.error->code() + u": "_s + status.error->detail() : u"no error"_s;
    }

    // Runs a once-mode forwarder to its end; true when it ended up to date.
    static bool runOnce(SyslogForwarder &forwarder)
    {
        QSignalSpy finished(&forwarder, &SyslogForwarder::finished);
        forwarder.start();
        if (finished.isEmpty() && !finished.wait(30000))
            return false;
        return forwarder.status().state == ForwardStatus::State::UpToDate;
    }

    void expectRefused()
    {
        SyslogForwarder forwarder(*m_log, *m_stateDb, onceOptions());
        forwarder.setConfig(config());
        QVERIFY(!runOnce(forwarder));
        QCOMPARE(forwarder.status().state, ForwardStatus::State::Failed);
        QCOMPARE(forwarder.status().error->code(), u"forward.tls"_s);
        QCOMPARE(forwarder.deliveredCount(), quint64(0));
        QTest::qWait(300);
        QVERIFY(m_receiver->lines().isEmpty());
    }

    QTemporaryDir m_pkiDir;
    TestPki m_pki;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    std::unique_ptr<Receiver> m_receiver;
    std::unique_ptr<storage::Database> m_stateDb;
    std::unique_ptr<PassphraseKeyStore> m_keys;
    std::unique_ptr<AuditLog> m_log;
};

QTEST_GUILESS_MAIN(TestAuditForward)
#include "tst_AuditForward.moc"
