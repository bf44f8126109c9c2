#include "ZipReader.h"

#include "Inflate.h"

#include <QSet>
#include <QStringDecoder>
#include <QtEndian>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pasban {

namespace {

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndRecordSignature = 0x06054b50;
constexpr qsizetype LocalHeaderSize = 30;
constexpr qsizetype CentralHeaderSize = 46;
constexpr qsizetype EndRecordSize = 22;
constexpr qsizetype MaxCommentSize = 0xffff;
constexpr quint16 FlagEncrypted = 0x0001;
constexpr quint16 FlagUtf8 = 0x0800;
constexpr quint16 MethodStored = 0;
constexpr quint16 MethodDeflate = 8;

// Little-endian fields at OFFSET; the caller has checked OFFSET + width <= size.
quint16 u16(const QByteArray &b, qsizetype offset)
{
    return qFromLittleEndian<quint16>(b.constData() + offset);
}

quint32 u32(const QByteArray &b, qsizetype offset)
{
    return qFromLittleEndian<quint32>(b.constData() + offset);
}

Error notZip(const QString &why)
{
    return Error(u"zip.not_zip"_s, QT_TRANSLATE_NOOP("pasban::Error", "The file is not a ZIP archive."), {}, why);
}

Error unsupported(const QString &what)
{
    return Error(u"zip.unsupported"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The ZIP archive uses a feature Pasban does not read (ZIP64, several disks, "
                                   "encryption, or a compression other than stored and deflate)."),
                 {}, what);
}

Error unsafeName(const QString &name)
{
    return Error(u"zip.unsafe_name"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The ZIP archive holds an entry whose name could point outside a folder (an "
                                   "absolute path, .., a drive letter or a control character): %1"),
                 {name});
}

// A name that stays inside whatever folder it would be extracted to.
bool safeName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\') || name.contains(u':'))
        return false;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    const QStringList parts = name.split(u'/');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        // An empty part only as the trailing slash of a folder entry.
        if (parts.at(i) == u".."_s || parts.at(i) == u"."_s || (parts.at(i).isEmpty() && i != parts.size() - 1))
            return false;
    }
    return true;
}

// The end of central directory record: the last one whose comment runs exactly
// to the end of the file.
qsizetype findEndRecord(const QByteArray &bytes)
{
    const qsizetype lowest = std::max<qsizetype>(0, bytes.size() - EndRecordSize - MaxCommentSize);
    for (qsizetype at = bytes.size() - EndRecordSize; at >= lowest; --at) {
        if (u32(bytes, at) == EndRecordSignature && at + EndRecordSize + u16(bytes, at + 20) == bytes.size())
            return at;
    }
    return -1;
}

} // namespace

bool ZipReader::looksLikeZip(const QByteArray &bytes)
{
    return bytes.size() >= 4
        && (u32(bytes, 0) == LocalHeaderSignature
            || (bytes.size() >= EndRecordSize && u32(bytes, 0) == EndRecordSignature));
}

