#pragma once

#include "PublicKey.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace pasban::crypto {

namespace detail {
struct X509Access;
}

// An X.509 certificate, read by OpenSSL. Immutable; copies share it. Pasban never
// judges a certificate by hand: trust decisions (chain, validity, revocation,
// purpose) are made by cmsVerifyDetached() through OpenSSL's path validation.
class Certificate
{
public:
    // The first certificate of a PEM text ("BEGIN CERTIFICATE"), or one DER certificate.
    [[nodiscard]] static Result<Certificate> fromPem(QByteArrayView pem);
    [[nodiscard]] static Result<Certificate> fromDer(QByteArrayView der);
    // PEM if the bytes look like PEM, DER otherwise.
    [[nodiscard]] static Result<Certificate> fromBytes(QByteArrayView bytes);
    // Every certificate of a PEM bundle; crypto.certificate_unreadable if there is none.
    [[nodiscard]] static Result<QList<Certificate>> listFromPem(QByteArrayView pem);

    [[nodiscard]] QByteArray toDer() const;
    [[nodiscard]] QByteArray toPem() const;
    // SHA-256 of the DER encoding: 32 bytes.
    [[nodiscard]] QByteArray fingerprintSha256() const;
    // The same as colon-separated upper-case hex pairs, the way operators compare it.
    [[nodiscard]] QString fingerprintText() const;
    // One-line RFC 2253 names ("CN=Acme Firmware,O=Acme").
    [[nodiscard]] QString subject() const;
    [[nodiscard]] QString issuer() const;
    // The subject's common name, or the whole subject if it has none.
    [[nodiscard]] QString commonName() const;
    [[nodiscard]] QString serialNumberHex() const;
    [[nodiscard]] QDateTime notBefore() const;
    [[nodiscard]] QDateTime notAfter() const;
    // basicConstraints CA:TRUE, as OpenSSL reads it.
    [[nodiscard]] bool isCertificateAuthority() const;
    [[nodiscard]] bool isSelfIssued() const;
    [[nodiscard]] Result<PublicKey> publicKey() const;

    friend bool operator==(const Certificate &a, const Certificate &b) { return a.toDer() == b.toDer(); }

private:
    friend struct detail::X509Access;
    struct Data;
    explicit Certificate(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> m_data;
};

// A certificate revocation list, as published by a CA.
class CertificateRevocationList
{
public:
    [[nodiscard]] static Result<CertificateRevocationList> fromPem(QByteArrayView pem);
    [[nodiscard]] static Result<CertificateRevocationList> fromDer(QByteArrayView der);
    [[nodiscard]] static Result<CertificateRevocationList> fromBytes(QByteArrayView bytes);

    [[nodiscard]] QByteArray toDer() const;
    [[nodiscard]] QString issuer() const;
    [[nodiscard]] QDateTime lastUpdate() const;
    [[nodiscard]] QDateTime nextUpdate() const; // invalid if the CRL has none
    [[nodiscard]] qsizetype revokedCount() const;
    // True if OpenSSL verifies the CRL's signature with the issuer's key.
    [[nodiscard]] bool isSignedBy(const Certificate &issuer) const;

private:
    friend struct detail::X509Access;
    struct Data;
    explicit CertificateRevocationList(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> m_data;
};

} // namespace pasban::crypto
