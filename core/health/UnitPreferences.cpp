#include "UnitPreferences.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace pasban::health {

namespace {

enum class Quantity { Other, Temperature, Pressure, Glucose, Weight };

Quantity quantityOf(Unit unit)
{
    switch (unit) {
    case Unit::DegreeCelsius:
    case Unit::DegreeFahrenheit:
        return Quantity::Temperature;
    case Unit::MillimetreOfMercury:
    case Unit::Kilopascal:
        return Quantity::Pressure;
    case Unit::KilogramPerLitre:
    case Unit::MolePerLitre:
    case Unit::MilligramPerDecilitre:
    case Unit::MillimolePerLitre:
        return Quantity::Glucose;
    case Unit::Kilogram:
    case Unit::Pound:
        return Quantity::Weight;
    default:
        return Quantity::Other;
    }
}

bool isMolar(Unit unit)
{
    return unit == Unit::MolePerLitre || unit == Unit::MillimolePerLitre;
}

// Glucose across mass and molar units through the clinical pair mg/dL ↔ mmol/L,
// keeping the resolution the source implies (as convert() does): 101 mg/dL →
// 5.6 mmol/L, 5.6 mmol/L → 101 mg/dL.
Result<MedicalFloat> convertGlucose(const MedicalFloat &value, Unit from, Unit to)
{
    const Unit fromClinical = isMolar(from) ? Unit::MillimolePerLitre : Unit::MilligramPerDecilitre;
    const Unit toClinical = isMolar(to) ? Unit::MillimolePerLitre : Unit::MilligramPerDecilitre;
    Result<MedicalFloat> clinical = convert(value, from, fromClinical);
    if (!clinical || !clinical->isFinite())
        return clinical; // an error, or a special, which stays what it is
    if (fromClinical == toClinical)
        return convert(*clinical, fromClinical, to);
    const double milligramPerDecilitrePerMillimole = GlucoseMolarMassGramPerMole / 10.0;
    const double factor = toClinical == Unit::MillimolePerLitre ? 1.0 / milligramPerDecilitrePerMillimole
                                                                : milligramPerDecilitrePerMillimole;
    const int exponent = clinical->exponent() + int(std::lround(std::log10(factor)));
    const double scaled = clinical->toDouble() * factor / std::pow(10.0, exponent);
    if (!std::isfinite(scaled) || std::fabs(scaled) > 9.0e15)
        return convert(value, from, to); // out of range: let convert() name the error
    return convert(MedicalFloat::finite(std::llround(scaled), exponent), toClinical, to);
}

} // namespace

std::optional<Unit> UnitPreferences::preferredFor(Unit sent) const
{
    switch (quantityOf(sent)) {
    case Quantity::Temperature:
        return temperature;
    case Quantity::Pressure:
        return pressure;
    case Quantity::Glucose:
        return glucose;
    case Quantity::Weight:
        return weight;
    case Quantity::Other:
        break;
    }
    return std::nullopt;
}

Result<Reading> inPreferredUnit(const Reading &reading, const UnitPreferences &preferences)
{
    const std::optional<Unit> preferred = preferences.preferredFor(reading.unit);
    if (!preferred || *preferred == reading.unit || quantityOf(*preferred) != quantityOf(reading.unit))
        return reading;
    Result<MedicalFloat> value = quantityOf(reading.unit) == Quantity::Glucose
        ? convertGlucose(reading.value, reading.unit, *preferred)
        : convert(reading.value, reading.unit, *preferred);
    if (!value)
        return value.error();
    Reading converted = reading;
    converted.value = *value;
    converted.unit = *preferred;
    return converted;
}

std::optional<Unit> preferenceUnitFromUcum(QStringView code)
{
    for (Unit unit : {Unit::DegreeCelsius, Unit::DegreeFahrenheit, Unit::MillimetreOfMercury, Unit::Kilopascal,
                      Unit::MilligramPerDecilitre, Unit::MillimolePerLitre, Unit::Kilogram, Unit::Pound}) {
        if (ucumCode(unit) == code)
            return unit;
    }
    return std::nullopt;
}

} // namespace pasban::health
