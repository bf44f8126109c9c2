#include "Crc16.h"

#include <array>

namespace pasban::smp {

namespace {
constexpr quint16 Polynomial = 0x1021;

// One entry per value of the top byte: the 8 shift-and-XOR steps done in advance.
constexpr std::array<quint16, 256> makeTable()
{
    std::array<quint16, 256> table {};
    for (unsigned byte = 0; byte < 256; ++byte) {
        unsigned crc = byte << 8;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? ((crc << 1) ^ Polynomial) : (crc << 1);
        table[byte] = quint16(crc & 0xffff);
    }
    return table;
}

constexpr std::array<quint16, 256> Table = makeTable();
} // namespace

quint16 crc16Xmodem(QByteArrayView data, quint16 initial)
{
    quint16 crc = initial;
    for (const char c : data)
        crc = quint16((crc << 8) ^ Table[((crc >> 8) ^ quint8(c)) & 0xff]);
    return crc;
}

} // namespace pasban::smp
