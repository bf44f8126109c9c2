#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QCborMap>

namespace pasban::smp {

// Reads an SMP payload: exactly one well-formed CBOR map and nothing after it.
// The bytes come from a device, so the structure is walked with a stream reader
// first, under fixed limits, before QCborValue builds anything: no recursion deeper
// than MaxNesting, no more than MaxItems data items, no container that claims more
// elements than there are bytes left, no invalid UTF-8, no map with a key twice
// (two "rc" keys could make two readers disagree about the answer), and no map key
// other than a text string or an integer: SMP names its fields with text, and a
// float, tagged or container key has no single meaning (NaNs with different
// payloads are different keys, equal once written again).
class SmpCbor
{
public:
    static constexpr int MaxNesting = 16;
    static constexpr qsizetype MaxItems = 4096;
    // The SMP header's length field is 16 bits.
    static constexpr qsizetype MaxSize = 0xffff;

    [[nodiscard]] static Result<QCborMap> parseMap(QByteArrayView bytes);
};

} // namespace pasban::smp
