#include "SmpHeader.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::smp {

namespace {
constexpr quint8 OpMask = 0x07;
constexpr quint8 VersionShift = 3;
constexpr quint8 VersionMask = 0x03;
constexpr quint8 ReservedMask = 0xe0;

Error malformedHeader(const QString &detail)
{
    return Error(u"smp.bad_header"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The device sent a management message Pasban cannot read. Try again; if it keeps "
                                   "happening, the device may not speak SMP or its firmware may be faulty."),
                 {}, detail);
}
} // namespace

QByteArray SmpHeader::encode() const
{
    QByteArray bytes(Size, '\0');
    bytes[0] = char((quint8(version) & VersionMask) << VersionShift | (quint8(op) & OpMask));
    bytes[1] = char(flags);
    bytes[2] = char(length >> 8);
    bytes[3] = char(length & 0xff);
    bytes[4] = char(group >> 8);
    bytes[5] = char(group & 0xff);
    bytes[6] = char(sequence);
    bytes[7] = char(command);
    return bytes;
}

Result<SmpHeader> SmpHeader::decode(QByteArrayView bytes)
{
    if (bytes.size() < Size)
        return malformedHeader(u"header needs %1 bytes, got %2"_s.arg(Size).arg(bytes.size()));
    const auto byte = [&bytes](qsizetype index) {
        return quint8(bytes[index]);
    };

    const quint8 first = byte(0);
    if (first & ReservedMask)
        return malformedHeader(u"reserved bits set in first byte 0x%1"_s.arg(uint(first), 2, 16, QLatin1Char('0')));
    const quint8 version = (first >> VersionShift) & VersionMask;
    if (version > quint8(SmpVersion::V2))
        return malformedHeader(u"undefined protocol version %1"_s.arg(version));
    const quint8 op = first & OpMask;
    if (op > quint8(SmpOp::WriteResponse))
        return malformedHeader(u"undefined op %1"_s.arg(op));

    SmpHeader header;
    header.op = SmpOp(op);
    header.version = SmpVersion(version);
    header.flags = byte(1);
    header.length = quint16(byte(2) << 8 | byte(3));
    header.group = quint16(byte(4) << 8 | byte(5));
    header.sequence = byte(6);
    header.command = byte(7);
    return header;
}

} // namespace pasban::smp
