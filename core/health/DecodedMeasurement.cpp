#include "DecodedMeasurement.h"

#include "BloodPressureMeasurement.h"
#include "CgmMeasurement.h"
#include "GlucoseMeasurement.h"
#include "HealthErrors.h"
#include "HeartRateMeasurement.h"
#include "PlxContinuousMeasurement.h"
#include "PlxSpotCheckMeasurement.h"
#include "TemperatureMeasurement.h"
#include "WeightMeasurement.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace pasban::health {

namespace {

constexpr const char *Context = "pasban::health";

struct BitNote
{
    quint32 mask;
    const char *source;
};

const char *const ClockNotSet =
    QT_TRANSLATE_NOOP("pasban::health", "The device's clock is not set; the time shown may be wrong.");

const BitNote BloodPressureStatusNotes[] = {
    {BloodPressureMeasurement::BodyMovementDetected,
     QT_TRANSLATE_NOOP("pasban::health", "Body movement during the measurement")},
    {BloodPressureMeasurement::CuffTooLoose, QT_TRANSLATE_NOOP("pasban::health", "Cuff fit too loose")},
    {BloodPressureMeasurement::IrregularPulseDetected, QT_TRANSLATE_NOOP("pasban::health", "Irregular pulse detected")},
    {BloodPressureMeasurement::ImproperMeasurementPosition,
     QT_TRANSLATE_NOOP("pasban::health", "Improper measurement position")},
};

const BitNote GlucoseStatusNotes[] = {
    {GlucoseMeasurement::DeviceBatteryLow, QT_TRANSLATE_NOOP("pasban::health", "Device battery low")},
    {GlucoseMeasurement::SensorMalfunction, QT_TRANSLATE_NOOP("pasban::health", "Sensor malfunction")},
    {GlucoseMeasurement::SampleSizeInsufficient, QT_TRANSLATE_NOOP("pasban::health", "Sample size insufficient")},
    {GlucoseMeasurement::StripInsertionError, QT_TRANSLATE_NOOP("pasban::health", "Strip insertion error")},
    {GlucoseMeasurement::StripTypeIncorrect, QT_TRANSLATE_NOOP("pasban::health", "Strip type incorrect")},
    {GlucoseMeasurement::ResultTooHigh,
     QT_TRANSLATE_NOOP("pasban::health", "Result higher than the device can process")},
    {GlucoseMeasurement::ResultTooLow, QT_TRANSLATE_NOOP("pasban::health", "Result lower than the device can process")},
    {GlucoseMeasurement::SensorTemperatureTooHigh, QT_TRANSLATE_NOOP("pasban::health", "Sensor temperature too high")},
    {GlucoseMeasurement::SensorTemperatureTooLow, QT_TRANSLATE_NOOP("pasban::health", "Sensor temperature too low")},
    {GlucoseMeasurement::SensorReadInterrupted,
     QT_TRANSLATE_NOOP("pasban::health", "Sensor read interrupted (strip pulled too soon)")},
    {GlucoseMeasurement::GeneralDeviceFault, QT_TRANSLATE_NOOP("pasban::health", "General device fault")},
    {GlucoseMeasurement::TimeFault, QT_TRANSLATE_NOOP("pasban::health", "Time fault")},
};

const BitNote CgmStatusNotes[] = {
    {CgmMeasurement::SessionStopped, QT_TRANSLATE_NOOP("pasban::health", "Session stopped")},
    {CgmMeasurement::DeviceBatteryLow, QT_TRANSLATE_NOOP("pasban::health", "Device battery low")},
    {CgmMeasurement::SensorTypeIncorrect, QT_TRANSLATE_NOOP("pasban::health", "Sensor type incorrect for the device")},
    {CgmMeasurement::SensorMalfunction, QT_TRANSLATE_NOOP("pasban::health", "Sensor malfunction")},
    {CgmMeasurement::DeviceSpecificAlert, QT_TRANSLATE_NOOP("pasban::health", "Device-specific alert")},
    {CgmMeasurement::GeneralDeviceFault, QT_TRANSLATE_NOOP("pasban::health", "General device fault")},
};

const BitNote CgmCalTempNotes[] = {
    {CgmMeasurement::TimeSynchronizationRequired, QT_TRANSLATE_NOOP("pasban::health", "Time synchronization required")},
    {CgmMeasurement::CalibrationNotAllowed, QT_TRANSLATE_NOOP("pasban::health", "Calibration not allowed")},
    {CgmMeasurement::CalibrationRecommended, QT_TRANSLATE_NOOP("pasban::health", "Calibration recommended")},
    {CgmMeasurement::CalibrationRequired, QT_TRANSLATE_NOOP("pasban::health", "Calibration required")},
    {CgmMeasurement::SensorTemperatureTooHigh, QT_TRANSLATE_NOOP("pasban::health", "Sensor temperature too high")},
    {CgmMeasurement::SensorTemperatureTooLow, QT_TRANSLATE_NOOP("pasban::health", "Sensor temperature too low")},
};

const BitNote CgmWarningNotes[] = {
    {CgmMeasurement::BelowPatientLowLevel, QT_TRANSLATE_NOOP("pasban::health", "Result below the patient's low level")},
    {CgmMeasurement::AbovePatientHighLevel,
     QT_TRANSLATE_NOOP("pasban::health", "Result above the patient's high level")},
    {CgmMeasurement::BelowHypoLevel, QT_TRANSLATE_NOOP("pasban::health", "Result below the hypo level")},
    {CgmMeasurement::AboveHyperLevel, QT_TRANSLATE_NOOP("pasban::health", "Result above the hyper level")},
    {CgmMeasurement::RateOfDecreaseExceeded, QT_TRANSLATE_NOOP("pasban::health", "Rate of decrease exceeded")},
    {CgmMeasurement::RateOfIncreaseExceeded, QT_TRANSLATE_NOOP("pasban::health", "Rate of increase exceeded")},
    {CgmMeasurement::BelowDeviceRange, QT_TRANSLATE_NOOP("pasban::health", "Result lower than the device can process")},
    {CgmMeasurement::AboveDeviceRange,
     QT_TRANSLATE_NOOP("pasban::health", "Result higher than the device can process")},
};

const BitNote PlxMeasurementStatusNotes[] = {
    {PlxSpotCheckMeasurement::MeasurementOngoing, QT_TRANSLATE_NOOP("pasban::health", "Measurement ongoing")},
    {PlxSpotCheckMeasurement::EarlyEstimatedData, QT_TRANSLATE_NOOP("pasban::health", "Early estimated data")},
    {PlxSpotCheckMeasurement::ValidatedData, QT_TRANSLATE_NOOP("pasban::health", "Validated data")},
    {PlxSpotCheckMeasurement::FullyQualifiedData, QT_TRANSLATE_NOOP("pasban::health", "Fully qualified data")},
    {PlxSpotCheckMeasurement::DataFromMeasurementStorage,
     QT_TRANSLATE_NOOP("pasban::health", "Data from measurement storage")},
    {PlxSpotCheckMeasurement::DataForDemonstration,
     QT_TRANSLATE_NOOP("pasban::health", "Data for demonstration, not from a patient")},
    {PlxSpotCheckMeasurement::DataForTesting,
     QT_TRANSLATE_NOOP("pasban::health", "Data for testing, not from a patient")},
    {PlxSpotCheckMeasurement::CalibrationOngoing, QT_TRANSLATE_NOOP("pasban::health", "Calibration ongoing")},
    {PlxSpotCheckMeasurement::MeasurementUnavailable, QT_TRANSLATE_NOOP("pasban::health", "Measurement unavailable")},
    {PlxSpotCheckMeasurement::QuestionableMeasurementDetected,
     QT_TRANSLATE_NOOP("pasban::health", "Questionable measurement detected")},
    {PlxSpotCheckMeasurement::InvalidMeasurementDetected,
     QT_TRANSLATE_NOOP("pasban::health", "Invalid measurement detected")},
};

const BitNote PlxDeviceStatusNotes[] = {
    {PlxSpotCheckMeasurement::ExtendedDisplayUpdateOngoing,
     QT_TRANSLATE_NOOP("pasban::health", "Extended display update ongoing")},
    {PlxSpotCheckMeasurement::EquipmentMalfunctionDetected,
     QT_TRANSLATE_NOOP("pasban::health", "Equipment malfunction detected")},
    {PlxSpotCheckMeasurement::SignalProcessingIrregularityDetected,
     QT_TRANSLATE_NOOP("pasban::health", "Signal processing irregularity detected")},
    {PlxSpotCheckMeasurement::InadequateSignalDetected,
     QT_TRANSLATE_NOOP("pasban::health", "Inadequate signal detected")},
    {PlxSpotCheckMeasurement::PoorSignalDetected, QT_TRANSLATE_NOOP("pasban::health", "Poor signal detected")},
    {PlxSpotCheckMeasurement::LowPerfusionDetected, QT_TRANSLATE_NOOP("pasban::health", "Low perfusion detected")},
    {PlxSpotCheckMeasurement::ErraticSignalDetected, QT_TRANSLATE_NOOP("pasban::health", "Erratic signal detected")},
    {PlxSpotCheckMeasurement::NonpulsatileSignalDetected,
     QT_TRANSLATE_NOOP("pasban::health", "Nonpulsatile signal detected")},
    {PlxSpotCheckMeasurement::QuestionablePulseDetected,
     QT_TRANSLATE_NOOP("pasban::health", "Questionable pulse detected")},
    {PlxSpotCheckMeasurement::SignalAnalysisOngoing, QT_TRANSLATE_NOOP("pasban::health", "Signal analysis ongoing")},
    {PlxSpotCheckMeasurement::SensorInterferenceDetected,
     QT_TRANSLATE_NOOP("pasban::health", "Sensor interference detected")},
    {PlxSpotCheckMeasurement::SensorUnconnectedToUser,
     QT_TRANSLATE_NOOP("pasban::health", "Sensor not connected to the patient")},
    {PlxSpotCheckMeasurement::UnknownSensorConnected, QT_TRANSLATE_NOOP("pasban::health", "Unknown sensor connected")},
    {PlxSpotCheckMeasurement::SensorDisplaced, QT_TRANSLATE_NOOP("pasban::health", "Sensor displaced")},
    {PlxSpotCheckMeasurement::SensorMalfunctioning, QT_TRANSLATE_NOOP("pasban::health", "Sensor malfunctioning")},
    {PlxSpotCheckMeasurement::SensorDisconnected, QT_TRANSLATE_NOOP("pasban::health", "Sensor disconnected")},
};

// Indexed by Temperature Type value; 0 and 10–255 are reserved.
const char *const TemperatureSiteNotes[] = {
    nullptr,
    QT_TRANSLATE_NOOP("pasban::health", "Taken at the armpit"),
    QT_TRANSLATE_NOOP("pasban::health", "Taken on the body (general)"),
    QT_TRANSLATE_NOOP("pasban::health", "Taken at the ear"),
    QT_TRANSLATE_NOOP("pasban::health", "Taken at the finger"),
    QT_TRANSLATE_NOOP("pasban::health", "Taken in the gastrointestinal tract"),
    QT_TRANSLATE_NOOP("pasban::health", "Taken in the mouth"),
    QT_TRANSLATE_NOOP("pasban::health", "Taken in the rectum"),
    QT_TRANSLATE_NOOP("pasban::health", "Taken at the toe"),
    QT_TRANSLATE_NOOP("pasban::health", "Taken at the eardrum"),
};

// Indexed by the Glucose type nibble; 0 and 11–15 are reserved.
const char *const GlucoseSampleTypeNotes[] = {
    nullptr,
    QT_TRANSLATE_NOOP("pasban::health", "Sample: capillary whole blood"),
    QT_TRANSLATE_NOOP("pasban::health", "Sample: capillary plasma"),
    QT_TRANSLATE_NOOP("pasban::health", "Sample: venous whole blood"),
    QT_TRANSLATE_NOOP("pasban::health", "Sample: venous plasma"),
    QT_TRANSLATE_NOOP("pasban::health", "Sample: arterial whole blood"),
    QT_TRANSLATE_NOOP("pasban::health", "Sample: arterial plasma"),
    QT_TRANSLATE_NOOP("pasban::health", "Sample: undetermined whole blood"),
    QT_TRANSLATE_NOOP("pasban::health", "Sample: undetermined plasma"),
    QT_TRANSLATE_NOOP("pasban::health", "Sample: interstitial fluid"),
    QT_TRANSLATE_NOOP("pasban::health", "Sample: control solution, not from a patient"),
};

// Indexed by the sample location nibble; 15 is "not available", the rest reserved.
const char *const GlucoseLocationNotes[] = {
    nullptr,
    QT_TRANSLATE_NOOP("pasban::health", "Sample site: finger"),
    QT_TRANSLATE_NOOP("pasban::health", "Sample site: alternate site test"),
    QT_TRANSLATE_NOOP("pasban::health", "Sample site: earlobe"),
    QT_TRANSLATE_NOOP("pasban::health", "Sample site: control solution"),
};

template<std::size_t N> const char *lookup(const char *const (&table)[N], quint32 index)
{
    return index < N ? table[index] : nullptr;
}

void addNote(DecodedMeasurement &m, const char *source)
{
    if (source && !m.noteSources.contains(source))
        m.noteSources.append(source);
}

template<std::size_t N> void addBitNotes(DecodedMeasurement &m, quint32 value, const BitNote (&table)[N])
{
    for (const BitNote &bit : table) {
        if (value & bit.mask)
            addNote(m, bit.source);
    }
}

void addReading(DecodedMeasurement &m, const char *name, const MedicalFloat &value, Unit unit)
{
    m.readings.append(Reading {name, value, unit});
}

void setTimeStamp(DecodedMeasurement &m, const std::optional<DeviceDateTime> &timeStamp)
{
    m.timeStamp = timeStamp;
    if (timeStamp && !timeStamp->isValid())
        addNote(m, ClockNotSet);
}

MedicalFloat integer(qint64 value)
{
    return MedicalFloat::finite(value, 0);
}

DecodedMeasurement fromHeartRate(const HeartRateMeasurement &hr)
{
    DecodedMeasurement m;
    addReading(m, QT_TRANSLATE_NOOP("pasban::health", "Heart rate"), integer(hr.heartRate), Unit::BeatsPerMinute);
    if (hr.energyExpended)
        addReading(m, QT_TRANSLATE_NOOP("pasban::health", "Energy expended"), integer(*hr.energyExpended),
                   Unit::Kilojoule);
    for (const quint16 rr : hr.rrIntervals) {
        // 1/1024 s to the nearest millisecond: the resolution (0.98 ms) rounds there.
        const qint64 milliseconds = (qint64(rr) * 1000 + 512) / 1024;
        addReading(m, QT_TRANSLATE_NOOP("pasban::health", "RR interval"), MedicalFloat::finite(milliseconds, -3),
                   Unit::Second);
    }
    if (hr.sensorContact == HeartRateMeasurement::SensorContact::NotDetected)
        addNote(m, QT_TRANSLATE_NOOP("pasban::health", "Sensor not in contact with the skin"));
    return m;
}

DecodedMeasurement fromTemperature(const TemperatureMeasurement &t)
{
    DecodedMeasurement m;
    addReading(m, QT_TRANSLATE_NOOP("pasban::health", "Temperature"), t.temperature, t.unit);
    setTimeStamp(m, t.timeStamp);
    if (t.temperatureType)
        addNote(m, lookup(TemperatureSiteNotes, *t.temperatureType));
    return m;
}

DecodedMeasurement fromBloodPressure(const BloodPressureMeasurement &bp, bool intermediate)
{
    DecodedMeasurement m;
    if (intermediate) {
        // Diastolic and mean arterial pressure are unused (NaN) while the cuff inflates.
        addReading(m, QT_TRANSLATE_NOOP("pasban::health", "Cuff pressure"), bp.systolic, bp.unit);
    } else {
        addReading(m, QT_TRANSLATE_NOOP("pasban::health", "Systolic"), bp.systolic, bp.unit);
        addReading(m, QT_TRANSLATE_NOOP("pasban::health", "Diastolic"), bp.diastolic, bp.unit);
        addReading(m, QT_TRANSLATE_NOOP("pasban::health", "Mean arterial pressure"), bp.meanArterialPressure, bp.unit);
    }
    if (bp.pulseRate)
        addReading(m, QT_TRANSLATE_NOOP("pasban::health", "Pulse rate"), *bp.pulseRate, Unit::BeatsPerMinute);
    setTimeStamp(m, bp.timeStamp);
    if (bp.measurementStatus) {
        addBitNotes(m, *bp.measurementStatus, BloodPressureStatusNotes);
        const quint16 range = *bp.measurementStatus & BloodPressureMeasurement::PulseRateRangeMask;
        if (range == BloodPressureMeasurement::PulseRateAboveUpperLimit)
            addNote(m, QT_TRANSLATE_NOOP("pasban::health", "Pulse rate above the upper limit"));
        else if (range == BloodPressureMeasurement::PulseRateBelowLowerLimit)
            addNote(m, QT_TRANSLATE_NOOP("pasban::health", "Pulse rate below the lower limit"));
    }
    return m;
}

DecodedMeasurement fromGlucose(const GlucoseMeasurement &g)
{
    DecodedMeasurement m;
    if (g.concentration) {
        addReading(m, QT_TRANSLATE_NOOP("pasban::health", "Glucose"), *g.concentration, g.unit);
        addNote(m, lookup(GlucoseSampleTypeNotes, g.sampleType));
        addNote(m, lookup(GlucoseLocationNotes, g.sampleLocation));
    }
    if (g.timeOffset)
        addReading(m, QT_TRANSLATE_NOOP("pasban::health", "Time offset"), integer(*g.timeOffset), Unit::Minute);
    setTimeStamp(m, g.baseTime);
    if (g.sensorStatus)
        addBitNotes(m, *g.sensorStatus, GlucoseStatusNotes);
    return m;
}

DecodedMeasurement fromCgm(const CgmMeasurement &cgm)
{
    DecodedMeasurement m;
    for (const CgmMeasurement::Record &r : cgm.records) {
        addReading(m, QT_TRANSLATE_NOOP("pasban::health", "Glucose"), r.glucose, Unit::MilligramPerDecilitre);
        addReading(m, QT_TRANSLATE_NOOP("pasban::health", "Time offset"), integer(r.timeOffset), Unit::Minute);
        if (r.trend)
            addReading(m, QT_TRANSLATE_NOOP("pasban::health", "Glucose trend"), *r.trend,
                       Unit::MilligramPerDecilitrePerMinute);
        if (r.quality)
            addReading(m, QT_TRANSLATE_NOOP("pasban::health", "Glucose quality"), *r.quality, Unit::Percent);
        addBitNotes(m, r.statusOctet.value_or(0), CgmStatusNotes);
        addBitNotes(m, r.calTempOctet.value_or(0), CgmCalTempNotes);
        addBitNotes(m, r.warningOctet.value_or(0), CgmWarningNotes);
    }
    return m;
}

void addPlxStatus(DecodedMeasurement &m, const std::optional<quint16> &measurementStatus,
                  const std::optional<quint32> &deviceAndSensorStatus, const std::optional<MedicalFloat> &pai)
{
    if (pai)
        addReading(m, QT_TRANSLATE_NOOP("pasban::health", "Pulse amplitude index"), *pai, Unit::Percent);
    if (measurementStatus)
        addBitNotes(m, *measurementStatus, PlxMeasurementStatusNotes);
    if (deviceAndSensorStatus)
        addBitNotes(m, *deviceAndSensorStatus, PlxDeviceStatusNotes);
}

DecodedMeasurement fromPlxSpotCheck(const PlxSpotCheckMeasurement &plx)
{
    DecodedMeasurement m;
    addReading(m, QT_TRANSLATE_NOOP("pasban::health", "SpO2"), plx.spo2, Unit::Percent);
    addReading(m, QT_TRANSLATE_NOOP("pasban::health", "Pulse rate"), plx.pulseRate, Unit::BeatsPerMinute);
    addPlxStatus(m, plx.measurementStatus, plx.deviceAndSensorStatus, plx.pulseAmplitudeIndex);
    setTimeStamp(m, plx.timeStamp);
    if (plx.timeStamp && plx.deviceClockNotSet())
        addNote(m, ClockNotSet);
    return m;
}

DecodedMeasurement fromPlxContinuous(const PlxContinuousMeasurement &plx)
{
    DecodedMeasurement m;
    addReading(m, QT_TRANSLATE_NOOP("pasban::health", "SpO2"), plx.normal.spo2, Unit::Percent);
    addReading(m, QT_TRANSLATE_NOOP("pasban::health", "Pulse rate"), plx.normal.pulseRate, Unit::BeatsPerMinute);
    if (plx.fast) {
        addReading(m, QT_TRANSLATE_NOOP("pasban::health", "SpO2 (fast)"), plx.fast->spo2, Unit::Percent);
        addReading(m, QT_TRANSLATE_NOOP("pasban::health", "Pulse rate (fast)"), plx.fast->pulseRate,
                   Unit::BeatsPerMinute);
    }
    if (plx.slow) {
        addReading(m, QT_TRANSLATE_NOOP("pasban::health", "SpO2 (slow)"), plx.slow->spo2, Unit::Percent);
        addReading(m, QT_TRANSLATE_NOOP("pasban::health", "Pulse rate (slow)"), plx.slow->pulseRate,
                   Unit::BeatsPerMinute);
    }
    addPlxStatus(m, plx.measurementStatus, plx.deviceAndSensorStatus, plx.pulseAmplitudeIndex);
    return m;
}

DecodedMeasurement fromWeight(const WeightMeasurement &w)
{
    DecodedMeasurement m;
    addReading(m, QT_TRANSLATE_NOOP("pasban::health", "Weight"), w.weight, w.weightUnit);
    if (w.bmi)
        addReading(m, QT_TRANSLATE_NOOP("pasban::health", "BMI"), *w.bmi, Unit::KilogramPerSquareMetre);
    if (w.height)
        addReading(m, QT_TRANSLATE_NOOP("pasban::health", "Height"), *w.height, w.heightUnit);
    setTimeStamp(m, w.timeStamp);
    return m;
}

template<typename Decoded, typename Convert>
Result<DecodedMeasurement> decodeWith(QByteArrayView data, Convert convertToGeneric)
{
    auto decoded = Decoded::decode(data);
    if (!decoded)
        return decoded.error();
    return convertToGeneric(decoded.value());
}

const char *characteristicSource(quint16 uuid)
{
    switch (uuid) {
    case HeartRateMeasurement::Uuid:
        return QT_TRANSLATE_NOOP("pasban::health", "Heart rate measurement");
    case TemperatureMeasurement::Uuid:
        return QT_TRANSLATE_NOOP("pasban::health", "Temperature measurement");
    case TemperatureMeasurement::IntermediateUuid:
        return QT_TRANSLATE_NOOP("pasban::health", "Intermediate temperature");
    case BloodPressureMeasurement::Uuid:
        return QT_TRANSLATE_NOOP("pasban::health", "Blood pressure measurement");
    case BloodPressureMeasurement::IntermediateCuffPressureUuid:
        return QT_TRANSLATE_NOOP("pasban::health", "Intermediate cuff pressure");
    case GlucoseMeasurement::Uuid:
        return QT_TRANSLATE_NOOP("pasban::health", "Glucose measurement");
    case CgmMeasurement::Uuid:
        return QT_TRANSLATE_NOOP("pasban::health", "Continuous glucose measurement");
    case PlxSpotCheckMeasurement::Uuid:
        return QT_TRANSLATE_NOOP("pasban::health", "Pulse oximetry spot-check");
    case PlxContinuousMeasurement::Uuid:
        return QT_TRANSLATE_NOOP("pasban::health", "Pulse oximetry continuous");
    case WeightMeasurement::Uuid:
        return QT_TRANSLATE_NOOP("pasban::health", "Weight measurement");
    default:
        return nullptr;
    }
}

Result<DecodedMeasurement> dispatch(quint16 uuid, QByteArrayView data)
{
    switch (uuid) {
    case HeartRateMeasurement::Uuid:
        return decodeWith<HeartRateMeasurement>(data, fromHeartRate);
    case TemperatureMeasurement::Uuid:
    case TemperatureMeasurement::IntermediateUuid:
        return decodeWith<TemperatureMeasurement>(data, fromTemperature);
    case BloodPressureMeasurement::Uuid:
    case BloodPressureMeasurement::IntermediateCuffPressureUuid:
        return decodeWith<BloodPressureMeasurement>(data, [uuid](const BloodPressureMeasurement &bp) {
            return fromBloodPressure(bp, uuid == BloodPressureMeasurement::IntermediateCuffPressureUuid);
        });
    case GlucoseMeasurement::Uuid:
        return decodeWith<GlucoseMeasurement>(data, fromGlucose);
    case CgmMeasurement::Uuid:
        return decodeWith<CgmMeasurement>(data, fromCgm);
    case PlxSpotCheckMeasurement::Uuid:
        return decodeWith<PlxSpotCheckMeasurement>(data, fromPlxSpotCheck);
    case PlxContinuousMeasurement::Uuid:
        return decodeWith<PlxContinuousMeasurement>(data, fromPlxContinuous);
    case WeightMeasurement::Uuid:
        return decodeWith<WeightMeasurement>(data, fromWeight);
    default:
        return errors::unsupported(
            u"characteristic 0x%1 is not a health measurement Pasban decodes"_s.arg(uint(uuid), 4, 16, QChar(u'0')));
    }
}

} // namespace

QString DecodedMeasurement::characteristicName() const
{
    return characteristicSource ? QCoreApplication::translate(Context, characteristicSource) : QString();
}

QStringList DecodedMeasurement::notes() const
{
    QStringList out;
    out.reserve(noteSources.size());
    for (const char *source : noteSources)
        out.append(QCoreApplication::translate(Context, source));
    return out;
}

const Reading *DecodedMeasurement::reading(const char *nameSource) const
{
    for (const Reading &r : readings) {
        if (r.nameSource && nameSource && qstrcmp(r.nameSource, nameSource) == 0)
            return &r;
    }
    return nullptr;
}

bool isMeasurementCharacteristic(quint16 uuid)
{
    return characteristicSource(uuid) != nullptr;
}

Result<DecodedMeasurement> decodeMeasurement(quint16 uuid, QByteArrayView data)
{
    auto decoded = dispatch(uuid, data);
    if (decoded) {
        decoded->uuid = uuid;
        decoded->characteristicSource = characteristicSource(uuid);
    }
    return decoded;
}

} // namespace pasban::health
