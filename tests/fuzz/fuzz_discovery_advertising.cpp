// Advertising data comes from any device in radio range: AD structures, and the
// manufacturer data inside them. Parsing must never read out of bounds, and
// what it accepts must encode back into data it accepts again.
#include "discovery/AdvertisingData.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    auto manufacturer = pasban::discovery::AdvertisingData::parseManufacturerData(input);
    if (manufacturer.ok() && manufacturer->second.size() != input.size() - 2)
        std::abort();

    pasban::discovery::Advertisement advertisement;
    const auto status = pasban::discovery::AdvertisingData::parse(input, advertisement);
    if (status.ok()) {
        const QByteArray encoded = pasban::discovery::AdvertisingData::encode(advertisement);
        pasban::discovery::Advertisement again;
        if (!pasban::discovery::AdvertisingData::parse(encoded, again).ok())
            std::abort();
        if (again.manufacturerData.size() > advertisement.manufacturerData.size()
            || again.services.size() > advertisement.services.size())
            std::abort();
    }
    return 0;
}
