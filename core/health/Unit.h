#pragma once

#include "MedicalFloat.h"
#include "common/Result.h"

#include <QString>

namespace pasban::health {

// The units Bluetooth health measurements arrive in, plus the clinical units a
// display may convert them to. Decoders report the unit the device used;
// nothing is converted unless a caller asks (convert()).
enum class Unit : quint8 {
    None,
    Percent,
    BeatsPerMinute,
    Kilojoule,
    Second,
    Minute,
    DegreeCelsius,
    DegreeFahrenheit,
    MillimetreOfMercury,
    Kilopascal,
    KilogramPerLitre, // Glucose Measurement, "kg/L" flag
    MolePerLitre, // Glucose Measurement, "mol/L" flag
    MilligramPerDecilitre, // CGM Measurement; clinical glucose unit
    MillimolePerLitre, // clinical glucose unit
    MilligramPerDecilitrePerMinute, // CGM trend
    Kilogram,
    Pound,
    Metre,
    Inch,
    KilogramPerSquareMetre, // body mass index
};

// The symbol shown to people ("mmHg", "°C", "bpm"), through tr() so a language
// can write it its own way; empty for None.
[[nodiscard]] QString unitSymbol(Unit unit);
// The UCUM code for machine outputs and FHIR ("mm[Hg]", "Cel", "/min"); "1" for None.
[[nodiscard]] QString ucumCode(Unit unit);

// Converts between °C and °F, mmHg and kPa, kg and lb, m and in, kg/L and mg/dL,
// mol/L and mmol/L (each way). Powers of ten (the glucose pairs) only move the
// exponent, so they are exact. The others are rounded to the resolution the
// source value implies, scaled by the conversion: 120 mmHg → 16.0 kPa,
// 36.6 °C → 97.9 °F, 70.000 kg → 154.324 lb. Specials pass through unchanged.
// Glucose mass and molar units are not converted into each other: that needs the
// molar mass, a clinical choice left to the caller. Any other pair is an error
// ("health.conversion").
[[nodiscard]] Result<MedicalFloat> convert(const MedicalFloat &value, Unit from, Unit to);

} // namespace pasban::health
