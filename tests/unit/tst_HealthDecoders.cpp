#include "health/BloodPressureMeasurement.h"
#include "health/CgmMeasurement.h"
#include "health/DecodedMeasurement.h"
#include "health/DeviceInformation.h"
#include "health/GlucoseMeasurement.h"
#include "health/HeartRateMeasurement.h"
#include "health/PlxContinuousMeasurement.h"
#include "health/PlxSpotCheckMeasurement.h"
#include "health/PnpId.h"
#include "health/SystemId.h"
#include "health/TemperatureMeasurement.h"
#include "health/Unit.h"
#include "health/WeightMeasurement.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::health;

using Kind = MedicalFloat::Kind;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

void appendU16(QByteArray &out, quint16 value)
{
    out.append(char(value & 0xFF));
    out.append(char(value >> 8));
}

MedicalFloat number(qint64 mantissa, int exponent = 0)
{
    return MedicalFloat::finite(mantissa, exponent);
}

// 2024-03-05 14:07:09: year 2024 = 0x07E8 → E8 07, then month, day, h, min, s.
const char *const TimeStampHex = "E80703050E0709";
const DeviceDateTime TimeStamp {2024, 3, 5, 14, 7, 9};

// Frames with every optional field of each characteristic, worked out from the
// layouts in the service specifications (cited per decoder in its header).
struct FullFrame
{
    quint16 uuid;
    const char *name;
    QByteArray bytes;
};

QList<FullFrame> fullFrames()
{
    return {
        // HR: flags 0x1F (u16, contact detected, energy, RR) | 300 bpm 2C 01 | 1000 kJ E8 03 | RR 1024/1024 s 00 04
        {0x2A37, "heart rate", hex("1F2C01E8030004")},
        // Temperature: flags 0x07 (°F, time, type) | 98.6 = 986 × 10⁻¹ → 0xFF0003DA | time | type 2 (body)
        {0x2A1C, "temperature", hex("07DA0300FFE80703050E070902")},
        // BP: flags 0x1E | 120 78 00 | 80 50 00 | 93 5D 00 | time | pulse 72 48 00 | user 1 | status 0x0004
        {0x2A35, "blood pressure", hex("1E780050005D00E80703050E07094800010400")},
        // Glucose: flags 0x0B | seq 1 | base time | offset −5 FB FF | 95 × 10⁻⁵ kg/L 0xB05F | type 1 loc 1 | status 1
        {0x2A18, "glucose", hex("0B0100E80703050E0709FBFF5FB0110100")},
        // CGM: size 15 | flags 0xE3 | 120 mg/dL | 15 min | warning 01 cal/temp 04 status 02 | trend −1.5 0xFFF1
        //      | quality 95 | E2E-CRC 0x4024 (CRC-16/MCRF4XX over the 13 octets before it)
        {0x2AA7, "CGM", hex("0FE378000F00010402F1FF5F002440")},
        // PLX spot-check: flags 0x1F | SpO2 97.5 0xF3CF | PR 64 | time | status 0x0800 | dss 0x000020 | PAI 2.5 0xF019
        {0x2A5E, "PLX spot-check", hex("1FCFF34000E80703050E07090008200000 19F0")},
        // PLX continuous: flags 0x1F | 98/72 | fast 97/75 | slow 98/70 | status 0x0020 | dss 0x000010 | PAI 2.5
        {0x2A5F, "PLX continuous", hex("1F62004800 61004B00 62004600 2000 100000 19F0")},
        // Weight: flags 0x0E (SI) | 70 kg = 14000 × 0.005 → 0x36B0 | time | user 3 | BMI 22.9 → 229 | 1.750 m → 1750
        {0x2A9D, "weight", hex("0EB036E80703050E070903E500D606")},
    };
}

} // namespace

