#pragma once

#include "common/Error.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

// The errors every decoder returns, so a measurement that cannot be trusted is
// reported the same way whatever its kind. The code says what went wrong; the
// detail (English, technical) names the characteristic and the octet counts.
namespace pasban::health::errors {

// Fewer octets than the flags (or the size field) announce: "health.truncated".
[[nodiscard]] Error truncated(QStringView characteristic, qsizetype received, qsizetype needed);
// Octets that break the layout: trailing garbage where the specification leaves
// none, a size field that matches no layout, invalid text: "health.malformed".
[[nodiscard]] Error malformed(QStringView characteristic, const QString &why);
// Extra octets after a complete value where the specification leaves none.
[[nodiscard]] Error trailing(QStringView characteristic, qsizetype received, qsizetype expected);
// The usual check once the flags fix a length: truncated when shorter, trailing
// when longer, nullopt when exact.
[[nodiscard]] std::optional<Error> checkLength(QStringView characteristic, qsizetype received, qsizetype expected);
// The E2E-CRC does not match the record: "health.crc".
[[nodiscard]] Error crcMismatch(QStringView characteristic, quint16 received, quint16 computed);
// Flags this decoder does not know (reserved for future use) or a characteristic
// it does not decode: "health.unsupported". Reserved flags are refused, not
// ignored: they may announce fields this decoder would misread as others.
[[nodiscard]] Error reservedFlags(QStringView characteristic, quint32 flags, quint32 known);
[[nodiscard]] Error unsupported(const QString &why);
// A unit conversion that is not defined: "health.conversion".
[[nodiscard]] Error conversion(const QString &why);

} // namespace pasban::health::errors
