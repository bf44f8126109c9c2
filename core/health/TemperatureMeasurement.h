#pragma once

#include "DeviceDateTime.h"
#include "MedicalFloat.h"
#include "Unit.h"
#include "common/Result.h"

#include <QByteArrayView>

#include <optional>

namespace pasban::health {

// Temperature Measurement, 0x2A1C, and Intermediate Temperature, 0x2A1E, which
// shares its layout (Health Thermometer Service 1.0, §3.1):
//   flags u8 | temperature FLOAT | [time stamp, 7 octets] | [temperature type u8]
// Exactly that many octets: anything more is an error.
struct TemperatureMeasurement
{
    static constexpr quint16 Uuid = 0x2A1C;
    static constexpr quint16 IntermediateUuid = 0x2A1E;

    enum Flag : quint8 {
        Fahrenheit = 0x01, // else Celsius
        TimeStampPresent = 0x02,
        TemperatureTypePresent = 0x04,
        KnownFlags = 0x07, // bits 3–7 are reserved for future use
    };
    // Where the temperature was taken (Temperature Type, 0x2A1D). Other values
    // are reserved; the raw octet is kept either way.
    enum class Site : quint8 {
        Armpit = 1,
        Body = 2, // general
        Ear = 3, // usually the earlobe
        Finger = 4,
        GastrointestinalTract = 5,
        Mouth = 6,
        Rectum = 7,
        Toe = 8,
        Tympanum = 9, // eardrum
    };

    quint8 flags = 0;
    MedicalFloat temperature;
    Unit unit = Unit::DegreeCelsius; // DegreeCelsius or DegreeFahrenheit
    std::optional<DeviceDateTime> timeStamp;
    std::optional<quint8> temperatureType; // a Site value, or reserved

    [[nodiscard]] static Result<TemperatureMeasurement> decode(QByteArrayView data);
};

} // namespace pasban::health
