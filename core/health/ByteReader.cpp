#include "ByteReader.h"

#include "Ieee11073.h"

namespace pasban::health {

quint64 ByteReader::take(qsizetype count)
{
    if (m_failed || count > remaining()) {
        m_failed = true;
        return 0;
    }
    quint64 value = 0;
    for (qsizetype i = 0; i < count; ++i)
        value |= quint64(quint8(m_data[m_position + i])) << (8 * i);
    m_position += count;
    return value;
}

quint8 ByteReader::u8()
{
    return quint8(take(1));
}

quint16 ByteReader::u16()
{
    return quint16(take(2));
}

quint32 ByteReader::u24()
{
    return quint32(take(3));
}

quint32 ByteReader::u32()
{
    return quint32(take(4));
}

quint64 ByteReader::u40()
{
    return take(5);
}

qint16 ByteReader::s16()
{
    return qint16(quint16(take(2)));
}

MedicalFloat ByteReader::sfloat()
{
    const quint16 raw = u16();
    return m_failed ? MedicalFloat() : decodeSfloat(raw);
}

MedicalFloat ByteReader::float32()
{
    const quint32 raw = u32();
    return m_failed ? MedicalFloat() : decodeFloat(raw);
}

DeviceDateTime ByteReader::dateTime()
{
    if (m_failed || remaining() < 7) {
        m_failed = true;
        return {};
    }
    DeviceDateTime value;
    value.year = u16();
    value.month = u8();
    value.day = u8();
    value.hours = u8();
    value.minutes = u8();
    value.seconds = u8();
    return value;
}

QByteArrayView ByteReader::bytes(qsizetype count)
{
    if (m_failed || count < 0 || count > remaining()) {
        m_failed = true;
        return {};
    }
    const QByteArrayView out = m_data.sliced(m_position, count);
    m_position += count;
    return out;
}

} // namespace pasban::health
