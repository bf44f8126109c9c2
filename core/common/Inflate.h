#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace pasban {

// A raw DEFLATE (RFC 1951) decoder for ZIP entries: Pasban has no zlib dependency
// of its own, and Qt's qUncompress only takes a zlib stream whose Adler-32 of the
// output must be known in advance, which a ZIP entry (CRC-32) does not give.
//
// Bounded by construction: the output never grows beyond EXPECTED_SIZE (the size
// the archive declares), every read is checked against the input, distances
// against what was written, and codes against the tables; the stream must end
// with its final block exactly at EXPECTED_SIZE bytes. Anything else is
// zip.corrupt with the reason in the detail. Canonical Huffman decoding bit by
// bit: simple and safe rather than fast (tens of MB/s, ample for firmware).
[[nodiscard]] Result<QByteArray> inflateRaw(QByteArrayView input, qint64 expectedSize);

// zip.corrupt ("the archive is damaged") with WHY, untranslated, as the detail;
// the ZIP reader's structural refusals use it too.
[[nodiscard]] Error zipCorrupt(const QString &why);

// The CRC-32 (ISO-HDLC, as ZIP and PNG use it) of DATA.
[[nodiscard]] quint32 crc32(QByteArrayView data);

} // namespace pasban
