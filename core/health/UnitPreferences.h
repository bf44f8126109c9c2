#pragma once

#include "Reading.h"
#include "Unit.h"
#include "common/Result.h"

#include <QStringView>

#include <optional>

namespace pasban::health {

// The units an operator asked to see measurements in, per quantity; nullopt
// means "as the device sent it" (nothing is converted unless asked for).
struct UnitPreferences
{
    std::optional<Unit> temperature; // DegreeCelsius | DegreeFahrenheit
    std::optional<Unit> pressure; // MillimetreOfMercury | Kilopascal
    std::optional<Unit> glucose; // MilligramPerDecilitre | MillimolePerLitre
    std::optional<Unit> weight; // Kilogram | Pound

    // The unit a value sent in SENT should be shown in; nullopt to leave it.
    [[nodiscard]] std::optional<Unit> preferredFor(Unit sent) const;
};

// Molar mass of glucose (C6H12O6), 180.156 g/mol: 1 mmol/L = 18.0156 mg/dL. Only
// glucose concentrations are converted between mass and molar units, and only
// here, because only here is the substance known.
inline constexpr double GlucoseMolarMassGramPerMole = 180.156;

// READING in the unit PREFERENCES ask for (the same reading when none applies).
// Specials (NaN, NRes, ±INF, …) stay what they are. Errors as convert().
[[nodiscard]] Result<Reading> inPreferredUnit(const Reading &reading, const UnitPreferences &preferences);

// The unit a UCUM code names, for the units a preference can choose
// ("Cel", "[degF]", "mm[Hg]", "kPa", "mg/dL", "mmol/L", "kg", "[lb_av]"); nullopt otherwise.
[[nodiscard]] std::optional<Unit> preferenceUnitFromUcum(QStringView code);

} // namespace pasban::health
