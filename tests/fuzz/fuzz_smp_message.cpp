// SMP message decoding and every response reader on whatever decodes.
#include "smp/SmpError.h"
#include "smp/SmpMessage.h"
#include "smp/SmpResponses.h"

#include <QByteArrayView>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pasban::smp;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const pasban::Result<SmpMessage> message = SmpMessage::decode(bytes);
    if (!message)
        return 0;
    const QCborMap &payload = message->payload;
    (void)SmpError::fromPayload(payload);
    (void)SmpResponses::status(payload);
    (void)SmpResponses::echo(payload);
    (void)SmpResponses::osInfo(payload);
    (void)SmpResponses::parameters(payload);
    (void)SmpResponses::bootloaderInfo(payload);
    (void)SmpResponses::imageState(payload);
    (void)SmpResponses::upload(payload);
    // What we accepted must encode again and read back.
    const pasban::Result<QByteArray> again = message->encode();
    if (again && !SmpMessage::decode(*again))
        __builtin_trap();
    return 0;
}
