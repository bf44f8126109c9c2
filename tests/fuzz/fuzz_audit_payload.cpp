// The decrypted payload of an audit event (EventPayload::decode). It is
// authenticated before it is decoded, but a reader must still never crash on it:
// a bug or a future format must come out as an error.
#include "audit/EventPayload.h"

#include <QByteArrayView>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const pasban::Result<pasban::audit::EventPayload> payload = pasban::audit::EventPayload::decode(bytes);
    if (!payload)
        return 0;
    // What decodes encodes again (details may normalise, so only check it decodes).
    const pasban::Result<QByteArray> again = payload->encode();
    if (again && !pasban::audit::EventPayload::decode(*again))
        __builtin_trap();
    return 0;
}
