// USB descriptors come from whatever is plugged in (or a sysfs file mirroring it):
// device, configuration, interface, endpoint, interface association and DFU
// functional descriptors. Parsing must never read out of bounds, and what it
// accepts must be consistent with the input it came from.
#include "discovery/UsbClassification.h"
#include "discovery/UsbDescriptors.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstdlib>

using namespace pasban::discovery;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    auto config = UsbDescriptors::parseConfiguration(input);
    if (config.ok()) {
        // Every interface and endpoint takes at least 9 and 7 bytes of the input.
        if (config->interfaces.size() * 9 > input.size())
            std::abort();
        for (const UsbInterface &interface : config->interfaces) {
            if (UsbClassification::className(interface).isEmpty())
                std::abort();
            (void)UsbClassification::observationKind(UsbClassification::classify(interface));
        }
    }

    auto set = UsbDescriptors::parseDescriptorSet(input);
    if (set.ok() && set->configurations.size() > set->device.configurationCount)
        std::abort();
    return 0;
}
