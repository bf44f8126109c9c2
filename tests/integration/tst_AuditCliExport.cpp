// pasban-cli audit export: --format fhir|csv --out FILE [--from T] [--to T];
// exit 0 written, 1 failed, 2 cannot open/unlock or bad usage. The file parses
// back, is owner-only, and the export is recorded in the log.
#include "Canaries.h"
#include "audit/export/AuditCsv.h"
#include "audit/export/FhirAuditEvent.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

namespace {

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

class TestAuditCliExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.remove(u"PASBAN_DATA_DIR"_s);
        m_env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
        m_env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"home/.local/share"_s));
        m_dataDir = m_dir->filePath(u"data"_s);
        m_passphraseFile = m_dir->filePath(u"passphrase.txt"_s);
        writeFile(m_passphraseFile, QByteArray(test::canary::AuditExportPassphrase) + "\n");
    }

    void cleanup() { m_dir.reset(); }

    void exportsFhirAndCsvThatParseBack()
    {
        appendSome(3);
        for (const QString &format : {u"fhir"_s, u"csv"_s}) {
            const QString out = m_dir->filePath(u"audit."_s + format);
            const Run run = audit({u"export"_s, u"--format"_s, format, u"--out"_s, out, u"--json"_s});
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(run.json().value(u"format"_s).toString(), format);
            const QByteArray bytes = readFile(out);
            const Result<QList<audit::AuditEvent>> events =
                format == u"fhir"_s ? audit::fhir::parseBundle(bytes) : audit::csv::parseExport(bytes);
            QVERIFY2(events, events ? "" : qPrintable(events.error().detail()));
            QCOMPARE(qint64(events->size()), run.json().value(u"events"_s).toInteger());
            QVERIFY(events->size() >= 4); // recording started + 3 (+ the first export)
            QCOMPARE(events->at(1).device, u"PUMP-1"_s);
            QCOMPARE(events->at(1).details.value(u"text"_s).toString(), u"event 1"_s);
            // Decrypted data: owner-only.
            QCOMPARE(QFile::permissions(out)
                         & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                     QFile::Permissions());
        }
        // Both exports were recorded.
        const Run tail = audit({u"tail"_s, u"-n"_s, u"3"_s, u"--json"_s});
        QCOMPARE(tail.exitCode, 0);
        const QByteArray text = tail.out;
        QCOMPARE(text.count("\"type\": 110106"), 2);
    }

    void timeRangeLimitsTheEvents()
    {
        appendSome(2);
        const QString out = m_dir->filePath(u"future.csv"_s);
        // Nothing was recorded in 2099.
        Run run =
            audit({u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, out, u"--from"_s, u"2099-01-01"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"events"_s).toInteger(), 0);
        QCOMPARE(audit::csv::parseExport(readFile(out)).value().size(), 0);
        // Everything was recorded before 2099.
        run = audit({u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, out, u"--to"_s, u"2099-01-01T00:00:00Z"_s,
                     u"--from"_s, u"2000-01-01T00:00:00+03:30"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"events"_s).toInteger(), 4); // 3 + the first export's event
    }

    void usageAndFailuresHaveTheirExitCodes()
    {
        const QString out = m_dir->filePath(u"x.json"_s);
        // No log yet: cannot open.
        QCOMPARE(audit({u"export"_s, u"--format"_s, u"fhir"_s, u"--out"_s, out}).exitCode, 2);
        appendSome(1);
        QCOMPARE(audit({u"export"_s, u"--format"_s, u"xml"_s, u"--out"_s, out}).exitCode, 2);
        QCOMPARE(audit({u"export"_s, u"--format"_s, u"fhir"_s}).exitCode, 2);
        QCOMPARE(audit({u"export"_s, u"--format"_s, u"fhir"_s, u"--out"_s, out, u"--from"_s, u"yesterday"_s}).exitCode,
                 2);
        QCOMPARE(audit({u"export"_s, u"--format"_s, u"fhir"_s, u"--out"_s, out, u"--from"_s, u"2026-02-01"_s, u"--to"_s,
                        u"2026-01-01"_s})
                     .exitCode,
                 2);
        writeFile(m_passphraseFile, QByteArray(test::canary::AuditExportWrongPassphrase) + "\n");
        QCOMPARE(audit({u"export"_s, u"--format"_s, u"fhir"_s, u"--out"_s, out}).exitCode, 2);
        writeFile(m_passphraseFile, QByteArray(test::canary::AuditExportPassphrase) + "\n");
        // A folder that does not exist: failed, nothing written.
        const QString missing = m_dir->filePath(u"no/such/folder/x.json"_s);
        const Run run = audit({u"export"_s, u"--format"_s, u"fhir"_s, u"--out"_s, missing});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("audit.export_write"));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!QFile::exists(out));
    }

private:
    void appendSome(int count)
    {
        for (int i = 1; i <= count; ++i) {
            const Run run = audit({u"append"_s, u"--type"_s, u"110131"_s, u"--outcome"_s, u"0"_s, u"--detail"_s,
                                   u"event %1"_s.arg(i), u"--device"_s, u"PUMP-%1"_s.arg(i)});
            QCOMPARE(run.exitCode, 0);
        }
    }

    Run audit(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(QStringLiteral(PASBAN_CLI),
                      QStringList {u"audit"_s} + arguments
                          + QStringList {u"--data-dir"_s, m_dataDir, u"--passphrase-file"_s, m_passphraseFile});
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
                process.readAllStandardError()};
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

QTEST_GUILESS_MAIN(TestAuditCliExport)
#include "tst_AuditCliExport.moc"
