#pragma once

#include "DeviceDateTime.h"
#include "Reading.h"
#include "common/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include <optional>

namespace pasban::health {

// Any health measurement in one shape, for views and the CLI that show what a
// device sent without knowing each characteristic: named readings with units,
// the device's time stamp, and notes (status flags worth a clinician's eye:
// "Irregular pulse detected", "Data for testing"). The typed structs
// (BloodPressureMeasurement, …) keep every field and flag; this is a view of them.
struct DecodedMeasurement
{
    quint16 uuid = 0;
    const char *characteristicSource = nullptr; // context "pasban::health"
    QList<Reading> readings;
    std::optional<DeviceDateTime> timeStamp; // base time for Glucose
    QList<const char *> noteSources; // context "pasban::health", no duplicates

    [[nodiscard]] QString characteristicName() const;
    [[nodiscard]] QStringList notes() const;
    // The first reading with that English name, or nullptr.
    [[nodiscard]] const Reading *reading(const char *nameSource) const;
};

// Measurement characteristics decodeMeasurement() knows: 0x2A37 heart rate,
// 0x2A1C/0x2A1E temperature, 0x2A35/0x2A36 blood pressure, 0x2A18 glucose,
// 0x2AA7 CGM, 0x2A5E/0x2A5F pulse oximetry, 0x2A9D weight.
[[nodiscard]] bool isMeasurementCharacteristic(quint16 uuid);
// Decodes with the matching typed decoder; its errors pass through unchanged,
// and an unknown uuid is "health.unsupported".
[[nodiscard]] Result<DecodedMeasurement> decodeMeasurement(quint16 uuid, QByteArrayView data);

} // namespace pasban::health
