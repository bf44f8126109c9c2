#pragma once

#include "MedicalFloat.h"

#include <QtGlobal>

#include <optional>

// The two number formats of IEEE 11073-20601 (Annex F.8) that Bluetooth health
// profiles use; the GATT Specification Supplement calls them medfloat16 and
// medfloat32. Both are little-endian on air; these functions take the value
// already assembled (ByteReader does that).
namespace pasban::health {

// SFLOAT: 4-bit signed exponent (high nibble), 12-bit signed mantissa.
// Specials are whole 16-bit codes (exponent 0): 0x07FF NaN, 0x0800 NRes,
// 0x07FE +INF, 0x0802 −INF, 0x0801 reserved. With any other exponent the same
// mantissa is an ordinary number (0x17FF is 2047 × 10¹).
[[nodiscard]] MedicalFloat decodeSfloat(quint16 raw);

// FLOAT: 8-bit signed exponent (high byte), 24-bit signed mantissa.
// Specials: 0x007FFFFF NaN, 0x00800000 NRes, 0x007FFFFE +INF, 0x00800002 −INF,
// 0x00800001 reserved.
[[nodiscard]] MedicalFloat decodeFloat(quint32 raw);

// The reverse, for the simulator and tests. Trailing zeros of the mantissa are
// traded for exponent (and back) only where that loses nothing; a value that
// still does not fit, or that would collide with a special code (2047 × 10⁰ is
// NaN's code), or "measurement unsuccessful" (not an 11073 value), gives nullopt.
[[nodiscard]] std::optional<quint16> encodeSfloat(const MedicalFloat &value);
[[nodiscard]] std::optional<quint32> encodeFloat(const MedicalFloat &value);

} // namespace pasban::health
