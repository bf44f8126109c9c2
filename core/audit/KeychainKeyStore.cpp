#include "KeychainKeyStore.h"

#include "AuditErrors.h"
#include "Keychain.h"
#include "crypto/Random.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit {

namespace {

constexpr qsizetype KeySize = 32;

} // namespace

KeychainKeyStore::KeychainKeyStore(QString service)
    : m_service(service.isEmpty() ? detail::Keychain::defaultService() : std::move(service))
{
}

QString KeychainKeyStore::entryName(QByteArrayView logId)
{
    return u"audit-kek-"_s + QString::fromLatin1(logId.toByteArray().toHex());
}

QString KeychainKeyStore::kind() const
{
    return u"keychain"_s;
}

Result<KeyStore::NewKey> KeychainKeyStore::createKey(QByteArrayView logId)
{
    Result<crypto::SecureBytes> key = crypto::randomKey(KeySize);
    if (!key)
        return key.error();
    const QString entry = entryName(logId);
    QByteArray bytes(key->constData(), key->size());
    const Status written = detail::Keychain(m_service).write(entry, bytes);
    crypto::wipe(bytes);
    if (!written)
        return written.error();
    return NewKey {std::move(key).value(), entry.toUtf8()};
}

Result<crypto::SecureBytes> KeychainKeyStore::unlockKey(QByteArrayView logId, QByteArrayView parameters)
{
    // The stored name is outside bytes: only this log's own entry is ever read.
    const QString entry = entryName(logId);
    if (parameters != entry.toUtf8())
        return detail::damaged(u"keychain key parameters do not name this log's entry"_s);
    Result<std::optional<QByteArray>> read = detail::Keychain(m_service).read(entry);
    if (!read)
        return read.error();
    if (!read->has_value())
        return detail::keystoreEntryMissing(entry);
    QByteArray bytes = std::move(**read);
    if (bytes.size() != KeySize) {
        crypto::wipe(bytes);
        return keyRejected();
    }
    crypto::SecureBytes key(bytes);
    crypto::wipe(bytes);
    return key;
}

Error KeychainKeyStore::keyRejected() const
{
    return Error(u"audit.keystore_key_rejected"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The key in the system keystore does not open this audit log: the entry was "
                                   "replaced. Open the log with the hospital recovery key; nothing was changed."));
}

bool KeychainKeyStore::isAvailable() const
{
    return bool(detail::Keychain(m_service).read(u"audit-probe"_s));
}

Status KeychainKeyStore::removeKey(QByteArrayView logId)
{
    return detail::Keychain(m_service).remove(entryName(logId));
}

} // namespace pasban::audit
