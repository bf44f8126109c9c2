#include "PlxSpotCheckMeasurement.h"

#include "ByteReader.h"
#include "HealthErrors.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::health {

Result<PlxSpotCheckMeasurement> PlxSpotCheckMeasurement::decode(QByteArrayView data)
{
    static constexpr QStringView Name = u"PLX Spot-Check Measurement (0x2A5E)";
    if (data.isEmpty())
        return errors::truncated(Name, 0, 1);
    ByteReader reader(data);
    PlxSpotCheckMeasurement m;
    m.flags = reader.u8();
    if (m.flags & ~KnownFlags)
        return errors::reservedFlags(Name, m.flags, KnownFlags);
    const qsizetype expected = 1 + 4 + ((m.flags & TimeStampPresent) ? 7 : 0)
        + ((m.flags & MeasurementStatusPresent) ? 2 : 0) + ((m.flags & DeviceAndSensorStatusPresent) ? 3 : 0)
        + ((m.flags & PulseAmplitudeIndexPresent) ? 2 : 0);
    if (const auto error = errors::checkLength(Name, data.size(), expected))
        return *error;

    m.spo2 = reader.sfloat();
    m.pulseRate = reader.sfloat();
    if (m.flags & TimeStampPresent)
        m.timeStamp = reader.dateTime();
    if (m.flags & MeasurementStatusPresent)
        m.measurementStatus = reader.u16();
    if (m.flags & DeviceAndSensorStatusPresent)
        m.deviceAndSensorStatus = reader.u24();
    if (m.flags & PulseAmplitudeIndexPresent)
        m.pulseAmplitudeIndex = reader.sfloat();
    if (!reader.ok())
        return errors::truncated(Name, data.size(), expected);
    return m;
}

} // namespace pasban::health
