#include "PlxContinuousMeasurement.h"

#include "ByteReader.h"
#include "HealthErrors.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::health {

namespace {

PlxContinuousMeasurement::SpO2PulseRate readPair(ByteReader &reader)
{
    PlxContinuousMeasurement::SpO2PulseRate pair;
    pair.spo2 = reader.sfloat();
    pair.pulseRate = reader.sfloat();
    return pair;
}

} // namespace

Result<PlxContinuousMeasurement> PlxContinuousMeasurement::decode(QByteArrayView data)
{
    static constexpr QStringView Name = u"PLX Continuous Measurement (0x2A5F)";
    if (data.isEmpty())
        return errors::truncated(Name, 0, 1);
    ByteReader reader(data);
    PlxContinuousMeasurement m;
    m.flags = reader.u8();
    if (m.flags & ~KnownFlags)
        return errors::reservedFlags(Name, m.flags, KnownFlags);
    const qsizetype expected = 1 + 4 + ((m.flags & FastPresent) ? 4 : 0) + ((m.flags & SlowPresent) ? 4 : 0)
        + ((m.flags & MeasurementStatusPresent) ? 2 : 0) + ((m.flags & DeviceAndSensorStatusPresent) ? 3 : 0)
        + ((m.flags & PulseAmplitudeIndexPresent) ? 2 : 0);
    if (const auto error = errors::checkLength(Name, data.size(), expected))
        return *error;

    m.normal = readPair(reader);
    if (m.flags & FastPresent)
        m.fast = readPair(reader);
    if (m.flags & SlowPresent)
        m.slow = readPair(reader);
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
