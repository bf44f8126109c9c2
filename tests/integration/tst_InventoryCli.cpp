// pasban-cli inventory: import (dry run, strict, all or nothing), add, list,
// remove and export, each change audited, exit codes as the README says; and an
// import matched to the simulated ward scanned afterwards.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray Passphrase = "Inventory CLI passphrase 5c1e";

const QByteArray CmmsCsv = "\xEF\xBB\xBF"
                           "Asset Tag,Manufacturer,Model Number,Serial Number,Firmware Version,Location,Notes,"
                           "Bluetooth Address\r\n"
                           "BME-OX,Karun Medical,OX-200,OX200-0001,2.0,\"ICU, bed 3\",یادداشت,C4:7F:51:3A:22:10\r\n"
                           "BME-TC,Karun Medical,TC-1,TC1-000417,1.4.2,بخش قلب,,\r\n"_ba;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestInventoryCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.remove(u"PASBAN_DATA_DIR"_s);
        m_env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + m_dir->filePath(u"no-bus"_s));
        m_env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
        m_env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"home/.local/share"_s));
        m_dataDir = m_dir->filePath(u"data"_s);
        m_passphraseFile = m_dir->filePath(u"passphrase.txt"_s);
        writeFile(m_passphraseFile, Passphrase + "\n");
        m_csv = m_dir->filePath(u"cmms.csv"_s);
        writeFile(m_csv, CmmsCsv);
    }
    void cleanup() { m_dir.reset(); }

    void dryRunThenImportThenScanMatches()
    {
        Run run = inventory({u"import"_s, m_csv, u"--dry-run"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json()[u"added"_s].toInt(), 2);
        QCOMPARE(run.json()[u"dryRun"_s].toBool(), true);
        QCOMPARE(run.json()[u"applied"_s].toBool(), false);
        QVERIFY(listJson().isEmpty()); // nothing written

        run = inventory({u"import"_s, m_csv, u"--json"_s}, true);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json()[u"applied"_s].toBool(), true);
        QJsonArray list = listJson();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0][u"assetTag"_s].toString(), u"BME-OX"_s);
        QCOMPARE(list[0][u"location"_s].toString(), u"ICU, bed 3"_s);
        QCOMPARE(list[0][u"notes"_s].toString(), u"یادداشت"_s);
        QCOMPARE(list[0][u"state"_s].toString(), u"declared-only"_s);

        // The ward scanned and interrogated afterwards: the records meet their devices.
        run = cli({u"scan"_s, u"--ble"_s, u"--demo"_s, u"--seconds"_s, u"2"_s, u"--interrogate"_s, u"--data-dir"_s,
                   m_dataDir});
        QCOMPARE(run.exitCode, 0);
        list = listJson();
        QCOMPARE(list.size(), 5); // two matched records and three devices nobody declared
        const QJsonObject oximeter = list[0].toObject();
        QCOMPARE(oximeter[u"assetTag"_s].toString(), u"BME-OX"_s);
        QCOMPARE(oximeter[u"state"_s].toString(), u"matched"_s);
        QCOMPARE(oximeter[u"matchedBy"_s].toString(), u"bluetooth-address"_s);
        QCOMPARE(oximeter[u"id"_s].toString(), u"ble:C4:7F:51:3A:22:10"_s);
        QCOMPARE(oximeter[u"declared"_s][u"firmware"_s].toString(), u"2.0"_s);
        QCOMPARE(oximeter[u"firmware"_s].toString(), u"2.1.0"_s);
        bool mismatch = false;
        for (const QJsonValue &c : oximeter[u"comparison"_s].toArray()) {
            if (c[u"field"_s].toString() == u"firmware"_s)
                mismatch = c[u"state"_s].toString() == u"differs"_s;
        }
        QVERIFY(mismatch);
        QCOMPARE(list[1][u"matchedBy"_s].toString(), u"manufacturer-model-serial"_s);
        // Text output names the mismatch in words.
        run = cli({u"inventory"_s, u"list"_s, u"--data-dir"_s, m_dataDir});
        QVERIFY(run.out.contains("MISMATCH"));

        // Export: FHIR parses back with the observed firmware beside the declared one.
        const QString fhir = m_dir->filePath(u"inventory.fhir.json"_s);
        run = inventory({u"export"_s, u"--format"_s, u"fhir"_s, u"--out"_s, fhir, u"--json"_s}, true);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json()[u"exported"_s].toInt(), 5);
        const QJsonObject bundle = QJsonDocument::fromJson(readFile(fhir)).object();
        QCOMPARE(bundle[u"resourceType"_s].toString(), u"Bundle"_s);
        const QJsonObject device = bundle[u"entry"_s][0][u"resource"_s].toObject();
        QCOMPARE(device[u"identifier"_s][0][u"value"_s].toString(), u"BME-OX"_s);
        QCOMPARE(device[u"version"_s][1][u"value"_s].toString(), u"2.1.0"_s);

        // The import and the export were recorded in the audit log.
        run = cli({u"audit"_s, u"tail"_s, u"-n"_s, u"10"_s, u"--json"_s, u"--data-dir"_s, m_dataDir,
                   u"--passphrase-file"_s, m_passphraseFile});
        QCOMPARE(run.exitCode, 0);
        QStringList recorded;
        for (const QJsonValue &event : run.json()[u"events"_s].toArray())
            recorded << event[u"details"_s][u"event"_s].toString();
        QVERIFY2(recorded.contains(u"inventory-import"_s), qPrintable(recorded.join(u',')));
        QVERIFY(recorded.contains(u"inventory-export"_s));
    }

    void rejectedImportsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("where");
        QTest::newRow("missing asset tag") << "assetTag,model\nN-1,A\n,B\n"_ba << QStringList() << u"line 3"_s;
        QTest::newRow("duplicate") << "id,model\nN-1,A\nN-1,B\n"_ba << QStringList() << u"line 3"_s;
        QTest::newRow("bad VID") << "assetTag,usbVendorId,usbProductId\nN-1,12345,0001\n"_ba << QStringList()
                                 << u"line 2, usbVendorId"_s;
        QTest::newRow("strict unknown column")
            << "assetTag,Cost Centre\nN-1,1\n"_ba << QStringList {u"--strict"_s} << u"line 1, Cost Centre"_s;
        QTest::newRow("truncated") << "assetTag,notes\nN-1,\"open"_ba << QStringList() << u"line 2"_s;
    }
    void rejectedImportsChangeNothing()
    {
        QFETCH(QByteArray, file);
        QFETCH(QStringList, options);
        QFETCH(QString, where);
        QCOMPARE(inventory({u"import"_s, m_csv}, true).exitCode, 0);
        const QByteArray before = cli({u"inventory"_s, u"list"_s, u"--json"_s, u"--data-dir"_s, m_dataDir}).out;
        QVERIFY(before.contains("BME-OX"));
        const QString bad = m_dir->filePath(u"bad.csv"_s);
        writeFile(bad, file);
        Run run = inventory(QStringList {u"import"_s, bad} + options, true);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(where.toUtf8()), run.out.constData());
        run = inventory(QStringList {u"import"_s, bad, u"--json"_s} + options, true);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.json()[u"rejected"_s].toInt() >= 1);
        QCOMPARE(cli({u"inventory"_s, u"list"_s, u"--json"_s, u"--data-dir"_s, m_dataDir}).out, before);
    }

    void addListRemoveAndTheirExitCodes()
    {
        Run run = inventory({u"add"_s, u"--asset-tag"_s, u"P-1"_s, u"--manufacturer"_s, u"Karun Medical"_s,
                             u"--usb-vendor-id"_s, u"04D8"_s, u"--usb-product-id"_s, u"000a"_s, u"--serial"_s,
                             u"SN-1"_s, u"--location"_s, u"اتاق ۴"_s, u"--json"_s},
                            true);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json()[u"added"_s].toString(), u"P-1"_s);
        QJsonArray list = listJson();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][u"usbVendorId"_s].toString(), u"04d8"_s);
        QCOMPARE(list[0][u"location"_s].toString(), u"اتاق ۴"_s);
        // A duplicate, a bad field: refused (1); no tag: usage (2).
        QCOMPARE(inventory({u"add"_s, u"--asset-tag"_s, u"P-1"_s}, true).exitCode, 1);
        QCOMPARE(inventory({u"add"_s, u"--asset-tag"_s, u"P-2"_s, u"--bluetooth-address"_s, u"nope"_s}, true).exitCode,
                 1);
        QCOMPARE(inventory({u"add"_s, u"--model"_s, u"X"_s}, true).exitCode, 2);
        QCOMPARE(inventory({u"remove"_s, u"--asset-tag"_s, u"NOPE"_s}, true).exitCode, 1);
        QCOMPARE(inventory({u"remove"_s, u"--asset-tag"_s, u"P-1"_s}, true).exitCode, 0);
        QVERIFY(listJson().isEmpty());

        // Once the log exists, a change without its passphrase is refused.
        run = inventory({u"add"_s, u"--asset-tag"_s, u"P-3"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--passphrase-file"));
        QVERIFY(listJson().isEmpty());
        const QString wrong = m_dir->filePath(u"wrong.txt"_s);
        writeFile(wrong, "wrong passphrase\n");
        run = cli({u"inventory"_s, u"add"_s, u"--asset-tag"_s, u"P-3"_s, u"--data-dir"_s, m_dataDir,
                   u"--passphrase-file"_s, wrong});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(listJson().isEmpty());

        run = cli({u"audit"_s, u"tail"_s, u"-n"_s, u"10"_s, u"--json"_s, u"--data-dir"_s, m_dataDir,
                   u"--passphrase-file"_s, m_passphraseFile});
        QStringList recorded;
        for (const QJsonValue &event : run.json()[u"events"_s].toArray())
            recorded << event[u"details"_s][u"event"_s].toString();
        QCOMPARE(recorded.count(u"inventory-add"_s), 1);
        QCOMPARE(recorded.count(u"inventory-remove"_s), 1); // NOPE was refused: nothing changed, nothing recorded
    }

    void jsonFileAndUsage()
    {
        const QString json = m_dir->filePath(u"cmms.json"_s);
        writeFile(json, R"([{"id": "J-1", "Serial Number": "S-1"}, {"id": "J-2"}])");
        QCOMPARE(inventory({u"import"_s, json}).exitCode, 0); // no log yet: allowed, with a warning
        QCOMPARE(listJson().size(), 2);
        QCOMPARE(inventory({u"import"_s, m_dir->filePath(u"missing.csv"_s)}).exitCode, 2);
        QCOMPARE(inventory({u"export"_s, u"--format"_s, u"xml"_s, u"--out"_s, u"x"_s}).exitCode, 2);
        QCOMPARE(inventory({u"export"_s, u"--format"_s, u"csv"_s}).exitCode, 2);
        QCOMPARE(inventory({u"frobnicate"_s}).exitCode, 2);
        const QString csv = m_dir->filePath(u"out.csv"_s);
        QCOMPARE(inventory({u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv}).exitCode, 0);
        QVERIFY(readFile(csv).startsWith("\xEF\xBB\xBF"
                                         "assetTag,"));
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

    Run inventory(const QStringList &arguments, bool audited = false)
    {
        QStringList all = QStringList {u"inventory"_s} + arguments + QStringList {u"--data-dir"_s, m_dataDir};
        if (audited)
            all << u"--passphrase-file"_s << m_passphraseFile;
        const Run run = cli(all);
        if (run.out.contains(Passphrase) || run.err.contains(Passphrase))
            qFatal("the passphrase was printed");
        return run;
    }

    QJsonArray listJson()
    {
        return cli({u"inventory"_s, u"list"_s, u"--json"_s, u"--data-dir"_s, m_dataDir}).json().array();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_env;
    QString m_dataDir;
    QString m_passphraseFile;
    QString m_csv;
};

QTEST_GUILESS_MAIN(TestInventoryCli)
#include "tst_InventoryCli.moc"
