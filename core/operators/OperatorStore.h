#pragma once

#include "Role.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBytes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pasban::storage {
class Database;
}

namespace pasban::operators {

// A local account as stored, without its password hash.
struct OperatorAccount
{
    QString name;
    Role role = Role::FieldTechnician;
    bool enabled = true;
    int failedAttempts = 0; // consecutive failed log-ins since the last success
    QDateTime lockedUntilUtc; // invalid when not locked
    QDateTime createdUtc;
    QDateTime passwordChangedUtc;
};

// The operators table of the console database (schema 9). Passwords are kept only
// as scrypt hashes, with a random salt per account and the cost parameters stored
// next to them, so the cost can be raised later without breaking old accounts.
// Plain passwords arrive in SecureBytes and are never stored or logged.
class OperatorStore
{
public:
    // `params` is the scrypt cost for new hashes; tests pass a cheap one.
    explicit OperatorStore(storage::Database &database, const Clock &clock = Clock::system(),
                           crypto::ScryptParams params = {});

    [[nodiscard]] static bool isValidName(const QString &name);

    [[nodiscard]] Result<int> count();
    // True while no operator exists: the data folder is "unprovisioned".
    [[nodiscard]] Result<bool> isEmpty();
    [[nodiscard]] Result<QList<OperatorAccount>> list();
    [[nodiscard]] Result<std::optional<OperatorAccount>> find(const QString &name);

    // Checks the name and the password policy, hashes, inserts.
    [[nodiscard]] Status add(const QString &name, Role role, const crypto::SecureBytes &password);
    // Checks the policy; resets failures and lockout.
    [[nodiscard]] Status setPassword(const QString &name, const crypto::SecureBytes &password);
    // Refuses to disable the last enabled clinical engineer.
    [[nodiscard]] Status setEnabled(const QString &name, bool enabled);

    // Compares the password against the stored hash (constant time). Unknown
    // names return false after the same amount of work, so timing tells nothing.
    [[nodiscard]] Result<bool> passwordMatches(const QString &name, const crypto::SecureBytes &password);

    // Failure bookkeeping for the Authenticator.
    [[nodiscard]] Status recordFailure(const QString &name, int failedAttempts, const QDateTime &lockedUntilUtc);
    [[nodiscard]] Status clearFailures(const QString &name);

private:
    [[nodiscard]] Result<int> enabledEngineers();

    storage::Database &m_db;
    const Clock &m_clock;
    crypto::ScryptParams m_params;
};

} // namespace pasban::operators
