#include "HeartRateMeasurement.h"

#include "ByteReader.h"
#include "HealthErrors.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::health {

Result<HeartRateMeasurement> HeartRateMeasurement::decode(QByteArrayView data)
{
    static constexpr QStringView Name = u"Heart Rate Measurement (0x2A37)";
    if (data.isEmpty())
        return errors::truncated(Name, 0, 1);
    ByteReader reader(data);
    HeartRateMeasurement m;
    m.flags = reader.u8();
    if (m.flags & ~KnownFlags)
        return errors::reservedFlags(Name, m.flags, KnownFlags);

    const qsizetype fixed = 1 + ((m.flags & HeartRateIsU16) ? 2 : 1) + ((m.flags & EnergyExpendedPresent) ? 2 : 0);
    const bool hasRr = m.flags & RrIntervalsPresent;
    if (!hasRr) {
        if (const auto error = errors::checkLength(Name, data.size(), fixed))
            return *error;
    } else if (data.size() < fixed + 2 || (data.size() - fixed) % 2 != 0) {
        // Too short for one interval, or the last one is cut in half.
        return errors::truncated(Name, data.size(), qMax(fixed + 2, data.size() + 1));
    }

    m.heartRate = (m.flags & HeartRateIsU16) ? reader.u16() : reader.u8();
    switch ((m.flags >> 1) & 0x03) {
    case 0x02:
        m.sensorContact = SensorContact::NotDetected;
        break;
    case 0x03:
        m.sensorContact = SensorContact::Detected;
        break;
    default:
        m.sensorContact = SensorContact::NotSupported;
        break;
    }
    if (m.flags & EnergyExpendedPresent)
        m.energyExpended = reader.u16();
    while (hasRr && reader.ok() && !reader.atEnd())
        m.rrIntervals.append(reader.u16());
    if (!reader.ok())
        return errors::truncated(Name, data.size(), reader.position() + 1);
    return m;
}

} // namespace pasban::health
