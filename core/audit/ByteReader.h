#pragma once

// Private to core/audit: reads what ByteWriter wrote from bytes that came from
// outside (a file, the database). Every read checks the remaining length first
// and fails, leaving the value untouched, rather than read past the end.

#include <QByteArray>
#include <QByteArrayView>
#include <QtEndian>

namespace pasban::audit::detail {

class ByteReader
{
public:
    explicit ByteReader(QByteArrayView data)
        : m_data(data)
    {
    }

    [[nodiscard]] bool u8(quint8 &value) { return fixed(value); }
    [[nodiscard]] bool u16(quint16 &value) { return fixed(value); }
    [[nodiscard]] bool u32(quint32 &value) { return fixed(value); }
    [[nodiscard]] bool u64(quint64 &value) { return fixed(value); }
    [[nodiscard]] bool i64(qint64 &value) { return fixed(value); }
    [[nodiscard]] bool raw(qsizetype count, QByteArray &value)
    {
        if (count < 0 || count > remaining())
            return false;
        value = m_data.sliced(m_offset, count).toByteArray();
        m_offset += count;
        return true;
    }

    [[nodiscard]] qsizetype remaining() const { return m_data.size() - m_offset; }
    [[nodiscard]] bool atEnd() const { return remaining() == 0; }

private:
    template<typename T> bool fixed(T &value)
    {
        if (remaining() < qsizetype(sizeof(T)))
            return false;
        value = qFromBigEndian<T>(m_data.data() + m_offset);
        m_offset += qsizetype(sizeof(T));
        return true;
    }

    QByteArrayView m_data;
    qsizetype m_offset = 0;
};

} // namespace pasban::audit::detail
