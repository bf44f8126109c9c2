#include "PrivateKey.h"

#include "KeyHandle.h"

namespace pasban::crypto {

PrivateKey::PrivateKey(std::shared_ptr<const detail::KeyHandle> handle)
    : m_handle(std::move(handle))
{
    Q_ASSERT(m_handle);
}

Result<PrivateKey> PrivateKey::generate(SignatureAlgorithm algorithm)
{
    Result<detail::KeyHandle::Pointer> handle = detail::KeyHandle::generate(algorithm);
    if (!handle)
        return handle.error();
    return PrivateKey(std::move(*handle));
}

Result<PrivateKey> PrivateKey::fromPem(QByteArrayView pem, const std::optional<SecureBytes> &passphrase)
{
    Result<detail::KeyHandle::Pointer> handle = detail::KeyHandle::fromPrivatePem(pem, passphrase);
    if (!handle)
        return handle.error();
    return PrivateKey(std::move(*handle));
}

Result<PrivateKey> PrivateKey::fromEd25519Seed(const SecureBytes &seed)
{
    Result<detail::KeyHandle::Pointer> handle = detail::KeyHandle::fromEd25519Seed(seed);
    if (!handle)
        return handle.error();
    return PrivateKey(std::move(*handle));
}

Result<SecureBytes> PrivateKey::toPem(const std::optional<SecureBytes> &passphrase) const
{
    return m_handle->privatePem(passphrase);
}

Result<PublicKey> PrivateKey::publicKey() const
{
    Result<detail::KeyHandle::Pointer> handle = m_handle->publicHalf();
    if (!handle)
        return handle.error();
    return PublicKey(std::move(*handle));
}

SignatureAlgorithm PrivateKey::algorithm() const
{
    return m_handle->algorithm();
}

} // namespace pasban::crypto
