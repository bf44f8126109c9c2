#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace pasban::smp {

// mcumgr's framing of SMP packets for a serial console, where packets share the
// line with log output. The packet travels as a stream
//     u16 BE length (packet + 2) | packet | CRC-16/XMODEM of the packet, BE
// cut into lines of at most 127 bytes: a 2-byte marker (0x06 0x09 on the first
// line, 0x04 0x14 on each continuation), the piece in base64, and '\n'. Each line
// is base64 on its own (padded), so a receiver decodes line by line.
class SmpSerialFraming
{
public:
    static constexpr qsizetype MaxFrameSize = 127;
    static constexpr char FirstMarker[2] = {0x06, 0x09};
    static constexpr char ContinuationMarker[2] = {0x04, 0x14};
    // Raw bytes per line: 124 base64 characters fit between marker and newline.
    static constexpr qsizetype RawBytesPerFrame = (MaxFrameSize - 3) / 4 * 3;
    // The length field counts the packet and its CRC in 16 bits.
    static constexpr qsizetype MaxPacketSize = 0xffff - 2;

    // The lines for one packet, each ending in '\n'. An error for an empty packet or
    // one larger than MaxPacketSize.
    [[nodiscard]] static Result<QList<QByteArray>> encodeFrames(QByteArrayView packet);
    // The same lines joined, ready to write to the port.
    [[nodiscard]] static Result<QByteArray> encode(QByteArrayView packet);
};

} // namespace pasban::smp
