#include "TemperatureMeasurement.h"

#include "ByteReader.h"
#include "HealthErrors.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::health {

Result<TemperatureMeasurement> TemperatureMeasurement::decode(QByteArrayView data)
{
    static constexpr QStringView Name = u"Temperature Measurement (0x2A1C)";
    if (data.isEmpty())
        return errors::truncated(Name, 0, 1);
    ByteReader reader(data);
    TemperatureMeasurement m;
    m.flags = reader.u8();
    if (m.flags & ~KnownFlags)
        return errors::reservedFlags(Name, m.flags, KnownFlags);
    const qsizetype expected =
        1 + 4 + ((m.flags & TimeStampPresent) ? 7 : 0) + ((m.flags & TemperatureTypePresent) ? 1 : 0);
    if (const auto error = errors::checkLength(Name, data.size(), expected))
        return *error;

    m.temperature = reader.float32();
    m.unit = (m.flags & Fahrenheit) ? Unit::DegreeFahrenheit : Unit::DegreeCelsius;
    if (m.flags & TimeStampPresent)
        m.timeStamp = reader.dateTime();
    if (m.flags & TemperatureTypePresent)
        m.temperatureType = reader.u8();
    if (!reader.ok())
        return errors::truncated(Name, data.size(), expected);
    return m;
}

} // namespace pasban::health
