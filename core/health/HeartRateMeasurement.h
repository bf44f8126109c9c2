#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QList>

#include <optional>

namespace pasban::health {

// Heart Rate Measurement, 0x2A37 (Heart Rate Service 1.0, §3.1):
//   flags u8 | heart rate u8 or u16 | [energy expended u16, kJ] | [RR-interval u16 …, 1/1024 s]
// The RR-intervals fill the rest of the value, so the length must leave a whole
// number of them (at least one when flagged); without that flag any extra octet
// is an error.
struct HeartRateMeasurement
{
    static constexpr quint16 Uuid = 0x2A37;

    enum Flag : quint8 {
        HeartRateIsU16 = 0x01,
        SensorContactDetected = 0x02, // bit 1: meaningful only with bit 2
        SensorContactSupported = 0x04, // bit 2
        EnergyExpendedPresent = 0x08,
        RrIntervalsPresent = 0x10,
        KnownFlags = 0x1F, // bits 5–7 are reserved for future use
    };
    enum class SensorContact : quint8 {
        NotSupported, // bits 1–2 = 0b00 or 0b01
        NotDetected, // 0b10: supported, but the sensor is not touching the skin
        Detected, // 0b11
    };

    quint8 flags = 0;
    quint16 heartRate = 0; // beats per minute
    SensorContact sensorContact = SensorContact::NotSupported;
    std::optional<quint16> energyExpended; // kJ since the last reset; stays at 65535 once reached
    QList<quint16> rrIntervals; // units of 1/1024 s, oldest first

    [[nodiscard]] static Result<HeartRateMeasurement> decode(QByteArrayView data);
};

} // namespace pasban::health
