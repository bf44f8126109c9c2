#include "RecoveryWrap.h"

#include "AuditErrors.h"
#include "crypto/Hash.h"
#include "crypto/KeyAgreement.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit::recovery {

namespace {

constexpr qsizetype TagSize = 32;
constexpr qsizetype HeaderSize = crypto::X25519KeySize + TagSize;

Result<QByteArray> recipientTag(const KeyGeneration &keys, QByteArrayView logId, QByteArrayView recipientPublicKey)
{
    QByteArray message = "pasban-audit-recovery-recipient-v1";
    message += logId.toByteArray();
    const quint32 id = keys.id();
    for (int shift = 24; shift >= 0; shift -= 8)
        message += char((id >> shift) & 0xff);
    message += recipientPublicKey.toByteArray();
    return crypto::hmacSha256(keys.chainKey(), message);
}

} // namespace

Error noRecoveryKey()
{
    return Error(u"audit.no_recovery_key"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "This audit log has no hospital recovery key, so it cannot be opened with one. It "
                                   "opens only with its own keystore entry or passphrase."));
}

Error recoveryKeyRejected()
{
    return Error(u"audit.recovery_key_rejected"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The recovery key given does not open this audit log: the log was set up with "
                                   "another hospital recovery key. Nothing was changed."));
}

Result<QByteArray> wrap(const KeyGeneration &keys, QByteArrayView logId, QByteArrayView recipientPublicKey)
{
    if (recipientPublicKey.size() != crypto::X25519KeySize)
        return detail::invalidEvent(u"recovery public key of %1 bytes"_s.arg(recipientPublicKey.size()));
    Result<QByteArray> tag = recipientTag(keys, logId, recipientPublicKey);
    if (!tag)
        return tag.error();
    Result<QByteArray> envelope =
        crypto::sealToPublicKey(recipientPublicKey, keys.dataKey().view(),
                                KeyGeneration::wrappingAssociatedData(logId, keys.id(), keys.firstSequence()));
    if (!envelope)
        return envelope.error();
    return QByteArray(recipientPublicKey.toByteArray() + *tag + *envelope);
}

Result<crypto::SecureBytes> unwrap(const crypto::SecureBytes &recoveryPrivateKey, QByteArrayView logId, quint32 id,
                                   quint64 firstSequence, QByteArrayView stored)
{
    if (stored.isEmpty())
        return noRecoveryKey();
    if (stored.size() <= HeaderSize)
        return detail::damaged(u"recovery wrap of key %1 has %2 bytes"_s.arg(id).arg(stored.size()));
    Result<QByteArray> ownPublic = crypto::x25519PublicKey(recoveryPrivateKey);
    if (!ownPublic)
        return ownPublic.error();
    if (stored.first(crypto::X25519KeySize) != *ownPublic)
        return recoveryKeyRejected();
    Result<QByteArray> dataKey = crypto::openWithPrivateKey(
        recoveryPrivateKey, stored.sliced(HeaderSize), KeyGeneration::wrappingAssociatedData(logId, id, firstSequence));
    if (!dataKey)
        return dataKey.error();
    crypto::SecureBytes key(*dataKey);
    crypto::wipe(*dataKey);
    return key;
}

Result<QByteArray> recipient(const KeyGeneration &keys, QByteArrayView logId, QByteArrayView stored)
{
    if (stored.size() <= HeaderSize)
        return detail::damaged(u"recovery wrap of key %1 has %2 bytes"_s.arg(keys.id()).arg(stored.size()));
    const QByteArrayView publicKey = stored.first(crypto::X25519KeySize);
    Result<QByteArray> tag = recipientTag(keys, logId, publicKey);
    if (!tag)
        return tag.error();
    if (!crypto::constantTimeEquals(*tag, stored.sliced(crypto::X25519KeySize, TagSize)))
        return detail::damaged(u"the recovery key recorded for key %1 was changed"_s.arg(keys.id()));
    return publicKey.toByteArray();
}

QString fingerprint(QByteArrayView recipientPublicKey)
{
    return QString::fromLatin1(crypto::sha256(recipientPublicKey).left(8).toHex());
}

} // namespace pasban::audit::recovery
