// The firmware package container (CBOR) parser.
#include "firmware/FirmwarePackage.h"

#include <QByteArrayView>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pasban::firmware;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const pasban::Result<FirmwarePackage> package = FirmwarePackage::parse(bytes);
    if (!package)
        return 0;
    // Every image the manifest names is there, and nothing else.
    if (package->files().size() != package->manifest().images.size())
        __builtin_trap();
    for (const ManifestImage &image : package->manifest().images) {
        if (!package->files().contains(image.file))
            __builtin_trap();
    }
    const pasban::Result<FirmwarePackage> again = FirmwarePackage::parse(package->serialize());
    if (!again || again->manifestBytes() != package->manifestBytes())
        __builtin_trap();
    return 0;
}
