#pragma once

#include "common/Result.h"
#include "crypto/Certificate.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace pasban::firmware {

// Everything a package verification trusts, read at one moment: the vendor roots
// (signing packages), the hospital approval roots (countersigning them), the CRLs
// imported for them, and certificates revoked locally by their SHA-256 fingerprint.
struct TrustSnapshot
{
    QList<crypto::Certificate> vendorRoots;
    QList<crypto::Certificate> approvalRoots;
    QList<crypto::CertificateRevocationList> crls;
    QSet<QByteArray> revokedFingerprints;

    // A folder laid out as docs/firmware-package.md describes (for `pasban-cli package
    // verify --trust DIR`): vendor/ and approval/ hold root certificates (.pem, .crt,
    // .der), crl/ holds CRLs, revoked.txt lists revoked SHA-256 fingerprints (hex, with
    // or without colons, one a line, '#' comments). firmware.trust_unreadable for a
    // file that cannot be read; a folder without vendor roots is refused too.
    [[nodiscard]] static Result<TrustSnapshot> fromDirectory(const QString &path);
};

// "AB:CD:..." or "abcd..." to 32 bytes; empty if it is not a SHA-256 fingerprint.
[[nodiscard]] QByteArray parseFingerprint(const QString &text);

} // namespace pasban::firmware
