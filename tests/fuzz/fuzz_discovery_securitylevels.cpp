// The LE GATT Security Levels value (0x2BF5) is read from the device under test.
#include "discovery/SecurityLevels.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parsed =
        pasban::discovery::SecurityLevels::parse(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (parsed.ok()) {
        if (parsed->size() * 2 != qsizetype(size))
            std::abort();
        const quint8 level = pasban::discovery::SecurityLevels::mode1Level(*parsed);
        if (level < 1 || level > 4)
            std::abort();
    }
    return 0;
}
