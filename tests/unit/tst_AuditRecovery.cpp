// The hospital recovery key: a log's data keys also wrapped to an X25519 public
// key, so a copy of a dead workstation's database opens with the private key
// alone; rotation keeps wrapping new keys to it.
#include "MockClock.h"
#include "audit/AuditLog.h"
#include "audit/FileAnchorStore.h"
#include "audit/PassphraseKeyStore.h"
#include "audit/RecoveryWrap.h"
#include "crypto/KeyAgreement.h"
#include "storage/ConsoleSchema.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::audit;

namespace {

const crypto::ScryptParams TestCost {1u << 10, 8, 1};

AuditEvent loginBy(const QString &operatorId)
{
    AuditEvent e;
    e.type = EventType::Login;
    e.operatorId = operatorId;
    return e;
}

} // namespace

class TestAuditRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(m_dir->filePath(u"workstation"_s)));
        QVERIFY(QDir().mkpath(m_dir->filePath(u"auditor"_s)));
        m_recovery = crypto::generateX25519().value();
        m_keyStore =
            std::make_unique<PassphraseKeyStore>(crypto::SecureBytes::fromUtf8(u"workstation secret"), TestCost);
    }

    void recoveryKeyOpensACopiedLogAndRotationKeepsItWorking()
    {
        {
            std::unique_ptr<AuditLog> log = openOriginal(true);
            QVERIFY(log);
            QVERIFY(log->append(loginBy(u"before-recovery"_s)).ok());
            QVERIFY(log->setRecoveryKey(m_recovery.publicKey).ok());
            // The change is itself recorded, naming the key by fingerprint only.
            const AuditEvent set = log->tail(1).value().first();
            QCOMPARE(set.type, EventType::SecurityConfiguration);
            QCOMPARE(set.details.value(u"recoveryKey"_s).toString(), recovery::fingerprint(m_recovery.publicKey));
            QCOMPARE(log->rotateKey().value(), 2u);
            QVERIFY(log->append(loginBy(u"after-rotation"_s)).ok());
            QVERIFY(log->close().ok());
        }
        copyToAuditor();

        // The auditor has the database copy and the recovery key, nothing else.
        std::unique_ptr<AuditLog> copy = openCopy(m_recovery.privateKey).value();
        const VerifyReport report = copy->verify().value();
        QVERIFY2(report.intact(), qPrintable(report.englishSummary()));
        QStringList operators;
        const Result<QList<AuditEvent>> events = copy->tail(100);
        QVERIFY(events.ok());
        for (const AuditEvent &e : *events) {
            QVERIFY(e.readable);
            if (!e.operatorId.isEmpty())
                operators.append(e.operatorId);
        }
        QCOMPARE(operators, (QStringList {u"before-recovery"_s, u"after-rotation"_s}));
        // It can read, but not rotate: a rotation needs a key store's KEK.
        QCOMPARE(copy->rotateKey().error().code(), u"audit.recovery_opened"_s);
        // It can move the log to a new passphrase, which then opens it alone.
        PassphraseKeyStore auditorStore(crypto::SecureBytes::fromUtf8(u"auditor passphrase"), TestCost);
        QVERIFY(copy->changeKeyStore(auditorStore).ok());
        QVERIFY(copy->close().ok());
        Result<storage::Database> db = storage::openConsoleDatabase(copyPath());
        Result<std::unique_ptr<AuditLog>> reopened = AuditLog::open(std::move(db).value(), auditorStore, {});
        QVERIFY(reopened.ok());
        QVERIFY((*reopened)->verify().value().intact());
    }

    void wrongOrMissingRecoveryKeyChangesNothing()
    {
        {
            std::unique_ptr<AuditLog> log = openOriginal(true);
            QVERIFY(log->close().ok());
        }
        copyToAuditor();
        const QByteArray before = readFile(copyPath());
        // No recovery key was ever set.
        QCOMPARE(openCopy(m_recovery.privateKey).error().code(), u"audit.no_recovery_key"_s);
        {
            std::unique_ptr<AuditLog> log = openOriginal(false);
            QVERIFY(log->setRecoveryKey(m_recovery.publicKey).ok());
            QVERIFY(log->close().ok());
        }
        copyToAuditor();
        const QByteArray withRecovery = readFile(copyPath());
        const crypto::X25519KeyPair stranger = crypto::generateX25519().value();
        QCOMPARE(openCopy(stranger.privateKey).error().code(), u"audit.recovery_key_rejected"_s);
        QCOMPARE(readFile(copyPath()), withRecovery);
        QVERIFY(before != withRecovery);
    }

    void anEditedRecoveryRecipientIsNotCopiedOnRotation()
    {
        {
            std::unique_ptr<AuditLog> log = openOriginal(true);
            QVERIFY(log->setRecoveryKey(m_recovery.publicKey).ok());
            QVERIFY(log->close().ok());
        }
        // Someone with write access swaps in their own public key.
        const crypto::X25519KeyPair attacker = crypto::generateX25519().value();
        {
            Result<storage::Database> db = storage::openConsoleDatabase(originalPath());
            Result<storage::Statement> update =
                db->prepare(u"UPDATE audit_keys SET recovery_wrapped_key = ?1 || substr(recovery_wrapped_key, 33)"_s);
            QVERIFY(update->bind(1, attacker.publicKey).run().ok());
        }
        std::unique_ptr<AuditLog> log = openOriginal(false);
        QCOMPARE(log->rotateKey().error().code(), u"audit.damaged"_s);
        QCOMPARE(log->currentKeyId(), 1u);
    }

private:
    QString originalPath() const { return m_dir->filePath(u"workstation/pasban.sqlite"_s); }
    QString copyPath() const { return m_dir->filePath(u"auditor/pasban.sqlite"_s); }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<AuditLog> openOriginal(bool create)
    {
        m_anchor = std::make_unique<FileAnchorStore>(m_dir->filePath(u"workstation/audit-anchor.bin"_s));
        AuditLog::Options options;
        options.clock = &m_clock;
        options.anchors = {m_anchor.get()};
        options.create = create;
        Result<storage::Database> db = storage::openConsoleDatabase(originalPath());
        if (!db)
            return nullptr;
        Result<std::unique_ptr<AuditLog>> log = AuditLog::open(std::move(db).value(), *m_keyStore, options);
        if (!log) {
            qWarning() << log.error().toString() << log.error().detail();
            return nullptr;
        }
        return std::move(log).value();
    }

    void copyToAuditor()
    {
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            QFile::remove(copyPath() + suffix);
            if (QFile::exists(originalPath() + suffix))
                QVERIFY(QFile::copy(originalPath() + suffix, copyPath() + suffix));
        }
    }

    Result<std::unique_ptr<AuditLog>> openCopy(const crypto::SecureBytes &privateKey)
    {
        Result<storage::Database> db = storage::openConsoleDatabase(copyPath());
        if (!db)
            return db.error();
        AuditLog::Options options;
        options.clock = &m_clock;
        return AuditLog::openWithRecoveryKey(std::move(db).value(), privateKey, options);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    test::MockClock m_clock;
    crypto::X25519KeyPair m_recovery;
    std::unique_ptr<PassphraseKeyStore> m_keyStore;
    std::unique_ptr<FileAnchorStore> m_anchor;
};

QTEST_GUILESS_MAIN(TestAuditRecovery)
#include "tst_AuditRecovery.moc"
