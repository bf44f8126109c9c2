#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

class QDebug;

namespace pasban::crypto {

// Overwrites the bytes `bytes` owns, then empties it. If the array shares its buffer
// with another QByteArray (implicit sharing), only a private copy is overwritten:
// the other owner's bytes are not ours to destroy.
void wipe(QByteArray &bytes);

// Secret bytes — keys, passphrases, derived keys. Every instance owns its buffer
// alone (copies are deep), and the buffer is overwritten when the instance is
// cleared, reassigned or destroyed. There is deliberately no append: growing would
// reallocate and leave an unwiped copy behind.
class SecureBytes
{
public:
    SecureBytes() = default;
    // Copies `bytes` into a new buffer; the source stays the caller's to wipe.
    explicit SecureBytes(QByteArrayView bytes);
    // A zero-filled secret of `size` bytes, to be filled in place through data().
    [[nodiscard]] static SecureBytes zeroed(qsizetype size);
    // A passphrase typed by the user, as UTF-8.
    [[nodiscard]] static SecureBytes fromUtf8(QStringView text);

    SecureBytes(const SecureBytes &other);
    SecureBytes &operator=(const SecureBytes &other);
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    ~SecureBytes();

    [[nodiscard]] qsizetype size() const { return m_bytes.size(); }
    [[nodiscard]] bool isEmpty() const { return m_bytes.isEmpty(); }
    [[nodiscard]] const char *constData() const { return m_bytes.constData(); }
    [[nodiscard]] char *data() { return m_bytes.data(); }
    [[nodiscard]] QByteArrayView view() const { return QByteArrayView(m_bytes); }

    void clear();

    // Constant time in the contents, so comparing secrets leaks nothing through timing.
    friend bool operator==(const SecureBytes &a, const SecureBytes &b);
    friend bool operator!=(const SecureBytes &a, const SecureBytes &b) { return !(a == b); }

    // Logging a secret prints its size only, so `qCDebug(lc) << secret` is safe
    // (tests/unit/tst_LoggingSecrets checks every pasban.* category).
    friend QDebug operator<<(QDebug debug, const SecureBytes &secret);

private:
    QByteArray m_bytes;
};

} // namespace pasban::crypto
