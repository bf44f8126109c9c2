#pragma once

// Builds ZIP archives in tests, well-formed or with any field of their
// directory records falsified, to check the reader entry by entry. Deflate
// comes from Qt's own zlib (qCompress without its size prefix, zlib header and
// Adler-32 trailer), so the reader's inflater is checked against zlib.

#include "common/Inflate.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtEndian>

#include <optional>

namespace pasban::test {

inline QByteArray rawDeflate(const QByteArray &data, int level = 9)
{
    const QByteArray z = qCompress(data, level);
    return z.mid(4 + 2, z.size() - 4 - 2 - 4);
}

struct ZipItem
{
    QString name;
    QByteArray data;
    bool deflate = false;
    // Falsified directory fields (nothing set: the true values).
    std::optional<quint32> crc;
    std::optional<quint32> compressedSize;
    std::optional<quint32> uncompressedSize;
    std::optional<quint32> localOffset;
    std::optional<quint16> method;
    quint16 flags = 0;
    // The packed bytes as given, instead of DATA stored or deflated.
    std::optional<QByteArray> packed;
};

class ZipBuilder
{
public:
    ZipBuilder &add(ZipItem item)
    {
        m_items.append(std::move(item));
        return *this;
    }
    ZipBuilder &add(const QString &name, const QByteArray &data, bool deflate = false)
    {
        ZipItem item;
        item.name = name;
        item.data = data;
        item.deflate = deflate;
        return add(std::move(item));
    }

    QByteArray build() const
    {
        QByteArray out;
        QByteArray directory;
        for (const ZipItem &item : m_items) {
            const QByteArray packed = item.packed ? *item.packed : item.deflate ? rawDeflate(item.data) : item.data;
            const quint16 method = item.method.value_or(item.deflate ? 8 : 0);
            const quint32 crc = item.crc.value_or(crc32(item.data));
            const quint32 compressed = item.compressedSize.value_or(quint32(packed.size()));
            const quint32 uncompressed = item.uncompressedSize.value_or(quint32(item.data.size()));
            const QByteArray name = item.name.toUtf8();
            const quint32 offset = quint32(out.size());

            out += le32(0x04034b50) + le16(20) + le16(item.flags) + le16(method) + le16(0) + le16(0x5821) + le32(crc)
                + le32(compressed) + le32(uncompressed) + le16(quint16(name.size())) + le16(0) + name + packed;
            directory += le32(0x02014b50) + le16(0x0314) + le16(20) + le16(item.flags) + le16(method) + le16(0)
                + le16(0x5821) + le32(crc) + le32(compressed) + le32(uncompressed) + le16(quint16(name.size()))
                + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(item.localOffset.value_or(offset)) + name;
        }
        const quint32 directoryOffset = quint32(out.size());
        out += directory;
        out += le32(0x06054b50) + le16(0) + le16(0) + le16(quint16(m_items.size())) + le16(quint16(m_items.size()))
            + le32(quint32(directory.size())) + le32(directoryOffset) + le16(0);
        return out;
    }

    static QByteArray le16(quint16 v)
    {
        QByteArray b(2, '\0');
        qToLittleEndian(v, b.data());
        return b;
    }
    static QByteArray le32(quint32 v)
    {
        QByteArray b(4, '\0');
        qToLittleEndian(v, b.data());
        return b;
    }

private:
    QList<ZipItem> m_items;
};

// Offsets in a built archive's end record, to falsify them.
inline qsizetype endRecordOffset(const QByteArray &zip)
{
    return zip.size() - 22;
}

} // namespace pasban::test
