#include "OperatorStore.h"

#include "OperatorErrors.h"
#include "PasswordPolicy.h"
#include "crypto/Random.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pasban::operators {

namespace {

constexpr qsizetype SaltLength = 16;
constexpr qsizetype HashLength = 32;

const QString Columns = u"name, role, enabled, failed_attempts, locked_until, created_utc, password_changed_utc"_s;

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

// Rows whose role code is unknown come back with enabled = false, so a damaged
// row can never grant anything.
OperatorAccount accountFrom(const storage::Statement &row)
{
    OperatorAccount account;
    account.name = row.columnText(0);
    const std::optional<Role> role = roleFromCode(row.columnText(1));
    account.role = role.value_or(Role::Auditor);
    account.enabled = role.has_value() && row.columnInt64(2) != 0;
    account.failedAttempts = int(row.columnInt64(3));
    account.lockedUntilUtc = timeFrom(row.columnText(4));
    account.createdUtc = timeFrom(row.columnText(5));
    account.passwordChangedUtc = timeFrom(row.columnText(6));
    return account;
}

struct StoredHash
{
    QByteArray salt;
    crypto::ScryptParams params;
    QByteArray hash;
};

} // namespace

OperatorStore::OperatorStore(storage::Database &database, const Clock &clock, crypto::ScryptParams params)
    : m_db(database)
    , m_clock(clock)
    , m_params(params)
{
}

bool OperatorStore::isValidName(const QString &name)
{
    static const QRegularExpression pattern(u"^[\\p{L}\\p{N}._-]{1,64}$"_s);
    return pattern.match(name).hasMatch();
}

Result<int> OperatorStore::count()
{
    Result<storage::Statement> query = m_db.prepare(u"SELECT COUNT(*) FROM operators");
    if (!query)
        return query.error();
    Result<bool> row = query->step();
    if (!row)
        return row.error();
    return int(query->columnInt64(0));
}

Result<bool> OperatorStore::isEmpty()
{
    Result<int> n = count();
    if (!n)
        return n.error();
    return *n == 0;
}

Result<QList<OperatorAccount>> OperatorStore::list()
{
    Result<storage::Statement> query = m_db.prepare(QString(u"SELECT " + Columns + u" FROM operators ORDER BY name"));
    if (!query)
        return query.error();
    return query->collectRows(&accountFrom);
}

Result<std::optional<OperatorAccount>> OperatorStore::find(const QString &name)
{
    Result<storage::Statement> query = m_db.prepare(QString(u"SELECT " + Columns + u" FROM operators WHERE name = ?1"));
    if (!query)
        return query.error();
    query->bind(1, name);
    Result<QList<OperatorAccount>> rows = query->collectRows(&accountFrom);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<OperatorAccount>();
    return std::optional<OperatorAccount>(rows->first());
}

Status OperatorStore::add(const QString &name, Role role, const crypto::SecureBytes &password)
{
    if (!isValidName(name))
        return invalidName(name);
    if (Status policy = checkPasswordPolicy(name, password); !policy)
        return policy;
    Result<std::optional<OperatorAccount>> existing = find(name);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return operatorExists(name);

    Result<QByteArray> salt = crypto::randomBytes(SaltLength);
    if (!salt)
        return salt.error();
    Result<crypto::SecureBytes> hash = crypto::scrypt(password, *salt, m_params, HashLength);
    if (!hash)
        return hash.error();
    Result<storage::Statement> insert =
        m_db.prepare(u"INSERT INTO operators (name, role, salt, scrypt_n, scrypt_r, scrypt_p, hash, enabled, "
                     u"failed_attempts, locked_until, created_utc, password_changed_utc) "
                     u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, 0, '', ?8, ?8)");
    if (!insert)
        return insert.error();
    const QString now = timeText(m_clock.nowUtc());
    return insert->bind(1, name)
        .bind(2, roleCode(role))
        .bind(3, *salt)
        .bind(4, qint64(m_params.n))
        .bind(5, qint64(m_params.r))
        .bind(6, qint64(m_params.p))
        .bind(7, hash->view().toByteArray())
        .bind(8, now)
        .run();
}

