// The firmware package manifest (JSON) parser, and what an accepted manifest offers.
#include "firmware/PackageManifest.h"

#include <QByteArrayView>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pasban::firmware;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const pasban::Result<PackageManifest> manifest = PackageManifest::parse(bytes);
    if (!manifest)
        return 0;
    // What the console writes must read back as the same manifest.
    const pasban::Result<PackageManifest> again = PackageManifest::parse(manifest->toJson());
    if (!again || again->toJson() != manifest->toJson())
        __builtin_trap();
    for (const ManifestImage &image : manifest->images) {
        if (image.sha256.size() != 32 || image.keyHash.size() != 32 || manifest->image(image.file) == nullptr)
            __builtin_trap();
    }
    (void)manifest->targetsDevice(QStringLiteral("PX-100"), QStringLiteral("A"));
    return 0;
}
