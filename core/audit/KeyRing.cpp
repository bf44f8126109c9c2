#include "KeyRing.h"

#include "AuditErrors.h"
#include "storage/Database.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit {

Result<KeyRing> KeyRing::load(storage::Database &db, QByteArrayView logId, const crypto::SecureBytes &keyEncryptionKey)
{
    return load(db, logId, [&](const WrappedKey &wrapped) {
        return KeyGeneration::unwrap(keyEncryptionKey, logId, wrapped.id, wrapped.firstSequence, wrapped.wrapped);
    });
}

Result<KeyRing> KeyRing::load(storage::Database &db, QByteArrayView logId, const Unwrap &unwrap)
{
    Result<storage::Statement> statement =
        db.prepare(u"SELECT key_id, first_sequence, wrapped_key, checkpoint_public_key, recovery_wrapped_key "
                   u"FROM audit_keys ORDER BY key_id"_s);
    if (!statement)
        return statement.error();
    KeyRing ring;
    std::optional<Error> layoutError;
    const Status read = statement->forEachRow([&](const storage::Statement &row) {
        const qint64 id = row.columnInt64(0);
        const qint64 firstSequence = row.columnInt64(1);
        if (id < 1 || id > qint64(std::numeric_limits<qint32>::max()) || firstSequence < 1) {
            layoutError = detail::damaged(u"audit key %1 has first sequence %2"_s.arg(id).arg(firstSequence));
        } else if (!ring.m_entries.empty() && quint64(firstSequence) <= ring.m_entries.back().firstSequence) {
            layoutError =
                detail::damaged(u"audit key %1 does not start after key %2"_s.arg(id).arg(ring.m_entries.back().id));
        } else if (ring.m_entries.empty() && firstSequence != 1) {
            layoutError = detail::damaged(u"the first audit key starts at event %1, not 1"_s.arg(firstSequence));
        }
        if (layoutError)
            return false;

        Entry entry;
        entry.id = quint32(id);
        entry.firstSequence = quint64(firstSequence);
        const WrappedKey wrapped {entry.id, entry.firstSequence, row.columnBlob(2), row.columnBlob(4)};
        Result<crypto::SecureBytes> dataKey = unwrap(wrapped);
        if (!dataKey) {
            entry.problem = u"key %1 does not unwrap: %2"_s.arg(id).arg(dataKey.error().code());
        } else if (Result<KeyGeneration> keys = KeyGeneration::derive(entry.id, entry.firstSequence, *dataKey, logId);
                   !keys) {
            entry.problem = u"key %1: %2"_s.arg(id).arg(keys.error().detail());
        } else if (keys->publicKeyDer() != row.columnBlob(3)) {
            entry.problem = u"key %1: the stored checkpoint key is not the one derived from it"_s.arg(id);
        } else {
            entry.keys = std::move(keys).value();
        }
        ring.m_entries.push_back(std::move(entry));
        return true;
    });
    if (!read)
        return read.error();
    if (layoutError)
        return *layoutError;
    if (ring.m_entries.empty())
        return detail::damaged(u"the audit log has no key"_s);
    return ring;
}

const KeyRing::Entry *KeyRing::find(qint64 id) const
{
    for (const Entry &entry : m_entries) {
        if (qint64(entry.id) == id)
            return &entry;
    }
    return nullptr;
}

const KeyRing::Entry *KeyRing::covering(quint64 sequence) const
{
    const Entry *found = nullptr;
    for (const Entry &entry : m_entries) {
        if (entry.firstSequence > sequence)
            break;
        found = &entry;
    }
    return found;
}

const KeyRing::Entry *KeyRing::first() const
{
    return m_entries.empty() ? nullptr : &m_entries.front();
}

const KeyRing::Entry *KeyRing::newest() const
{
    return m_entries.empty() ? nullptr : &m_entries.back();
}

bool KeyRing::anyUnlocked() const
{
    for (const Entry &entry : m_entries) {
        if (entry.keys)
            return true;
    }
    return false;
}

void KeyRing::add(Entry entry)
{
    Q_ASSERT(m_entries.empty()
             || (entry.id > m_entries.back().id && entry.firstSequence > m_entries.back().firstSequence));
    m_entries.push_back(std::move(entry));
}

} // namespace pasban::audit
