#include "CgmMeasurement.h"

#include "ByteReader.h"
#include "HealthErrors.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::health {

namespace {

constexpr QStringView Name = u"CGM Measurement (0x2AA7)";
constexpr qsizetype MinimumRecord = 6;

qsizetype announcedLength(quint8 flags)
{
    using F = CgmMeasurement::Flag;
    return MinimumRecord + ((flags & F::TrendPresent) ? 2 : 0) + ((flags & F::QualityPresent) ? 2 : 0)
        + ((flags & F::WarningOctetPresent) ? 1 : 0) + ((flags & F::CalTempOctetPresent) ? 1 : 0)
        + ((flags & F::StatusOctetPresent) ? 1 : 0);
}

// record holds exactly the octets its size field counts.
Result<CgmMeasurement::Record> decodeRecord(QByteArrayView record, qsizetype dataLength)
{
    using F = CgmMeasurement::Flag;
    ByteReader reader(record);
    CgmMeasurement::Record r;
    r.size = reader.u8();
    r.flags = reader.u8();
    r.glucose = reader.sfloat();
    r.timeOffset = reader.u16();
    // The annunciation octets come in flag-bit order: warning, cal/temp, status.
    if (r.flags & F::WarningOctetPresent)
        r.warningOctet = reader.u8();
    if (r.flags & F::CalTempOctetPresent)
        r.calTempOctet = reader.u8();
    if (r.flags & F::StatusOctetPresent)
        r.statusOctet = reader.u8();
    if (r.flags & F::TrendPresent)
        r.trend = reader.sfloat();
    if (r.flags & F::QualityPresent)
        r.quality = reader.sfloat();
    if (record.size() == dataLength + 2) {
        const quint16 received = reader.u16();
        const quint16 computed = CgmMeasurement::e2eCrc(record.first(dataLength));
        if (reader.ok() && received != computed)
            return errors::crcMismatch(Name, received, computed);
        r.e2eCrc = received;
    }
    if (!reader.ok() || !reader.atEnd())
        return errors::malformed(Name, u"record layout does not match its size field"_s);
    return r;
}

} // namespace

quint16 CgmMeasurement::e2eCrc(QByteArrayView data)
{
    // Qt's ISO 3309 checksum is CRC-16/X-25: the same CRC with a final XOR of
    // 0xFFFF, which MCRF4XX leaves out.
    return qChecksum(data, Qt::ChecksumIso3309) ^ 0xFFFF;
}

Result<CgmMeasurement> CgmMeasurement::decode(QByteArrayView data)
{
    if (data.isEmpty())
        return errors::truncated(Name, 0, MinimumRecord);
    CgmMeasurement m;
    qsizetype offset = 0;
    while (offset < data.size()) {
        const QByteArrayView rest = data.sliced(offset);
        const quint8 size = quint8(rest[0]);
        if (rest.size() < 2)
            return errors::truncated(Name, data.size(), offset + qMax<qsizetype>(size, MinimumRecord));
        const quint8 flags = quint8(rest[1]);
        if (flags & ~KnownFlags)
            return errors::reservedFlags(Name, flags, KnownFlags);
        const qsizetype dataLength = announcedLength(flags);
        if (size != dataLength && size != dataLength + 2) {
            return errors::malformed(
                Name,
                u"record %1: size field %2, but its flags announce %3 octets (%4 with E2E-CRC)"_s.arg(m.records.size())
                    .arg(size)
                    .arg(dataLength)
                    .arg(dataLength + 2));
        }
        if (rest.size() < size)
            return errors::truncated(Name, data.size(), offset + size);
        auto record = decodeRecord(rest.first(size), dataLength);
        if (!record)
            return record.error().withDetail(u"record %1"_s.arg(m.records.size()));
        m.records.append(std::move(record).value());
        offset += size;
    }
    return m;
}

} // namespace pasban::health
