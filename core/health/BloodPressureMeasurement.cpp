#include "BloodPressureMeasurement.h"

#include "ByteReader.h"
#include "HealthErrors.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::health {

Result<BloodPressureMeasurement> BloodPressureMeasurement::decode(QByteArrayView data)
{
    static constexpr QStringView Name = u"Blood Pressure Measurement (0x2A35)";
    if (data.isEmpty())
        return errors::truncated(Name, 0, 1);
    ByteReader reader(data);
    BloodPressureMeasurement m;
    m.flags = reader.u8();
    if (m.flags & ~KnownFlags)
        return errors::reservedFlags(Name, m.flags, KnownFlags);
    const qsizetype expected = 1 + 6 + ((m.flags & TimeStampPresent) ? 7 : 0) + ((m.flags & PulseRatePresent) ? 2 : 0)
        + ((m.flags & UserIdPresent) ? 1 : 0) + ((m.flags & MeasurementStatusPresent) ? 2 : 0);
    if (const auto error = errors::checkLength(Name, data.size(), expected))
        return *error;

    m.unit = (m.flags & Kilopascal) ? Unit::Kilopascal : Unit::MillimetreOfMercury;
    m.systolic = reader.sfloat();
    m.diastolic = reader.sfloat();
    m.meanArterialPressure = reader.sfloat();
    if (m.flags & TimeStampPresent)
        m.timeStamp = reader.dateTime();
    if (m.flags & PulseRatePresent)
        m.pulseRate = reader.sfloat();
    if (m.flags & UserIdPresent)
        m.userId = reader.u8();
    if (m.flags & MeasurementStatusPresent)
        m.measurementStatus = reader.u16();
    if (!reader.ok())
        return errors::truncated(Name, data.size(), expected);
    return m;
}

} // namespace pasban::health
