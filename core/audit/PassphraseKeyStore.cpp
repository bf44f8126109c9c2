#include "PassphraseKeyStore.h"

#include "AuditErrors.h"
#include "crypto/Random.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit {

namespace {

constexpr qsizetype MaxParametersSize = 1024;
constexpr qsizetype MaxSaltSize = 64;
constexpr quint64 MaxN = quint64(1) << 20;
constexpr quint32 MaxR = 32;
constexpr quint32 MaxP = 16;

Error malformed(const QString &why)
{
    return detail::damaged(u"passphrase key parameters: "_s + why);
}

// A JSON number that is a whole number in [minimum, maximum]; JSON numbers are
// doubles, so larger values could not be represented exactly anyway.
std::optional<quint64> wholeNumber(const QJsonValue &value, quint64 minimum, quint64 maximum)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!(number >= double(minimum) && number <= double(maximum)))
        return std::nullopt;
    const auto whole = quint64(number);
    if (double(whole) != number)
        return std::nullopt;
    return whole;
}

} // namespace

QByteArray PassphraseKeyStore::Parameters::toBytes() const
{
    const QJsonObject object {{u"kdf"_s, u"scrypt"_s},
                              {u"salt"_s, QString::fromLatin1(salt.toBase64())},
                              {u"n"_s, double(scrypt.n)},
                              {u"r"_s, double(scrypt.r)},
                              {u"p"_s, double(scrypt.p)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<PassphraseKeyStore::Parameters> PassphraseKeyStore::Parameters::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() > MaxParametersSize)
        return malformed(u"%1 bytes, more than %2"_s.arg(bytes.size()).arg(MaxParametersSize));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return malformed(u"not a JSON object"_s);
    const QJsonObject object = document.object();
    if (object.size() != 5)
        return malformed(u"expected exactly kdf, salt, n, r and p"_s);
    if (object.value(u"kdf"_s).toString() != u"scrypt"_s)
        return malformed(u"kdf is not scrypt"_s);

    const QJsonValue saltValue = object.value(u"salt"_s);
    if (!saltValue.isString())
        return malformed(u"salt is not text"_s);
    const QByteArray::FromBase64Result salt = QByteArray::fromBase64Encoding(
        saltValue.toString().toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || salt.decoded.size() < SaltSize || salt.decoded.size() > MaxSaltSize)
        return malformed(u"salt is not base64 of 16 to 64 bytes"_s);

    const std::optional<quint64> n = wholeNumber(object.value(u"n"_s), 2, MaxN);
    if (!n || (*n & (*n - 1)) != 0)
        return malformed(u"n is not a power of two from 2 to 2^20"_s);
    const std::optional<quint64> r = wholeNumber(object.value(u"r"_s), 1, MaxR);
    if (!r)
        return malformed(u"r is not from 1 to 32"_s);
    const std::optional<quint64> p = wholeNumber(object.value(u"p"_s), 1, MaxP);
    if (!p)
        return malformed(u"p is not from 1 to 16"_s);
    if (128 * *n * *r > crypto::ScryptMaxMemory)
        return malformed(u"n and r need more memory than allowed"_s);

    Parameters parameters;
    parameters.salt = salt.decoded;
    parameters.scrypt = {*n, quint32(*r), quint32(*p)};
    return parameters;
}

PassphraseKeyStore::PassphraseKeyStore(crypto::SecureBytes passphrase, crypto::ScryptParams params)
    : m_passphrase(std::move(passphrase))
    , m_params(params)
{
}

QString PassphraseKeyStore::kind() const
{
    return u"passphrase"_s;
}

Result<KeyStore::NewKey> PassphraseKeyStore::createKey(QByteArrayView logId)
{
    Q_UNUSED(logId); // the random salt already makes every log's key its own
    if (m_passphrase.isEmpty()) {
        return Error(u"audit.passphrase_empty"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "An empty passphrase cannot protect the audit log. Choose a passphrase."));
    }
    Result<QByteArray> salt = crypto::randomBytes(SaltSize);
    if (!salt)
        return salt.error();
    Parameters parameters {*salt, m_params};
    Result<crypto::SecureBytes> key = crypto::scrypt(m_passphrase, parameters.salt, parameters.scrypt, 32);
    if (!key)
        return key.error();
    return NewKey {std::move(key).value(), parameters.toBytes()};
}

Result<crypto::SecureBytes> PassphraseKeyStore::unlockKey(QByteArrayView logId, QByteArrayView parameters)
{
    Q_UNUSED(logId);
    Result<Parameters> parsed = Parameters::fromBytes(parameters);
    if (!parsed)
        return parsed.error();
    if (m_passphrase.isEmpty())
        return keyRejected();
    return crypto::scrypt(m_passphrase, parsed->salt, parsed->scrypt, 32);
}

Error PassphraseKeyStore::keyRejected() const
{
    return Error(u"audit.wrong_passphrase"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The passphrase does not unlock the audit log. Check it and try again; nothing was "
                                   "changed."));
}

} // namespace pasban::audit
