#pragma once

#include "TrustSnapshot.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/Certificate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pasban::audit {
class AuditSink;
}
namespace pasban::storage {
class Database;
}

namespace pasban::firmware {

enum class TrustRole {
    Vendor, // signs firmware packages
    Approval, // the hospital's clinical engineers countersign (approve) packages
};

[[nodiscard]] QString trustRoleName(TrustRole role); // "vendor" / "approval"
[[nodiscard]] std::optional<TrustRole> trustRoleFromName(QStringView name);

struct TrustAnchor
{
    crypto::Certificate certificate;
    TrustRole role;
    QDateTime imported;
    QString importedBy;
};

struct LocalRevocation
{
    QByteArray fingerprint;
    QString reason;
    QDateTime revoked;
    QString revokedBy;
};

// The console's trust store (Settings → Trust; `pasban-cli trust`), kept in the
// console database (schema v5). Showing the fingerprint and getting the operator's
// confirmation is the caller's part; this class stores, lists and revokes, and
// records every change through the audit sink before making it, so a change that
// cannot be audited is not made.
class TrustStore
{
public:
    TrustStore(storage::Database &db, audit::AuditSink *sink, const Clock &clock = Clock::system());

    // A self-signed CA certificate only. firmware.trust_not_root otherwise;
    // firmware.trust_duplicate if it is already there; firmware.trust_revoked if its
    // fingerprint was revoked locally.
    [[nodiscard]] Status importRoot(const crypto::Certificate &certificate, TrustRole role,
                                    const QString &operatorId = {});
    // A CRL signed by one of the roots (firmware.crl_unknown_issuer otherwise); it
    // replaces an older CRL of the same issuer, never a newer one (firmware.crl_older).
    [[nodiscard]] Status importCrl(const crypto::CertificateRevocationList &crl, const QString &operatorId = {});
    // Distrusts a certificate (a root, or a signer anywhere in a chain) by its SHA-256
    // fingerprint, whether or not the store holds it.
    [[nodiscard]] Status revokeFingerprint(const QByteArray &fingerprint, const QString &reason,
                                           const QString &operatorId = {});

    [[nodiscard]] Result<QList<TrustAnchor>> anchors() const;
    [[nodiscard]] Result<QList<LocalRevocation>> revocations() const;
    [[nodiscard]] Result<QList<crypto::CertificateRevocationList>> crls() const;
    [[nodiscard]] Result<TrustSnapshot> snapshot() const;

private:
    [[nodiscard]] Result<bool> exists(const QString &sql, const QByteArray &key) const;
    [[nodiscard]] Status recordChange(const QString &operation, const QString &operatorId, const QJsonObject &details);

    storage::Database &m_db;
    audit::AuditSink *m_sink;
    const Clock &m_clock;
};

} // namespace pasban::firmware
