#pragma once

#include "DeviceDateTime.h"
#include "MedicalFloat.h"
#include "Unit.h"
#include "common/Result.h"

#include <QByteArrayView>

#include <optional>

namespace pasban::health {

// Glucose Measurement, 0x2A18 (Glucose Service 1.0, §3.1):
//   flags u8 | sequence number u16 | base time, 7 | [time offset s16, minutes]
//   | [concentration SFLOAT | type (low nibble) + sample location (high nibble) u8]
//   | [sensor status annunciation u16]
// The measurement time is base time + time offset. The context record that flag
// bit 4 announces arrives separately (Glucose Measurement Context, 0x2A34), so
// nothing follows here: extra octets are an error.
struct GlucoseMeasurement
{
    static constexpr quint16 Uuid = 0x2A18;

    enum Flag : quint8 {
        TimeOffsetPresent = 0x01,
        ConcentrationPresent = 0x02, // with type and sample location
        MolePerLitre = 0x04, // else kg/L
        SensorStatusPresent = 0x08,
        ContextFollows = 0x10,
        KnownFlags = 0x1F, // bits 5–7 are reserved for future use
    };
    enum class SampleType : quint8 {
        CapillaryWholeBlood = 1,
        CapillaryPlasma = 2,
        VenousWholeBlood = 3,
        VenousPlasma = 4,
        ArterialWholeBlood = 5,
        ArterialPlasma = 6,
        UndeterminedWholeBlood = 7,
        UndeterminedPlasma = 8,
        InterstitialFluid = 9,
        ControlSolution = 10,
    };
    enum class SampleLocation : quint8 {
        Finger = 1,
        AlternateSiteTest = 2,
        Earlobe = 3,
        ControlSolution = 4,
        NotAvailable = 15,
    };
    // Sensor Status Annunciation bits.
    enum Status : quint16 {
        DeviceBatteryLow = 0x0001,
        SensorMalfunction = 0x0002,
        SampleSizeInsufficient = 0x0004,
        StripInsertionError = 0x0008,
        StripTypeIncorrect = 0x0010,
        ResultTooHigh = 0x0020, // higher than the device can process
        ResultTooLow = 0x0040, // lower than the device can process
        SensorTemperatureTooHigh = 0x0080,
        SensorTemperatureTooLow = 0x0100,
        SensorReadInterrupted = 0x0200, // strip pulled too soon
        GeneralDeviceFault = 0x0400,
        TimeFault = 0x0800,
    };

    quint8 flags = 0;
    quint16 sequenceNumber = 0;
    DeviceDateTime baseTime;
    std::optional<qint16> timeOffset; // minutes, added to baseTime
    std::optional<MedicalFloat> concentration;
    Unit unit = Unit::KilogramPerLitre; // KilogramPerLitre or MolePerLitre
    quint8 sampleType = 0; // a SampleType value, or reserved; 0 without concentration
    quint8 sampleLocation = 0; // a SampleLocation value, or reserved
    std::optional<quint16> sensorStatus;

    [[nodiscard]] bool contextFollows() const { return flags & ContextFollows; }
    [[nodiscard]] static Result<GlucoseMeasurement> decode(QByteArrayView data);
};

} // namespace pasban::health
