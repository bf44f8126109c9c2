#pragma once

// Private to core/audit: one synchronous front over QtKeychain's asynchronous
// jobs, shared by KeychainKeyStore and KeychainAnchorStore. The plaintext
// fallback of QtKeychain is always off: without a real keystore the caller gets
// audit.keystore_unavailable, never a key in a file.

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pasban::audit::detail {

class Keychain
{
public:
    // `service` groups Pasban's entries in the keystore ("org.pasban.Pasban").
    explicit Keychain(QString service);

    // The entry's bytes, or nullopt when the keystore has no such entry. Errors:
    // audit.keystore_unavailable, audit.keystore_locked.
    [[nodiscard]] Result<std::optional<QByteArray>> read(const QString &entry) const;
    [[nodiscard]] Status write(const QString &entry, const QByteArray &bytes) const;
    [[nodiscard]] Status remove(const QString &entry) const;

    [[nodiscard]] QString service() const { return m_service; }
    [[nodiscard]] static QString defaultService();

private:
    QString m_service;
};

[[nodiscard]] Error keystoreUnavailable(const QString &detail);
[[nodiscard]] Error keystoreLocked(const QString &detail);
[[nodiscard]] Error keystoreEntryMissing(const QString &entry);

} // namespace pasban::audit::detail
