#include "GlucoseMeasurement.h"

#include "ByteReader.h"
#include "HealthErrors.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::health {

Result<GlucoseMeasurement> GlucoseMeasurement::decode(QByteArrayView data)
{
    static constexpr QStringView Name = u"Glucose Measurement (0x2A18)";
    if (data.isEmpty())
        return errors::truncated(Name, 0, 1);
    ByteReader reader(data);
    GlucoseMeasurement m;
    m.flags = reader.u8();
    if (m.flags & ~KnownFlags)
        return errors::reservedFlags(Name, m.flags, KnownFlags);
    const qsizetype expected = 1 + 2 + 7 + ((m.flags & TimeOffsetPresent) ? 2 : 0)
        + ((m.flags & ConcentrationPresent) ? 3 : 0) + ((m.flags & SensorStatusPresent) ? 2 : 0);
    if (const auto error = errors::checkLength(Name, data.size(), expected))
        return *error;

    m.sequenceNumber = reader.u16();
    m.baseTime = reader.dateTime();
    if (m.flags & TimeOffsetPresent)
        m.timeOffset = reader.s16();
    m.unit = (m.flags & MolePerLitre) ? Unit::MolePerLitre : Unit::KilogramPerLitre;
    if (m.flags & ConcentrationPresent) {
        m.concentration = reader.sfloat();
        const quint8 typeAndLocation = reader.u8();
        m.sampleType = typeAndLocation & 0x0F;
        m.sampleLocation = typeAndLocation >> 4;
    }
    if (m.flags & SensorStatusPresent)
        m.sensorStatus = reader.u16();
    if (!reader.ok())
        return errors::truncated(Name, data.size(), expected);
    return m;
}

} // namespace pasban::health
