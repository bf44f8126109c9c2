#include "SecureBytes.h"

#include "Hash.h"

#include <openssl/crypto.h>

#include <QDebug>

namespace pasban::crypto {

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        // data() detaches a shared buffer first, so this never reaches another owner's copy.
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    }
    bytes.clear();
}

SecureBytes::SecureBytes(QByteArrayView bytes)
    : m_bytes(bytes.data(), bytes.size())
{
}

SecureBytes SecureBytes::zeroed(qsizetype size)
{
    SecureBytes secret;
    secret.m_bytes = QByteArray(size, '\0');
    return secret;
}

SecureBytes SecureBytes::fromUtf8(QStringView text)
{
    SecureBytes secret;
    // toUtf8() returns a fresh, unshared array, so taking it over leaves no copy behind.
    secret.m_bytes = text.toUtf8();
    return secret;
}

SecureBytes::SecureBytes(const SecureBytes &other)
    : m_bytes(other.m_bytes.constData(), other.m_bytes.size())
{
}

SecureBytes &SecureBytes::operator=(const SecureBytes &other)
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = QByteArray(other.m_bytes.constData(), other.m_bytes.size());
    }
    return *this;
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    wipe(m_bytes);
}

void SecureBytes::clear()
{
    wipe(m_bytes);
}

bool operator==(const SecureBytes &a, const SecureBytes &b)
{
    return constantTimeEquals(a.view(), b.view());
}

QDebug operator<<(QDebug debug, const SecureBytes &secret)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "SecureBytes(" << secret.size() << " bytes, redacted)";
    return debug;
}

} // namespace pasban::crypto
