#include "Signature.h"

#include "KeyHandle.h"

namespace pasban::crypto {

Result<QByteArray> sign(const PrivateKey &key, QByteArrayView message)
{
    return key.m_handle->sign(message);
}

Status verify(const PublicKey &key, QByteArrayView message, QByteArrayView signature)
{
    return key.m_handle->verify(message, signature);
}

} // namespace pasban::crypto
