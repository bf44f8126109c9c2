#include "Ieee11073.h"

#include <array>
#include <utility>

namespace pasban::health {

namespace {

using Kind = MedicalFloat::Kind;

struct Format
{
    int mantissaBits;
    int exponentBits;
    // (code, kind) for the five specials; every code has exponent 0.
    std::array<std::pair<quint32, Kind>, 5> specials;
};

constexpr Format Sfloat {12,
                         4,
                         {{{0x07FF, Kind::NaN},
                           {0x0800, Kind::NRes},
                           {0x07FE, Kind::PositiveInfinity},
                           {0x0802, Kind::NegativeInfinity},
                           {0x0801, Kind::Reserved}}}};

constexpr Format Float {24,
                        8,
                        {{{0x007FFFFF, Kind::NaN},
                          {0x00800000, Kind::NRes},
                          {0x007FFFFE, Kind::PositiveInfinity},
                          {0x00800002, Kind::NegativeInfinity},
                          {0x00800001, Kind::Reserved}}}};

qint64 signExtend(quint32 field, int bits)
{
    const qint64 value = field & ((quint32(1) << bits) - 1);
    return value >= (qint64(1) << (bits - 1)) ? value - (qint64(1) << bits) : value;
}

MedicalFloat decode(quint32 raw, const Format &format)
{
    for (const auto &[code, kind] : format.specials) {
        if (raw == code)
            return MedicalFloat::special(kind);
    }
    const qint64 mantissa = signExtend(raw, format.mantissaBits);
    const int exponent = int(signExtend(raw >> format.mantissaBits, format.exponentBits));
    return MedicalFloat::finite(mantissa, exponent);
}

std::optional<quint32> encode(const MedicalFloat &value, const Format &format)
{
    if (!value.isFinite()) {
        for (const auto &[code, kind] : format.specials) {
            if (value.kind() == kind)
                return code;
        }
        return std::nullopt;
    }
    const qint64 mantissaMax = (qint64(1) << (format.mantissaBits - 1)) - 1;
    const qint64 mantissaMin = -(qint64(1) << (format.mantissaBits - 1));
    const int exponentMax = (1 << (format.exponentBits - 1)) - 1;
    const int exponentMin = -(1 << (format.exponentBits - 1));

    qint64 mantissa = value.mantissa();
    qint64 exponent = value.exponent();
    if (mantissa == 0) {
        exponent = qBound(qint64(exponentMin), exponent, qint64(exponentMax));
    } else {
        while ((mantissa > mantissaMax || mantissa < mantissaMin || exponent < exponentMin) && mantissa % 10 == 0) {
            mantissa /= 10;
            ++exponent;
        }
        while (exponent > exponentMax && mantissa <= mantissaMax / 10 && mantissa >= mantissaMin / 10) {
            mantissa *= 10;
            --exponent;
        }
    }
    if (mantissa > mantissaMax || mantissa < mantissaMin || exponent > exponentMax || exponent < exponentMin)
        return std::nullopt;

    const quint32 raw = ((quint32(exponent) & ((quint32(1) << format.exponentBits) - 1)) << format.mantissaBits)
        | (quint32(mantissa) & ((quint32(1) << format.mantissaBits) - 1));
    for (const auto &special : format.specials) {
        if (raw == special.first)
            return std::nullopt;
    }
    return raw;
}

} // namespace

MedicalFloat decodeSfloat(quint16 raw)
{
    return decode(raw, Sfloat);
}

MedicalFloat decodeFloat(quint32 raw)
{
    return decode(raw, Float);
}

std::optional<quint16> encodeSfloat(const MedicalFloat &value)
{
    const auto raw = encode(value, Sfloat);
    if (!raw)
        return std::nullopt;
    return quint16(*raw);
}

std::optional<quint32> encodeFloat(const MedicalFloat &value)
{
    return encode(value, Float);
}

} // namespace pasban::health
