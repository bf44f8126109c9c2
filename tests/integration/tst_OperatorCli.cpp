// pasban-cli with operator accounts (issue #8): a fresh folder runs without
// accounts; `operator init` creates the first clinical engineer; from then on the
// role decides (exit 4 with a JSON error when refused), every refusal is in the
// audit log, wrong passwords are refused and five of them lock the account; adding
// a trust root or importing an unverified image needs a second clinical engineer.
#include "../common/Canaries.h"
#include "../common/PackageFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using namespace Qt::Literals::StringLiterals;
namespace canary = pasban::test::canary;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    [[nodiscard]] QString errorCode() const { return json()[u"error"_s][u"code"_s].toString(); }
};

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestOperatorCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // One data folder for the whole run (each log-in costs a memory-hard hash):
    // alice and erin (clinical engineers), bob and dave (field technicians), carol (auditor).
    void initTestCase()
    {
        const QString error = m_fx.create();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_dir.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.remove(u"PASBAN_DATA_DIR"_s);
        m_env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + path(u"no-bus"_s));
        m_env.insert(u"HOME"_s, path(u"home"_s));
        m_env.insert(u"XDG_DATA_HOME"_s, path(u"home/.local/share"_s));
        m_dataDir = path(u"data"_s);
        writeFile(path(u"passphrase"_s), QByteArray(canary::OperatorCliPassphrase) + '\n');
        writeFile(path(u"alice.pw"_s), QByteArray(canary::OperatorEngineerPassword) + '\n');
        writeFile(path(u"bob.pw"_s), QByteArray(canary::OperatorTechnicianPassword) + "\r\n");
        writeFile(path(u"dave.pw"_s), QByteArray(canary::OperatorTechnicianPassword) + '\n');
        writeFile(path(u"carol.pw"_s), QByteArray(canary::OperatorAuditorPassword));
        writeFile(path(u"wrong.pw"_s), QByteArray(canary::OperatorWrongPassword) + '\n');
        writeFile(path(u"erin.pw"_s), QByteArray(canary::OperatorApproverPassword) + '\n');
        writeFile(path(u"app.bin"_s), m_fx.goodImages().first());
    }

    void freshFolderRunsWithoutAccounts()
    {
        const QString shared = std::exchange(m_dataDir, path(u"fresh"_s));
        const auto restore = qScopeGuard([&] { m_dataDir = shared; });
        Run run = cli({u"inventory"_s, u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        run = cli({u"operator"_s, u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(run.out).array().isEmpty());
        // Nobody can add an account before the first engineer exists.
        run = cli({u"operator"_s, u"add"_s, u"bob"_s, u"--role"_s, u"technician"_s, u"--new-password-file"_s,
                   path(u"bob.pw"_s), u"--json"_s});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.errorCode(), u"operator.not_provisioned"_s);
    }

    void provisioning()
    {
        Run run = cli({u"operator"_s, u"init"_s, u"alice"_s, u"--password-file"_s, path(u"alice.pw"_s),
                       u"--passphrase-file"_s, path(u"passphrase"_s), u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json()[u"role"_s].toString(), u"engineer"_s);
        for (const auto &[name, role] : {std::pair {u"bob"_s, u"technician"_s}, std::pair {u"dave"_s, u"technician"_s},
                                         std::pair {u"carol"_s, u"auditor"_s}, std::pair {u"erin"_s, u"engineer"_s}}) {
            run =
                as(u"alice"_s,
                   {u"operator"_s, u"add"_s, name, u"--role"_s, role, u"--new-password-file"_s, path(name + u".pw"_s)});
            QCOMPARE(run.exitCode, 0);
        }
    }

    void rolesAreEnforcedAndRefusalsAudited()
    {
        // A second init is refused: the first engineer exists.
        Run run = cli({u"operator"_s, u"init"_s, u"mallory"_s, u"--password-file"_s, path(u"wrong.pw"_s),
                       u"--passphrase-file"_s, path(u"passphrase"_s), u"--json"_s});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.errorCode(), u"operator.already_provisioned"_s);

        // Without credentials a protected command does nothing.
        run = cli({u"inventory"_s, u"list"_s, u"--passphrase-file"_s, path(u"passphrase"_s), u"--json"_s});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.errorCode(), u"operator.credentials_required"_s);

        // The technician cannot import a trust root; nothing is imported.
        const QStringList importRoot = importRootArguments();
        run = as(u"bob"_s, importRoot + QStringList {u"--json"_s});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.errorCode(), u"operator.permission_denied"_s);
        QCOMPARE(run.json()[u"error"_s][u"exitCode"_s].toInt(), 4);
        QCOMPARE(trustRoots(), 0);
        // What a technician may do, they can.
        QCOMPARE(as(u"bob"_s, {u"inventory"_s, u"list"_s, u"--json"_s}).exitCode, 0);
        // The password can come from standard input.
        QCOMPARE(
            as(u"bob"_s, {u"inventory"_s, u"list"_s}, u"-"_s, QByteArray(canary::OperatorTechnicianPassword)).exitCode,
            0);
        QCOMPARE(as(u"bob"_s, {u"audit"_s, u"verify"_s}).exitCode, 4);

        // The auditor reads and verifies the log but changes nothing.
        QCOMPARE(as(u"carol"_s, {u"audit"_s, u"verify"_s}).exitCode, 0);
        run =
            as(u"carol"_s,
               {u"inventory"_s, u"add"_s, u"--asset-tag"_s, u"BME-1"_s, u"--manufacturer"_s, u"Karun"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.errorCode(), u"operator.permission_denied"_s);
        QCOMPARE(as(u"carol"_s, {u"operator"_s, u"list"_s}).exitCode, 4);

        // The engineer may, but not alone (twoPersonRule).
        run = as(u"alice"_s, importRoot + QStringList {u"--json"_s});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.errorCode(), u"operator.approval_required"_s);
        QCOMPARE(trustRoots(), 0);

        // The technician's refusal is in the log, readable with audit tail.
        const QJsonArray events = tail(u"carol"_s);
        bool refusalFound = false;
        bool loginFound = false;
        for (const QJsonValue &event : events) {
            if (event[u"type"_s].toInt() == 110132 && event[u"operator"_s].toString() == u"bob"_s
                && event[u"details"_s][u"permission"_s].toString() == u"manage-trust"_s) {
                refusalFound = true;
                QCOMPARE(event[u"outcome"_s].toInt(), 4);
            }
            if (event[u"type"_s].toInt() == 110122 && event[u"operator"_s].toString() == u"bob"_s
                && event[u"outcome"_s].toInt() == 0)
                loginFound = true;
        }
        QVERIFY(refusalFound);
        QVERIFY(loginFound);
    }

    void wrongPasswordsLockTheAccount()
    {
        for (int attempt = 1; attempt <= 4; ++attempt) {
            const Run run = as(u"bob"_s, {u"inventory"_s, u"list"_s, u"--json"_s}, path(u"wrong.pw"_s));
            QCOMPARE(run.exitCode, 4);
            QCOMPARE(run.errorCode(), u"operator.bad_credentials"_s);
        }
        Run run = as(u"bob"_s, {u"inventory"_s, u"list"_s, u"--json"_s}, path(u"wrong.pw"_s));
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.errorCode(), u"operator.locked"_s);
        // Locked: even the right password is refused now.
        run = as(u"bob"_s, {u"inventory"_s, u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.errorCode(), u"operator.locked"_s);
        // An unknown operator is told the same as a wrong password.
        run = as(u"nobody"_s, {u"inventory"_s, u"list"_s, u"--json"_s}, path(u"wrong.pw"_s));
        QCOMPARE(run.errorCode(), u"operator.bad_credentials"_s);

        // The engineer sees the account locked, and the lock-out is audited.
        run = as(u"alice"_s, {u"operator"_s, u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        bool bobLocked = false;
        for (const QJsonValue &account : QJsonDocument::fromJson(run.out).array())
            if (account[u"name"_s].toString() == u"bob"_s)
                bobLocked = account[u"locked"_s].toBool();
        QVERIFY(bobLocked);
        bool lockoutAudited = false;
        for (const QJsonValue &event : tail(u"carol"_s))
            lockoutAudited = lockoutAudited
                || (event[u"type"_s].toInt() == 110122 && event[u"operator"_s].toString() == u"bob"_s
                    && event[u"outcome"_s].toInt() == 8);
        QVERIFY(lockoutAudited);
    }

    // Adding a trust root and importing an unverified image need a second,
    // different, enabled clinical engineer with their own password; every refusal
    // leaves nothing changed, and the approval is audited with both names.
    void twoPersonRule()
    {
        const QStringList importRoot = importRootArguments() + QStringList {u"--json"_s};
        const auto approver = [&](const QString &name, const QString &file = {}) {
            return QStringList {u"--approver"_s, name, u"--approver-password-file"_s,
                                file.isEmpty() ? path(name + u".pw"_s) : file};
        };
        Run run = as(u"alice"_s, importRoot + approver(u"alice"_s));
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.errorCode(), u"operator.second_person"_s);
        run = as(u"alice"_s, importRoot + approver(u"dave"_s));
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.errorCode(), u"operator.second_person"_s);
        QVERIFY2(run.json()[u"error"_s][u"message"_s].toString().contains(u"dave"_s), run.out.constData());
        run = as(u"alice"_s, importRoot + approver(u"erin"_s, path(u"wrong.pw"_s)));
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.errorCode(), u"operator.bad_credentials"_s);
        // Only --approver without the password file is not an approval either.
        run = as(u"alice"_s, importRoot + QStringList {u"--approver"_s, u"erin"_s});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.errorCode(), u"operator.approval_required"_s);
        QCOMPARE(trustRoots(), 0);
        // An approver does not lend their rights: the technician is still refused.
        run = as(u"dave"_s, importRoot + approver(u"erin"_s));
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.errorCode(), u"operator.permission_denied"_s);
        QCOMPARE(trustRoots(), 0);

        run = as(u"alice"_s, importRoot + approver(u"erin"_s));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(trustRoots(), 1);

        // The unverified import: alone refused, approved it is imported.
        const QStringList unverified {u"package"_s,       u"import"_s,   path(u"app.bin"_s),      u"--unverified"_s,
                                      u"--accept-risk"_s, u"--reason"_s, u"vendor portal down"_s, u"--json"_s};
        run = as(u"alice"_s, unverified);
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.errorCode(), u"operator.approval_required"_s);
        QCOMPARE(cli({u"package"_s, u"list"_s, u"--json"_s}).json()[u"packages"_s].toArray().size(), 0);
        run = as(u"alice"_s, unverified + approver(u"erin"_s));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json()[u"verdict"_s].toString(), u"unverified"_s);
        QCOMPARE(run.json()[u"importedBy"_s].toString(), u"alice"_s);

        // Both approvals are in the log with both names, and so are the refusals.
        QStringList approved;
        bool samePersonRefused = false;
        for (const QJsonValue &event : tail(u"carol"_s)) {
            if (event[u"type"_s].toInt() != 110132 || event[u"operator"_s].toString() != u"alice"_s)
                continue;
            const QJsonValue details = event[u"details"_s];
            if (event[u"outcome"_s].toInt() == 0 && details[u"approver"_s].toString() == u"erin"_s)
                approved.append(details[u"permission"_s].toString());
            if (event[u"outcome"_s].toInt() == 4 && details[u"refused"_s].toString() == u"operator.second_person"_s)
                samePersonRefused = true;
        }
        QCOMPARE(approved, (QStringList {u"manage-trust"_s, u"import-unverified"_s}));
        QVERIFY(samePersonRefused);
    }

    void engineerManagesAccounts()
    {
        // A second engineer can be disabled, and a disabled one cannot approve.
        QCOMPARE(as(u"alice"_s, {u"operator"_s, u"disable"_s, u"erin"_s}).exitCode, 0);
        Run refused = as(u"alice"_s,
                         importRootArguments()
                             + QStringList {u"--approver"_s, u"erin"_s, u"--approver-password-file"_s,
                                            path(u"erin.pw"_s), u"--json"_s});
        QCOMPARE(refused.exitCode, 4);
        QCOMPARE(refused.errorCode(), u"operator.disabled"_s);
        // Disable: the technician can no longer log in.
        QCOMPARE(as(u"alice"_s, {u"operator"_s, u"disable"_s, u"dave"_s}).exitCode, 0);
        Run run = as(u"dave"_s, {u"inventory"_s, u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.errorCode(), u"operator.disabled"_s);
        // The last engineer cannot be disabled.
        run = as(u"alice"_s, {u"operator"_s, u"disable"_s, u"alice"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errorCode(), u"operator.last_engineer"_s);
        // A weak new password is refused by the policy.
        writeFile(path(u"weak.pw"_s), "short\n");
        run = as(u"carol"_s, {u"operator"_s, u"passwd"_s, u"--new-password-file"_s, path(u"weak.pw"_s), u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errorCode(), u"operator.password_policy"_s);
        // One's own password: the old one stops working.
        run = as(u"carol"_s, {u"operator"_s, u"passwd"_s, u"--new-password-file"_s, path(u"wrong.pw"_s)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(as(u"carol"_s, {u"audit"_s, u"verify"_s}).exitCode, 4);
        QCOMPARE(as(u"carol"_s, {u"audit"_s, u"verify"_s}, path(u"wrong.pw"_s)).exitCode, 0);
    }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QStringList importRootArguments()
    {
        return {u"trust"_s, u"import"_s, m_fx.pki().path(u"vendor-root.crt"_s), u"--role"_s, u"vendor"_s, u"--yes"_s};
    }

    // The trust list is public (certificates only): no credentials needed.
    qsizetype trustRoots()
    {
        const Run run = cli({u"trust"_s, u"list"_s, u"--json"_s});
        return run.exitCode == 0 ? run.json()[u"roots"_s].toArray().size() : -1;
    }

    QJsonArray tail(const QString &reader)
    {
        const Run run = as(reader, {u"audit"_s, u"tail"_s, u"-n"_s, u"100"_s, u"--json"_s});
        if (run.exitCode != 0)
            qWarning("audit tail failed: %s", run.err.constData());
        return run.json()[u"events"_s].toArray();
    }

    // ARGUMENTS as NAME, with NAME's password file (or PASSWORD_FILE; "-" sends STDIN).
    Run as(const QString &name, const QStringList &arguments, const QString &passwordFile = {},
           const QByteArray &stdinBytes = {})
    {
        return cli(arguments
                       + QStringList {u"--operator"_s, name, u"--password-file"_s,
                                      passwordFile.isEmpty() ? path(name + u".pw"_s) : passwordFile,
                                      u"--passphrase-file"_s, path(u"passphrase"_s)},
                   stdinBytes);
    }

    Run cli(const QStringList &arguments, const QByteArray &stdinBytes = {})
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(QStringLiteral(PASBAN_CLI), arguments + QStringList {u"--data-dir"_s, m_dataDir});
        if (!stdinBytes.isEmpty())
            process.write(stdinBytes + '\n');
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            return {};
        const Run run {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                       process.readAllStandardOutput(), process.readAllStandardError()};
        for (const char *secret :
             {canary::OperatorCliPassphrase, canary::OperatorEngineerPassword, canary::OperatorTechnicianPassword,
              canary::OperatorAuditorPassword, canary::OperatorWrongPassword, canary::OperatorApproverPassword})
            if (run.out.contains(secret) || run.err.contains(secret))
                qFatal("a secret was printed");
        return run;
    }

    pasban::test::PackageFixture m_fx;
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_dataDir;
};

QTEST_GUILESS_MAIN(TestOperatorCli)
#include "tst_OperatorCli.moc"
