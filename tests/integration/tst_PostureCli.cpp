// pasban-cli advisories and posture, as a hospital script would use them: a
// maintenance-system inventory is imported, the real CISA advisories are
// imported (checksums checked), posture --json shows the affected device with
// its asset tag, CVE and CVSS, a risk is accepted (audited) and the score rises,
// a hostile advisory is refused without changing anything, and the inventory
// export carries each device's posture score.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using pasban::test::CliRun;

namespace {

const QByteArray Passphrase = "Posture CLI passphrase 19fe";
const QString CisaFolder = QStringLiteral(PASBAN_SOURCE_DIR "/tests/data/csaf/cisa");

const QByteArray CmmsCsv = "Asset Tag,Manufacturer,Model Number,Firmware Version,Location\r\n"
                           "BME-SCALE,BPL Medical Technologies Pvt. Ltd.,PWS-01-BT,1.0,Ward 2\r\n"
                           "BME-PUMP,Medtronic,MMT-1754,4.1,ICU\r\n"
                           "BME-OTHER,Omron Healthcare Co. Ltd.,HEM-7600T,1.0,Ward 3\r\n"_ba;

QJsonObject deviceWithTag(const QJsonArray &devices, const QString &tag)
{
    for (const QJsonValue &device : devices) {
        if (device[u"assetTag"_s].toString() == tag)
            return device.toObject();
    }
    return {};
}

QJsonObject findingWithId(const QJsonObject &device, const QString &id)
{
    for (const QJsonValue &finding : device[u"findings"_s].toArray()) {
        if (finding[u"id"_s].toString() == id)
            return finding.toObject();
    }
    return {};
}

} // namespace

class TestPostureCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<pasban::test::CliRunner>(QStringLiteral(PASBAN_CLI), m_dir);
        m_passphraseFile = m_dir.filePath(u"passphrase.txt"_s);
        write(m_passphraseFile, Passphrase + "\n");
        const QString csv = m_dir.filePath(u"cmms.csv"_s);
        write(csv, CmmsCsv);
        const CliRun imported = audited({u"inventory"_s, u"import"_s, csv, u"--json"_s});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }

    void advisoriesImportAndMatchTheInventory()
    {
        CliRun run = audited({u"advisories"_s, u"import"_s, CisaFolder, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json()[u"imported"_s].toArray().size(), 5);

        run = m_cli->run({u"advisories"_s, u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray advisories = run.json().array();
        QCOMPARE(advisories.size(), 5);
        QHash<QString, QStringList> affected;
        for (const QJsonValue &advisory : advisories) {
            for (const QJsonValue &device : advisory[u"affectedDevices"_s].toArray())
                affected[advisory[u"id"_s].toString()].append(device[u"assetTag"_s].toString());
        }
        // Exactly the expected devices: the scale and the pump, not the Omron.
        QCOMPARE(affected.value(u"ICSMA-24-254-01"_s), QStringList {u"BME-SCALE"_s});
        QCOMPARE(affected.value(u"ICSMA-22-263-01"_s), QStringList {u"BME-PUMP"_s});
        QCOMPARE(affected.size(), 2);
    }

    void postureShowsTheFindingAndAcceptanceRaisesTheScore()
    {
        CliRun run = m_cli->run({u"posture"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonObject scale = deviceWithTag(run.json().array(), u"BME-SCALE"_s);
        QVERIFY(!scale.isEmpty());
        const QString id = u"advisory/ICSMA-24-254-01/CVE-2024-34463"_s;
        QJsonObject finding = findingWithId(scale, id);
        QVERIFY2(!finding.isEmpty(), QJsonDocument(scale).toJson().constData());
        QCOMPARE(finding[u"status"_s].toString(), u"open"_s);
        QVERIFY(finding[u"cvss"_s].toDouble() > 0);
        QVERIFY(finding[u"references"_s].toObject()[u"cve"_s].toArray().contains(u"CVE-2024-34463"_s));
        QVERIFY(!finding[u"evidence"_s].toArray().isEmpty());
        QVERIFY(!finding[u"remediation"_s].toString().isEmpty());
        const int before = scale[u"score"_s].toInt();

        // A reason is required; an expiry date in the past is refused.
        const QString device = scale[u"id"_s].toString();
        run = audited({u"posture"_s, u"accept"_s, u"--device"_s, device, u"--finding"_s, id, u"--reason"_s, u"x"_s,
                       u"--expires"_s, u"2099-01-01"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json()[u"error"_s][u"code"_s].toString(), u"posture.reason_required"_s);
        const QString reason = u"Scale used only in the shielded room; vendor fix ordered"_s;
        const QString expires = QDate::currentDate().addDays(60).toString(Qt::ISODate);
        run = audited({u"posture"_s, u"accept"_s, u"--device"_s, device, u"--finding"_s, id, u"--reason"_s, reason,
                       u"--expires"_s, u"2020-01-01"_s});
        QCOMPARE(run.exitCode, 1);
        run = audited({u"posture"_s, u"accept"_s, u"--device"_s, device, u"--finding"_s, id, u"--reason"_s, reason,
                       u"--expires"_s, expires, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.out.constData());

        run = m_cli->run({u"posture"_s, u"--device"_s, device, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        scale = run.json().array().first().toObject();
        finding = findingWithId(scale, id);
        QCOMPARE(finding[u"status"_s].toString(), u"risk-accepted"_s);
        QCOMPARE(finding[u"acceptance"_s].toObject()[u"reason"_s].toString(), reason);
        QVERIFY(scale[u"score"_s].toInt() > before);

        const CliRun tail = audited({u"audit"_s, u"tail"_s, u"-n"_s, u"5"_s, u"--json"_s});
        QCOMPARE(tail.exitCode, 0);
        QVERIFY2(tail.out.contains("posture-risk-accepted") && tail.out.contains("CVE-2024-34463"),
                 tail.out.constData());
        QCOMPARE(m_cli->run({u"posture"_s, u"--device"_s, u"nope"_s}).exitCode, 2);
    }

    void aHostileAdvisoryChangesNothing()
    {
        const QByteArray before = m_cli->run({u"advisories"_s, u"list"_s, u"--json"_s}).out;
        const QString hostile = m_dir.filePath(u"hostile.json"_s);
        write(hostile,
              QByteArray(R"({"document": {"csaf_version": "2.0", "category": "csaf_security_advisory", )")
                  + QByteArray(200000, '[') + "}}");
        const CliRun run = audited({u"advisories"_s, u"import"_s, CisaFolder, hostile, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.json()[u"error"_s][u"message"_s].toString().contains(u"hostile.json"_s));
        QCOMPARE(m_cli->run({u"advisories"_s, u"list"_s, u"--json"_s}).out, before);
        QCOMPARE(m_cli->run({u"advisories"_s, u"import"_s}).exitCode, 2);
    }

    void theInventoryExportCarriesThePostureScore()
    {
        const QString out = m_dir.filePath(u"export.json"_s);
        const CliRun run = audited({u"inventory"_s, u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
        const QJsonObject scale = deviceWithTag(rows, u"BME-SCALE"_s);
        QVERIFY2(scale[u"postureScore"_s].isDouble(), QJsonDocument(scale).toJson().constData());
        QVERIFY(scale[u"openFindings"_s].isDouble());
    }

private:
    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    CliRun audited(const QStringList &arguments)
    {
        const CliRun run = m_cli->run(arguments + QStringList {u"--passphrase-file"_s, m_passphraseFile});
        if (run.out.contains(Passphrase) || run.err.contains(Passphrase))
            qFatal("the passphrase was printed");
        return run;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<pasban::test::CliRunner> m_cli;
    QString m_passphraseFile;
};

QTEST_GUILESS_MAIN(TestPostureCli)
#include "tst_PostureCli.moc"
