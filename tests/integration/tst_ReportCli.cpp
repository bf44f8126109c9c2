// pasban-cli report: the posture report as PDF (fleet and one device, English and
// Persian) whose extracted text holds the findings and their evidence, the CSV
// inventory, audit records written before the file, and the exit codes the
// README documents.
#include "CliRunner.h"
#include "PdfText.h"
#include "common/Translator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using pasban::test::CliRun;

namespace {

const QByteArray Passphrase = "Report CLI passphrase 77ab";

} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed: scripts/lib/deps.sh installs it");
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<pasban::test::CliRunner>(QStringLiteral(PASBAN_CLI), m_dir);
        // LeakSanitizer's exit-time check crashes in its own tracer ("Tracer caught
        // signal 11") in this QtGui process now and then (its font threads): the
        // leak check is left to tst_PostureReport, which renders the same reports
        // in-process; ASan and UBSan stay on here.
        QProcessEnvironment &environment = m_cli->environment();
        environment.insert(u"ASAN_OPTIONS"_s, environment.value(u"ASAN_OPTIONS"_s) + u":detect_leaks=0"_s);
        m_passphraseFile = m_dir.filePath(u"passphrase.txt"_s);
        QFile file(m_passphraseFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Passphrase + "\n");
        file.close();
        // The simulated ward, scanned and interrogated into the inventory.
        const CliRun scan =
            m_cli->run({u"scan"_s, u"--demo"_s, u"--seconds"_s, u"3"_s, u"--interrogate"_s, u"--json"_s});
        QVERIFY2(scan.exitCode == 0, scan.err.constData());
        QVERIFY(scan.json().array().size() >= 3);
        for (const QJsonValue &device : scan.json().array()) {
            if (QJsonDocument(device.toObject()).toJson().contains("OX200-0001"))
                m_oximeter = device[u"id"_s].toString();
        }
    }

    void theFleetReportInEnglish()
    {
        const QString path = m_dir.filePath(u"fleet.pdf"_s);
        const CliRun run = report({u"--format"_s, u"pdf"_s, u"--out"_s, path, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.right(4000).constData());
        QCOMPARE(run.json()[u"format"_s].toString(), u"pdf"_s);
        QVERIFY(run.json()[u"devices"_s].toInt() >= 3);
        QVERIFY(run.json()[u"openFindings"_s].toInt() > 0);
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(u"Security posture report: fleet"_s), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"Health data readable without pairing"_s));
        QVERIFY(text.contains(u"0x2A5F"_s));
        QVERIFY(text.contains(u"Fleet score: %1 of 100"_s.arg(run.json()[u"score"_s].toInt())));
        // Recorded in the audit log, with the file's name.
        const CliRun tail =
            m_cli->run({u"audit"_s, u"tail"_s, u"-n"_s, u"3"_s, u"--json"_s, u"--passphrase-file"_s, m_passphraseFile});
        QCOMPARE(tail.exitCode, 0);
        QVERIFY2(tail.out.contains("posture-report") && tail.out.contains("fleet.pdf"), tail.out.constData());
    }

    void theFleetReportInPersian()
    {
        const QString path = m_dir.filePath(u"fleet-fa.pdf"_s);
        const QStringList arguments {u"--format"_s, u"pdf"_s, u"--out"_s, path, u"--lang"_s, u"fa"_s};
        const CliRun run = report(arguments);
        QVERIFY2(run.exitCode == 0, run.err.right(4000).constData());
        const QString text = test::pdfText(path);
        bool persianDigit = false;
        bool persianLetter = false;
        for (const QChar c : text) {
            persianDigit = persianDigit || (c.unicode() >= 0x06F0 && c.unicode() <= 0x06F9);
            persianLetter = persianLetter || (c.unicode() >= 0x0620 && c.unicode() <= 0x064A);
        }
        QVERIFY2(persianDigit && persianLetter, qPrintable(text.left(300)));
        QVERIFY(!text.contains(u"Security posture report"_s));
        // The oximeter's finding, under its Persian title.
        QVERIFY(Translator::install(u"fa"_s));
        const QString title = QCoreApplication::translate("pasban::posture", "Health data readable without pairing");
        Translator::install(u"en"_s);
        QVERIFY(title != u"Health data readable without pairing"_s);
        QVERIFY2(test::lettersOnly(text).contains(test::lettersOnly(title)), qPrintable(text.left(1500)));
    }

    void oneDeviceAndTheCsvInventory()
    {
        QVERIFY(!m_oximeter.isEmpty());
        const QString path = m_dir.filePath(u"oximeter.pdf"_s);
        CliRun run = report({u"--format"_s, u"pdf"_s, u"--out"_s, path, u"--device"_s, m_oximeter, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.right(4000).constData());
        QCOMPARE(run.json()[u"devices"_s].toInt(), 1);
        QVERIFY(test::pdfText(path).contains(u"Device score:"_s));

        const QString csv = m_dir.filePath(u"inventory.csv"_s);
        run = report({u"--format"_s, u"csv"_s, u"--out"_s, csv, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.right(4000).constData());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains(m_oximeter.toUtf8()));
        QCOMPARE(run.json()[u"devices"_s].toInt(), int(content.count('\n')) - 1);
    }

    void exitCodes()
    {
        QCOMPARE(report({u"--format"_s, u"doc"_s, u"--out"_s, m_dir.filePath(u"x"_s)}).exitCode, 2);
        QCOMPARE(report({u"--format"_s, u"pdf"_s}).exitCode, 2);
        const CliRun unknown = report(
            {u"--format"_s, u"pdf"_s, u"--out"_s, m_dir.filePath(u"x.pdf"_s), u"--device"_s, u"nope"_s, u"--json"_s});
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.json()[u"error"_s][u"code"_s].toString(), u"report.device_unknown"_s);
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.pdf"_s)));
        const CliRun unwritable =
            report({u"--format"_s, u"pdf"_s, u"--out"_s, m_dir.filePath(u"no/such/folder/r.pdf"_s)});
        QCOMPARE(unwritable.exitCode, 1);
        // Once a log exists, a report without its passphrase is refused.
        const CliRun unaudited =
            m_cli->run({u"report"_s, u"--format"_s, u"csv"_s, u"--out"_s, m_dir.filePath(u"unaudited.csv"_s)});
        QCOMPARE(unaudited.exitCode, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(u"unaudited.csv"_s)));
    }

private:
    CliRun report(const QStringList &arguments)
    {
        const CliRun run =
            m_cli->run(QStringList {u"report"_s} + arguments + QStringList {u"--passphrase-file"_s, m_passphraseFile});
        if (run.out.contains(Passphrase) || run.err.contains(Passphrase))
            qFatal("the passphrase was printed");
        return run;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<pasban::test::CliRunner> m_cli;
    QString m_passphraseFile;
    QString m_oximeter;
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_ReportCli.moc"
