#pragma once

#include "DeviceDateTime.h"
#include "MedicalFloat.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace pasban::health {

// Reads the little-endian fields of a GATT characteristic value. A read that
// would pass the end reads nothing, returns zero (or NaN for the number types),
// and marks the reader failed; later reads fail too. A decoder reads its fields
// and then checks ok() once, so no read can ever go out of bounds and no length
// check can be forgotten into a crash.
class ByteReader
{
public:
    explicit ByteReader(QByteArrayView data)
        : m_data(data)
    {
    }
    // The reader keeps a view: it must not outlive the bytes it reads.
    explicit ByteReader(QByteArray &&) = delete;

    [[nodiscard]] quint8 u8();
    [[nodiscard]] quint16 u16();
    [[nodiscard]] quint32 u24();
    [[nodiscard]] quint32 u32();
    [[nodiscard]] quint64 u40();
    [[nodiscard]] qint16 s16();
    // IEEE 11073-20601 SFLOAT (2 octets) and FLOAT (4 octets).
    [[nodiscard]] MedicalFloat sfloat();
    [[nodiscard]] MedicalFloat float32();
    // Date Time, 7 octets: year u16, month, day, hours, minutes, seconds.
    [[nodiscard]] DeviceDateTime dateTime();
    // The next count octets; empty (and failed) when fewer remain.
    [[nodiscard]] QByteArrayView bytes(qsizetype count);

    // False once any read went past the end.
    [[nodiscard]] bool ok() const { return !m_failed; }
    [[nodiscard]] qsizetype position() const { return m_position; }
    [[nodiscard]] qsizetype remaining() const { return m_data.size() - m_position; }
    [[nodiscard]] bool atEnd() const { return remaining() == 0; }

private:
    // The value of count (<= 8) octets, little-endian; 0 and failed past the end.
    quint64 take(qsizetype count);

    QByteArrayView m_data;
    qsizetype m_position = 0;
    bool m_failed = false;
};

} // namespace pasban::health
