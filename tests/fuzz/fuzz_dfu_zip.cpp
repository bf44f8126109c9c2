// The bounded ZIP reader (central directory, local headers, stored and deflate
// entries) and the Nordic DFU package reader on top of it.
#include "common/ZipReader.h"
#include "firmware/NordicDfuZip.h"

#include <QByteArray>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pasban;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<ZipReader> zip = ZipReader::open(bytes);
    if (zip) {
        for (const ZipEntry &entry : zip->entries()) {
            // Every entry lies inside the file, and reads to exactly its declared size or fails.
            if (entry.dataOffset < 0 || entry.dataOffset + entry.compressedSize > bytes.size())
                __builtin_trap();
            const Result<QByteArray> read = zip->read(entry);
            if (read && read->size() != entry.uncompressedSize)
                __builtin_trap();
        }
    }
    const Result<firmware::NordicDfuImage> dfu = firmware::readNordicDfuZip(bytes);
    if (dfu) {
        // Only an archive the reader accepts can hold a DFU package, and the image is the entry named.
        if (!zip || !zip->find(dfu->fileName))
            __builtin_trap();
        const Result<QByteArray> image = zip->read(*zip->find(dfu->fileName));
        if (!image || *image != dfu->image)
            __builtin_trap();
    }
    return 0;
}