Status OperatorStore::setPassword(const QString &name, const crypto::SecureBytes &password)
{
    Result<std::optional<OperatorAccount>> existing = find(name);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return operatorNotFound(name);
    if (Status policy = checkPasswordPolicy(name, password); !policy)
        return policy;
    Result<QByteArray> salt = crypto::randomBytes(SaltLength);
    if (!salt)
        return salt.error();
    Result<crypto::SecureBytes> hash = crypto::scrypt(password, *salt, m_params, HashLength);
    if (!hash)
        return hash.error();
    Result<storage::Statement> update =
        m_db.prepare(u"UPDATE operators SET salt = ?2, scrypt_n = ?3, scrypt_r = ?4, scrypt_p = ?5, hash = ?6, "
                     u"failed_attempts = 0, locked_until = '', password_changed_utc = ?7 WHERE name = ?1");
    if (!update)
        return update.error();
    return update->bind(1, name)
        .bind(2, *salt)
        .bind(3, qint64(m_params.n))
        .bind(4, qint64(m_params.r))
        .bind(5, qint64(m_params.p))
        .bind(6, hash->view().toByteArray())
        .bind(7, timeText(m_clock.nowUtc()))
        .run();
}

Result<int> OperatorStore::enabledEngineers()
{
    Result<storage::Statement> query = m_db.prepare(u"SELECT COUNT(*) FROM operators WHERE enabled = 1 AND role = ?1");
    if (!query)
        return query.error();
    query->bind(1, roleCode(Role::ClinicalEngineer));
    Result<bool> row = query->step();
    if (!row)
        return row.error();
    return int(query->columnInt64(0));
}

Status OperatorStore::setEnabled(const QString &name, bool enabled)
{
    Result<std::optional<OperatorAccount>> existing = find(name);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return operatorNotFound(name);
    if (!enabled && (*existing)->role == Role::ClinicalEngineer && (*existing)->enabled) {
        Result<int> engineers = enabledEngineers();
        if (!engineers)
            return engineers.error();
        if (*engineers <= 1)
            return lastEngineer();
    }
    Result<storage::Statement> update =
        m_db.prepare(u"UPDATE operators SET enabled = ?2, failed_attempts = 0, locked_until = '' WHERE name = ?1");
    if (!update)
        return update.error();
    return update->bind(1, name).bind(2, enabled ? 1 : 0).run();
}

Result<bool> OperatorStore::passwordMatches(const QString &name, const crypto::SecureBytes &password)
{
    Result<storage::Statement> query =
        m_db.prepare(u"SELECT salt, scrypt_n, scrypt_r, scrypt_p, hash FROM operators WHERE name = ?1");
    if (!query)
        return query.error();
    query->bind(1, name);
    Result<QList<StoredHash>> rows = query->collectRows([](const storage::Statement &row) {
        StoredHash stored;
        stored.salt = row.columnBlob(0);
        stored.params.n = quint64(std::max<qint64>(0, row.columnInt64(1)));
        stored.params.r = quint32(std::clamp<qint64>(row.columnInt64(2), 0, 0xffffffff));
        stored.params.p = quint32(std::clamp<qint64>(row.columnInt64(3), 0, 0xffffffff));
        stored.hash = row.columnBlob(4);
        return stored;
    });
    if (!rows)
        return rows.error();
    const bool known = !rows->isEmpty();
    // An unknown name still costs one scrypt, against a dummy salt.
    const StoredHash stored = known ? rows->first() : StoredHash {QByteArray(SaltLength, '\0'), m_params, {}};
    Result<crypto::SecureBytes> hash = crypto::scrypt(password, stored.salt, stored.params, HashLength);
    if (!hash)
        return known ? Result<bool>(damagedAccount(name, hash.error().toString())) : Result<bool>(false);
    return known && *hash == crypto::SecureBytes(stored.hash);
}

Status OperatorStore::recordFailure(const QString &name, int failedAttempts, const QDateTime &lockedUntilUtc)
{
    Result<storage::Statement> update =
        m_db.prepare(u"UPDATE operators SET failed_attempts = ?2, locked_until = ?3 WHERE name = ?1");
    if (!update)
        return update.error();
    return update->bind(1, name).bind(2, failedAttempts).bind(3, timeText(lockedUntilUtc)).run();
}

Status OperatorStore::clearFailures(const QString &name)
{
    return recordFailure(name, 0, {});
}

} // namespace pasban::operators
