#include "PublicKey.h"

#include "KeyHandle.h"

namespace pasban::crypto {

PublicKey::PublicKey(std::shared_ptr<const detail::KeyHandle> handle)
    : m_handle(std::move(handle))
{
    Q_ASSERT(m_handle);
}

Result<PublicKey> PublicKey::fromPem(QByteArrayView pem)
{
    Result<detail::KeyHandle::Pointer> handle = detail::KeyHandle::fromPublicPem(pem);
    if (!handle)
        return handle.error();
    return PublicKey(std::move(*handle));
}

Result<PublicKey> PublicKey::fromDer(QByteArrayView der)
{
    Result<detail::KeyHandle::Pointer> handle = detail::KeyHandle::fromPublicDer(der);
    if (!handle)
        return handle.error();
    return PublicKey(std::move(*handle));
}

Result<PublicKey> PublicKey::fromEd25519Raw(QByteArrayView raw)
{
    Result<detail::KeyHandle::Pointer> handle = detail::KeyHandle::fromEd25519PublicKey(raw);
    if (!handle)
        return handle.error();
    return PublicKey(std::move(*handle));
}

Result<QByteArray> PublicKey::toPem() const
{
    return m_handle->publicPem();
}

Result<QByteArray> PublicKey::toDer() const
{
    return m_handle->publicDer();
}

Result<QByteArray> PublicKey::mcubootKeyBytes() const
{
    return m_handle->mcubootKeyBytes();
}

SignatureAlgorithm PublicKey::algorithm() const
{
    return m_handle->algorithm();
}

} // namespace pasban::crypto
