#include "CryptoSupport.h"

#include <openssl/err.h>

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace pasban::crypto::detail {

const unsigned char *bytesOf(QByteArrayView view)
{
    static const unsigned char empty = 0;
    return view.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(view.data());
}

QString takeLibraryErrors()
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        char text[256] = {};
        ERR_error_string_n(code, text, sizeof text);
        reasons.append(QString::fromLatin1(text));
    }
    return reasons.join(u"; "_s);
}

Error libraryFailure(const QString &operation)
{
    const QString reasons = takeLibraryErrors();
    return Error(u"crypto.internal"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "A cryptographic operation failed unexpectedly. Please report "
                                   "this to your support team."),
                 {}, reasons.isEmpty() ? operation : operation + u": "_s + reasons);
}

Error invalidArgument(const QString &detail)
{
    return Error(u"crypto.invalid_argument"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "A cryptographic operation was requested with settings Pasban "
                                   "does not accept."),
                 {}, detail);
}

Error invalidKey(const QString &detail)
{
    return Error(u"crypto.invalid_key"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "The key has the wrong size or kind for this operation."), {},
                 detail);
}

} // namespace pasban::crypto::detail
