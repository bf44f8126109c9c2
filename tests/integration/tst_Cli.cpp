// pasban-cli is a product interface: these tests pin its commands, JSON and exit codes.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run runCli(const QStringList &arguments,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PASBAN_CLI), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.remove(u"PASBAN_DATA_DIR"_s);
        m_env.insert(u"HOME"_s, m_dir.filePath(u"home"_s)); // never the real home
        m_env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/.local/share"_s));
    }

    void versionIsPrinted()
    {
        const Run run = runCli({u"--version"_s}, m_env);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("pasban-cli " PASBAN_VERSION));
    }

    void helpListsCommandsAndOptions()
    {
        const Run run = runCli({u"--help"_s}, m_env);
        QCOMPARE(run.exitCode, 0);
        for (const char *expected : {"info", "selftest", "--json", "--data-dir", "--lang"})
            QVERIFY2(run.out.contains(expected), expected);
    }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(runCli({u"frobnicate"_s}, m_env).exitCode, 2);
        QCOMPARE(runCli({u"--no-such-option"_s}, m_env).exitCode, 2);
        QCOMPARE(runCli({}, m_env).exitCode, 2);
        QCOMPARE(runCli({u"--lang"_s, u"tlh"_s, u"info"_s}, m_env).exitCode, 2);
    }

    void selfTestPasses()
    {
        const Run run = runCli({u"selftest"_s, u"--json"_s}, m_env);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"selfTest"_s).toString(), u"passed"_s);
        QVERIFY(run.json().value(u"openssl"_s).toString().startsWith(u"OpenSSL 3"_s));
    }

    void infoUsesTheDataDirOption()
    {
        const QString dataDir = m_dir.filePath(u"console"_s);
        const Run run = runCli({u"info"_s, u"--json"_s, u"--data-dir"_s, dataDir}, m_env);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject info = run.json();
        QCOMPARE(info.value(u"dataDirectory"_s).toString(), dataDir);
        QVERIFY(info.value(u"schemaVersion"_s).toInt() >= 1);
        QVERIFY(QFile::exists(info.value(u"database"_s).toString()));
        QVERIFY(info.value(u"database"_s).toString().startsWith(dataDir));
        QCOMPARE(info.value(u"version"_s).toString(), QStringLiteral(PASBAN_VERSION));
    }

    void infoUsesTheEnvironmentVariable()
    {
        const QString dataDir = m_dir.filePath(u"from-env"_s);
        QProcessEnvironment env = m_env;
        env.insert(u"PASBAN_DATA_DIR"_s, dataDir);
        const Run run = runCli({u"info"_s, u"--json"_s}, env);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"dataDirectory"_s).toString(), dataDir);
        QVERIFY(!QFile::exists(m_dir.filePath(u"home"_s)));
    }

    void unusableDataDirExitsWithThreeAndSaysWhy()
    {
        const QString blocker = m_dir.filePath(u"blocker"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Run run = runCli({u"info"_s, u"--json"_s, u"--data-dir"_s, blocker}, m_env);
        QCOMPARE(run.exitCode, 3);
        const QJsonObject error = run.json().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"datadir.not_a_folder"_s);
        QCOMPARE(error.value(u"exitCode"_s).toInt(), 3);
        QVERIFY(run.err.contains("is a file, not a folder"));
    }

    void persianTextOutput()
    {
        const QString blocker = m_dir.filePath(u"blocker-fa"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Run run = runCli({u"info"_s, u"--lang"_s, u"fa"_s, u"--data-dir"_s, blocker}, m_env);
        QCOMPARE(run.exitCode, 3);
        const QString message = QString::fromUtf8(run.err);
        QVERIFY2(message.contains(u"پوشه"_s), qPrintable(message)); // "folder" in Persian
        QVERIFY(message.contains(u"datadir.not_a_folder"_s)); // the code stays machine-readable
    }

    void damagedDatabaseIsRefusedAndLeftUntouched()
    {
        const QString dataDir = m_dir.filePath(u"damaged"_s);
        QVERIFY(QDir().mkpath(dataDir));
        QFile db(dataDir + u"/pasban.sqlite"_s);
        QVERIFY(db.open(QIODevice::WriteOnly));
        const QByteArray garbage(8192, '\x5a');
        db.write(garbage);
        db.close();
        const Run run = runCli({u"info"_s, u"--json"_s, u"--data-dir"_s, dataDir}, m_env);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"storage.corrupt"_s);
        QVERIFY(db.open(QIODevice::ReadOnly));
        QCOMPARE(db.readAll(), garbage);
    }

    void scanOfTheDemoFleetWithInterrogation()
    {
        const QString dataDir = m_dir.filePath(u"scan"_s);
        const Run run = runCli({u"scan"_s, u"--ble"_s, u"--demo"_s, u"--seconds"_s, u"1"_s, u"--interrogate"_s,
                                u"--json"_s, u"--data-dir"_s, dataDir},
                               m_env);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray devices = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(devices.size(), 5);
        QHash<QString, QJsonObject> byClass;
        for (const QJsonValue &value : devices) {
            const QJsonObject device = value.toObject();
            for (const char *field :
                 {"id", "transport", "address", "addressType", "name", "rssi", "manufacturer", "companyId",
                  "appearance", "deviceClass", "services", "smp", "dis", "probe", "smpOpen"})
                QVERIFY2(device.contains(QLatin1StringView(field)), field);
            QCOMPARE(device.value(u"transport"_s).toString(), u"ble"_s);
            byClass.insert(device.value(u"deviceClass"_s).toString(), device);
        }
        const QJsonObject oximeter = byClass.value(u"pulse-oximeter"_s);
        QCOMPARE(oximeter.value(u"probe"_s).toObject().value(u"00002a5f-0000-1000-8000-00805f9b34fb"_s).toString(),
                 u"open"_s);
        QCOMPARE(oximeter.value(u"dis"_s).toObject().value(u"model"_s).toString(), u"OX-200"_s);
        const QJsonObject strap = byClass.value(u"heart-rate-monitor"_s);
        QCOMPARE(strap.value(u"probe"_s).toObject().value(u"00002a37-0000-1000-8000-00805f9b34fb"_s).toString(),
                 u"protected"_s);
        bool smpOpenSeen = false;
        for (const QJsonObject &device : std::as_const(byClass))
            smpOpenSeen = smpOpenSeen || (device.value(u"smp"_s).toBool() && device.value(u"smpOpen"_s).toBool());
        QVERIFY(smpOpenSeen);

        // Everything seen is in the inventory afterwards.
        const Run list = runCli({u"inventory"_s, u"list"_s, u"--json"_s, u"--data-dir"_s, dataDir}, m_env);
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 5);
    }

    void scanWithoutAnAdapterExitsWithThree()
    {
        QProcessEnvironment env = m_env;
        // A bus with no BlueZ on it: QtBluetooth finds no adapter.
        env.insert(u"DBUS_SYSTEM_BUS_ADDRESS"_s, u"unix:path="_s + m_dir.filePath(u"no-bus"_s));
        const Run run = runCli({u"scan"_s, u"--ble"_s, u"--seconds"_s, u"1"_s, u"--json"_s, u"--data-dir"_s,
                                m_dir.filePath(u"noadapter"_s)},
                               env);
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("No Bluetooth adapter"));
        QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"discovery.no_adapter"_s);
    }

    void scanRejectsABadDuration()
    {
        QCOMPARE(runCli({u"scan"_s, u"--demo"_s, u"--seconds"_s, u"zero"_s}, m_env).exitCode, 2);
        QCOMPARE(runCli({u"inventory"_s, u"frobnicate"_s}, m_env).exitCode, 2);
    }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_Cli.moc"
