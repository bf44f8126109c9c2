#include "Cms.h"

#include "CryptoSupport.h"
#include "X509Access.h"

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace pasban::crypto {

namespace {

using BioPointer = std::unique_ptr<BIO, decltype(&BIO_free)>;
using CmsPointer = std::unique_ptr<CMS_ContentInfo, decltype(&CMS_ContentInfo_free)>;
using StorePointer = std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)>;
using StoreContextPointer = std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)>;

struct CertificateStackDeleter
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};
using CertificateStack = std::unique_ptr<STACK_OF(X509), CertificateStackDeleter>;

struct BorrowedStackDeleter
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_free(stack); }
};
using BorrowedStack = std::unique_ptr<STACK_OF(X509), BorrowedStackDeleter>;

BioPointer readOnlyBio(QByteArrayView bytes)
{
    return BioPointer(BIO_new_mem_buf(detail::bytesOf(bytes), int(bytes.size())), &BIO_free);
}

Error cmsMalformed(const QString &detail)
{
    return Error(u"crypto.cms_malformed"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The signature is damaged or is not a CMS (PKCS#7) signature with exactly one "
                                   "signer."),
                 {}, detail);
}

Error contentSignatureInvalid(const QString &detail)
{
    return Error(u"crypto.signature_invalid"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The signature is not valid: the data was changed or was not "
                                   "signed with the expected key."),
                 {}, detail);
}

Error untrusted(const QString &detail)
{
    return Error(u"crypto.certificate_untrusted"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The signer's certificate does not lead to any root certificate in the trust "
                                   "store: the signer is unknown to this console."),
                 {}, detail);
}

Error expired(const QString &detail)
{
    return Error(
        u"crypto.certificate_expired"_s,
        QT_TRANSLATE_NOOP("pasban::Error", "A certificate the signature depends on has expired or is not valid yet."),
        {}, detail);
}

Error revoked(const QString &detail)
{
    return Error(
        u"crypto.certificate_revoked"_s,
        QT_TRANSLATE_NOOP("pasban::Error", "A certificate the signature depends on has been revoked by its issuer."),
        {}, detail);
}

Error wrongPurpose(const QString &detail)
{
    return Error(u"crypto.certificate_purpose"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The signer's certificate is not issued for signing code (it lacks the "
                                   "code-signing extended key usage)."),
                 {}, detail);
}

Error pathInvalid(const QString &detail)
{
    return Error(u"crypto.certificate_invalid"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The signer's certificate chain is not valid, so the signature cannot be "
                                   "trusted."),
                 {}, detail);
}

Error pathError(int code, const X509 *failing)
{
    QString detail = QString::fromLatin1(X509_verify_cert_error_string(code));
    if (failing) {
        char name[256] = {};
        X509_NAME_oneline(X509_get_subject_name(failing), name, sizeof name);
        detail += u" (certificate %1)"_s.arg(QString::fromUtf8(name));
    }
    switch (code) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_CERT_UNTRUSTED:
        return untrusted(detail);
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return expired(detail);
    case X509_V_ERR_CERT_REVOKED:
        return revoked(detail);
    case X509_V_ERR_CRL_HAS_EXPIRED:
    case X509_V_ERR_CRL_NOT_YET_VALID:
        return Error(u"crypto.crl_outdated"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The revocation list for a certificate the signature depends on is out of "
                                       "date, so revocation cannot be checked. Import the issuer's current list."),
                     {}, detail);
    case X509_V_ERR_INVALID_PURPOSE:
        return wrongPurpose(detail);
    default:
        return pathInvalid(detail);
    }
}

// Not every vendor publishes a CRL. An issuer without one in the trust store is
// not revocation-checked by OpenSSL (local revocation by fingerprint still applies,
// see firmware::TrustStore); every other path error stands.
int toleratingMissingCrl(int ok, X509_STORE_CTX *context)
{
    if (!ok && X509_STORE_CTX_get_error(context) == X509_V_ERR_UNABLE_TO_GET_CRL)
        return 1;
    return ok;
}

} // namespace

Result<QByteArray> cmsSignDetached(QByteArrayView content, const Certificate &signer, const PrivateKey &key,
                                   const QList<Certificate> &extra)
{
    if (content.size() > INT_MAX)
        return detail::invalidArgument(u"content too large to sign"_s);
    ERR_clear_error();
    X509 *certificate = detail::X509Access::x509(signer);
    EVP_PKEY *pkey = detail::X509Access::privateKey(key);
    if (X509_check_private_key(certificate, pkey) != 1)
        return detail::invalidKey(u"the private key does not belong to the certificate: "_s
                                  + detail::takeLibraryErrors());
    const BorrowedStack chain(sk_X509_new_null());
    if (!chain)
        return detail::libraryFailure(u"sk_X509_new_null"_s);
    for (const Certificate &c : extra)
        sk_X509_push(chain.get(), detail::X509Access::x509(c));
    const BioPointer data = readOnlyBio(content);
    const CmsPointer cms(
        CMS_sign(certificate, pkey, chain.get(), data.get(), CMS_DETACHED | CMS_BINARY | CMS_NOSMIMECAP),
        &CMS_ContentInfo_free);
    if (!cms)
        return detail::libraryFailure(u"CMS_sign"_s);
    const int length = i2d_CMS_ContentInfo(cms.get(), nullptr);
    if (length <= 0)
        return detail::libraryFailure(u"i2d_CMS_ContentInfo"_s);
    QByteArray der(length, '\0');
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_CMS_ContentInfo(cms.get(), &cursor) != length)
        return detail::libraryFailure(u"i2d_CMS_ContentInfo"_s);
    return der;
}

