#pragma once

#include "KeyGeneration.h"
#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace pasban::storage {
class Database;
}

namespace pasban::audit {

// The key generations of one log, read from audit_keys and unwrapped. A key
// whose record does not unwrap stays listed (its events are then reported, not
// silently skipped) with the reason in `problem`.
class KeyRing
{
public:
    struct Entry
    {
        quint32 id = 0;
        quint64 firstSequence = 0; // the first event this key seals
        std::optional<KeyGeneration> keys; // empty when the key could not be unlocked
        QString problem; // why not, in English
    };

    // audit.damaged when the table's layout is impossible (no key, ids or ranges
    // not increasing). Keys that fail to unwrap are listed without their keys.
    [[nodiscard]] static Result<KeyRing> load(storage::Database &db, QByteArrayView logId,
                                              const crypto::SecureBytes &keyEncryptionKey);

    // One stored key record, for an unwrapper other than the key-encryption key
    // (the hospital recovery key, RecoveryWrap).
    struct WrappedKey
    {
        quint32 id = 0;
        quint64 firstSequence = 0;
        QByteArray wrapped; // audit_keys.wrapped_key
        QByteArray recoveryWrapped; // audit_keys.recovery_wrapped_key; empty when none
    };
    using Unwrap = std::function<Result<crypto::SecureBytes>(const WrappedKey &)>;
    [[nodiscard]] static Result<KeyRing> load(storage::Database &db, QByteArrayView logId, const Unwrap &unwrap);

    [[nodiscard]] const Entry *find(qint64 id) const;
    // The key generation whose range holds `sequence`: the one with the largest
    // first sequence not after it.
    [[nodiscard]] const Entry *covering(quint64 sequence) const;
    [[nodiscard]] const Entry *first() const;
    [[nodiscard]] const Entry *newest() const;
    [[nodiscard]] const std::vector<Entry> &entries() const { return m_entries; }
    [[nodiscard]] bool anyUnlocked() const;

    // For a rotation: ids and first sequences must keep increasing.
    void add(Entry entry);

private:
    std::vector<Entry> m_entries; // by id, which is also by first sequence
};

} // namespace pasban::audit
