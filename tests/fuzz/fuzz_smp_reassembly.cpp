// BLE notification reassembly (SmpReassembler): the first byte picks the fragment
// size, the rest arrives in fragments of that size. Every message handed out must
// be exactly as long as its header says, and must never exceed the limit.
#include "smp/SmpHeader.h"
#include "smp/SmpMessage.h"
#include "smp/SmpReassembler.h"

#include <QByteArrayView>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pasban::smp;
    if (size < 1)
        return 0;
    const qsizetype fragment = qsizetype(data[0] % 244) + 1;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    constexpr qsizetype Limit = 2048;
    SmpReassembler reassembler(Limit);
    for (qsizetype at = 0; at < bytes.size(); at += fragment) {
        for (const pasban::Result<QByteArray> &message :
             reassembler.feed(bytes.sliced(at, std::min(fragment, bytes.size() - at)))) {
            if (!message)
                continue;
            const pasban::Result<SmpHeader> header = SmpHeader::decode(*message);
            if (!header || message->size() != SmpHeader::Size + header->length || message->size() > Limit)
                __builtin_trap();
            (void)SmpMessage::decode(*message);
        }
        if (reassembler.pending() > Limit)
            __builtin_trap();
    }
    return 0;
}
