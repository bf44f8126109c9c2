// pasban-cli is a product interface: these tests pin its commands, JSON and exit codes.
#include <QDir>
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

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_Cli.moc"
