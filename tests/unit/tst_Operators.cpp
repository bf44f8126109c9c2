#include "MockClock.h"
#include "RecordingAuditSink.h"
#include "operators/AccessControl.h"
#include "operators/Authenticator.h"
#include "operators/OperatorStore.h"
#include "operators/PasswordPolicy.h"
#include "storage/ConsoleSchema.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pasban;
using namespace pasban::operators;

namespace {

crypto::SecureBytes pw(const char *text)
{
    return crypto::SecureBytes(QByteArrayView(text));
}

// Cheap scrypt so the sanitizer build stays quick; the stored parameters are what
// verification uses, which the test of stored parameters checks.
constexpr crypto::ScryptParams TestParams {1024, 8, 1};

const char *const EngineerPassword = "correct horse 42";
const char *const OtherPassword = "battery staple 7";

} // namespace

class tst_Operators : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<test::MockClock> m_clock;
    std::unique_ptr<test::RecordingAuditSink> m_sink;
    std::unique_ptr<OperatorStore> m_store;
    std::unique_ptr<Authenticator> m_auth;

    QList<audit::AuditEvent> eventsOf(audit::EventType type) const
    {
        QList<audit::AuditEvent> found;
        for (const audit::AuditEvent &event : std::as_const(m_sink->events))
            if (event.type == type)
                found.append(event);
        return found;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto db = storage::openConsoleDatabase(m_dir->filePath(u"pasban.sqlite"_s));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        m_db = std::make_unique<storage::Database>(std::move(db).value());
        m_clock = std::make_unique<test::MockClock>();
        m_sink = std::make_unique<test::RecordingAuditSink>();
        m_store = std::make_unique<OperatorStore>(*m_db, *m_clock, TestParams);
        m_auth = std::make_unique<Authenticator>(*m_store, m_sink.get(), *m_clock);
    }

    void cleanup()
    {
        m_auth.reset();
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void passwordPolicy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("too short") << u"abc123!"_s << false;
        QTest::newRow("eleven") << u"abcdefgh12!"_s << false;
        QTest::newRow("letters only") << u"abcdefghijklmnop"_s << false;
        QTest::newRow("digits only") << u"1234567890123"_s << false;
        QTest::newRow("the name") << u"Engineer.One1"_s << false;
        QTest::newRow("twelve mixed") << u"abcdefghij12"_s << true;
        QTest::newRow("persian letters and digits") << u"رمزعبورخوب۱۲۳"_s << true;
        QTest::newRow("letters and spaces") << u"correct horse battery"_s << true;
    }

    void passwordPolicy()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        const Status status = checkPasswordPolicy(u"engineer.one1"_s, crypto::SecureBytes::fromUtf8(password));
        QCOMPARE(status.ok(), accepted);
        if (!accepted)
            QCOMPARE(status.error().code(), u"operator.password_policy"_s);
    }

    void addStoresOnlyASaltedHash()
    {
        QVERIFY(m_store->isEmpty().value());
        QVERIFY(m_store->add(u"amina"_s, Role::ClinicalEngineer, pw(EngineerPassword)).ok());
        QVERIFY(m_store->add(u"bahram"_s, Role::FieldTechnician, pw(EngineerPassword)).ok());
        QCOMPARE(m_store->count().value(), 2);

        auto query = m_db->prepare(u"SELECT salt, hash, scrypt_n FROM operators ORDER BY name");
        QVERIFY(query.ok());
        auto rows = query->collectRows([](const storage::Statement &row) {
            return std::make_tuple(row.columnBlob(0), row.columnBlob(1), row.columnInt64(2));
        });
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        const auto &[saltA, hashA, nA] = rows->at(0);
        const auto &[saltB, hashB, nB] = rows->at(1);
        QCOMPARE(nA, qint64(1024));
        QCOMPARE(saltA.size(), 16);
        QVERIFY(saltA != saltB); // per-user salt
        QVERIFY(hashA != hashB); // same password, different hashes
        QVERIFY(!hashA.contains(QByteArray(EngineerPassword)));

        const auto account = m_store->find(u"bahram"_s);
        QVERIFY(account.ok() && account->has_value());
        QCOMPARE((*account)->role, Role::FieldTechnician);
        QVERIFY((*account)->enabled);
    }

    void addRefusesBadInput()
    {
        QCOMPARE(m_store->add(u"bad name"_s, Role::Auditor, pw(EngineerPassword)).error().code(),
                 u"operator.invalid_name"_s);
        QCOMPARE(m_store->add(u"amina"_s, Role::Auditor, pw("short1")).error().code(), u"operator.password_policy"_s);
        QVERIFY(m_store->add(u"amina"_s, Role::Auditor, pw(EngineerPassword)).ok());
        QCOMPARE(m_store->add(u"amina"_s, Role::Auditor, pw(OtherPassword)).error().code(), u"operator.exists"_s);
    }

    void verificationUsesStoredParameters()
    {
        QVERIFY(m_store->add(u"amina"_s, Role::ClinicalEngineer, pw(EngineerPassword)).ok());
        // A store with a different cost still verifies the account made with TestParams.
        OperatorStore other(*m_db, *m_clock, crypto::ScryptParams {2048, 8, 1});
        QVERIFY(other.passwordMatches(u"amina"_s, pw(EngineerPassword)).value());
        QVERIFY(!other.passwordMatches(u"amina"_s, pw(OtherPassword)).value());
        QVERIFY(!other.passwordMatches(u"nobody"_s, pw(EngineerPassword)).value());
    }

    // Every permission for every role, against the table in the README.
    void permissionTable_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("allowed");
        const QList<Permission> technician = {Permission::Scan, Permission::Interrogate,
                                              Permission::PushApprovedPackage, Permission::ReadOwnActions,
                                              Permission::ReadInventory};
        const QList<Permission> auditor = {Permission::ReadAuditLog, Permission::ExportAuditAndReports,
                                           Permission::ReadOwnActions, Permission::ReadInventory};
        QCOMPARE(allPermissions().size(), 16);
        for (Permission permission : allPermissions()) {
            const QByteArray code = permissionCode(permission).toLatin1();
            QTest::newRow(QByteArray("engineer " + code).constData()) << Role::ClinicalEngineer << permission << true;
            QTest::newRow(QByteArray("technician " + code).constData())
                << Role::FieldTechnician << permission << technician.contains(permission);
            QTest::newRow(QByteArray("auditor " + code).constData())
                << Role::Auditor << permission << auditor.contains(permission);
        }
    }

    void permissionTable()
    {
        QFETCH(Role, role);
        QFETCH(Permission, permission);
        QFETCH(bool, allowed);
        QCOMPARE(roleAllows(role, permission), allowed);

        OperatorSession session;
        session.name = u"someone"_s;
        session.role = role;
        // Asking without acting (the console's disabled buttons) decides the same
        // and records nothing.
        QCOMPARE(AccessControl::allows(session, permission, m_clock->nowUtc()), allowed);
        QCOMPARE(rolesAllowing(permission).contains(role), allowed);
        QVERIFY(eventsOf(audit::EventType::UseOfRestrictedFunction).isEmpty());
        AccessControl access(m_sink.get(), *m_clock);
        const Status status = access.check(session, permission);
        QCOMPARE(status.ok(), allowed);
        const auto refusals = eventsOf(audit::EventType::UseOfRestrictedFunction);
        QCOMPARE(refusals.size(), allowed ? 0 : 1);
        if (!allowed) {
            QCOMPARE(status.error().code(), u"operator.permission_denied"_s);
            QVERIFY(status.error().message().contains(u"someone"_s));
            QCOMPARE(refusals.first().outcome, audit::Outcome::MinorFailure);
            QCOMPARE(refusals.first().operatorId, u"someone"_s);
            QCOMPARE(refusals.first().details.value(u"permission"_s).toString(), permissionCode(permission));
        }
    }

    void nobodyLoggedInIsRefused()
    {
        AccessControl access(m_sink.get(), *m_clock);
        QCOMPARE(access.check(OperatorSession {}, Permission::Scan).error().code(), u"operator.not_logged_in"_s);
        QCOMPARE(eventsOf(audit::EventType::UseOfRestrictedFunction).size(), 1);
    }

    void loginSucceedsAndIsAudited()
    {
        QVERIFY(m_store->add(u"amina"_s, Role::ClinicalEngineer, pw(EngineerPassword)).ok());
        const auto session = m_auth->login(u"amina"_s, pw(EngineerPassword));
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().toString()));
        QCOMPARE(session->role, Role::ClinicalEngineer);
        QVERIFY(!session->emergency);
        const auto logins = eventsOf(audit::EventType::Login);
        QCOMPARE(logins.size(), 1);
        QCOMPARE(logins.first().outcome, audit::Outcome::Success);
        QCOMPARE(logins.first().operatorId, u"amina"_s);
        m_auth->logout(*session);
        QCOMPARE(eventsOf(audit::EventType::Logout).size(), 1);
        // No event carries the password.
        for (const audit::AuditEvent &event : std::as_const(m_sink->events))
            QVERIFY(!QJsonDocument(event.details).toJson().contains(EngineerPassword));
    }

    void loginRefusedWhenAuditFails()
    {
        QVERIFY(m_store->add(u"amina"_s, Role::ClinicalEngineer, pw(EngineerPassword)).ok());
        m_sink->failing = true;
        QVERIFY(!m_auth->login(u"amina"_s, pw(EngineerPassword)).ok());
    }

    void unknownOperatorLooksLikeWrongPassword()
    {
        QVERIFY(m_store->add(u"amina"_s, Role::ClinicalEngineer, pw(EngineerPassword)).ok());
        QCOMPARE(m_auth->login(u"nobody"_s, pw(EngineerPassword)).error().code(), u"operator.bad_credentials"_s);
        QCOMPARE(m_auth->login(u"amina"_s, pw(OtherPassword)).error().code(), u"operator.bad_credentials"_s);
        const auto logins = eventsOf(audit::EventType::Login);
        QCOMPARE(logins.size(), 2);
        QCOMPARE(logins.at(0).outcome, audit::Outcome::MinorFailure);
        QCOMPARE(logins.at(0).operatorId, u"nobody"_s);
    }

    void fiveFailuresLockForFiveMinutes()
    {
        QVERIFY(m_store->add(u"amina"_s, Role::ClinicalEngineer, pw(EngineerPassword)).ok());
        for (int i = 1; i < Authenticator::MaxFailedAttempts; ++i)
            QCOMPARE(m_auth->login(u"amina"_s, pw(OtherPassword)).error().code(), u"operator.bad_credentials"_s);
        QCOMPARE(m_auth->login(u"amina"_s, pw(OtherPassword)).error().code(), u"operator.locked"_s);
        const auto lockEvent = eventsOf(audit::EventType::Login).last();
        QCOMPARE(lockEvent.outcome, audit::Outcome::SeriousFailure);
        QVERIFY(lockEvent.details.contains(u"locked_until"_s));

        // Locked: even the right password is refused, for the whole five minutes.
        const auto locked = m_auth->login(u"amina"_s, pw(EngineerPassword));
        QCOMPARE(locked.error().code(), u"operator.locked"_s);
        QVERIFY(locked.error().message().contains(u"5"_s));
        m_clock->advanceMs(4 * 60 * 1000 + 59 * 1000);
        QCOMPARE(m_auth->login(u"amina"_s, pw(EngineerPassword)).error().code(), u"operator.locked"_s);
        m_clock->advanceMs(1000);
        QVERIFY(m_auth->login(u"amina"_s, pw(EngineerPassword)).ok());
        QCOMPARE(m_store->find(u"amina"_s).value()->failedAttempts, 0);
    }

    void successResetsTheFailureCount()
    {
        QVERIFY(m_store->add(u"amina"_s, Role::ClinicalEngineer, pw(EngineerPassword)).ok());
        for (int i = 1; i < Authenticator::MaxFailedAttempts; ++i)
            QVERIFY(!m_auth->login(u"amina"_s, pw(OtherPassword)).ok());
        QVERIFY(m_auth->login(u"amina"_s, pw(EngineerPassword)).ok());
        QCOMPARE(m_auth->login(u"amina"_s, pw(OtherPassword)).error().code(), u"operator.bad_credentials"_s);
    }

    void disabledAccountsCannotLogIn()
    {
        QVERIFY(m_store->add(u"amina"_s, Role::ClinicalEngineer, pw(EngineerPassword)).ok());
        QVERIFY(m_store->add(u"bahram"_s, Role::FieldTechnician, pw(OtherPassword)).ok());
        QCOMPARE(m_store->setEnabled(u"amina"_s, false).error().code(), u"operator.last_engineer"_s);
        QVERIFY(m_store->setEnabled(u"bahram"_s, false).ok());
        QCOMPARE(m_auth->login(u"bahram"_s, pw(OtherPassword)).error().code(), u"operator.disabled"_s);
        QVERIFY(m_store->setEnabled(u"bahram"_s, true).ok());
        QVERIFY(m_auth->login(u"bahram"_s, pw(OtherPassword)).ok());
    }

    void passwordChange()
    {
        QVERIFY(m_store->add(u"amina"_s, Role::ClinicalEngineer, pw(EngineerPassword)).ok());
        QCOMPARE(m_store->setPassword(u"amina"_s, pw("aaaaaaaaaaaaaaaa")).error().code(),
                 u"operator.password_policy"_s);
        QVERIFY(m_store->setPassword(u"amina"_s, pw(OtherPassword)).ok());
        QCOMPARE(m_auth->login(u"amina"_s, pw(EngineerPassword)).error().code(), u"operator.bad_credentials"_s);
        QVERIFY(m_auth->login(u"amina"_s, pw(OtherPassword)).ok());
        QCOMPARE(m_store->setPassword(u"nobody"_s, pw(OtherPassword)).error().code(), u"operator.not_found"_s);
    }

    void breakGlassGrantsEngineerRightsUntilExpiry()
    {
        QVERIFY(m_store->add(u"bahram"_s, Role::FieldTechnician, pw(OtherPassword)).ok());
        QCOMPARE(m_auth->startEmergency(u"bahram"_s, pw(OtherPassword), u"  "_s).error().code(),
                 u"operator.reason_required"_s);
        QVERIFY(eventsOf(audit::EventType::EmergencyOverrideStarted).isEmpty());

        const auto session = m_auth->startEmergency(u"bahram"_s, pw(OtherPassword), u"ICU pump alarm"_s, 30);
        QVERIFY(session.ok());
        QVERIFY(session->emergency);
        QCOMPARE(session->accountRole, Role::FieldTechnician);
        const auto started = eventsOf(audit::EventType::EmergencyOverrideStarted);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().details.value(u"reason"_s).toString(), u"ICU pump alarm"_s);

        AccessControl access(m_sink.get(), *m_clock);
        QVERIFY(access.check(*session, Permission::PushUnverifiedPackage).ok());
        m_clock->advanceMs(29 * 60 * 1000);
        QVERIFY(access.check(*session, Permission::PushUnverifiedPackage).ok());
        m_clock->advanceMs(60 * 1000);
        QVERIFY(!AccessControl::allows(*session, Permission::Scan, m_clock->nowUtc()));
        QCOMPARE(access.check(*session, Permission::Scan).error().code(), u"operator.session_expired"_s);

        m_auth->endEmergency(*session, true);
        const auto stopped = eventsOf(audit::EventType::EmergencyOverrideStopped);
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(stopped.first().details.value(u"ended"_s).toString(), u"expired"_s);
    }

    void breakGlassDefaultsToAnHour()
    {
        QVERIFY(m_store->add(u"amina"_s, Role::ClinicalEngineer, pw(EngineerPassword)).ok());
        const auto session = m_auth->startEmergency(u"amina"_s, pw(EngineerPassword), u"outage"_s);
        QVERIFY(session.ok());
        QCOMPARE(session->startedUtc.secsTo(session->expiresUtc), qint64(60 * 60));
    }

    void twoPersonRule()
    {
        QVERIFY(m_store->add(u"amina"_s, Role::ClinicalEngineer, pw(EngineerPassword)).ok());
        QVERIFY(m_store->add(u"dara"_s, Role::ClinicalEngineer, pw(OtherPassword)).ok());
        QVERIFY(m_store->add(u"bahram"_s, Role::FieldTechnician, pw(OtherPassword)).ok());
        const auto session = m_auth->login(u"amina"_s, pw(EngineerPassword));
        QVERIFY(session.ok());

        // The same person, even with their own right password, is not a second person.
        QCOMPARE(m_auth->approveBySecondPerson(*session, Permission::ManageTrustStore, u"AMINA"_s, pw(EngineerPassword))
                     .error()
                     .code(),
                 u"operator.second_person"_s);
        QCOMPARE(m_auth->approveBySecondPerson(*session, Permission::ManageTrustStore, u"bahram"_s, pw(OtherPassword))
                     .error()
                     .code(),
                 u"operator.second_person"_s);
        QCOMPARE(m_auth->approveBySecondPerson(*session, Permission::ManageTrustStore, u"dara"_s, pw(EngineerPassword))
                     .error()
                     .code(),
                 u"operator.bad_credentials"_s);

        const auto approver =
            m_auth->approveBySecondPerson(*session, Permission::ManageTrustStore, u"dara"_s, pw(OtherPassword));
        QVERIFY(approver.ok());
        QCOMPARE(*approver, u"dara"_s);
        const auto uses = eventsOf(audit::EventType::UseOfRestrictedFunction);
        QCOMPARE(uses.size(), 4);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(uses.at(i).outcome, audit::Outcome::MinorFailure);
        QCOMPARE(uses.last().outcome, audit::Outcome::Success);
        QCOMPARE(uses.last().operatorId, u"amina"_s);
        QCOMPARE(uses.last().details.value(u"approver"_s).toString(), u"dara"_s);
        QCOMPARE(uses.last().details.value(u"permission"_s).toString(), u"manage-trust"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Operators)
#include "tst_Operators.moc"
