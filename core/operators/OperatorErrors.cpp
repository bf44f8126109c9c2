#include "OperatorErrors.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::operators {

Error passwordTooShort(int minimum)
{
    return Error(u"operator.password_policy"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "The password must be at least %1 characters long."),
                 {QString::number(minimum)});
}

Error passwordIsName()
{
    return Error(u"operator.password_policy"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "The password must not be the operator's name."));
}

Error passwordOneClass()
{
    return Error(u"operator.password_policy"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The password must mix at least two kinds of characters (letters, digits, other "
                                   "signs)."));
}

Error invalidName(const QString &name)
{
    return Error(u"operator.invalid_name"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "\"%1\" cannot be an operator name: use 1 to 64 letters, digits, dots, hyphens or "
                                   "underscores."),
                 {name});
}

Error operatorExists(const QString &name)
{
    return Error(u"operator.exists"_s, QT_TRANSLATE_NOOP("pasban::Error", "An operator named %1 already exists."),
                 {name});
}

Error operatorNotFound(const QString &name)
{
    return Error(u"operator.not_found"_s, QT_TRANSLATE_NOOP("pasban::Error", "There is no operator named %1."), {name});
}

Error badCredentials()
{
    return Error(u"operator.bad_credentials"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "The operator name or the password is wrong."));
}

Error accountLocked(const QString &name, qint64 minutes)
{
    return Error(u"operator.locked"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The account %1 is locked after too many failed log-ins. Try again in %2 minutes."),
                 {name, QString::number(minutes)});
}

Error accountDisabled(const QString &name)
{
    return Error(
        u"operator.disabled"_s,
        QT_TRANSLATE_NOOP("pasban::Error", "The account %1 is disabled. A clinical engineer can enable it again."),
        {name});
}

Error permissionDenied(const QString &operatorName, const QString &role, const QString &permission)
{
    return Error(u"operator.permission_denied"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "%1 (%2) may not %3. The refusal was recorded in the audit log."),
                 {operatorName, role, permission});
}

Error notLoggedIn()
{
    return Error(u"operator.not_logged_in"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "Nobody is logged in. Log in as an operator first."));
}

Error sessionExpired()
{
    return Error(u"operator.session_expired"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "The emergency access has expired. Log in again."));
}

Error reasonRequired()
{
    return Error(
        u"operator.reason_required"_s,
        QT_TRANSLATE_NOOP("pasban::Error", "Emergency access needs a reason; it is recorded in the audit log."));
}

Error samePerson()
{
    return Error(u"operator.second_person"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "This action needs a second clinical engineer: the approver must be a different "
                                   "person from the operator."));
}

Error approverNotEngineer(const QString &name)
{
    return Error(
        u"operator.second_person"_s,
        QT_TRANSLATE_NOOP("pasban::Error", "%1 is not an enabled clinical engineer and cannot approve this action."),
        {name});
}

Error lastEngineer()
{
    return Error(u"operator.last_engineer"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "This is the last enabled clinical engineer; add another before disabling it."));
}

Error damagedAccount(const QString &name, const QString &detail)
{
    return Error(u"operator.damaged"_s, QT_TRANSLATE_NOOP("pasban::Error", "The stored account %1 cannot be read."),
                 {name}, detail);
}

} // namespace pasban::operators
