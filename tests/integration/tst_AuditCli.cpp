// pasban-cli audit: the commands, their JSON and their exit codes are a product
// interface (issue #4): verify exits 0 intact, 1 tampered naming the first bad
// event, 2 when the log cannot be opened or unlocked.
#include "Canaries.h"
#include "crypto/KeyAgreement.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

namespace {

const QByteArray Passphrase = test::canary::AuditCliPassphrase;
const QByteArray WrongPassphrase = test::canary::AuditCliWrongPassphrase;
const QString PatientDetail = QString::fromLatin1(test::canary::AuditCliPatientDetail);
const QString DeviceSerial = QString::fromLatin1(test::canary::AuditCliDeviceSerial);

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAuditCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.remove(u"PASBAN_DATA_DIR"_s);
        // A headless machine: no session bus, so no keystore (tst_AuditKeychain has one).
        m_env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + m_dir->filePath(u"no-bus"_s));
        m_env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
        m_env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"home/.local/share"_s));
        m_dataDir = m_dir->filePath(u"data"_s);
        m_passphraseFile = m_dir->filePath(u"passphrase.txt"_s);
        writeFile(m_passphraseFile, Passphrase + "\n");
    }

    void cleanup() { m_dir.reset(); }

    void appendVerifyTailRoundTrip()
    {
        Run run = audit({u"append"_s, u"--type"_s, u"110120"_s, u"--outcome"_s, u"0"_s, u"--detail"_s,
                         u"console started"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"sequence"_s).toInteger(), 2); // 1 records that auditing started
        QCOMPARE(run.json().value(u"logCreated"_s).toBool(), true);
        QCOMPARE(run.json().value(u"type"_s).toInteger(), 110120);
        QVERIFY(run.json().value(u"recorded"_s).toString().endsWith(u'Z'));

        run = audit({u"append"_s, u"--type"_s, u"110131"_s, u"--outcome"_s, u"8"_s, u"--detail"_s, PatientDetail,
                     u"--operator"_s, u"amir"_s, u"--device"_s, DeviceSerial, u"--action"_s, u"U"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"sequence"_s).toInteger(), 3);
        QCOMPARE(run.json().value(u"logCreated"_s).toBool(), false);
        // Sealed on disk: neither the detail nor the device serial is in any file in clear.
        for (const QFileInfo &file : QDir(m_dataDir).entryInfoList(QDir::Files | QDir::Hidden)) {
            const QByteArray bytes = readFile(file.filePath());
            QVERIFY2(!bytes.contains(PatientDetail.toUtf8()) && !bytes.contains(DeviceSerial.toUtf8()),
                     qPrintable(file.fileName()));
        }

        run = audit({u"verify"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonObject report = run.json();
        QCOMPARE(report.value(u"intact"_s).toBool(), true);
        QCOMPARE(report.value(u"lastSequence"_s).toInteger(), 3);
        QCOMPARE(report.value(u"anchoredThrough"_s).toInteger(), 3); // each CLI run closes with a checkpoint
        QVERIFY(report.value(u"unanchored"_s).isNull());
        QVERIFY(report.value(u"firstBadSequence"_s).isNull());
        QCOMPARE(report.value(u"message"_s).toString(), u"Intact up to event 3, anchored at checkpoint 2."_s);

        run = audit({u"tail"_s, u"-n"_s, u"2"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray events = run.json().value(u"events"_s).toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).toObject().value(u"sequence"_s).toInteger(), 2);
        QCOMPARE(events.at(0).toObject().value(u"details"_s).toObject().value(u"text"_s).toString(),
                 u"console started"_s);
        const QJsonObject failed = events.at(1).toObject();
        QCOMPARE(failed.value(u"type"_s).toInteger(), 110131);
        QCOMPARE(failed.value(u"typeName"_s).toString(), u"Software Configuration"_s);
        QCOMPARE(failed.value(u"outcome"_s).toInt(), 8);
        QCOMPARE(failed.value(u"action"_s).toString(), u"U"_s);
        QCOMPARE(failed.value(u"operator"_s).toString(), u"amir"_s);
        QCOMPARE(failed.value(u"device"_s).toString(), DeviceSerial);

        // Reading the log was itself recorded.
        run = audit({u"tail"_s, u"-n"_s, u"1"_s, u"--json"_s});
        const QJsonObject used = run.json().value(u"events"_s).toArray().at(0).toObject();
        QCOMPARE(used.value(u"type"_s).toInteger(), 110101);
        QCOMPARE(used.value(u"action"_s).toString(), u"R"_s);

        // Text output, and options before the command work as well.
        run = cli({u"--data-dir"_s, m_dataDir, u"audit"_s, u"verify"_s, u"--passphrase-file"_s, m_passphraseFile});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("Intact up to event 5"), run.out.constData());
    }

    void verifyExitsOneAfterTamperingAndNamesTheEvent()
    {
        for (int i = 0; i < 4; ++i)
            QCOMPARE(audit({u"append"_s, u"--type"_s, u"110112"_s, u"--outcome"_s, u"0"_s}).exitCode, 0);
        {
            // Edit the file as an outsider would: Pasban's append-only trigger is no obstacle.
            Result<storage::Database> db =
                storage::Database::open(m_dataDir + u"/pasban.sqlite"_s, storage::OpenMode::ReadWrite);
            QVERIFY(db.ok());
            QVERIFY(db->exec(u"DROP TRIGGER audit_events_no_update; "
                             u"UPDATE audit_events SET outcome = 12 WHERE sequence = 3"_s)
                        .ok());
        }
        Run run = audit({u"verify"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"intact"_s).toBool(), false);
        QCOMPARE(run.json().value(u"firstBadSequence"_s).toInteger(), 3);
        QCOMPARE(run.json().value(u"problem"_s).toString(), u"content_mismatch"_s);
        QCOMPARE(run.json().value(u"verifiedThrough"_s).toInteger(), 2);

        run = audit({u"verify"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("Event 3:"), run.out.constData());
    }

    void verifyExitsOneWhenTheTailWasCutOff()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(audit({u"append"_s, u"--type"_s, u"110112"_s, u"--outcome"_s, u"0"_s}).exitCode, 0);
        {
            Result<storage::Database> db =
                storage::Database::open(m_dataDir + u"/pasban.sqlite"_s, storage::OpenMode::ReadWrite);
            QVERIFY(db->exec(u"DROP TRIGGER audit_events_no_delete; DELETE FROM audit_events WHERE sequence > 2; "
                             u"DELETE FROM audit_checkpoints WHERE sequence > 2"_s)
                        .ok());
        }
        const Run run = audit({u"verify"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"problem"_s).toString(), u"tail_missing"_s);
        QCOMPARE(run.json().value(u"firstBadSequence"_s).toInteger(), 3);
        // And appending to the cut log is refused: the operation ran and failed.
        QCOMPARE(audit({u"append"_s, u"--type"_s, u"110112"_s, u"--outcome"_s, u"0"_s}).exitCode, 1);
    }

    void recoveryKeyOpensACopyOfTheDataFolder()
    {
        const crypto::X25519KeyPair recovery = crypto::generateX25519().value();
        const QString publicPem = m_dir->filePath(u"recovery.pub.pem"_s);
        const QString privatePem = m_dir->filePath(u"recovery.pem"_s);
        writeFile(publicPem, crypto::x25519PublicKeyToPem(recovery.publicKey).value());
        writeFile(privatePem, crypto::x25519PrivateKeyToPem(recovery.privateKey).value().view().toByteArray());

        QCOMPARE(
            audit({u"append"_s, u"--type"_s, u"110112"_s, u"--outcome"_s, u"0"_s, u"--operator"_s, u"amir"_s}).exitCode,
            0);
        Run run = audit({u"set-recovery-key"_s, publicPem, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"recoveryKey"_s).toString().size(), 16);

        // The dead workstation's data folder, copied; no passphrase, no keystore.
        const QString copy = m_dir->filePath(u"copy"_s);
        QVERIFY(QDir().mkpath(copy));
        for (const QString &name : QDir(m_dataDir).entryList(QDir::Files))
            QVERIFY(QFile::copy(m_dataDir + u"/"_s + name, copy + u"/"_s + name));
        run = cli({u"audit"_s, u"verify"_s, u"--json"_s, u"--data-dir"_s, copy, u"--recovery-key"_s, privatePem});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"intact"_s).toBool(), true);
        run = cli({u"audit"_s, u"tail"_s, u"--json"_s, u"--data-dir"_s, copy, u"--recovery-key"_s, privatePem});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray events = run.json().value(u"events"_s).toArray();
        QCOMPARE(events.at(1).toObject().value(u"operator"_s).toString(), u"amir"_s);
        QCOMPARE(events.at(2).toObject().value(u"details"_s).toObject().value(u"change"_s).toString(),
                 u"audit recovery key set"_s);
        // The public key is not a private key.
        run = cli({u"audit"_s, u"verify"_s, u"--json"_s, u"--data-dir"_s, copy, u"--recovery-key"_s, publicPem});
        QCOMPARE(run.exitCode, 2);
    }

    void removedKeyRecordIsDamageNotAnUnlockProblem()
    {
        QCOMPARE(audit({u"append"_s, u"--type"_s, u"110112"_s, u"--outcome"_s, u"0"_s}).exitCode, 0);
        {
            Result<storage::Database> db =
                storage::Database::open(m_dataDir + u"/pasban.sqlite"_s, storage::OpenMode::ReadWrite);
            QVERIFY(db->exec(u"DELETE FROM audit_keys"_s).ok());
        }
        const Run run = audit({u"verify"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"audit.damaged"_s);
    }

    void wrongPassphraseExitsTwoAndChangesNothing()
    {
        QCOMPARE(audit({u"append"_s, u"--type"_s, u"110122"_s, u"--outcome"_s, u"0"_s}).exitCode, 0);
        const QByteArray before = readFile(m_dataDir + u"/pasban.sqlite"_s);
        const QString wrongFile = m_dir->filePath(u"wrong.txt"_s);
        writeFile(wrongFile, WrongPassphrase + "\r\n");
        for (const QString &command : {u"verify"_s, u"tail"_s}) {
            const Run run =
                cli({u"audit"_s, command, u"--json"_s, u"--data-dir"_s, m_dataDir, u"--passphrase-file"_s, wrongFile});
            QCOMPARE(run.exitCode, 2);
            QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"audit.wrong_passphrase"_s);
            QVERIFY(!run.out.contains(WrongPassphrase) && !run.err.contains(WrongPassphrase));
        }
        QCOMPARE(cli({u"audit"_s, u"append"_s, u"--type"_s, u"110122"_s, u"--outcome"_s, u"0"_s, u"--data-dir"_s,
                      m_dataDir, u"--passphrase-file"_s, wrongFile})
                     .exitCode,
                 2);
        QCOMPARE(readFile(m_dataDir + u"/pasban.sqlite"_s), before);
    }

    void cannotOpenOrUnlockExitsTwo()
    {
        // No log yet.
        Run run = audit({u"verify"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"audit.not_found"_s);
        QCOMPARE(run.json().value(u"error"_s).toObject().value(u"exitCode"_s).toInt(), 2);
        // No passphrase given, and no keystore to fall back on (no session bus here).
        run = cli({u"audit"_s, u"verify"_s, u"--json"_s, u"--data-dir"_s, m_dataDir});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"audit.no_key_source"_s);
        // A passphrase file that is not there.
        run = cli({u"audit"_s, u"verify"_s, u"--json"_s, u"--data-dir"_s, m_dataDir, u"--passphrase-file"_s,
                   m_dir->filePath(u"missing.txt"_s)});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"audit.passphrase_file"_s);
        // An empty passphrase cannot create a log.
        const QString empty = m_dir->filePath(u"empty.txt"_s);
        writeFile(empty, "\n");
        run = cli({u"audit"_s, u"append"_s, u"--type"_s, u"110120"_s, u"--outcome"_s, u"0"_s, u"--json"_s,
                   u"--data-dir"_s, m_dataDir, u"--passphrase-file"_s, empty});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"audit.passphrase_empty"_s); // A passphrase log asks for its passphrase; nothing else is tried.
        QCOMPARE(audit({u"append"_s, u"--type"_s, u"110120"_s, u"--outcome"_s, u"0"_s}).exitCode, 0);
        run = cli({u"audit"_s, u"tail"_s, u"--json"_s, u"--data-dir"_s, m_dataDir});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"audit.passphrase_required"_s);
    }

    void deletedLogWithSurvivingAnchorIsTampering()
    {
        QCOMPARE(audit({u"append"_s, u"--type"_s, u"110120"_s, u"--outcome"_s, u"0"_s}).exitCode, 0);
        QVERIFY(QFile::remove(m_dataDir + u"/pasban.sqlite"_s));
        const Run run = audit({u"verify"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"audit.log_missing"_s);
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(audit({u"append"_s, u"--outcome"_s, u"0"_s}).exitCode, 2);
        QCOMPARE(audit({u"append"_s, u"--type"_s, u"999"_s, u"--outcome"_s, u"0"_s}).exitCode, 2);
        QCOMPARE(audit({u"append"_s, u"--type"_s, u"110120"_s, u"--outcome"_s, u"3"_s}).exitCode, 2);
        QCOMPARE(audit({u"append"_s, u"--type"_s, u"110120"_s, u"--outcome"_s, u"0"_s, u"--action"_s, u"X"_s}).exitCode,
                 2);
        QCOMPARE(audit({u"tail"_s, u"-n"_s, u"0"_s}).exitCode, 2);
        QCOMPARE(audit({u"shred"_s}).exitCode, 2);
        QCOMPARE(audit({}).exitCode, 2);
        QCOMPARE(audit({u"verify"_s, u"--no-such-option"_s}).exitCode, 2);
        QVERIFY(!QFile::exists(m_dataDir + u"/pasban.sqlite"_s)); // nothing was created by a bad request
    }

    void helpMentionsAudit()
    {
        const Run run = cli({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("audit verify"));
        QVERIFY(run.out.contains("--passphrase-file"));
    }

private:
    Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(QStringLiteral(PASBAN_CLI), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    // pasban-cli audit ARGUMENTS --data-dir DIR --passphrase-file FILE
    Run audit(const QStringList &arguments)
    {
        const Run run = cli(QStringList {u"audit"_s} + arguments
                            + QStringList {u"--data-dir"_s, m_dataDir, u"--passphrase-file"_s, m_passphraseFile});
        if (run.out.contains(Passphrase) || run.err.contains(Passphrase))
            qFatal("the passphrase was printed");
        return run;
    }

    static void writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_env;
    QString m_dataDir;
    QString m_passphraseFile;
};

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_AuditCli.moc"