class TestHealthDecoders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ---- Heart Rate Measurement 0x2A37 ----

    void heartRateSpecVectors()
    {
        // flags 0: u8 heart rate 0x48 = 72 bpm, no sensor contact feature.
        auto plain = HeartRateMeasurement::decode(hex("0048"));
        QVERIFY(plain.ok());
        QCOMPARE(plain->heartRate, quint16(72));
        QCOMPARE(plain->sensorContact, HeartRateMeasurement::SensorContact::NotSupported);
        QVERIFY(!plain->energyExpended);
        QVERIFY(plain->rrIntervals.isEmpty());

        // flags 0x16: contact supported + detected, RR present; 72 bpm; RR 0x0400 = 1024 and 0x0300 = 768 (1/1024 s).
        auto rr = HeartRateMeasurement::decode(hex("164800040003"));
        QVERIFY(rr.ok());
        QCOMPARE(rr->sensorContact, HeartRateMeasurement::SensorContact::Detected);
        QCOMPARE(rr->rrIntervals, (QList<quint16> {1024, 768}));

        // flags 0x01: u16 heart rate 0x012C = 300 bpm (above 255, why the u16 form exists).
        auto fast = HeartRateMeasurement::decode(hex("012C01"));
        QVERIFY(fast.ok());
        QCOMPARE(fast->heartRate, quint16(300));

        // flags 0x08: energy expended 0x03E8 = 1000 kJ.
        auto energy = HeartRateMeasurement::decode(hex("0848E803"));
        QVERIFY(energy.ok());
        QCOMPARE(energy->energyExpended, std::optional<quint16>(1000));
    }

    void heartRateEveryFlagCombination()
    {
        using HR = HeartRateMeasurement;
        // Bits 1–2: 00 and 01 "not supported", 10 "not detected", 11 "detected".
        const HR::SensorContact contact[] = {HR::SensorContact::NotSupported, HR::SensorContact::NotSupported,
                                             HR::SensorContact::NotDetected, HR::SensorContact::Detected};
        for (quint8 flags = 0; flags <= HR::KnownFlags; ++flags) {
            const quint16 rate = (flags & HR::HeartRateIsU16) ? quint16(256 + flags) : quint16(60 + flags);
            QByteArray frame(1, char(flags));
            if (flags & HR::HeartRateIsU16)
                appendU16(frame, rate);
            else
                frame.append(char(rate));
            if (flags & HR::EnergyExpendedPresent)
                appendU16(frame, 500 + flags);
            if (flags & HR::RrIntervalsPresent) {
                appendU16(frame, 1000);
                appendU16(frame, 1024 + flags);
            }
            const auto m = HR::decode(frame);
            QVERIFY2(m.ok(), qPrintable(u"flags 0x%1"_s.arg(flags, 2, 16, QChar(u'0'))));
            QCOMPARE(m->flags, flags);
            QCOMPARE(m->heartRate, rate);
            QCOMPARE(m->sensorContact, contact[(flags >> 1) & 3]);
            QCOMPARE(m->energyExpended.has_value(), bool(flags & HR::EnergyExpendedPresent));
            if (m->energyExpended)
                QCOMPARE(*m->energyExpended, quint16(500 + flags));
            const QList<quint16> expectedRr =
                (flags & HR::RrIntervalsPresent) ? QList<quint16> {1000, quint16(1024 + flags)} : QList<quint16> {};
            QCOMPARE(m->rrIntervals, expectedRr);
        }
    }

    void heartRateRrListLength()
    {
        // flags 0x10 | 72 | one RR: the shortest valid RR frame.
        QVERIFY(HeartRateMeasurement::decode(hex("10480004")).ok());
        // RR flagged but none there, or the last one cut in half: incomplete.
        QCOMPARE(HeartRateMeasurement::decode(hex("1048")).error().code(), u"health.truncated"_s);
        QCOMPARE(HeartRateMeasurement::decode(hex("104800")).error().code(), u"health.truncated"_s);
        QCOMPARE(HeartRateMeasurement::decode(hex("10480004 00")).error().code(), u"health.truncated"_s);
        // A whole extra interval is just one more interval.
        QCOMPARE(HeartRateMeasurement::decode(hex("10480004 0003"))->rrIntervals.size(), 2);
    }

    // ---- Temperature Measurement 0x2A1C ----

    void temperatureSpecVectors()
    {
        // flags 0 (°C) | FLOAT 6C 01 00 FF → 0xFF00016C = 364 × 10⁻¹ = 36.4 °C
        auto celsius = TemperatureMeasurement::decode(hex("006C0100FF"));
        QVERIFY(celsius.ok());
        QCOMPARE(celsius->temperature, number(364, -1));
        QCOMPARE(celsius->unit, Unit::DegreeCelsius);
        QVERIFY(!celsius->timeStamp);
        QVERIFY(!celsius->temperatureType);

        auto full = TemperatureMeasurement::decode(hex("07DA0300FFE80703050E070902"));
        QVERIFY(full.ok());
        QCOMPARE(full->temperature, number(986, -1));
        QCOMPARE(full->unit, Unit::DegreeFahrenheit);
        QCOMPARE(full->timeStamp, std::optional<DeviceDateTime>(TimeStamp));
        QCOMPARE(full->temperatureType, std::optional<quint8>(quint8(TemperatureMeasurement::Site::Body)));

        // NaN from a thermometer that has no value: stays NaN, shown as words.
        auto nan = TemperatureMeasurement::decode(hex("00FFFF7F00"));
        QVERIFY(nan.ok());
        QCOMPARE(nan->temperature.kind(), Kind::NaN);
    }

    void temperatureEveryFlagCombination()
    {
        for (quint8 flags = 0; flags <= TemperatureMeasurement::KnownFlags; ++flags) {
            QByteArray frame = QByteArray(1, char(flags)) + hex("6C0100FF");
            if (flags & TemperatureMeasurement::TimeStampPresent)
                frame += hex(TimeStampHex);
            if (flags & TemperatureMeasurement::TemperatureTypePresent)
                frame += hex("03");
            const auto m = TemperatureMeasurement::decode(frame);
            QVERIFY(m.ok());
            QCOMPARE(m->unit, (flags & 1) ? Unit::DegreeFahrenheit : Unit::DegreeCelsius);
            QCOMPARE(m->timeStamp.has_value(), bool(flags & TemperatureMeasurement::TimeStampPresent));
            QCOMPARE(m->temperatureType.has_value(), bool(flags & TemperatureMeasurement::TemperatureTypePresent));
        }
    }

    // ---- Blood Pressure Measurement 0x2A35 ----

    void bloodPressureSpecVectors()
    {
        auto full = BloodPressureMeasurement::decode(hex("1E780050005D00E80703050E07094800010400"));
        QVERIFY(full.ok());
        QCOMPARE(full->unit, Unit::MillimetreOfMercury);
        QCOMPARE(full->systolic, number(120));
        QCOMPARE(full->diastolic, number(80));
        QCOMPARE(full->meanArterialPressure, number(93));
        QCOMPARE(full->timeStamp, std::optional<DeviceDateTime>(TimeStamp));
        QCOMPARE(full->pulseRate, std::optional<MedicalFloat>(number(72)));
        QCOMPARE(full->userId, std::optional<quint8>(1));
        QCOMPARE(full->measurementStatus, std::optional<quint16>(BloodPressureMeasurement::IrregularPulseDetected));

        // kPa: 16.0 → 160 × 10⁻¹ = 0xF0A0; 10.7 → 0xF06B; 12.4 → 0xF07C.
        auto kpa = BloodPressureMeasurement::decode(hex("01A0F06BF07CF0"));
        QVERIFY(kpa.ok());
        QCOMPARE(kpa->unit, Unit::Kilopascal);
        QCOMPARE(kpa->systolic.toString(QLocale::c()), u"16.0"_s);
        QCOMPARE(kpa->diastolic.toString(QLocale::c()), u"10.7"_s);
        QCOMPARE(kpa->meanArterialPressure.toString(QLocale::c()), u"12.4"_s);
    }

    void bloodPressureEveryFlagCombination()
    {
        using BP = BloodPressureMeasurement;
        for (quint8 flags = 0; flags <= BP::KnownFlags; ++flags) {
            QByteArray frame(1, char(flags));
            appendU16(frame, 0x0078); // 120
            appendU16(frame, 0x0050); // 80
            appendU16(frame, 0x005D); // 93
            if (flags & BP::TimeStampPresent)
                frame += hex(TimeStampHex);
            if (flags & BP::PulseRatePresent)
                appendU16(frame, 0xF2D0); // 72.0 = 720 × 10⁻¹: exponent 0xF, mantissa 0x2D0
            if (flags & BP::UserIdPresent)
                frame.append(char(0xFF)); // unknown user
            if (flags & BP::MeasurementStatusPresent)
                appendU16(frame, 0x0021);
            const auto m = BP::decode(frame);
            QVERIFY2(m.ok(), qPrintable(u"flags 0x%1"_s.arg(flags, 2, 16, QChar(u'0'))));
            QCOMPARE(m->unit, (flags & BP::Kilopascal) ? Unit::Kilopascal : Unit::MillimetreOfMercury);
            QCOMPARE(m->systolic, number(120));
            QCOMPARE(m->diastolic, number(80));
            QCOMPARE(m->meanArterialPressure, number(93));
            QCOMPARE(m->timeStamp.has_value(), bool(flags & BP::TimeStampPresent));
            QCOMPARE(m->pulseRate, (flags & BP::PulseRatePresent) ? std::optional(number(720, -1)) : std::nullopt);
            QCOMPARE(m->userId, (flags & BP::UserIdPresent) ? std::optional<quint8>(BP::UnknownUser) : std::nullopt);
            QCOMPARE(m->measurementStatus,
                     (flags & BP::MeasurementStatusPresent) ? std::optional<quint16>(0x0021) : std::nullopt);
        }
    }

    void bloodPressureStatusNotes()
    {
        // status 0x000D: body movement (bit 0), irregular pulse (bit 2), pulse-rate range 01 = above upper limit.
        auto decoded = decodeMeasurement(0x2A35, hex("10780050005D000D00"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->notes(),
                 (QStringList {u"Body movement during the measurement"_s, u"Irregular pulse detected"_s,
                               u"Pulse rate above the upper limit"_s}));
        // Range 11 is reserved: no range note.
        auto reserved = decodeMeasurement(0x2A35, hex("10780050005D001800"));
        QVERIFY(reserved.ok());
        QVERIFY(reserved->notes().isEmpty());
    }

    // ---- Glucose Measurement 0x2A18 ----

    void glucoseSpecVectors()
    {
        auto mass = GlucoseMeasurement::decode(hex("0B0100E80703050E0709FBFF5FB0110100"));
        QVERIFY(mass.ok());
        QCOMPARE(mass->sequenceNumber, quint16(1));
        QCOMPARE(mass->baseTime, TimeStamp);
        QCOMPARE(mass->timeOffset, std::optional<qint16>(-5));
        // 0xB05F: exponent 0xB = −5, mantissa 0x05F = 95 → 0.00095 kg/L (= 95 mg/dL)
        QCOMPARE(mass->concentration, std::optional<MedicalFloat>(number(95, -5)));
        QCOMPARE(mass->unit, Unit::KilogramPerLitre);
        QCOMPARE(mass->sampleType, quint8(GlucoseMeasurement::SampleType::CapillaryWholeBlood));
        QCOMPARE(mass->sampleLocation, quint8(GlucoseMeasurement::SampleLocation::Finger));
        QCOMPARE(mass->sensorStatus, std::optional<quint16>(GlucoseMeasurement::DeviceBatteryLow));
        QVERIFY(!mass->contextFollows());

        // mol/L: 0xC037: exponent −4, mantissa 55 → 0.0055 mol/L; type 4 (venous plasma), location 15 (n/a).
        auto molar = GlucoseMeasurement::decode(hex("060200E80703050E070937C0F4"));
        QVERIFY(molar.ok());
        QCOMPARE(molar->unit, Unit::MolePerLitre);
        QCOMPARE(molar->concentration, std::optional<MedicalFloat>(number(55, -4)));
        QCOMPARE(molar->sampleType, quint8(GlucoseMeasurement::SampleType::VenousPlasma));
        QCOMPARE(molar->sampleLocation, quint8(GlucoseMeasurement::SampleLocation::NotAvailable));
        QVERIFY(!molar->timeOffset);

        // Context follows (bit 4) announces a separate characteristic: no extra octets here.
        auto context = GlucoseMeasurement::decode(hex("100300E80703050E0709"));
        QVERIFY(context.ok());
        QVERIFY(context->contextFollows());
        QVERIFY(!context->concentration);
    }

    void glucoseDispatcherNotes()
    {
        auto decoded = decodeMeasurement(0x2A18, hex("0B0100E80703050E0709FBFF5FB0110100"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->timeStamp, std::optional<DeviceDateTime>(TimeStamp));
        QCOMPARE(decoded->notes(),
                 (QStringList {u"Sample: capillary whole blood"_s, u"Sample site: finger"_s, u"Device battery low"_s}));
        const Reading *glucose = decoded->reading("Glucose");
        QVERIFY(glucose);
        QCOMPARE(glucose->unit, Unit::KilogramPerLitre);
        QCOMPARE(decoded->reading("Time offset")->value, number(-5));
    }

    // ---- CGM Measurement 0x2AA7 ----

    void cgmCrcCatalogueCheckValue()
    {
        // CRC-16/MCRF4XX check value from the CRC catalogue (reveng): "123456789" → 0x6F91.
        QCOMPARE(CgmMeasurement::e2eCrc(QByteArrayView("123456789")), quint16(0x6F91));
    }

    void cgmRecordWithoutCrc()
    {
        // size 6 | flags 0 | 120 mg/dL 78 00 | 15 min 0F 00
        auto m = CgmMeasurement::decode(hex("060078000F00"));
        QVERIFY(m.ok());
        QCOMPARE(m->records.size(), 1);
        const auto &r = m->records.first();
        QCOMPARE(r.glucose, number(120));
        QCOMPARE(r.timeOffset, quint16(15));
        QVERIFY(!r.e2eCrc && !r.trend && !r.quality && !r.statusOctet);
    }

    void cgmRecordWithEveryFieldAndGoodCrc()
    {
        auto m = CgmMeasurement::decode(hex("0FE378000F00010402F1FF5F002440"));
        QVERIFY(m.ok());
        const auto &r = m->records.first();
        QCOMPARE(r.size, quint8(15));
        // The annunciation octets in flag-bit order: warning (0x20), cal/temp (0x40), status (0x80).
        QCOMPARE(r.warningOctet, std::optional<quint8>(CgmMeasurement::BelowPatientLowLevel));
        QCOMPARE(r.calTempOctet, std::optional<quint8>(CgmMeasurement::CalibrationRecommended));
        QCOMPARE(r.statusOctet, std::optional<quint8>(CgmMeasurement::DeviceBatteryLow));
        // 0xFFF1: exponent −1, mantissa 0xFF1 = −15 → −1.5 (mg/dL)/min
        QCOMPARE(r.trend, std::optional<MedicalFloat>(number(-15, -1)));
        QCOMPARE(r.quality, std::optional<MedicalFloat>(number(95)));
        QCOMPARE(r.e2eCrc, std::optional<quint16>(0x4024));

        auto decoded = decodeMeasurement(0x2AA7, hex("0FE378000F00010402F1FF5F002440"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->notes(),
                 (QStringList {u"Device battery low"_s, u"Calibration recommended"_s,
                               u"Result below the patient's low level"_s}));
    }

    void cgmBadCrcIsAnError()
    {
        // CRC octets changed.
        auto badCrc = CgmMeasurement::decode(hex("0FE378000F00010402F1FF5F002441"));
        QVERIFY(!badCrc.ok());
        QCOMPARE(badCrc.error().code(), u"health.crc"_s);
        // Glucose changed from 120 (0x78) to 121 after the CRC was computed: never shown as 121.
        auto badData = CgmMeasurement::decode(hex("0FE379000F00010402F1FF5F002440"));
        QVERIFY(!badData.ok());
        QCOMPARE(badData.error().code(), u"health.crc"_s);
        QCOMPARE(decodeMeasurement(0x2AA7, hex("0FE379000F00010402F1FF5F002440")).error().code(), u"health.crc"_s);
    }

    void cgmSizeFieldMustMatchTheFlags()
    {
        // Flags 0 announce 6 octets: size 7 is neither 6 nor 6 + 2.
        QCOMPARE(CgmMeasurement::decode(hex("070078000F0000")).error().code(), u"health.malformed"_s);
        // Size 0 (would never advance) and size 5 (shorter than any record).
        QCOMPARE(CgmMeasurement::decode(hex("000078000F00")).error().code(), u"health.malformed"_s);
        QCOMPARE(CgmMeasurement::decode(hex("050078000F00")).error().code(), u"health.malformed"_s);
        // Size 8 claims a CRC that is not there.
        QCOMPARE(CgmMeasurement::decode(hex("080078000F00")).error().code(), u"health.truncated"_s);
        // Reserved flag bit 2.
        QCOMPARE(CgmMeasurement::decode(hex("060478000F00")).error().code(), u"health.unsupported"_s);
    }

    void cgmSeveralRecordsInOneValue()
    {
        // 120 mg/dL at 15 min, then 125 (0x7D) at 20 min (0x14).
        auto m = CgmMeasurement::decode(hex("060078000F00 06007D001400"));
        QVERIFY(m.ok());
        QCOMPARE(m->records.size(), 2);
        QCOMPARE(m->records[1].glucose, number(125));
        QCOMPARE(m->records[1].timeOffset, quint16(20));
        // A second record cut short is an error for the whole value.
        QCOMPARE(CgmMeasurement::decode(hex("060078000F00 06007D00")).error().code(), u"health.truncated"_s);
    }

    // ---- PLX Spot-Check 0x2A5E and Continuous 0x2A5F ----

    void plxSpotCheckSpecVectors()
    {
        auto plain = PlxSpotCheckMeasurement::decode(hex("0062004800"));
        QVERIFY(plain.ok());
        QCOMPARE(plain->spo2, number(98));
        QCOMPARE(plain->pulseRate, number(72));

        auto full = PlxSpotCheckMeasurement::decode(hex("1FCFF34000E80703050E0709000820000019F0"));
        QVERIFY(full.ok());
        QCOMPARE(full->spo2, number(975, -1));
        QCOMPARE(full->pulseRate, number(64));
        QCOMPARE(full->timeStamp, std::optional<DeviceDateTime>(TimeStamp));
        QCOMPARE(full->measurementStatus, std::optional<quint16>(PlxSpotCheckMeasurement::DataForTesting));
        QCOMPARE(full->deviceAndSensorStatus, std::optional<quint32>(PlxSpotCheckMeasurement::LowPerfusionDetected));
        QCOMPARE(full->pulseAmplitudeIndex, std::optional<MedicalFloat>(number(25, -1)));
        QVERIFY(full->deviceClockNotSet());

        auto decoded = decodeMeasurement(0x2A5E, hex("1FCFF34000E80703050E0709000820000019F0"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->notes(),
                 (QStringList {u"Data for testing, not from a patient"_s, u"Low perfusion detected"_s,
                               u"The device's clock is not set; the time shown may be wrong."_s}));

        // SpO2 and PR unavailable: NaN (0x07FF), shown as words without a unit.
        auto unavailable = decodeMeasurement(0x2A5E, hex("00FF07FF07"));
        QVERIFY(unavailable.ok());
        QCOMPARE(unavailable->readings[0].value.kind(), Kind::NaN);
        QCOMPARE(unavailable->readings[0].toString(QLocale::c()), u"not a number"_s);
    }

    void plxSpotCheckEveryFlagCombination()
    {
        using Plx = PlxSpotCheckMeasurement;
        for (quint8 flags = 0; flags <= Plx::KnownFlags; ++flags) {
            QByteArray frame = QByteArray(1, char(flags)) + hex("62004800");
            if (flags & Plx::TimeStampPresent)
                frame += hex(TimeStampHex);
            if (flags & Plx::MeasurementStatusPresent)
                frame += hex("8000"); // validated data
            if (flags & Plx::DeviceAndSensorStatusPresent)
                frame += hex("000001"); // 0x010000: a reserved bit, kept as sent
            if (flags & Plx::PulseAmplitudeIndexPresent)
                frame += hex("19F0");
            const auto m = Plx::decode(frame);
            QVERIFY2(m.ok(), qPrintable(u"flags 0x%1"_s.arg(flags, 2, 16, QChar(u'0'))));
            QCOMPARE(m->spo2, number(98));
            QCOMPARE(m->pulseRate, number(72));
            QCOMPARE(m->timeStamp, (flags & Plx::TimeStampPresent) ? std::optional(TimeStamp) : std::nullopt);
            QCOMPARE(m->measurementStatus,
                     (flags & Plx::MeasurementStatusPresent) ? std::optional<quint16>(Plx::ValidatedData)
                                                             : std::nullopt);
            QCOMPARE(m->deviceAndSensorStatus,
                     (flags & Plx::DeviceAndSensorStatusPresent) ? std::optional<quint32>(0x010000) : std::nullopt);
            QCOMPARE(m->pulseAmplitudeIndex,
                     (flags & Plx::PulseAmplitudeIndexPresent) ? std::optional(number(25, -1)) : std::nullopt);
            QCOMPARE(m->deviceClockNotSet(), bool(flags & Plx::DeviceClockNotSet));
        }
    }

    void plxContinuousEveryFlagCombination()
    {
        using Plx = PlxContinuousMeasurement;
        using Pair = Plx::SpO2PulseRate;
        for (quint8 flags = 0; flags <= Plx::KnownFlags; ++flags) {
            QByteArray frame = QByteArray(1, char(flags)) + hex("62004800"); // 98 %, 72 bpm
            if (flags & Plx::FastPresent)
                frame += hex("61004B00"); // 97 %, 75 bpm
            if (flags & Plx::SlowPresent)
                frame += hex("62004600"); // 98 %, 70 bpm
            if (flags & Plx::MeasurementStatusPresent)
                frame += hex("2000"); // measurement ongoing
            if (flags & Plx::DeviceAndSensorStatusPresent)
                frame += hex("100000"); // poor signal
            if (flags & Plx::PulseAmplitudeIndexPresent)
                frame += hex("19F0");
            const auto m = Plx::decode(frame);
            QVERIFY2(m.ok(), qPrintable(u"flags 0x%1"_s.arg(flags, 2, 16, QChar(u'0'))));
            QCOMPARE(m->normal, (Pair {number(98), number(72)}));
            QCOMPARE(m->fast, (flags & Plx::FastPresent) ? std::optional(Pair {number(97), number(75)}) : std::nullopt);
            QCOMPARE(m->slow, (flags & Plx::SlowPresent) ? std::optional(Pair {number(98), number(70)}) : std::nullopt);
            QCOMPARE(m->measurementStatus,
                     (flags & Plx::MeasurementStatusPresent)
                         ? std::optional<quint16>(PlxSpotCheckMeasurement::MeasurementOngoing)
                         : std::nullopt);
            QCOMPARE(m->deviceAndSensorStatus,
                     (flags & Plx::DeviceAndSensorStatusPresent)
                         ? std::optional<quint32>(PlxSpotCheckMeasurement::PoorSignalDetected)
                         : std::nullopt);
            QCOMPARE(m->pulseAmplitudeIndex,
                     (flags & Plx::PulseAmplitudeIndexPresent) ? std::optional(number(25, -1)) : std::nullopt);
        }
    }

    void plxContinuousReadingNames()
    {
        auto decoded = decodeMeasurement(0x2A5F, hex("1F62004800 61004B00 62004600 2000 100000 19F0"));
        QVERIFY(decoded.ok());
        QStringList names;
        for (const Reading &r : decoded->readings)
            names << r.sourceName() + u' ' + r.toString(QLocale::c());
        QCOMPARE(
            names,
            (QStringList {u"SpO2 98 %"_s, u"Pulse rate 72 bpm"_s, u"SpO2 (fast) 97 %"_s, u"Pulse rate (fast) 75 bpm"_s,
                          u"SpO2 (slow) 98 %"_s, u"Pulse rate (slow) 70 bpm"_s, u"Pulse amplitude index 2.5 %"_s}));
        QCOMPARE(decoded->notes(), (QStringList {u"Measurement ongoing"_s, u"Poor signal detected"_s}));
    }

    // ---- Weight Measurement 0x2A9D ----

    void weightSpecVectors()
    {
        // SI: 14000 × 0.005 kg = 70.000 kg (0x36B0 → B0 36), kept exact as 70000 × 10⁻³.
        auto si = WeightMeasurement::decode(hex("00B036"));
        QVERIFY(si.ok());
        QCOMPARE(si->weight, number(70000, -3));
        QCOMPARE(si->weightUnit, Unit::Kilogram);
        QCOMPARE(si->weight.toString(QLocale::c()), u"70.000"_s);

        // Imperial: 15432 × 0.01 lb = 154.32 lb (0x3C48 → 48 3C).
        auto imperial = WeightMeasurement::decode(hex("01483C"));
        QVERIFY(imperial.ok());
        QCOMPARE(imperial->weight, number(15432, -2));
        QCOMPARE(imperial->weightUnit, Unit::Pound);

        auto full = WeightMeasurement::decode(hex("0EB036E80703050E070903E500D606"));
        QVERIFY(full.ok());
        QCOMPARE(full->timeStamp, std::optional<DeviceDateTime>(TimeStamp));
        QCOMPARE(full->userId, std::optional<quint8>(3));
        QCOMPARE(full->bmi, std::optional<MedicalFloat>(number(229, -1)));
        QCOMPARE(full->height, std::optional<MedicalFloat>(number(1750, -3)));
        QCOMPARE(full->heightUnit, Unit::Metre);

        // Imperial height: 689 × 0.1 in = 68.9 in.
        auto inches = WeightMeasurement::decode(hex("09483CE500B102"));
        QVERIFY(inches.ok());
        QCOMPARE(inches->height, std::optional<MedicalFloat>(number(689, -1)));
        QCOMPARE(inches->heightUnit, Unit::Inch);
    }

    void weightUnsuccessfulIsNotANumber()
    {
        auto m = WeightMeasurement::decode(hex("00FFFF"));
        QVERIFY(m.ok());
        QVERIFY(m->measurementUnsuccessful());
        QCOMPARE(m->weight.kind(), Kind::Unsuccessful);
        QVERIFY(!m->weight.isFinite());
        QVERIFY(std::isnan(m->weight.toDouble())); // never 327.675 kg

        auto decoded = decodeMeasurement(0x2A9D, hex("01FFFF"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->readings.first().toString(QLocale::c()), u"measurement unsuccessful"_s);
        // 0xFFFE is an ordinary weight: 65534 × 0.005 = 327.670 kg.
        QCOMPARE(WeightMeasurement::decode(hex("00FEFF"))->weight, number(327670, -3));
    }

    // ---- Every characteristic: short, long, reserved ----

    void everyPrefixOfAFullFrameIsAnError()
    {
        for (const FullFrame &frame : fullFrames()) {
            QVERIFY2(decodeMeasurement(frame.uuid, frame.bytes).ok(), frame.name);
            for (qsizetype length = 0; length < frame.bytes.size(); ++length) {
                const auto decoded = decodeMeasurement(frame.uuid, frame.bytes.first(length));
                QVERIFY2(!decoded.ok(), qPrintable(u"%1, %2 octets"_s.arg(QLatin1StringView(frame.name)).arg(length)));
                QCOMPARE(decoded.error().code(), u"health.truncated"_s);
            }
        }
    }

    void overLongInputIsAnError()
    {
        for (const FullFrame &frame : fullFrames()) {
            const QByteArray longer = frame.bytes + hex("00");
            const auto decoded = decodeMeasurement(frame.uuid, longer);
            QVERIFY2(!decoded.ok(), frame.name);
            // Fixed layouts: trailing octets are malformed. The RR list and the CGM
            // record list continue to the end, so there the extra octet is an
            // incomplete RR interval or record.
            const bool listContinues = frame.uuid == 0x2A37 || frame.uuid == 0x2AA7;
            QCOMPARE(decoded.error().code(), listContinues ? u"health.truncated"_s : u"health.malformed"_s);
        }
    }

    void reservedFlagsAreRefused_data()
    {
        QTest::addColumn<quint16>("uuid");
        QTest::addColumn<QByteArray>("frame");
        // Each frame is valid apart from one reserved flag bit.
        QTest::newRow("HR bit 5") << quint16(0x2A37) << hex("2048");
        QTest::newRow("HR bit 7") << quint16(0x2A37) << hex("8048");
        QTest::newRow("temperature bit 3") << quint16(0x2A1C) << hex("086C0100FF");
        QTest::newRow("BP bit 5") << quint16(0x2A35) << hex("20780050005D00");
        QTest::newRow("glucose bit 5") << quint16(0x2A18) << hex("200100E80703050E0709");
        QTest::newRow("CGM bit 3") << quint16(0x2AA7) << hex("060878000F00");
        QTest::newRow("PLX spot-check bit 5") << quint16(0x2A5E) << hex("2062004800");
        QTest::newRow("PLX continuous bit 6") << quint16(0x2A5F) << hex("4062004800");
        QTest::newRow("weight bit 4") << quint16(0x2A9D) << hex("10B036");
    }
    void reservedFlagsAreRefused()
    {
        QFETCH(quint16, uuid);
        QFETCH(QByteArray, frame);
        const auto decoded = decodeMeasurement(uuid, frame);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code(), u"health.unsupported"_s);
        QVERIFY(!decoded.error().message().isEmpty());
    }

    // ---- Dispatcher ----

    void dispatcherShowsReadingsWithUnits()
    {
        auto bp = decodeMeasurement(0x2A35, hex("1E780050005D00E80703050E07094800010400"));
        QVERIFY(bp.ok());
        QCOMPARE(bp->uuid, quint16(0x2A35));
        QCOMPARE(bp->characteristicName(), u"Blood pressure measurement"_s);
        QStringList shown;
        for (const Reading &r : bp->readings)
            shown << r.name() + u": "_s + r.toString(QLocale::c());
        QCOMPARE(shown,
                 (QStringList {u"Systolic: 120 mmHg"_s, u"Diastolic: 80 mmHg"_s, u"Mean arterial pressure: 93 mmHg"_s,
                               u"Pulse rate: 72 bpm"_s}));
        QCOMPARE(bp->timeStamp, std::optional<DeviceDateTime>(TimeStamp));

        auto hr = decodeMeasurement(0x2A37, hex("164800040003"));
        QVERIFY(hr.ok());
        // RR 1024/1024 s = 1.000 s; 768/1024 s = 0.750 s.
        QCOMPARE(hr->readings.size(), 3);
        QCOMPARE(hr->readings[1].toString(QLocale::c()), u"1.000 s"_s);
        QCOMPARE(hr->readings[2].toString(QLocale::c()), u"0.750 s"_s);
        QVERIFY(hr->notes().isEmpty());
        auto noContact = decodeMeasurement(0x2A37, hex("0448"));
        QCOMPARE(noContact->notes(), QStringList {u"Sensor not in contact with the skin"_s});

        auto temperature = decodeMeasurement(0x2A1C, hex("07DA0300FFE80703050E070902"));
        QVERIFY(temperature.ok());
        QCOMPARE(temperature->readings.first().toString(QLocale::c()), u"98.6 °F"_s);
        QCOMPARE(temperature->notes(), QStringList {u"Taken on the body (general)"_s});
        QCOMPARE(decodeMeasurement(0x2A1E, hex("006C0100FF"))->characteristicName(), u"Intermediate temperature"_s);

        auto weight = decodeMeasurement(0x2A9D, hex("0EB036E80703050E070903E500D606"));
        QVERIFY(weight.ok());
        QCOMPARE(weight->reading("BMI")->toString(QLocale::c()), u"22.9 kg/m²"_s);
        QCOMPARE(weight->reading("Height")->toString(QLocale::c()), u"1.750 m"_s);
    }

    void intermediateCuffPressureShowsOnlyTheCuff()
    {
        // Diastolic and MAP are NaN (0x07FF) while the cuff inflates.
        auto cuff = decodeMeasurement(0x2A36, hex("007800FF07FF07"));
        QVERIFY(cuff.ok());
        QCOMPARE(cuff->readings.size(), 1);
        QCOMPARE(cuff->readings.first().sourceName(), u"Cuff pressure"_s);
        QCOMPARE(cuff->readings.first().value, number(120));
    }

    void invalidDeviceClockIsNoted()
    {
        // BP with a time stamp whose year is 0 ("not known").
        auto decoded = decodeMeasurement(0x2A35, hex("02780050005D0000000305000000"));
        QVERIFY(decoded.ok());
        QVERIFY(decoded->timeStamp && !decoded->timeStamp->isValid());
        QCOMPARE(decoded->notes(), QStringList {u"The device's clock is not set; the time shown may be wrong."_s});
    }

    void unknownCharacteristicIsUnsupported()
    {
        // 0x2A19 Battery Level is not a health measurement.
        const auto decoded = decodeMeasurement(0x2A19, hex("64"));
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code(), u"health.unsupported"_s);
        QVERIFY(!isMeasurementCharacteristic(0x2A19));
        QVERIFY(isMeasurementCharacteristic(0x2A5F));
        QCOMPARE(decodeMeasurement(0x2A37, {}).error().code(), u"health.truncated"_s);
    }

    // ---- Units ----

    void conversions_data()
    {
        QTest::addColumn<MedicalFloat>("value");
        QTest::addColumn<Unit>("from");
        QTest::addColumn<Unit>("to");
        QTest::addColumn<MedicalFloat>("expected");
        // °F = °C × 9/5 + 32: 36.6 → 97.88, shown at the source's 0.1 resolution.
        QTest::newRow("36.6 °C") << number(366, -1) << Unit::DegreeCelsius << Unit::DegreeFahrenheit << number(979, -1);
        QTest::newRow("98.6 °F") << number(986, -1) << Unit::DegreeFahrenheit << Unit::DegreeCelsius << number(370, -1);
        QTest::newRow("-40 °C = -40 °F") << number(-40) << Unit::DegreeCelsius << Unit::DegreeFahrenheit << number(-40);
        // 1 mmHg = 133.322387415 Pa: 120 mmHg = 15.9987 kPa → 16.0; 80 mmHg = 10.6658 → 10.7
        QTest::newRow("120 mmHg") << number(120) << Unit::MillimetreOfMercury << Unit::Kilopascal << number(160, -1);
        QTest::newRow("80 mmHg") << number(80) << Unit::MillimetreOfMercury << Unit::Kilopascal << number(107, -1);
        QTest::newRow("16.0 kPa") << number(160, -1) << Unit::Kilopascal << Unit::MillimetreOfMercury << number(120);
        // 1 lb = 0.45359237 kg: 70 kg = 154.3236 lb; 154.32 lb = 69.998 kg
        QTest::newRow("70.000 kg") << number(70000, -3) << Unit::Kilogram << Unit::Pound << number(154324, -3);
        QTest::newRow("154.32 lb") << number(15432, -2) << Unit::Pound << Unit::Kilogram << number(7000, -2);
        // 1 in = 0.0254 m: 1.750 m = 68.898 in
        QTest::newRow("1.750 m") << number(1750, -3) << Unit::Metre << Unit::Inch << number(689, -1);
        // 1 kg/L = 10⁶ mg / 10 dL = 10⁵ mg/dL: 95 × 10⁻⁵ kg/L = 95 mg/dL, exactly.
        QTest::newRow("kg/L → mg/dL") << number(95, -5) << Unit::KilogramPerLitre << Unit::MilligramPerDecilitre
                                      << number(95);
        QTest::newRow("mg/dL → kg/L") << number(95) << Unit::MilligramPerDecilitre << Unit::KilogramPerLitre
                                      << number(95, -5);
        // 1 mol/L = 10³ mmol/L: 55 × 10⁻⁴ mol/L = 5.5 mmol/L, exactly.
        QTest::newRow("mol/L → mmol/L") << number(55, -4) << Unit::MolePerLitre << Unit::MillimolePerLitre
                                        << number(55, -1);
        QTest::newRow("same unit") << number(123, -1) << Unit::Kilopascal << Unit::Kilopascal << number(123, -1);
        QTest::newRow("NRes stays NRes") << MedicalFloat::special(Kind::NRes) << Unit::DegreeCelsius
                                         << Unit::DegreeFahrenheit << MedicalFloat::special(Kind::NRes);
        QTest::newRow("unsuccessful stays") << MedicalFloat::special(Kind::Unsuccessful) << Unit::Kilogram
                                            << Unit::Pound << MedicalFloat::special(Kind::Unsuccessful);
        QTest::newRow("-INF stays") << MedicalFloat::special(Kind::NegativeInfinity) << Unit::DegreeCelsius
                                    << Unit::DegreeFahrenheit << MedicalFloat::special(Kind::NegativeInfinity);
    }
    void conversions()
    {
        QFETCH(MedicalFloat, value);
        QFETCH(Unit, from);
        QFETCH(Unit, to);
        QFETCH(MedicalFloat, expected);
        const auto converted = convert(value, from, to);
        QVERIFY(converted.ok());
        QCOMPARE(converted->kind(), expected.kind());
        QCOMPARE(converted->mantissa(), expected.mantissa());
        QCOMPARE(converted->exponent(), expected.exponent());
    }

    void undefinedConversionsAreErrors()
    {
        QCOMPARE(convert(number(120), Unit::MillimetreOfMercury, Unit::DegreeCelsius).error().code(),
                 u"health.conversion"_s);
        // Mass to molar glucose needs a molar mass: not done silently.
        QCOMPARE(convert(number(95), Unit::MilligramPerDecilitre, Unit::MillimolePerLitre).error().code(),
                 u"health.conversion"_s);
        QCOMPARE(convert(number(1, 100000), Unit::Kilogram, Unit::Pound).error().code(), u"health.conversion"_s);
        QCOMPARE(convert(number(std::numeric_limits<qint64>::max()), Unit::Kilogram, Unit::Pound).error().code(),
                 u"health.conversion"_s);
    }

    void unitSymbolsAndCodes()
    {
        QCOMPARE(unitSymbol(Unit::MillimetreOfMercury), u"mmHg"_s);
        QCOMPARE(unitSymbol(Unit::DegreeCelsius), u"°C"_s);
        QCOMPARE(unitSymbol(Unit::MilligramPerDecilitre), u"mg/dL"_s);
        QCOMPARE(unitSymbol(Unit::None), QString());
        QCOMPARE(ucumCode(Unit::MillimetreOfMercury), u"mm[Hg]"_s);
        QCOMPARE(ucumCode(Unit::BeatsPerMinute), u"/min"_s);
        QCOMPARE(ucumCode(Unit::Pound), u"[lb_av]"_s);
    }

    // ---- Device Information ----

    void deviceInformationText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QByteArray("Pasban Medical") << u"Pasban Medical"_s;
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("trailing NULs") << QByteArray("Model X\0\0\0", 10) << u"Model X"_s;
        // A fixed buffer: terminator, then stale bytes (not even UTF-8) that are ignored.
        QTest::newRow("junk after NUL") << QByteArray("SN123\0\xFF\xFE", 8) << u"SN123"_s;
        QTest::newRow("Persian UTF-8") << QByteArray("\xD9\xBE\xD8\xA7\xD8\xB3\xD8\xA8\xD8\xA7\xD9\x86") << u"پاسبان"_s;
        // U+202E (right-to-left override) and a newline would reorder or split what is shown.
        QTest::newRow("bidi override, newline") << QByteArray("AB\xE2\x80\xAE"
                                                              "CD\nEF")
                                                << u"AB\uFFFDCD\uFFFDEF"_s;
        QTest::newRow("512 octets") << QByteArray(512, 'a') << QString(512, u'a');
    }
    void deviceInformationText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        const auto decoded = DeviceInformation::decodeText(bytes);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value(), text);
    }

    void deviceInformationTextErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("invalid UTF-8") << QByteArray("\xC3\x28");
        QTest::newRow("sequence cut off") << QByteArray("ok\xD9");
        QTest::newRow("513 octets") << QByteArray(513, 'a');
    }
    void deviceInformationTextErrors()
    {
        QFETCH(QByteArray, bytes);
        const auto decoded = DeviceInformation::decodeText(bytes);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code(), u"health.malformed"_s);
    }

    void deviceInformationNames()
    {
        QVERIFY(DeviceInformation::isTextCharacteristic(DeviceInformation::SerialNumber));
        QVERIFY(!DeviceInformation::isTextCharacteristic(DeviceInformation::SystemIdUuid));
        QVERIFY(!DeviceInformation::isTextCharacteristic(DeviceInformation::PnpIdUuid));
        QCOMPARE(QString::fromUtf8(DeviceInformation::characteristicName(0x2A29)), u"Manufacturer"_s);
        QVERIFY(!DeviceInformation::characteristicName(0x2A37));
    }

    void pnpId()
    {
        // Source 1 (Bluetooth SIG) | vendor 0x0059 (Nordic Semiconductor) | product 0x1234 | version 0x0100
        auto sig = PnpId::decode(hex("01590034120001"));
        QVERIFY(sig.ok());
        QCOMPARE(sig->vendorIdSource, quint8(PnpId::VendorIdSource::BluetoothSig));
        QCOMPARE(sig->vendorId, quint16(0x0059));
        QCOMPARE(sig->productId, quint16(0x1234));
        QCOMPARE(sig->productVersion, quint16(0x0100));
        QVERIFY(sig->isKnownSource());

        // Source 2 (USB-IF) | vendor 0x1D6B | product 0x0146 | version 0x0110
        auto usb = PnpId::decode(hex("026B1D46011001"));
        QVERIFY(usb.ok());
        QCOMPARE(usb->vendorIdSource, quint8(PnpId::VendorIdSource::UsbImplementersForum));
        QCOMPARE(usb->vendorId, quint16(0x1D6B));

        // Reserved source: kept as sent, flagged unknown.
        auto reserved = PnpId::decode(hex("00590034120001"));
        QVERIFY(reserved.ok());
        QVERIFY(!reserved->isKnownSource());

        QCOMPARE(PnpId::decode(hex("015900341200")).error().code(), u"health.truncated"_s);
        QCOMPARE(PnpId::decode(hex("0159003412000100")).error().code(), u"health.malformed"_s);
    }

    void systemId()
    {
        // Little-endian: manufacturer identifier (40 bits) EF CD AB 89 67, then OUI (24 bits) 45 23 01.
        auto id = SystemId::decode(hex("EFCDAB8967452301"));
        QVERIFY(id.ok());
        QCOMPARE(id->manufacturerIdentifier, quint64(0x6789ABCDEF));
        QCOMPARE(id->organizationallyUniqueIdentifier, quint32(0x012345));
        QCOMPARE(SystemId::decode(hex("EFCDAB89674523")).error().code(), u"health.truncated"_s);
        QCOMPARE(SystemId::decode(hex("EFCDAB896745230100")).error().code(), u"health.malformed"_s);
    }
};

QTEST_GUILESS_MAIN(TestHealthDecoders)
#include "tst_HealthDecoders.moc"
