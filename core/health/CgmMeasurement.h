#pragma once

#include "MedicalFloat.h"
#include "common/Result.h"

#include <QByteArrayView>
#include <QList>

#include <optional>

namespace pasban::health {

// CGM Measurement, 0x2AA7 (Continuous Glucose Monitoring Service 1.0.1, §3.2).
// One value carries one or more records, each:
//   size u8 | flags u8 | glucose SFLOAT (mg/dL) | time offset u16 (minutes since
//   session start) | [warning octet] | [cal/temp octet] | [status octet]
//   | [trend SFLOAT, (mg/dL)/min] | [quality SFLOAT, %] | [E2E-CRC u16]
// The size field counts the whole record, itself included. It must equal the
// length the flags announce, or that plus 2 when the record ends with an E2E-CRC
// (CRC-16/MCRF4XX over every octet before it), which is then verified: a mismatch
// is "health.crc", never a value. Octets after a record are read as the next
// record, so over-long input is an error unless it is further complete records.
struct CgmMeasurement
{
    static constexpr quint16 Uuid = 0x2AA7;

    enum Flag : quint8 {
        TrendPresent = 0x01,
        QualityPresent = 0x02,
        WarningOctetPresent = 0x20,
        CalTempOctetPresent = 0x40,
        StatusOctetPresent = 0x80,
        KnownFlags = 0xE3, // bits 2–4 are reserved for future use
    };
    // Bits of the three Sensor Status Annunciation octets.
    enum StatusOctet : quint8 {
        SessionStopped = 0x01,
        DeviceBatteryLow = 0x02,
        SensorTypeIncorrect = 0x04,
        SensorMalfunction = 0x08,
        DeviceSpecificAlert = 0x10,
        GeneralDeviceFault = 0x20,
    };
    enum CalTempOctet : quint8 {
        TimeSynchronizationRequired = 0x01,
        CalibrationNotAllowed = 0x02,
        CalibrationRecommended = 0x04,
        CalibrationRequired = 0x08,
        SensorTemperatureTooHigh = 0x10,
        SensorTemperatureTooLow = 0x20,
    };
    enum WarningOctet : quint8 {
        BelowPatientLowLevel = 0x01,
        AbovePatientHighLevel = 0x02,
        BelowHypoLevel = 0x04,
        AboveHyperLevel = 0x08,
        RateOfDecreaseExceeded = 0x10,
        RateOfIncreaseExceeded = 0x20,
        BelowDeviceRange = 0x40,
        AboveDeviceRange = 0x80,
    };

    struct Record
    {
        quint8 size = 0;
        quint8 flags = 0;
        MedicalFloat glucose; // mg/dL
        quint16 timeOffset = 0; // minutes since the session started
        std::optional<quint8> warningOctet;
        std::optional<quint8> calTempOctet;
        std::optional<quint8> statusOctet;
        std::optional<MedicalFloat> trend; // (mg/dL)/min
        std::optional<MedicalFloat> quality; // %
        std::optional<quint16> e2eCrc; // present only when it matched
    };

    QList<Record> records; // never empty after a successful decode

    [[nodiscard]] static Result<CgmMeasurement> decode(QByteArrayView data);
    // CRC-16/MCRF4XX (poly 0x1021 reflected, init 0xFFFF, no final XOR), the
    // E2E-CRC of the CGM and other Bluetooth medical services.
    [[nodiscard]] static quint16 e2eCrc(QByteArrayView data);
};

} // namespace pasban::health
