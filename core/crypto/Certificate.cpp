#include "Certificate.h"

#include "CryptoSupport.h"
#include "Hash.h"
#include "KeyHandle.h"
#include "PrivateKey.h"
#include "X509Access.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <climits>
#include <ctime>

using namespace Qt::Literals::StringLiterals;

namespace pasban::crypto {

struct Certificate::Data
{
    X509 *x509 = nullptr;
    ~Data() { X509_free(x509); }
};

struct CertificateRevocationList::Data
{
    X509_CRL *crl = nullptr;
    ~Data() { X509_CRL_free(crl); }
};

namespace {

using BioPointer = std::unique_ptr<BIO, decltype(&BIO_free)>;

Error certificateUnreadable(const QString &detail)
{
    return Error(u"crypto.certificate_unreadable"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The certificate could not be read: the file is damaged or is not an X.509 "
                                   "certificate (PEM or DER)."),
                 {}, detail);
}

Error crlUnreadable(const QString &detail)
{
    return Error(u"crypto.crl_unreadable"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The certificate revocation list could not be read: the file is damaged or is "
                                   "not a CRL (PEM or DER)."),
                 {}, detail);
}

BioPointer readOnlyBio(QByteArrayView bytes)
{
    return BioPointer(BIO_new_mem_buf(detail::bytesOf(bytes), int(bytes.size())), &BIO_free);
}

QString nameText(const X509_NAME *name)
{
    const BioPointer bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || !name || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, length > 0 ? qsizetype(length) : 0);
}

QDateTime timeOf(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

bool looksLikePem(QByteArrayView bytes)
{
    return QByteArrayView(bytes).indexOf(QByteArrayView("-----BEGIN ")) >= 0;
}

} // namespace

Certificate::Certificate(std::shared_ptr<const Data> data)
    : m_data(std::move(data))
{
}

Result<Certificate> Certificate::fromPem(QByteArrayView pem)
{
    Result<QList<Certificate>> list = listFromPem(pem);
    if (!list)
        return list.error();
    return list->first();
}

Result<QList<Certificate>> Certificate::listFromPem(QByteArrayView pem)
{
    if (pem.isEmpty() || pem.size() > INT_MAX)
        return certificateUnreadable(u"no PEM data"_s);
    ERR_clear_error();
    const BioPointer bio = readOnlyBio(pem);
    if (!bio)
        return detail::libraryFailure(u"BIO_new_mem_buf"_s);
    QList<Certificate> certificates;
    while (X509 *x509 = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        auto data = std::make_shared<Data>();
        data->x509 = x509;
        certificates.append(Certificate(std::move(data)));
    }
    // The loop ends on "no more PEM blocks", which is an error in the queue too.
    const QString errors = detail::takeLibraryErrors();
    if (certificates.isEmpty())
        return certificateUnreadable(errors.isEmpty() ? u"no certificate in the PEM text"_s : errors);
    return certificates;
}

Result<Certificate> Certificate::fromDer(QByteArrayView der)
{
    if (der.isEmpty() || der.size() > INT_MAX)
        return certificateUnreadable(u"no DER data"_s);
    ERR_clear_error();
    const unsigned char *cursor = detail::bytesOf(der);
    X509 *x509 = d2i_X509(nullptr, &cursor, long(der.size()));
    if (!x509)
        return certificateUnreadable(detail::takeLibraryErrors());
    auto data = std::make_shared<Data>();
    data->x509 = x509;
    if (cursor != detail::bytesOf(der) + der.size())
        return certificateUnreadable(u"unexpected bytes after the certificate"_s);
    return Certificate(std::move(data));
}

Result<Certificate> Certificate::fromBytes(QByteArrayView bytes)
{
    return looksLikePem(bytes) ? fromPem(bytes) : fromDer(bytes);
}

QByteArray Certificate::toDer() const
{
    const int length = i2d_X509(m_data->x509, nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, '\0');
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_X509(m_data->x509, &cursor) != length)
        return {};
    return der;
}

QByteArray Certificate::toPem() const
{
    const BioPointer bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || PEM_write_bio_X509(bio.get(), m_data->x509) != 1)
        return {};
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, length > 0 ? qsizetype(length) : 0);
}

QByteArray Certificate::fingerprintSha256() const
{
    return sha256(toDer());
}

QString Certificate::fingerprintText() const
{
    return QString::fromLatin1(fingerprintSha256().toHex(':').toUpper());
}

QString Certificate::subject() const
{
    return nameText(X509_get_subject_name(m_data->x509));
}

QString Certificate::issuer() const
{
    return nameText(X509_get_issuer_name(m_data->x509));
}

