#include "WeightMeasurement.h"

#include "ByteReader.h"
#include "HealthErrors.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::health {

Result<WeightMeasurement> WeightMeasurement::decode(QByteArrayView data)
{
    static constexpr QStringView Name = u"Weight Measurement (0x2A9D)";
    if (data.isEmpty())
        return errors::truncated(Name, 0, 1);
    ByteReader reader(data);
    WeightMeasurement m;
    m.flags = reader.u8();
    if (m.flags & ~KnownFlags)
        return errors::reservedFlags(Name, m.flags, KnownFlags);
    const qsizetype expected = 1 + 2 + ((m.flags & TimeStampPresent) ? 7 : 0) + ((m.flags & UserIdPresent) ? 1 : 0)
        + ((m.flags & BmiAndHeightPresent) ? 4 : 0);
    if (const auto error = errors::checkLength(Name, data.size(), expected))
        return *error;

    const bool imperial = m.flags & Imperial;
    m.weightUnit = imperial ? Unit::Pound : Unit::Kilogram;
    m.heightUnit = imperial ? Unit::Inch : Unit::Metre;
    m.rawWeight = reader.u16();
    if (m.rawWeight == Unsuccessful)
        m.weight = MedicalFloat::special(MedicalFloat::Kind::Unsuccessful);
    else if (imperial)
        m.weight = MedicalFloat::finite(m.rawWeight, -2);
    else
        m.weight = MedicalFloat::finite(qint64(m.rawWeight) * 5, -3);
    if (m.flags & TimeStampPresent)
        m.timeStamp = reader.dateTime();
    if (m.flags & UserIdPresent)
        m.userId = reader.u8();
    if (m.flags & BmiAndHeightPresent) {
        m.bmi = MedicalFloat::finite(reader.u16(), -1);
        m.height = MedicalFloat::finite(reader.u16(), imperial ? -1 : -3);
    }
    if (!reader.ok())
        return errors::truncated(Name, data.size(), expected);
    return m;
}

} // namespace pasban::health
