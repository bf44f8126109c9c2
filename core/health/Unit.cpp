#include "Unit.h"

#include "HealthErrors.h"

#include <QCoreApplication>

#include <cmath>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace pasban::health {

namespace {

const char *symbolSource(Unit unit)
{
    switch (unit) {
    case Unit::None:
        return nullptr;
    case Unit::Percent:
        return QT_TRANSLATE_NOOP("pasban::health", "%");
    case Unit::BeatsPerMinute:
        return QT_TRANSLATE_NOOP("pasban::health", "bpm");
    case Unit::Kilojoule:
        return QT_TRANSLATE_NOOP("pasban::health", "kJ");
    case Unit::Second:
        return QT_TRANSLATE_NOOP("pasban::health", "s");
    case Unit::Minute:
        return QT_TRANSLATE_NOOP("pasban::health", "min");
    case Unit::DegreeCelsius:
        return QT_TRANSLATE_NOOP("pasban::health", "°C");
    case Unit::DegreeFahrenheit:
        return QT_TRANSLATE_NOOP("pasban::health", "°F");
    case Unit::MillimetreOfMercury:
        return QT_TRANSLATE_NOOP("pasban::health", "mmHg");
    case Unit::Kilopascal:
        return QT_TRANSLATE_NOOP("pasban::health", "kPa");
    case Unit::KilogramPerLitre:
        return QT_TRANSLATE_NOOP("pasban::health", "kg/L");
    case Unit::MolePerLitre:
        return QT_TRANSLATE_NOOP("pasban::health", "mol/L");
    case Unit::MilligramPerDecilitre:
        return QT_TRANSLATE_NOOP("pasban::health", "mg/dL");
    case Unit::MillimolePerLitre:
        return QT_TRANSLATE_NOOP("pasban::health", "mmol/L");
    case Unit::MilligramPerDecilitrePerMinute:
        return QT_TRANSLATE_NOOP("pasban::health", "mg/dL/min");
    case Unit::Kilogram:
        return QT_TRANSLATE_NOOP("pasban::health", "kg");
    case Unit::Pound:
        return QT_TRANSLATE_NOOP("pasban::health", "lb");
    case Unit::Metre:
        return QT_TRANSLATE_NOOP("pasban::health", "m");
    case Unit::Inch:
        return QT_TRANSLATE_NOOP("pasban::health", "in");
    case Unit::KilogramPerSquareMetre:
        return QT_TRANSLATE_NOOP("pasban::health", "kg/m²");
    }
    return nullptr;
}

// to = (from + before) × factor + after. exactShift is set when factor is a
// power of ten and there is no offset: then only the exponent moves.
struct Linear
{
    Unit from;
    Unit to;
    double before;
    double factor;
    double after;
    std::optional<int> exactShift;
};

// The conventional millimetre of mercury is 133.322387415 Pa; the avoirdupois
// pound is 0.45359237 kg and the inch 0.0254 m exactly (international
// yard and pound agreement, 1959); °F = °C × 9/5 + 32.
constexpr double PascalPerMmHg = 133.322387415;
constexpr double KilogramPerPound = 0.45359237;
constexpr double MetrePerInch = 0.0254;

const Linear Conversions[] = {
    {Unit::DegreeCelsius, Unit::DegreeFahrenheit, 0.0, 9.0 / 5.0, 32.0, std::nullopt},
    {Unit::DegreeFahrenheit, Unit::DegreeCelsius, -32.0, 5.0 / 9.0, 0.0, std::nullopt},
    {Unit::MillimetreOfMercury, Unit::Kilopascal, 0.0, PascalPerMmHg / 1000.0, 0.0, std::nullopt},
    {Unit::Kilopascal, Unit::MillimetreOfMercury, 0.0, 1000.0 / PascalPerMmHg, 0.0, std::nullopt},
    {Unit::Kilogram, Unit::Pound, 0.0, 1.0 / KilogramPerPound, 0.0, std::nullopt},
    {Unit::Pound, Unit::Kilogram, 0.0, KilogramPerPound, 0.0, std::nullopt},
    {Unit::Metre, Unit::Inch, 0.0, 1.0 / MetrePerInch, 0.0, std::nullopt},
    {Unit::Inch, Unit::Metre, 0.0, MetrePerInch, 0.0, std::nullopt},
    // 1 kg/L = 10⁶ mg / 10 dL = 10⁵ mg/dL; 1 mol/L = 10³ mmol/L.
    {Unit::KilogramPerLitre, Unit::MilligramPerDecilitre, 0.0, 1e5, 0.0, 5},
    {Unit::MilligramPerDecilitre, Unit::KilogramPerLitre, 0.0, 1e-5, 0.0, -5},
    {Unit::MolePerLitre, Unit::MillimolePerLitre, 0.0, 1e3, 0.0, 3},
    {Unit::MillimolePerLitre, Unit::MolePerLitre, 0.0, 1e-3, 0.0, -3},
};

// Far beyond any 11073 exponent (FLOAT reaches ±128), near enough that
// 10^exponent stays a finite double.
constexpr qint64 ExponentLimit = 280;

} // namespace

