// The serial decoder fed the input in pieces. The first byte picks the piece size,
// so the fuzzer explores frames split at every point.
#include "smp/SmpSerialDecoder.h"

#include <QByteArrayView>

#include <algorithm>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pasban::smp;
    if (size == 0)
        return 0;
    const qsizetype piece = 1 + data[0] % 97;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    // A small limit as well as the default, so the oversize path is reachable.
    SmpSerialDecoder decoder;
    SmpSerialDecoder small(64);
    for (qsizetype offset = 0; offset < bytes.size(); offset += piece) {
        const QByteArrayView chunk = bytes.sliced(offset, std::min(piece, bytes.size() - offset));
        for (const pasban::Result<QByteArray> &result : decoder.feed(chunk)) {
            if (result && (result->isEmpty() || result->size() > SmpSerialDecoder::DefaultMaxPacketSize))
                __builtin_trap();
        }
        for (const pasban::Result<QByteArray> &result : small.feed(chunk)) {
            if (result && result->size() > 64)
                __builtin_trap();
        }
    }
    return 0;
}
