#pragma once

// Private to core/audit: the fixed-width big-endian encoding that chain links,
// associated data, signatures and the anchor file are computed over. Every field
// has a fixed size or a length prefix, so two different records can never
// encode to the same bytes.

#include <QByteArray>
#include <QByteArrayView>
#include <QtEndian>

#include <optional>

namespace pasban::audit::detail {

class ByteWriter
{
public:
    ByteWriter &u8(quint8 value)
    {
        m_bytes.append(char(value));
        return *this;
    }
    ByteWriter &u16(quint16 value) { return fixed(value); }
    ByteWriter &u32(quint32 value) { return fixed(value); }
    ByteWriter &u64(quint64 value) { return fixed(value); }
    ByteWriter &i64(qint64 value) { return fixed(value); }
    // Raw bytes: only for fields whose size is fixed by the format (domain tags, ids, links).
    ByteWriter &raw(QByteArrayView bytes)
    {
        m_bytes.append(bytes);
        return *this;
    }
    // u32 length, then the bytes.
    ByteWriter &blob(QByteArrayView bytes)
    {
        u32(quint32(bytes.size()));
        return raw(bytes);
    }
    // 0x00 for an absent value (SQL NULL), else 0x01 and the length-prefixed bytes.
    ByteWriter &optionalBlob(const std::optional<QByteArray> &bytes)
    {
        if (!bytes)
            return u8(0);
        u8(1);
        return blob(*bytes);
    }

    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }

private:
    template<typename T> ByteWriter &fixed(T value)
    {
        char buffer[sizeof(T)];
        qToBigEndian(value, buffer);
        m_bytes.append(buffer, qsizetype(sizeof(T)));
        return *this;
    }

    QByteArray m_bytes;
};

} // namespace pasban::audit::detail