QString unitSymbol(Unit unit)
{
    const char *source = symbolSource(unit);
    return source ? QCoreApplication::translate("pasban::health", source) : QString();
}

QString ucumCode(Unit unit)
{
    switch (unit) {
    case Unit::None:
        return u"1"_s;
    case Unit::Percent:
        return u"%"_s;
    case Unit::BeatsPerMinute:
        return u"/min"_s;
    case Unit::Kilojoule:
        return u"kJ"_s;
    case Unit::Second:
        return u"s"_s;
    case Unit::Minute:
        return u"min"_s;
    case Unit::DegreeCelsius:
        return u"Cel"_s;
    case Unit::DegreeFahrenheit:
        return u"[degF]"_s;
    case Unit::MillimetreOfMercury:
        return u"mm[Hg]"_s;
    case Unit::Kilopascal:
        return u"kPa"_s;
    case Unit::KilogramPerLitre:
        return u"kg/L"_s;
    case Unit::MolePerLitre:
        return u"mol/L"_s;
    case Unit::MilligramPerDecilitre:
        return u"mg/dL"_s;
    case Unit::MillimolePerLitre:
        return u"mmol/L"_s;
    case Unit::MilligramPerDecilitrePerMinute:
        return u"mg/dL/min"_s;
    case Unit::Kilogram:
        return u"kg"_s;
    case Unit::Pound:
        return u"[lb_av]"_s;
    case Unit::Metre:
        return u"m"_s;
    case Unit::Inch:
        return u"[in_i]"_s;
    case Unit::KilogramPerSquareMetre:
        return u"kg/m2"_s;
    }
    return {};
}

Result<MedicalFloat> convert(const MedicalFloat &value, Unit from, Unit to)
{
    if (from == to)
        return value;
    const Linear *linear = nullptr;
    for (const Linear &candidate : Conversions) {
        if (candidate.from == from && candidate.to == to)
            linear = &candidate;
    }
    if (!linear)
        return errors::conversion(u"no conversion from %1 to %2"_s.arg(ucumCode(from), ucumCode(to)));
    if (!value.isFinite())
        return value;
    if (qAbs(qint64(value.exponent())) > ExponentLimit)
        return errors::conversion(u"exponent %1 out of range"_s.arg(value.exponent()));

    if (linear->exactShift)
        return MedicalFloat::finite(value.mantissa(), value.exponent() + *linear->exactShift);

    // The source's resolution, 10^exponent, becomes 10^exponent × factor; the
    // nearest power of ten to that is the resolution worth showing.
    const int exponent = value.exponent() + int(std::lround(std::log10(linear->factor)));
    const double converted = (value.toDouble() + linear->before) * linear->factor + linear->after;
    const double scaled = converted / std::pow(10.0, exponent);
    // qint64 holds up to 9.2 × 10^18; an 11073 mantissa is at most 2^23.
    if (!std::isfinite(scaled) || std::abs(scaled) >= 9e18)
        return errors::conversion(u"%1 is too large to convert"_s.arg(value.toMachineString()));
    return MedicalFloat::finite(std::llround(scaled), exponent);
}

} // namespace pasban::health
