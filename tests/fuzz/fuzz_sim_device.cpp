// The simulated device's request handling (pasban-devsim answers whoever sends it
// a UDP datagram): any bytes as a request, then the device must still be sane.
#include "sim/SimFirmwareImage.h"
#include "sim/SimSmpDevice.h"
#include "smp/SmpMessage.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pasban;
    static const QByteArray primary = sim::SimFirmwareImage {}.build();
    sim::SimDeviceConfig config;
    config.slotSize = 64 * 1024;
    sim::SimSmpDevice device(primary, config);
    const QByteArray request(reinterpret_cast<const char *>(data), qsizetype(size));
    const sim::SimAction action = device.handle(request);
    for (const QByteArray &reply : action.replies) {
        if (!smp::SmpMessage::decode(reply))
            __builtin_trap();
    }
    if (device.uploadedBytes() > config.slotSize)
        __builtin_trap();
    device.reboot();
    return 0;
}
