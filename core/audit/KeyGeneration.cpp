#include "KeyGeneration.h"

#include "AuditErrors.h"
#include "ByteWriter.h"
#include "crypto/Aead.h"
#include "crypto/Kdf.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit {

KeyGeneration::KeyGeneration(quint32 id, quint64 firstSequence, crypto::SecureBytes dataKey,
                             crypto::SecureBytes encryption, crypto::SecureBytes chain, crypto::SecureBytes index,
                             crypto::PrivateKey signing, crypto::PublicKey verifying, QByteArray publicKeyDer)
    : m_id(id)
    , m_firstSequence(firstSequence)
    , m_dataKey(std::move(dataKey))
    , m_encryptionKey(std::move(encryption))
    , m_chainKey(std::move(chain))
    , m_indexKey(std::move(index))
    , m_signingKey(signing)
    , m_verifyingKey(verifying)
    , m_publicKeyDer(std::move(publicKeyDer))
{
}

Result<KeyGeneration> KeyGeneration::derive(quint32 id, quint64 firstSequence, const crypto::SecureBytes &dataKey,
                                            QByteArrayView logId)
{
    if (dataKey.size() != DataKeySize)
        return detail::damaged(u"data key %1 has %2 bytes, expected %3"_s.arg(id).arg(dataKey.size()).arg(DataKeySize));
    if (logId.size() != LogIdSize)
        return detail::damaged(u"log id has %1 bytes, expected %2"_s.arg(logId.size()).arg(LogIdSize));

    const auto subKey = [&](const char *info) {
        return crypto::hkdfSha256(dataKey, logId, QByteArrayView(info), 32);
    };
    Result<crypto::SecureBytes> encryption = subKey("pasban audit v1 encryption");
    if (!encryption)
        return encryption.error();
    Result<crypto::SecureBytes> chain = subKey("pasban audit v1 chain");
    if (!chain)
        return chain.error();
    Result<crypto::SecureBytes> index = subKey("pasban audit v1 blind index");
    if (!index)
        return index.error();
    Result<crypto::SecureBytes> seed = subKey("pasban audit v1 checkpoint signing");
    if (!seed)
        return seed.error();
    Result<crypto::PrivateKey> signing = crypto::PrivateKey::fromEd25519Seed(*seed);
    if (!signing)
        return signing.error();
    Result<crypto::PublicKey> verifying = signing->publicKey();
    if (!verifying)
        return verifying.error();
    Result<QByteArray> der = verifying->toDer();
    if (!der)
        return der.error();
    return KeyGeneration(id, firstSequence, dataKey, std::move(encryption).value(), std::move(chain).value(),
                         std::move(index).value(), std::move(signing).value(), std::move(verifying).value(),
                         std::move(der).value());
}

QByteArray KeyGeneration::wrappingAssociatedData(QByteArrayView logId, quint32 id, quint64 firstSequence)
{
    detail::ByteWriter writer;
    writer.raw("pasban-audit-key-v1").raw(logId).u32(id).u64(firstSequence);
    return writer.bytes();
}

Result<QByteArray> KeyGeneration::wrap(const crypto::SecureBytes &keyEncryptionKey, QByteArrayView logId) const
{
    return crypto::seal(keyEncryptionKey, m_dataKey.view(), wrappingAssociatedData(logId, m_id, m_firstSequence));
}

Result<crypto::SecureBytes> KeyGeneration::unwrap(const crypto::SecureBytes &keyEncryptionKey, QByteArrayView logId,
                                                  quint32 id, quint64 firstSequence, QByteArrayView wrapped)
{
    Result<QByteArray> plain =
        crypto::open(keyEncryptionKey, wrapped, wrappingAssociatedData(logId, id, firstSequence));
    if (!plain)
        return plain.error();
    crypto::SecureBytes key(*plain);
    crypto::wipe(plain.value());
    return key;
}

} // namespace pasban::audit
