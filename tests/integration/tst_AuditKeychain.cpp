// The audit log's keys and anchor in a real Secret Service: ctest runs this under
// keyring/with_keyring.sh (a private D-Bus session with gnome-keyring-daemon
// unlocked, private HOME). Covers: a new log keyed by the keystore, a missing
// entry, no keystore at all (no session bus: a clear error and no writes), a move
// from a passphrase to the keystore keeping history readable, and the keystore
// anchor catching a database and anchor file put back together.
#include "Canaries.h"
#include "MockClock.h"
#include "audit/AuditOpener.h"
#include "audit/KeychainAnchorStore.h"
#include "audit/KeychainKeyStore.h"
#include "audit/PassphraseKeyStore.h"
#include "storage/ConsoleSchema.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::audit;

namespace {

const crypto::ScryptParams TestCost {1u << 10, 8, 1};
const QString Service = u"org.pasban.Pasban.test"_s;

QByteArray filesOf(const QString &databasePath)
{
    QByteArray bytes;
    for (const QString &suffix : {u""_s, u"-wal"_s}) {
        QFile file(databasePath + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

AuditEvent loginBy(const QString &operatorId)
{
    AuditEvent e;
    e.type = EventType::Login;
    e.operatorId = operatorId;
    return e;
}

} // namespace

class TestAuditKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (const QByteArray why = qgetenv("PASBAN_NO_KEYRING"); !why.isEmpty())
            QSKIP(qPrintable(u"no Secret Service to test against: "_s + QString::fromLocal8Bit(why)));
        QVERIFY2(KeychainKeyStore(Service).isAvailable(),
                 "with_keyring.sh started gnome-keyring-daemon, yet no keystore answers");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void newLogIsKeyedByTheKeystoreAndReopens()
    {
        QByteArray logId;
        {
            Result<std::unique_ptr<AuditOpener::Opened>> opened = AuditOpener::open(request(true));
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
            AuditLog &log = *(*opened)->log;
            QVERIFY(log.created());
            QCOMPARE(log.keyStoreKind(), u"keychain"_s);
            QVERIFY((*opened)->keychainAnchor);
            QVERIFY(log.append(loginBy(u"amir"_s)).ok());
            logId = log.logId();
            QVERIFY(log.close().ok());
        }
        // The key is in the keystore, not on disk: no passphrase needed to reopen.
        Result<std::unique_ptr<AuditOpener::Opened>> opened = AuditOpener::open(request(false));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
        QCOMPARE((*opened)->log->tail(1).value().first().operatorId, u"amir"_s);
        QVERIFY((*opened)->log->verify().value().intact());
        // Both anchors hold the newest checkpoint.
        const Checkpoint inKeystore = (*opened)->keychainAnchor->load().value().value();
        QCOMPARE(inKeystore.logId, logId);
        QCOMPARE(inKeystore, (*opened)->fileAnchor->load().value().value());
    }

    void missingEntryIsAClearErrorAndChangesNothing()
    {
        QByteArray logId;
        {
            Result<std::unique_ptr<AuditOpener::Opened>> opened = AuditOpener::open(request(true));
            QVERIFY(opened.ok());
            logId = (*opened)->log->logId();
        }
        QVERIFY(KeychainKeyStore(Service).removeKey(logId).ok());
        const QByteArray before = filesOf(databasePath());
        Result<std::unique_ptr<AuditOpener::Opened>> opened = AuditOpener::open(request(false));
        QCOMPARE(opened.error().code(), u"audit.keystore_entry_missing"_s);
        QVERIFY(!opened.error().message().isEmpty());
        QCOMPARE(filesOf(databasePath()), before);
    }

    void aReplacedEntryIsRejected()
    {
        QByteArray logId;
        {
            Result<std::unique_ptr<AuditOpener::Opened>> opened = AuditOpener::open(request(true));
            QVERIFY(opened.ok());
            logId = (*opened)->log->logId();
        }
        // Another log's key written under this log's entry name.
        KeychainKeyStore other(Service);
        QVERIFY(other.createKey(logId).ok());
        const QByteArray before = filesOf(databasePath());
        QCOMPARE(AuditOpener::open(request(false)).error().code(), u"audit.keystore_key_rejected"_s);
        QCOMPARE(filesOf(databasePath()), before);
    }

    void noKeystoreIsAClearErrorWithoutWrites()
    {
        {
            Result<std::unique_ptr<AuditOpener::Opened>> opened = AuditOpener::open(request(true));
            QVERIFY(opened.ok());
        }
        const QByteArray before = filesOf(databasePath());
        // The CLI in an environment with no session bus at all (a headless server).
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + m_dir->filePath(u"no-bus"_s));
        for (const QStringList &command :
             {QStringList {u"verify"_s}, QStringList {u"tail"_s},
              QStringList {u"append"_s, u"--type"_s, u"110120"_s, u"--outcome"_s, u"0"_s}}) {
            QProcess cli;
            cli.setProcessEnvironment(env);
            cli.start(QStringLiteral(PASBAN_CLI),
                      QStringList {u"audit"_s} + command + QStringList {u"--json"_s, u"--data-dir"_s, m_dir->path()});
            QVERIFY(cli.waitForFinished(60000));
            QCOMPARE(cli.exitCode(), 2);
            const QJsonObject error =
                QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(u"error"_s).toObject();
            QCOMPARE(error.value(u"code"_s).toString(), u"audit.keystore_unavailable"_s);
            QCOMPARE(filesOf(databasePath()), before);
        }
    }

    void movingFromPassphraseToKeystoreKeepsHistoryReadable()
    {
        AuditOpener::Request withPassphrase = request(true);
        withPassphrase.passphrase = crypto::SecureBytes(test::canary::AuditKeychainPassphrase);
        {
            Result<std::unique_ptr<AuditOpener::Opened>> opened = AuditOpener::open(std::move(withPassphrase));
            QVERIFY(opened.ok());
            AuditLog &log = *(*opened)->log;
            QCOMPARE(log.keyStoreKind(), u"passphrase"_s);
            QVERIFY(log.append(loginBy(u"before-move"_s)).ok());
            QCOMPARE(log.rotateKey().value(), 2u);
            QVERIFY(log.append(loginBy(u"after-rotation"_s)).ok());
            KeychainKeyStore keychain(Service);
            QVERIFY(log.changeKeyStore(keychain).ok());
            QCOMPARE(log.keyStoreKind(), u"keychain"_s);
        }
        // Without a passphrase now, through the keystore: every event still opens.
        Result<std::unique_ptr<AuditOpener::Opened>> opened = AuditOpener::open(request(false));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
        AuditLog &log = *(*opened)->log;
        QStringList operators;
        const QList<AuditEvent> events = log.tail(100).value();
        for (const AuditEvent &e : events) {
            QVERIFY(e.readable);
            if (!e.operatorId.isEmpty())
                operators.append(e.operatorId);
        }
        QCOMPARE(operators, (QStringList {u"before-move"_s, u"after-rotation"_s}));
        QCOMPARE(events.last().details.value(u"keyStore"_s).toString(), u"keychain"_s);
        QVERIFY(log.verify().value().intact());
        // And the old passphrase no longer opens it.
        AuditOpener::Request old = request(false);
        old.passphrase = crypto::SecureBytes(test::canary::AuditKeychainPassphrase);
        (*opened).reset();
        QCOMPARE(AuditOpener::open(std::move(old)).error().code(), u"audit.key_store_mismatch"_s);
    }

    void keystoreAnchorCatchesDatabaseAndAnchorFilePutBackTogether()
    {
        const QString saved = m_dir->filePath(u"saved"_s);
        QVERIFY(QDir().mkpath(saved));
        {
            Result<std::unique_ptr<AuditOpener::Opened>> opened = AuditOpener::open(request(true));
            QVERIFY(opened.ok());
            QVERIFY((*opened)->log->close().ok());
        }
        for (const QString &name : {u"pasban.sqlite"_s, FileAnchorStore::defaultFileName()})
            QVERIFY(QFile::copy(m_dir->filePath(name), saved + u"/"_s + name));
        {
            Result<std::unique_ptr<AuditOpener::Opened>> opened = AuditOpener::open(request(false));
            QVERIFY(opened.ok());
            for (int i = 0; i < 3; ++i)
                QVERIFY((*opened)->log->append(loginBy(u"later"_s)).ok());
        }
        // Both files in the data folder go back to the older state together.
        for (const QString &name : {u"pasban.sqlite"_s, FileAnchorStore::defaultFileName()}) {
            QFile::remove(m_dir->filePath(name));
            QFile::remove(m_dir->filePath(name + u"-wal"_s));
            QVERIFY(QFile::copy(saved + u"/"_s + name, m_dir->filePath(name)));
        }
        Result<std::unique_ptr<AuditOpener::Opened>> opened = AuditOpener::open(request(false));
        QVERIFY(opened.ok());
        QVERIFY((*opened)->log->appendBlocked().has_value());
        QCOMPARE((*opened)->log->appendBlocked()->code(), u"audit.rolled_back"_s);
        QCOMPARE((*opened)->log->append(loginBy(u"forked"_s)).error().code(), u"audit.rolled_back"_s);
    }

private:
    QString databasePath() const { return m_dir->filePath(u"pasban.sqlite"_s); }

    AuditOpener::Request request(bool create)
    {
        AuditOpener::Request request;
        request.databasePath = databasePath();
        request.create = create;
        request.keychainService = Service;
        request.passphraseCost = TestCost;
        request.log.clock = &m_clock;
        return request;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    test::MockClock m_clock;
};

QTEST_GUILESS_MAIN(TestAuditKeychain)
#include "tst_AuditKeychain.moc"
