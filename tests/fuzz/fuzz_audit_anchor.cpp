// The audit anchor file (Checkpoint::fromBytes): read from the data folder, so
// anyone with access to it controls these bytes.
#include "audit/Checkpoint.h"

#include <QByteArrayView>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const pasban::Result<pasban::audit::Checkpoint> checkpoint = pasban::audit::Checkpoint::fromBytes(bytes);
    if (!checkpoint)
        return 0;
    // The format has exactly one encoding per checkpoint.
    if (checkpoint->toBytes() != bytes)
        __builtin_trap();
    (void)checkpoint->signedMessage();
    return 0;
}
