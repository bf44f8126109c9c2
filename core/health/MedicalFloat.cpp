#include "MedicalFloat.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace pasban::health {

MedicalFloat MedicalFloat::finite(qint64 mantissa, int exponent)
{
    MedicalFloat value;
    value.m_kind = Kind::Finite;
    value.m_mantissa = mantissa;
    value.m_exponent = exponent;
    return value;
}

MedicalFloat MedicalFloat::special(Kind kind)
{
    MedicalFloat value;
    // finite() is the only way to make a number, so a caller cannot smuggle a
    // mantissa into a special.
    value.m_kind = kind == Kind::Finite ? Kind::NaN : kind;
    return value;
}

double MedicalFloat::toDouble() const
{
    switch (m_kind) {
    case Kind::Finite:
        // Dividing by an exact power of ten (10^k is exact for k <= 22) keeps
        // 0.1-style values correctly rounded, which multiplying by 10^-k would not.
        // (In double: negating an int exponent could overflow.)
        if (m_exponent >= 0)
            return double(m_mantissa) * std::pow(10.0, double(m_exponent));
        return double(m_mantissa) / std::pow(10.0, -double(m_exponent));
    case Kind::PositiveInfinity:
        return std::numeric_limits<double>::infinity();
    case Kind::NegativeInfinity:
        return -std::numeric_limits<double>::infinity();
    case Kind::NaN:
    case Kind::NRes:
    case Kind::Reserved:
    case Kind::Unsuccessful:
        break;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

const char *MedicalFloat::specialName(Kind kind)
{
    switch (kind) {
    case Kind::Finite:
        return nullptr;
    case Kind::NaN:
        return QT_TRANSLATE_NOOP("pasban::health", "not a number");
    case Kind::NRes:
        return QT_TRANSLATE_NOOP("pasban::health", "not at this resolution");
    case Kind::PositiveInfinity:
        return QT_TRANSLATE_NOOP("pasban::health", "+infinity");
    case Kind::NegativeInfinity:
        return QT_TRANSLATE_NOOP("pasban::health", "−infinity");
    case Kind::Reserved:
        return QT_TRANSLATE_NOOP("pasban::health", "reserved value");
    case Kind::Unsuccessful:
        return QT_TRANSLATE_NOOP("pasban::health", "measurement unsuccessful");
    }
    return nullptr;
}

namespace {

int decimalDigits(qint64 mantissa)
{
    quint64 magnitude = mantissa < 0 ? 0 - quint64(mantissa) : quint64(mantissa);
    int digits = 1;
    while (magnitude >= 10) {
        magnitude /= 10;
        ++digits;
    }
    return digits;
}

// Fixed notation as far as a double carries the digits exactly; beyond that
// (an 8-bit FLOAT exponent reaches ±128) scientific notation with the
// mantissa's own significant digits, so no invented digits appear.
QString formatFinite(qint64 mantissa, int exponent, double value, const QLocale &locale)
{
    constexpr int FixedLimit = 20;
    if (exponent >= 0 && exponent <= FixedLimit) {
        qint64 scaled = mantissa;
        bool fits = true;
        for (int i = 0; i < exponent && fits; ++i)
            fits = !qMulOverflow(scaled, qint64(10), &scaled);
        if (fits)
            return locale.toString(scaled);
    } else if (exponent < 0 && exponent >= -FixedLimit) {
        return locale.toString(value, 'f', -exponent);
    }
    return locale.toString(value, 'e', decimalDigits(mantissa) - 1);
}

} // namespace

QString MedicalFloat::toString(const QLocale &locale) const
{
    if (m_kind != Kind::Finite)
        return QCoreApplication::translate("pasban::health", specialName(m_kind));
    return formatFinite(m_mantissa, m_exponent, toDouble(), locale);
}

QString MedicalFloat::toMachineString() const
{
    switch (m_kind) {
    case Kind::Finite:
        return formatFinite(m_mantissa, m_exponent, toDouble(), QLocale::c());
    case Kind::NaN:
        return u"NaN"_s;
    case Kind::NRes:
        return u"NRes"_s;
    case Kind::PositiveInfinity:
        return u"+INF"_s;
    case Kind::NegativeInfinity:
        return u"-INF"_s;
    case Kind::Reserved:
        return u"reserved"_s;
    case Kind::Unsuccessful:
        return u"unsuccessful"_s;
    }
    return {};
}

} // namespace pasban::health
