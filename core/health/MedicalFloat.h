#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace pasban::health {

// A measured value as IEEE 11073-20601 carries it (SFLOAT, FLOAT): an exact decimal,
// mantissa × 10^exponent, or one of the special values. The specials stay distinct
// from each other and from numbers, because a clinical display must never show a
// number that is not one ("not at this resolution" is not "no value", and neither is
// zero). The exponent is kept, not folded into a double: it says how precise the
// device claims the value is, and 36.0 °C is shown as "36.0", not "36".
class MedicalFloat
{
public:
    enum class Kind : quint8 {
        Finite,
        NaN, // not a number: the device has no valid value
        NRes, // not at this resolution: the value exists but cannot be expressed
        PositiveInfinity,
        NegativeInfinity,
        Reserved, // a code the standard reserves for future use
        // Not an 11073 code: a characteristic's own "measurement unsuccessful"
        // value (Weight Measurement 0xFFFF), kept here so every display path
        // shows it as words.
        Unsuccessful,
    };

    // No value yet: NaN.
    MedicalFloat() = default;
    [[nodiscard]] static MedicalFloat finite(qint64 mantissa, int exponent);
    [[nodiscard]] static MedicalFloat special(Kind kind);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isFinite() const { return m_kind == Kind::Finite; }
    // Only meaningful when isFinite().
    [[nodiscard]] qint64 mantissa() const { return m_mantissa; }
    [[nodiscard]] int exponent() const { return m_exponent; }

    // NaN for NaN, NRes, Reserved and Unsuccessful; ±infinity for the infinities.
    [[nodiscard]] double toDouble() const;

    // For people: a number in the locale's digits with as many decimals as the
    // exponent implies (exponent -2 → two decimals), or the translated name of
    // the special ("not at this resolution").
    [[nodiscard]] QString toString(const QLocale &locale = QLocale()) const;
    // For machines (CLI JSON, logs, exports): C-locale number, or a stable code
    // word for a special: "NaN", "NRes", "+INF", "-INF", "reserved", "unsuccessful".
    [[nodiscard]] QString toMachineString() const;
    // The English source text of a special's name (translation context
    // "pasban::health"); null for Finite.
    [[nodiscard]] static const char *specialName(Kind kind);

    friend bool operator==(const MedicalFloat &, const MedicalFloat &) = default;

private:
    Kind m_kind = Kind::NaN;
    qint64 m_mantissa = 0;
    int m_exponent = 0;
};

} // namespace pasban::health
