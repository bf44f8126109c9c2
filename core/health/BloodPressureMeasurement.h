#pragma once

#include "DeviceDateTime.h"
#include "MedicalFloat.h"
#include "Unit.h"
#include "common/Result.h"

#include <QByteArrayView>

#include <optional>

namespace pasban::health {

// Blood Pressure Measurement, 0x2A35, and Intermediate Cuff Pressure, 0x2A36,
// which shares its layout (Blood Pressure Service 1.0, §3.1 and §3.2):
//   flags u8 | systolic SFLOAT | diastolic SFLOAT | mean arterial pressure SFLOAT
//   | [time stamp, 7] | [pulse rate SFLOAT] | [user ID u8] | [measurement status u16]
// In Intermediate Cuff Pressure the systolic field carries the current cuff
// pressure and the other two are NaN. Exactly that many octets: more is an error.
struct BloodPressureMeasurement
{
    static constexpr quint16 Uuid = 0x2A35;
    static constexpr quint16 IntermediateCuffPressureUuid = 0x2A36;

    enum Flag : quint8 {
        Kilopascal = 0x01, // else mmHg
        TimeStampPresent = 0x02,
        PulseRatePresent = 0x04,
        UserIdPresent = 0x08,
        MeasurementStatusPresent = 0x10,
        KnownFlags = 0x1F, // bits 5–7 are reserved for future use
    };
    // Measurement Status bits.
    enum Status : quint16 {
        BodyMovementDetected = 0x0001,
        CuffTooLoose = 0x0002,
        IrregularPulseDetected = 0x0004,
        PulseRateRangeMask = 0x0018, // bits 3–4: 0 in range, 1 above, 2 below, 3 reserved
        PulseRateAboveUpperLimit = 0x0008,
        PulseRateBelowLowerLimit = 0x0010,
        ImproperMeasurementPosition = 0x0020,
    };
    static constexpr quint8 UnknownUser = 0xFF;

    quint8 flags = 0;
    Unit unit = Unit::MillimetreOfMercury; // MillimetreOfMercury or Kilopascal
    MedicalFloat systolic;
    MedicalFloat diastolic;
    MedicalFloat meanArterialPressure;
    std::optional<DeviceDateTime> timeStamp;
    std::optional<MedicalFloat> pulseRate; // beats per minute
    std::optional<quint8> userId; // UnknownUser when the device cannot tell
    std::optional<quint16> measurementStatus;

    [[nodiscard]] static Result<BloodPressureMeasurement> decode(QByteArrayView data);
};

} // namespace pasban::health
