#pragma once

#include "common/Result.h"

#include <QByteArrayView>

namespace pasban::health {

// System ID, 0x2A23 (Device Information Service 1.1, §3.8), exactly 8 octets,
// little-endian: a 40-bit manufacturer-defined identifier, then the 24-bit
// IEEE organizationally unique identifier (OUI) of the manufacturer.
struct SystemId
{
    static constexpr quint16 Uuid = 0x2A23;
    static constexpr qsizetype Length = 8;

    quint64 manufacturerIdentifier = 0; // 40 bits
    quint32 organizationallyUniqueIdentifier = 0; // 24 bits

    [[nodiscard]] static Result<SystemId> decode(QByteArrayView data);
};

} // namespace pasban::health