Result<ZipReader> ZipReader::open(const QByteArray &bytes, const Limits &limits)
{
    if (bytes.size() < EndRecordSize)
        return notZip(u"shorter than an end record"_s);
    const qsizetype end = findEndRecord(bytes);
    if (end < 0)
        return notZip(u"no end of central directory record"_s);

    const quint16 disk = u16(bytes, end + 4);
    const quint16 directoryDisk = u16(bytes, end + 6);
    const quint16 entriesHere = u16(bytes, end + 8);
    const quint16 entryCount = u16(bytes, end + 10);
    const quint32 directorySize = u32(bytes, end + 12);
    const quint32 directoryOffset = u32(bytes, end + 16);
    if (entryCount == 0xffff || directorySize == 0xffffffffu || directoryOffset == 0xffffffffu)
        return unsupported(u"ZIP64"_s);
    if (disk != 0 || directoryDisk != 0 || entriesHere != entryCount)
        return unsupported(u"several disks"_s);
    if (entryCount > limits.maxEntries) {
        return Error(u"zip.too_many_entries"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "The ZIP archive holds more than %1 entries."),
                     {QString::number(limits.maxEntries)}, QString::number(entryCount));
    }
    if (qint64(directoryOffset) + directorySize > end)
        return zipCorrupt(u"the central directory runs past its end record"_s);

    ZipReader reader;
    reader.m_bytes = bytes;
    QSet<QString> names;
    qint64 total = 0;
    // [start of local header, end of data) of every entry, to refuse overlaps.
    QList<std::pair<qint64, qint64>> spans;
    qsizetype at = qsizetype(directoryOffset);
    const qsizetype directoryEnd = qsizetype(directoryOffset) + qsizetype(directorySize);
    for (int i = 0; i < entryCount; ++i) {
        if (directoryEnd - at < CentralHeaderSize || u32(bytes, at) != CentralHeaderSignature)
            return zipCorrupt(u"central directory record %1 is missing or truncated"_s.arg(i));
        const quint16 flags = u16(bytes, at + 8);
        const quint16 method = u16(bytes, at + 10);
        const quint32 crc = u32(bytes, at + 16);
        const quint32 compressed = u32(bytes, at + 20);
        const quint32 uncompressed = u32(bytes, at + 24);
        const quint16 nameLength = u16(bytes, at + 28);
        const quint16 extraLength = u16(bytes, at + 30);
        const quint16 commentLength = u16(bytes, at + 32);
        const quint16 startDisk = u16(bytes, at + 34);
        const quint32 localOffset = u32(bytes, at + 42);
        const qsizetype recordSize = CentralHeaderSize + nameLength + extraLength + commentLength;
        if (directoryEnd - at < recordSize)
            return zipCorrupt(u"central directory record %1 runs past the directory"_s.arg(i));
        if (nameLength > limits.maxNameLength) {
            return Error(u"zip.name_too_long"_s,
                         QT_TRANSLATE_NOOP("pasban::Error",
                                           "An entry's name in the ZIP archive is longer than %1 "
                                           "characters."),
                         {QString::number(limits.maxNameLength)}, QString::number(nameLength));
        }
        const QByteArray rawName = bytes.mid(at + CentralHeaderSize, nameLength);
        QString name;
        if (flags & FlagUtf8) {
            auto decode = QStringDecoder(QStringDecoder::Utf8);
            name = decode(rawName);
            if (decode.hasError())
                return unsafeName(QString::fromLatin1(rawName.toPercentEncoding()));
        } else {
            name = QString::fromLatin1(rawName); // CP437 in theory; only ASCII matters here
        }
        if (!safeName(name))
            return unsafeName(QString::fromLatin1(rawName.toPercentEncoding("/")));
        if (names.contains(name)) {
            return Error(u"zip.duplicate_name"_s,
                         QT_TRANSLATE_NOOP("pasban::Error", "The ZIP archive holds two entries named %1."), {name});
        }
        names.insert(name);
        if (compressed == 0xffffffffu || uncompressed == 0xffffffffu || localOffset == 0xffffffffu)
            return unsupported(u"ZIP64 entry %1"_s.arg(name));
        if (startDisk != 0)
            return unsupported(u"several disks"_s);
        if (flags & FlagEncrypted)
            return unsupported(u"encrypted entry %1"_s.arg(name));
        if (method != MethodStored && method != MethodDeflate)
            return unsupported(u"compression method %1 of %2"_s.arg(method).arg(name));
        if (method == MethodStored && compressed != uncompressed)
            return zipCorrupt(u"stored entry %1 has different packed and unpacked sizes"_s.arg(name));
        if (qint64(uncompressed) > limits.maxEntrySize) {
            return Error(u"zip.entry_too_large"_s,
                         QT_TRANSLATE_NOOP("pasban::Error", "An entry in the ZIP archive is larger than %1 bytes."),
                         {QString::number(limits.maxEntrySize)}, u"%1: %2"_s.arg(name).arg(uncompressed));
        }
        total += uncompressed;
        if (total > limits.maxTotalSize) {
            return Error(u"zip.entry_too_large"_s,
                         QT_TRANSLATE_NOOP("pasban::Error",
                                           "The entries of the ZIP archive together are larger "
                                           "than %1 bytes."),
                         {QString::number(limits.maxTotalSize)}, QString::number(total));
        }
        if (method == MethodDeflate && uncompressed > RatioFloor
            && qint64(uncompressed) > qint64(compressed) * limits.maxRatio) {
            return Error(u"zip.ratio"_s,
                         QT_TRANSLATE_NOOP("pasban::Error",
                                           "An entry in the ZIP archive expands more than %1 times: it looks like "
                                           "a ZIP bomb."),
                         {QString::number(limits.maxRatio)},
                         u"%1: %2 -> %3 bytes"_s.arg(name).arg(compressed).arg(uncompressed));
        }

        // The local header must agree with the directory, and the data must lie
        // before the directory.
        const qint64 local = localOffset;
        if (local + LocalHeaderSize > directoryOffset || u32(bytes, local) != LocalHeaderSignature)
            return zipCorrupt(u"the local header of %1 is missing"_s.arg(name));
        const quint16 localMethod = u16(bytes, local + 8);
        const quint16 localNameLength = u16(bytes, local + 26);
        const quint16 localExtraLength = u16(bytes, local + 28);
        const qint64 dataOffset = local + LocalHeaderSize + localNameLength + localExtraLength;
        if (dataOffset + compressed > directoryOffset)
            return zipCorrupt(u"the data of %1 runs past the central directory"_s.arg(name));
        if (localMethod != method || localNameLength != nameLength
            || bytes.mid(local + LocalHeaderSize, localNameLength) != rawName)
            return zipCorrupt(u"the local header of %1 disagrees with the central directory"_s.arg(name));
        spans.append({local, dataOffset + compressed});

        ZipEntry entry;
        entry.name = name;
        entry.method = method;
        entry.crc32 = crc;
        entry.compressedSize = compressed;
        entry.uncompressedSize = uncompressed;
        entry.dataOffset = dataOffset;
        reader.m_entries.append(entry);
        at += recordSize;
    }
    std::sort(spans.begin(), spans.end());
    for (qsizetype i = 1; i < spans.size(); ++i) {
        if (spans.at(i).first < spans.at(i - 1).second)
            return zipCorrupt(u"two entries share bytes"_s);
    }
    return reader;
}

const ZipEntry *ZipReader::find(const QString &name) const
{
    const auto it =
        std::find_if(m_entries.cbegin(), m_entries.cend(), [&](const ZipEntry &e) { return e.name == name; });
    return it == m_entries.cend() ? nullptr : &*it;
}

Result<QByteArray> ZipReader::read(const ZipEntry &entry) const
{
    // The offsets were checked when the archive was opened.
    const QByteArrayView data(m_bytes.constData() + entry.dataOffset, qsizetype(entry.compressedSize));
    QByteArray out;
    if (entry.method == MethodStored) {
        out = data.toByteArray();
    } else {
        Result<QByteArray> inflated = inflateRaw(data, entry.uncompressedSize);
        if (!inflated)
            return inflated.error().withDetail(entry.name);
        out = std::move(inflated).value();
    }
    if (crc32(out) != entry.crc32) {
        return Error(u"zip.checksum"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "An entry in the ZIP archive does not match its checksum: the file is damaged."),
                     {}, entry.name);
    }
    return out;
}

} // namespace pasban
