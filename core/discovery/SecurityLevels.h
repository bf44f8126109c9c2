#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QList>

namespace pasban::discovery {

// LE GATT Security Levels characteristic (0x2BF5, GATT Specification Supplement
// §3.129): the device's own declaration of the security it requires, a list of
// (security mode, security level) octet pairs.
struct SecurityLevelRequirement
{
    quint8 mode = 0; // 1 = LE security mode 1 (encryption), 2 = mode 2 (data signing), 3 = mode 3 (broadcast)
    quint8 level = 0; // mode 1: 1 none, 2 unauthenticated, 3 authenticated, 4 authenticated LE SC

    friend bool operator==(const SecurityLevelRequirement &, const SecurityLevelRequirement &) = default;
};

class SecurityLevels
{
public:
    // An empty value, an odd number of octets, a mode other than 1–3, or a level not
    // defined in its mode (mode 1: 1–4, mode 2: 1–2, mode 3: 1–3) are errors ("discovery.securitylevels.malformed").
    [[nodiscard]] static Result<QList<SecurityLevelRequirement>> parse(QByteArrayView value);

    // The highest level required in LE security mode 1, or 1 (no security) when the
    // list has no mode-1 entry.
    [[nodiscard]] static quint8 mode1Level(const QList<SecurityLevelRequirement> &requirements);
};

} // namespace pasban::discovery
