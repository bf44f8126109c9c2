#pragma once

#include "DeviceDateTime.h"
#include "MedicalFloat.h"
#include "Unit.h"
#include "common/Result.h"

#include <QByteArrayView>

#include <optional>

namespace pasban::health {

// Weight Measurement, 0x2A9D (Weight Scale Service 1.0, §3.1):
//   flags u8 | weight u16 | [time stamp, 7] | [user ID u8] | [BMI u16 | height u16]
// Weight resolution: SI 0.005 kg, imperial 0.01 lb. BMI 0.1 kg/m². Height: SI
// 0.001 m, imperial 0.1 in. Weight 0xFFFF means "measurement unsuccessful": it
// becomes MedicalFloat::Kind::Unsuccessful, never 327.675 kg. Exactly that many
// octets: more is an error.
struct WeightMeasurement
{
    static constexpr quint16 Uuid = 0x2A9D;
    static constexpr quint16 Unsuccessful = 0xFFFF;
    static constexpr quint8 UnknownUser = 0xFF;

    enum Flag : quint8 {
        Imperial = 0x01, // else SI
        TimeStampPresent = 0x02,
        UserIdPresent = 0x04,
        BmiAndHeightPresent = 0x08,
        KnownFlags = 0x0F, // bits 4–7 are reserved for future use
    };

    quint8 flags = 0;
    quint16 rawWeight = 0; // as sent, in units of the resolution
    MedicalFloat weight; // exact: 0.005 kg steps as thousandths, 0.01 lb as hundredths
    Unit weightUnit = Unit::Kilogram; // Kilogram or Pound
    std::optional<DeviceDateTime> timeStamp;
    std::optional<quint8> userId; // UnknownUser when the scale cannot tell
    std::optional<MedicalFloat> bmi; // kg/m²
    std::optional<MedicalFloat> height;
    Unit heightUnit = Unit::Metre; // Metre or Inch

    [[nodiscard]] bool measurementUnsuccessful() const { return rawWeight == Unsuccessful; }
    [[nodiscard]] static Result<WeightMeasurement> decode(QByteArrayView data);
};

} // namespace pasban::health
