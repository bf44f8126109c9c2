#include "Authenticator.h"

#include "OperatorErrors.h"
#include "OperatorStore.h"
#include "audit/AuditSink.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pasban::operators {

Authenticator::Authenticator(OperatorStore &store, audit::AuditSink *sink, const Clock &clock)
    : m_store(store)
    , m_sink(sink)
    , m_clock(clock)
{
}

Result<quint64> Authenticator::record(audit::EventType type, audit::Outcome outcome, const QString &operatorName,
                                      const QJsonObject &details)
{
    if (!m_sink)
        return quint64(0);
    audit::AuditEvent event;
    event.type = type;
    event.action = audit::Action::Execute;
    event.outcome = outcome;
    event.operatorId = operatorName;
    event.details = details;
    return m_sink->record(event);
}

Result<Role> Authenticator::authenticate(const QString &name, const crypto::SecureBytes &password, const char *purpose)
{
    const QString why = QString::fromLatin1(purpose);
    Result<std::optional<OperatorAccount>> account = m_store.find(name);
    if (!account)
        return account.error();
    const QDateTime now = m_clock.nowUtc();
    if (account->has_value() && (*account)->lockedUntilUtc.isValid() && now < (*account)->lockedUntilUtc) {
        const qint64 seconds = now.secsTo((*account)->lockedUntilUtc);
        (void)record(audit::EventType::Login, audit::Outcome::MinorFailure, name,
                     {{u"purpose"_s, why}, {u"refused"_s, u"locked"_s}});
        return accountLocked(name, (seconds + 59) / 60);
    }
    // The hash is computed even for unknown names, so timing does not tell them apart.
    Result<bool> matches = m_store.passwordMatches(name, password);
    if (!matches)
        return matches.error();
    if (!account->has_value()) {
        (void)record(audit::EventType::Login, audit::Outcome::MinorFailure, name,
                     {{u"purpose"_s, why}, {u"refused"_s, u"unknown operator"_s}});
        return badCredentials();
    }
    const OperatorAccount &known = **account;
    if (!*matches) {
        const int failures = known.failedAttempts + 1;
        if (failures >= MaxFailedAttempts) {
            const QDateTime until = now.addSecs(LockoutSeconds);
            if (Status saved = m_store.recordFailure(name, 0, until); !saved)
                return saved.error();
            (void)record(audit::EventType::Login, audit::Outcome::SeriousFailure, name,
                         {{u"purpose"_s, why},
                          {u"refused"_s, u"wrong password"_s},
                          {u"locked_until"_s, until.toString(Qt::ISODate)}});
            return accountLocked(name, (LockoutSeconds + 59) / 60);
        }
        if (Status saved = m_store.recordFailure(name, failures, {}); !saved)
            return saved.error();
        (void)record(audit::EventType::Login, audit::Outcome::MinorFailure, name,
                     {{u"purpose"_s, why}, {u"refused"_s, u"wrong password"_s}, {u"failures"_s, failures}});
        return badCredentials();
    }
    if (!known.enabled) {
        (void)record(audit::EventType::Login, audit::Outcome::MinorFailure, name,
                     {{u"purpose"_s, why}, {u"refused"_s, u"disabled"_s}});
        return accountDisabled(name);
    }
    if (known.failedAttempts != 0 || known.lockedUntilUtc.isValid())
        if (Status cleared = m_store.clearFailures(name); !cleared)
            return cleared.error();
    return known.role;
}

Result<OperatorSession> Authenticator::login(const QString &name, const crypto::SecureBytes &password)
{
    Result<Role> role = authenticate(name, password, "login");
    if (!role)
        return role.error();
    // A log-in that cannot be recorded does not happen.
    if (Result<quint64> recorded =
            record(audit::EventType::Login, audit::Outcome::Success, name, {{u"role"_s, roleCode(*role)}});
        !recorded)
        return recorded.error();
    OperatorSession session;
    session.name = name;
    session.role = *role;
    session.accountRole = *role;
    session.startedUtc = m_clock.nowUtc();
    return session;
}

void Authenticator::logout(const OperatorSession &session)
{
    if (!session.isValid())
        return;
    if (session.emergency)
        endEmergency(session, session.isExpired(m_clock.nowUtc()));
    (void)record(audit::EventType::Logout, audit::Outcome::Success, session.name, {});
}

Result<OperatorSession> Authenticator::startEmergency(const QString &name, const crypto::SecureBytes &password,
                                                      const QString &reason, qint64 minutes)
{
    if (reason.trimmed().isEmpty())
        return reasonRequired();
    minutes = std::clamp<qint64>(minutes, 1, 8 * 60);
    Result<Role> role = authenticate(name, password, "emergency");
    if (!role)
        return role.error();
    OperatorSession session;
    session.name = name;
    session.role = Role::ClinicalEngineer;
    session.accountRole = *role;
    session.emergency = true;
    session.emergencyReason = reason.trimmed();
    session.startedUtc = m_clock.nowUtc();
    session.expiresUtc = session.startedUtc.addSecs(minutes * 60);
    if (Result<quint64> recorded = record(audit::EventType::EmergencyOverrideStarted, audit::Outcome::Success, name,
                                          {{u"reason"_s, session.emergencyReason},
                                           {u"role"_s, roleCode(*role)},
                                           {u"minutes"_s, minutes},
                                           {u"expires"_s, session.expiresUtc.toString(Qt::ISODate)}});
        !recorded)
        return recorded.error();
    return session;
}

void Authenticator::endEmergency(const OperatorSession &session, bool expired)
{
    if (!session.emergency)
        return;
    (void)record(audit::EventType::EmergencyOverrideStopped, audit::Outcome::Success, session.name,
                 {{u"reason"_s, session.emergencyReason}, {u"ended"_s, expired ? u"expired"_s : u"by operator"_s}});
}

Result<QString> Authenticator::approveBySecondPerson(const OperatorSession &session, Permission permission,
                                                     const QString &approverName,
                                                     const crypto::SecureBytes &approverPassword)
{
    const QJsonObject details {{u"permission"_s, permissionCode(permission)}, {u"approver"_s, approverName}};
    auto refuse = [&](const Error &error) -> Result<QString> {
        QJsonObject refused = details;
        refused.insert(u"refused"_s, error.code());
        (void)record(audit::EventType::UseOfRestrictedFunction, audit::Outcome::MinorFailure, session.name, refused);
        return error;
    };
    if (!session.isValid())
        return notLoggedIn();
    if (approverName.compare(session.name, Qt::CaseInsensitive) == 0)
        return refuse(samePerson());
    Result<Role> role = authenticate(approverName, approverPassword, "second person");
    if (!role)
        return refuse(role.error());
    if (*role != Role::ClinicalEngineer)
        return refuse(approverNotEngineer(approverName));
    if (Result<quint64> recorded =
            record(audit::EventType::UseOfRestrictedFunction, audit::Outcome::Success, session.name, details);
        !recorded)
        return recorded.error();
    return approverName;
}

} // namespace pasban::operators
