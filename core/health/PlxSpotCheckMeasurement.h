#pragma once

#include "DeviceDateTime.h"
#include "MedicalFloat.h"
#include "common/Result.h"

#include <QByteArrayView>

#include <optional>

namespace pasban::health {

// PLX Spot-Check Measurement, 0x2A5E (Pulse Oximeter Service 1.0.1, §3.1):
//   flags u8 | SpO2 SFLOAT (%) | pulse rate SFLOAT (bpm) | [time stamp, 7]
//   | [measurement status u16] | [device and sensor status u24]
//   | [pulse amplitude index SFLOAT, %]
// SpO2 and pulse rate are NaN when the device has no value. Exactly that many
// octets: more is an error.
struct PlxSpotCheckMeasurement
{
    static constexpr quint16 Uuid = 0x2A5E;

    enum Flag : quint8 {
        TimeStampPresent = 0x01,
        MeasurementStatusPresent = 0x02,
        DeviceAndSensorStatusPresent = 0x04,
        PulseAmplitudeIndexPresent = 0x08,
        DeviceClockNotSet = 0x10,
        KnownFlags = 0x1F, // bits 5–7 are reserved for future use
    };
    // Measurement Status bits (shared with PLX Continuous); bits 0–4 are reserved.
    enum MeasurementStatus : quint16 {
        MeasurementOngoing = 0x0020,
        EarlyEstimatedData = 0x0040,
        ValidatedData = 0x0080,
        FullyQualifiedData = 0x0100,
        DataFromMeasurementStorage = 0x0200,
        DataForDemonstration = 0x0400,
        DataForTesting = 0x0800,
        CalibrationOngoing = 0x1000,
        MeasurementUnavailable = 0x2000,
        QuestionableMeasurementDetected = 0x4000,
        InvalidMeasurementDetected = 0x8000,
    };
    // Device and Sensor Status bits (shared with PLX Continuous); bits 16–23 are reserved.
    enum DeviceAndSensorStatus : quint32 {
        ExtendedDisplayUpdateOngoing = 0x000001,
        EquipmentMalfunctionDetected = 0x000002,
        SignalProcessingIrregularityDetected = 0x000004,
        InadequateSignalDetected = 0x000008,
        PoorSignalDetected = 0x000010,
        LowPerfusionDetected = 0x000020,
        ErraticSignalDetected = 0x000040,
        NonpulsatileSignalDetected = 0x000080,
        QuestionablePulseDetected = 0x000100,
        SignalAnalysisOngoing = 0x000200,
        SensorInterferenceDetected = 0x000400,
        SensorUnconnectedToUser = 0x000800,
        UnknownSensorConnected = 0x001000,
        SensorDisplaced = 0x002000,
        SensorMalfunctioning = 0x004000,
        SensorDisconnected = 0x008000,
    };

    quint8 flags = 0;
    MedicalFloat spo2; // %
    MedicalFloat pulseRate; // beats per minute
    std::optional<DeviceDateTime> timeStamp;
    std::optional<quint16> measurementStatus;
    std::optional<quint32> deviceAndSensorStatus;
    std::optional<MedicalFloat> pulseAmplitudeIndex; // %

    // The time stamp comes from a clock nobody set: show it, but do not trust it.
    [[nodiscard]] bool deviceClockNotSet() const { return flags & DeviceClockNotSet; }
    [[nodiscard]] static Result<PlxSpotCheckMeasurement> decode(QByteArrayView data);
};

} // namespace pasban::health