namespace {

Result<CmsPointer> readSignedData(QByteArrayView signature)
{
    if (signature.isEmpty() || signature.size() > INT_MAX)
        return cmsMalformed(u"no signature bytes"_s);
    ERR_clear_error();
    const unsigned char *cursor = detail::bytesOf(signature);
    CmsPointer cms(d2i_CMS_ContentInfo(nullptr, &cursor, long(signature.size())), &CMS_ContentInfo_free);
    if (!cms)
        return cmsMalformed(detail::takeLibraryErrors());
    if (cursor != detail::bytesOf(signature) + signature.size())
        return cmsMalformed(u"unexpected bytes after the signature"_s);
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return cmsMalformed(u"not a SignedData"_s);
    const STACK_OF(CMS_SignerInfo) *signers = CMS_get0_SignerInfos(cms.get());
    if (!signers || sk_CMS_SignerInfo_num(signers) != 1)
        return cmsMalformed(u"%1 signers"_s.arg(signers ? sk_CMS_SignerInfo_num(signers) : 0));
    return cms;
}

} // namespace

Result<CmsVerification> cmsVerifyDetached(QByteArrayView signature, QByteArrayView content,
                                          const CmsVerifyOptions &options)
{
    if (!options.time.isValid())
        return detail::invalidArgument(u"no verification time"_s);
    if (content.size() > INT_MAX)
        return detail::invalidArgument(u"content too large"_s);
    Result<CmsPointer> cms = readSignedData(signature);
    if (!cms)
        return cms.error();

    // 1. The signature over the content, with the certificate the CMS names; the
    //    path is checked separately below so that each failure keeps its own reason.
    const BioPointer data = readOnlyBio(content);
    if (CMS_verify(cms->get(), nullptr, nullptr, data.get(), nullptr, CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) != 1) {
        const unsigned long first = ERR_peek_error();
        const QString reasons = detail::takeLibraryErrors();
        if (ERR_GET_REASON(first) == CMS_R_SIGNER_CERTIFICATE_NOT_FOUND)
            return cmsMalformed(reasons);
        return contentSignatureInvalid(reasons);
    }
    const BorrowedStack signers(CMS_get0_signers(cms->get()));
    if (!signers || sk_X509_num(signers.get()) != 1)
        return cmsMalformed(u"signer certificate not found"_s);
    X509 *signer = sk_X509_value(signers.get(), 0);

    // 2. The path to a trust anchor, as OpenSSL validates it.
    const StorePointer store(X509_STORE_new(), &X509_STORE_free);
    const StoreContextPointer context(X509_STORE_CTX_new(), &X509_STORE_CTX_free);
    if (!store || !context)
        return detail::libraryFailure(u"X509_STORE_new"_s);
    for (const Certificate &root : options.trustedRoots) {
        if (X509_STORE_add_cert(store.get(), detail::X509Access::x509(root)) != 1)
            ERR_clear_error(); // the same root twice
    }
    for (const CertificateRevocationList &crl : options.crls) {
        if (X509_STORE_add_crl(store.get(), detail::X509Access::crl(crl)) != 1)
            ERR_clear_error();
    }
    X509_STORE_set_verify_cb(store.get(), &toleratingMissingCrl);
    const CertificateStack untrustedCertificates(CMS_get1_certs(cms->get()));
    if (X509_STORE_CTX_init(context.get(), store.get(), signer, untrustedCertificates.get()) != 1)
        return detail::libraryFailure(u"X509_STORE_CTX_init"_s);
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_time(param, time_t(options.time.toSecsSinceEpoch()));
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL | X509_V_FLAG_X509_STRICT);
    if (X509_verify_cert(context.get()) != 1) {
        const int code = X509_STORE_CTX_get_error(context.get());
        const X509 *failing = X509_STORE_CTX_get_current_cert(context.get());
        ERR_clear_error();
        return pathError(code, failing);
    }

    CmsVerification result {detail::X509Access::share(signer), {}};
    const STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(context.get());
    for (int i = 0; chain && i < sk_X509_num(chain); ++i)
        result.chain.append(detail::X509Access::share(sk_X509_value(chain, i)));

    // 3. What the signer may do. OpenSSL 3.0 has no code-signing X509_PURPOSE; its
    //    parsed extension flags are read instead (OpenSSL 3.2's check does the same).
    if (options.requireCodeSigning) {
        const uint32_t flags = X509_get_extension_flags(signer);
        if (!(flags & EXFLAG_XKUSAGE) || !(X509_get_extended_key_usage(signer) & XKU_CODE_SIGN))
            return wrongPurpose(u"no codeSigning extended key usage"_s);
        if ((flags & EXFLAG_KUSAGE) && !(X509_get_key_usage(signer) & KU_DIGITAL_SIGNATURE))
            return wrongPurpose(u"key usage without digitalSignature"_s);
    }
    return result;
}

Result<QList<Certificate>> cmsCertificates(QByteArrayView signature)
{
    Result<CmsPointer> cms = readSignedData(signature);
    if (!cms)
        return cms.error();
    const CertificateStack certificates(CMS_get1_certs(cms->get()));
    QList<Certificate> list;
    for (int i = 0; certificates && i < sk_X509_num(certificates.get()); ++i)
        list.append(detail::X509Access::share(sk_X509_value(certificates.get(), i)));
    return list;
}

} // namespace pasban::crypto
