#pragma once

#include "MedicalFloat.h"
#include "common/Result.h"

#include <QByteArrayView>

#include <optional>

namespace pasban::health {

// PLX Continuous Measurement, 0x2A5F (Pulse Oximeter Service 1.0.1, §3.2):
//   flags u8 | SpO2PR-Normal (SpO2 SFLOAT %, PR SFLOAT bpm) | [SpO2PR-Fast]
//   | [SpO2PR-Slow] | [measurement status u16] | [device and sensor status u24]
//   | [pulse amplitude index SFLOAT, %]
// "Fast" and "slow" are the same quantities averaged over shorter and longer
// windows. The status bits are those of PlxSpotCheckMeasurement. Exactly that
// many octets: more is an error.
struct PlxContinuousMeasurement
{
    static constexpr quint16 Uuid = 0x2A5F;

    enum Flag : quint8 {
        FastPresent = 0x01,
        SlowPresent = 0x02,
        MeasurementStatusPresent = 0x04,
        DeviceAndSensorStatusPresent = 0x08,
        PulseAmplitudeIndexPresent = 0x10,
        KnownFlags = 0x1F, // bits 5–7 are reserved for future use
    };

    struct SpO2PulseRate
    {
        MedicalFloat spo2; // %
        MedicalFloat pulseRate; // beats per minute
        friend bool operator==(const SpO2PulseRate &, const SpO2PulseRate &) = default;
    };

    quint8 flags = 0;
    SpO2PulseRate normal;
    std::optional<SpO2PulseRate> fast;
    std::optional<SpO2PulseRate> slow;
    std::optional<quint16> measurementStatus;
    std::optional<quint32> deviceAndSensorStatus;
    std::optional<MedicalFloat> pulseAmplitudeIndex; // %

    [[nodiscard]] static Result<PlxContinuousMeasurement> decode(QByteArrayView data);
};

} // namespace pasban::health
