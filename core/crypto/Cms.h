#pragma once

#include "Certificate.h"
#include "PrivateKey.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>

namespace pasban::crypto {

// A detached CMS (PKCS#7) SignedData over CONTENT, DER-encoded, made by SIGNER's
// key with SHA-256; the signer's certificate and EXTRA (intermediates) are included
// so a verifier needs only the root. The key must match the certificate.
[[nodiscard]] Result<QByteArray> cmsSignDetached(QByteArrayView content, const Certificate &signer,
                                                 const PrivateKey &key, const QList<Certificate> &extra = {});

struct CmsVerifyOptions
{
    QList<Certificate> trustedRoots; // trust anchors; nothing else is trusted
    QList<CertificateRevocationList> crls;
    QDateTime time; // validity is judged at this moment (UTC); required
    bool requireCodeSigning = true; // the signer needs extendedKeyUsage codeSigning
};

struct CmsVerification
{
    Certificate signer;
    QList<Certificate> chain; // signer first, trust anchor last
};

// Checks a detached CMS signature over CONTENT: the signature and content digest
// (CMS_verify), then the signer's certificate path to one of the trusted roots with
// OpenSSL's X509_verify_cert at options.time, with CRL checking (X509_V_FLAG_CRL_CHECK
// for every issuer that has a CRL among options.crls), then the code-signing
// extended key usage. Each failure has its own code:
//   crypto.cms_malformed            not a CMS SignedData, or not exactly one signer
//   crypto.signature_invalid        the content or signature was changed
//   crypto.certificate_untrusted    the signer does not chain to a trusted root
//   crypto.certificate_expired      a certificate in the path is expired or not yet valid
//   crypto.certificate_revoked      a certificate in the path is revoked by a CRL
//   crypto.crl_outdated             the issuer's CRL is expired or not yet valid
//   crypto.certificate_purpose      the signer may not sign code
//   crypto.certificate_invalid      any other path validation failure
[[nodiscard]] Result<CmsVerification> cmsVerifyDetached(QByteArrayView signature, QByteArrayView content,
                                                        const CmsVerifyOptions &options);

// The certificates a CMS signature carries (for display before it is trusted).
[[nodiscard]] Result<QList<Certificate>> cmsCertificates(QByteArrayView signature);

} // namespace pasban::crypto
