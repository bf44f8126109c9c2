#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace pasban::smp {

enum class SmpOp : quint8 { Read = 0, ReadResponse = 1, Write = 2, WriteResponse = 3 };

// V1 answers errors as {"rc"}; V2 adds {"err": {"group", "rc"}} for group-specific
// codes. The header field is two bits wide; 2 and 3 are not defined.
enum class SmpVersion : quint8 { V1 = 0, V2 = 1 };

// The 8-byte SMP header, big-endian on the wire:
//   byte 0   reserved (3 bits) | version (2 bits) | op (3 bits)
//   byte 1   flags
//   byte 2-3 payload length
//   byte 4-5 group
//   byte 6   sequence (echoed by the device, wraps at 256)
//   byte 7   command
struct SmpHeader
{
    static constexpr qsizetype Size = 8;

    SmpOp op = SmpOp::Read;
    SmpVersion version = SmpVersion::V2;
    quint8 flags = 0;
    quint16 length = 0;
    quint16 group = 0;
    quint8 sequence = 0;
    quint8 command = 0;

    [[nodiscard]] bool isResponse() const { return op == SmpOp::ReadResponse || op == SmpOp::WriteResponse; }

    [[nodiscard]] QByteArray encode() const;
    // Reads the first 8 bytes of `bytes` (more may follow: the payload). Refuses a
    // short buffer, set reserved bits, an undefined version or op.
    [[nodiscard]] static Result<SmpHeader> decode(QByteArrayView bytes);

    friend bool operator==(const SmpHeader &, const SmpHeader &) = default;
};

} // namespace pasban::smp
