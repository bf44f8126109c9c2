#pragma once

#include "SmpHeader.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCborMap>

namespace pasban::smp {

// One SMP message: header plus CBOR map payload.
struct SmpMessage
{
    SmpHeader header;
    QCborMap payload;

    // Header (with `length` set from the encoded payload) followed by the payload.
    // Fails only when the payload does not fit the 16-bit length field.
    [[nodiscard]] Result<QByteArray> encode() const;

    // `bytes` is exactly one message: the header's length must equal the bytes after
    // it, and those must be one well-formed CBOR map (see SmpCbor for the limits).
    [[nodiscard]] static Result<SmpMessage> decode(QByteArrayView bytes);
};

} // namespace pasban::smp
