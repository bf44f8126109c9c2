#pragma once

// The operators module's errors, built in one place so every caller (core, CLI,
// GUI) reports the same situation with the same code and words.

#include "common/Error.h"

#include <QString>

namespace pasban::operators {

// operator.password_policy: too short / equal to the name / one character class.
[[nodiscard]] Error passwordTooShort(int minimum);
[[nodiscard]] Error passwordIsName();
[[nodiscard]] Error passwordOneClass();
// operator.invalid_name
[[nodiscard]] Error invalidName(const QString &name);
// operator.exists
[[nodiscard]] Error operatorExists(const QString &name);
// operator.not_found
[[nodiscard]] Error operatorNotFound(const QString &name);
// operator.bad_credentials: unknown name or wrong password (deliberately the same).
[[nodiscard]] Error badCredentials();
// operator.locked: too many failures; minutes left.
[[nodiscard]] Error accountLocked(const QString &name, qint64 minutes);
// operator.disabled
[[nodiscard]] Error accountDisabled(const QString &name);
// operator.permission_denied
[[nodiscard]] Error permissionDenied(const QString &operatorName, const QString &role, const QString &permission);
// operator.not_logged_in
[[nodiscard]] Error notLoggedIn();
// operator.session_expired: the break-glass session ran out.
[[nodiscard]] Error sessionExpired();
// operator.reason_required
[[nodiscard]] Error reasonRequired();
// operator.second_person: the approver is the same person or not a clinical engineer.
[[nodiscard]] Error samePerson();
[[nodiscard]] Error approverNotEngineer(const QString &name);
// operator.last_engineer: disabling would leave nobody able to manage operators.
[[nodiscard]] Error lastEngineer();
// operator.damaged: a stored account cannot be read.
[[nodiscard]] Error damagedAccount(const QString &name, const QString &detail);

} // namespace pasban::operators
