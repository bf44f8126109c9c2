#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QString>

namespace pasban::operators {

// The minimum password policy (documented in README "Operators and roles"):
//  - at least MinimumPasswordLength characters (Unicode code points);
//  - not the operator's name (case-insensitive, ignoring surrounding spaces);
//  - not all of one class: at least two of letters, digits and other signs.
// The password arrives as UTF-8 in SecureBytes; the decoded copy is wiped.
inline constexpr int MinimumPasswordLength = 12;

[[nodiscard]] Status checkPasswordPolicy(const QString &operatorName, const crypto::SecureBytes &password);

} // namespace pasban::operators
