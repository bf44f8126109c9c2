// IEEE 11073 SFLOAT/FLOAT, the little-endian reader, device date-times and unit
// conversion. Every decoded 11073 value must encode back to the same octets.
#include "health/ByteReader.h"
#include "health/Ieee11073.h"
#include "health/MedicalFloat.h"
#include "health/Unit.h"

#include <QByteArrayView>
#include <QLocale>

#include <cstdint>

namespace {

using namespace pasban::health;

void exercise(const MedicalFloat &value)
{
    (void)value.toString(QLocale::c());
    (void)value.toString(QLocale(QLocale::Persian, QLocale::Iran));
    (void)value.toMachineString();
    (void)value.toDouble();
    for (int from = 0; from <= int(Unit::KilogramPerSquareMetre); ++from) {
        for (const Unit to : {Unit::DegreeCelsius, Unit::DegreeFahrenheit, Unit::MillimetreOfMercury, Unit::Kilopascal,
                              Unit::Kilogram, Unit::Pound, Unit::MilligramPerDecilitre, Unit::MillimolePerLitre}) {
            const auto converted = convert(value, Unit(from), to);
            if (converted)
                (void)converted->toString(QLocale::c());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ByteReader reader(bytes);
    // The first octet picks how the rest is read, so every reader method and
    // arbitrary (mantissa, exponent) pairs get exercised.
    const quint8 mode = reader.u8();
    while (reader.ok() && !reader.atEnd()) {
        switch (mode % 4) {
        case 0: {
            const quint16 raw = reader.u16();
            if (!reader.ok())
                break;
            const MedicalFloat value = decodeSfloat(raw);
            const auto again = encodeSfloat(value);
            if (!again || *again != raw)
                __builtin_trap();
            exercise(value);
            break;
        }
        case 1: {
            const quint32 raw = reader.u32();
            if (!reader.ok())
                break;
            const MedicalFloat value = decodeFloat(raw);
            const auto again = encodeFloat(value);
            if (!again || *again != raw)
                __builtin_trap();
            exercise(value);
            break;
        }
        case 2: {
            // Any mantissa and exponent, as a caller of MedicalFloat::finite could pass.
            const quint64 mantissa = reader.u32() | (quint64(reader.u32()) << 32);
            const int exponent = int(reader.u32());
            const MedicalFloat value = MedicalFloat::finite(qint64(mantissa), exponent);
            exercise(value);
            (void)encodeSfloat(value);
            (void)encodeFloat(value);
            break;
        }
        default: {
            const DeviceDateTime t = reader.dateTime();
            (void)t.toIsoString();
            (void)reader.u24();
            (void)reader.s16();
            (void)reader.u40();
            (void)reader.bytes(reader.u8());
            (void)reader.sfloat();
            (void)reader.float32();
            break;
        }
        }
    }
    return 0;
}
