#include "PasswordPolicy.h"

#include "OperatorErrors.h"

namespace pasban::operators {

namespace {

// Overwrites a QString's characters before it is released.
void wipeString(QString &text)
{
    text.detach();
    for (QChar &c : text)
        c = QChar(u'\0');
    text.clear();
}

} // namespace

Status checkPasswordPolicy(const QString &operatorName, const crypto::SecureBytes &password)
{
    QString text = QString::fromUtf8(password.view());
    qsizetype length = 0; // code points: a surrogate pair is one character
    bool letter = false;
    bool digit = false;
    bool other = false;
    for (const QChar c : std::as_const(text)) {
        if (!c.isLowSurrogate())
            ++length;
        if (c.isLetter())
            letter = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const bool isName = text.trimmed().compare(operatorName.trimmed(), Qt::CaseInsensitive) == 0;
    wipeString(text);
    if (length < MinimumPasswordLength)
        return passwordTooShort(MinimumPasswordLength);
    if (isName)
        return passwordIsName();
    if (int(letter) + int(digit) + int(other) < 2)
        return passwordOneClass();
    return {};
}

} // namespace pasban::operators
