#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pasban {

// One file in a ZIP archive, as its central directory describes it (checked
// against its local header when the archive is opened).
struct ZipEntry
{
    QString name;
    quint16 method = 0; // 0 stored, 8 deflate
    quint32 crc32 = 0;
    qint64 compressedSize = 0;
    qint64 uncompressedSize = 0;
    qint64 dataOffset = 0; // where the (compressed) bytes start in the archive
};

// A bounded reader of ZIP archives held in memory, for files from outside
// (Nordic DFU packages). Opening parses the end record and the whole central
// directory and checks every length and offset against the file, each entry's
// local header against its directory record, that no two entries' data overlap,
// and the limits below; reading an entry inflates it (stored or deflate only,
// see Inflate.h) into exactly its declared size and checks its CRC-32.
//
// Refused: ZIP64, archives on several disks, encryption, other compression
// methods, names that could leave a folder (absolute, "..", backslashes, drive
// letters, control characters), duplicate names, and anything beyond the limits.
// Each refusal is a zip.* error whose detail says which check failed.
class ZipReader
{
public:
    struct Limits
    {
        int maxEntries = 64;
        int maxNameLength = 255;
        qint64 maxEntrySize = qint64(64) << 20; // uncompressed, per entry
        qint64 maxTotalSize = qint64(128) << 20; // uncompressed, all entries
        // Uncompressed / compressed, for entries above RatioFloor bytes: a ZIP
        // bomb expands a thousandfold; firmware rarely compresses past ten.
        int maxRatio = 100;
    };
    static constexpr qint64 RatioFloor = 64 * 1024;

    // Takes a copy of BYTES (implicitly shared) for later reads.
    [[nodiscard]] static Result<ZipReader> open(const QByteArray &bytes, const Limits &limits);
    [[nodiscard]] static Result<ZipReader> open(const QByteArray &bytes) { return open(bytes, Limits {}); }

    // True when BYTES start like a ZIP archive (a local header or an empty archive's end record).
    [[nodiscard]] static bool looksLikeZip(const QByteArray &bytes);

    [[nodiscard]] const QList<ZipEntry> &entries() const { return m_entries; }
    // The entry named exactly NAME (no case folding, no path normalisation), or null.
    [[nodiscard]] const ZipEntry *find(const QString &name) const;
    // The entry's uncompressed bytes.
    [[nodiscard]] Result<QByteArray> read(const ZipEntry &entry) const;

private:
    ZipReader() = default;

    QByteArray m_bytes;
    QList<ZipEntry> m_entries;
};

} // namespace pasban