QString Certificate::commonName() const
{
    const X509_NAME *name = X509_get_subject_name(m_data->x509);
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return subject();
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return subject();
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QString Certificate::serialNumberHex() const
{
    const ASN1_INTEGER *serial = X509_get0_serialNumber(m_data->x509);
    BIGNUM *number = ASN1_INTEGER_to_BN(serial, nullptr);
    if (!number)
        return {};
    char *hex = BN_bn2hex(number);
    QString text = hex ? QString::fromLatin1(hex) : QString();
    OPENSSL_free(hex);
    BN_free(number);
    return text;
}

QDateTime Certificate::notBefore() const
{
    return timeOf(X509_get0_notBefore(m_data->x509));
}

QDateTime Certificate::notAfter() const
{
    return timeOf(X509_get0_notAfter(m_data->x509));
}

bool Certificate::isCertificateAuthority() const
{
    return X509_check_ca(m_data->x509) >= 1;
}

bool Certificate::isSelfIssued() const
{
    return X509_check_issued(m_data->x509, m_data->x509) == X509_V_OK;
}

Result<PublicKey> Certificate::publicKey() const
{
    const EVP_PKEY *key = X509_get0_pubkey(m_data->x509);
    if (!key)
        return certificateUnreadable(u"no public key"_s);
    const int length = i2d_PUBKEY(key, nullptr);
    if (length <= 0)
        return detail::libraryFailure(u"i2d_PUBKEY"_s);
    QByteArray der(length, '\0');
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_PUBKEY(key, &cursor) != length)
        return detail::libraryFailure(u"i2d_PUBKEY"_s);
    return PublicKey::fromDer(der);
}

CertificateRevocationList::CertificateRevocationList(std::shared_ptr<const Data> data)
    : m_data(std::move(data))
{
}

Result<CertificateRevocationList> CertificateRevocationList::fromPem(QByteArrayView pem)
{
    if (pem.isEmpty() || pem.size() > INT_MAX)
        return crlUnreadable(u"no PEM data"_s);
    ERR_clear_error();
    const BioPointer bio = readOnlyBio(pem);
    if (!bio)
        return detail::libraryFailure(u"BIO_new_mem_buf"_s);
    X509_CRL *crl = PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr);
    if (!crl)
        return crlUnreadable(detail::takeLibraryErrors());
    auto data = std::make_shared<Data>();
    data->crl = crl;
    return CertificateRevocationList(std::move(data));
}

Result<CertificateRevocationList> CertificateRevocationList::fromDer(QByteArrayView der)
{
    if (der.isEmpty() || der.size() > INT_MAX)
        return crlUnreadable(u"no DER data"_s);
    ERR_clear_error();
    const unsigned char *cursor = detail::bytesOf(der);
    X509_CRL *crl = d2i_X509_CRL(nullptr, &cursor, long(der.size()));
    if (!crl)
        return crlUnreadable(detail::takeLibraryErrors());
    auto data = std::make_shared<Data>();
    data->crl = crl;
    if (cursor != detail::bytesOf(der) + der.size())
        return crlUnreadable(u"unexpected bytes after the CRL"_s);
    return CertificateRevocationList(std::move(data));
}

Result<CertificateRevocationList> CertificateRevocationList::fromBytes(QByteArrayView bytes)
{
    return looksLikePem(bytes) ? fromPem(bytes) : fromDer(bytes);
}

QByteArray CertificateRevocationList::toDer() const
{
    const int length = i2d_X509_CRL(m_data->crl, nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, '\0');
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_X509_CRL(m_data->crl, &cursor) != length)
        return {};
    return der;
}

QString CertificateRevocationList::issuer() const
{
    return nameText(X509_CRL_get_issuer(m_data->crl));
}

QDateTime CertificateRevocationList::lastUpdate() const
{
    return timeOf(X509_CRL_get0_lastUpdate(m_data->crl));
}

QDateTime CertificateRevocationList::nextUpdate() const
{
    return timeOf(X509_CRL_get0_nextUpdate(m_data->crl));
}

qsizetype CertificateRevocationList::revokedCount() const
{
    const STACK_OF(X509_REVOKED) *revoked = X509_CRL_get_REVOKED(m_data->crl);
    return revoked ? sk_X509_REVOKED_num(revoked) : 0;
}

bool CertificateRevocationList::isSignedBy(const Certificate &issuerCertificate) const
{
    EVP_PKEY *key = X509_get0_pubkey(detail::X509Access::x509(issuerCertificate));
    const bool ok = key && X509_CRL_verify(m_data->crl, key) == 1;
    ERR_clear_error();
    return ok;
}

namespace detail {

x509_st *X509Access::x509(const Certificate &certificate)
{
    return certificate.m_data->x509;
}

X509_crl_st *X509Access::crl(const CertificateRevocationList &crl)
{
    return crl.m_data->crl;
}

evp_pkey_st *X509Access::privateKey(const PrivateKey &key)
{
    return key.m_handle->native();
}

Certificate X509Access::share(x509_st *certificate)
{
    X509_up_ref(certificate);
    auto data = std::make_shared<Certificate::Data>();
    data->x509 = certificate;
    return Certificate(std::move(data));
}

} // namespace detail

} // namespace pasban::crypto
