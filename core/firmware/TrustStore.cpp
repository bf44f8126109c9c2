#include "TrustStore.h"

#include "audit/AuditSink.h"
#include "storage/Database.h"
#include "storage/Statement.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::firmware {

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString fingerprintHex(const QByteArray &fingerprint)
{
    return QString::fromLatin1(fingerprint.toHex(':').toUpper());
}

Error notRoot(const QString &subject)
{
    return Error(u"firmware.trust_not_root"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The certificate \"%1\" is not a root certificate (a self-signed certificate "
                                   "authority), so it cannot be imported as a trust root."),
                 {subject});
}

} // namespace

QString trustRoleName(TrustRole role)
{
    return role == TrustRole::Vendor ? u"vendor"_s : u"approval"_s;
}

std::optional<TrustRole> trustRoleFromName(QStringView name)
{
    if (name == u"vendor")
        return TrustRole::Vendor;
    if (name == u"approval")
        return TrustRole::Approval;
    return std::nullopt;
}

TrustStore::TrustStore(storage::Database &db, audit::AuditSink *sink, const Clock &clock)
    : m_db(db)
    , m_sink(sink)
    , m_clock(clock)
{
}

Status TrustStore::recordChange(const QString &operation, const QString &operatorId, const QJsonObject &details)
{
    if (!m_sink)
        return {};
    audit::AuditEvent event;
    event.type = audit::EventType::SecurityConfiguration;
    event.action = operation == u"revoke"_s ? audit::Action::Delete : audit::Action::Create;
    event.operatorId = operatorId;
    QJsonObject all = details;
    all.insert(u"operation"_s, QString(u"firmware.trust."_s + operation));
    event.details = all;
    const Result<quint64> recorded = m_sink->record(event);
    if (!recorded)
        return recorded.error();
    return {};
}

Status TrustStore::importRoot(const crypto::Certificate &certificate, TrustRole role, const QString &operatorId)
{
    if (!certificate.isCertificateAuthority() || !certificate.isSelfIssued())
        return notRoot(certificate.subject());
    const QByteArray fingerprint = certificate.fingerprintSha256();
    Result<bool> revoked = exists(u"SELECT 1 FROM firmware_revoked_certificate WHERE fingerprint = ?1"_s, fingerprint);
    if (!revoked)
        return revoked.error();
    if (*revoked) {
        return Error(u"firmware.trust_revoked"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "This certificate was revoked in this console's trust store and cannot be "
                                       "imported again."),
                     {}, fingerprintHex(fingerprint));
    }
    Result<bool> present = exists(u"SELECT 1 FROM firmware_trust_anchor WHERE fingerprint = ?1"_s, fingerprint);
    if (!present)
        return present.error();
    if (*present) {
        return Error(u"firmware.trust_duplicate"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "This root certificate is already in the trust store."), {},
                     fingerprintHex(fingerprint));
    }
    // Audited first: a change that cannot be recorded is not made. (The audit log
    // has a connection of its own, so it cannot share this one's transaction.)
    if (Status s = recordChange(u"import_root"_s, operatorId,
                                {{u"role"_s, trustRoleName(role)},
                                 {u"subject"_s, certificate.subject()},
                                 {u"fingerprint"_s, fingerprintHex(fingerprint)}});
        !s)
        return s;
    Result<storage::Statement> insert =
        m_db.prepare(u"INSERT INTO firmware_trust_anchor (fingerprint, role, certificate, subject, imported, "
                     u"imported_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert)
        return insert.error();
    return insert->bind(1, fingerprint)
        .bind(2, trustRoleName(role))
        .bind(3, certificate.toDer())
        .bind(4, certificate.subject())
        .bind(5, iso(m_clock.nowUtc()))
        .bind(6, operatorId)
        .run();
}

Status TrustStore::importCrl(const crypto::CertificateRevocationList &crl, const QString &operatorId)
{
    Result<QList<TrustAnchor>> roots = anchors();
    if (!roots)
        return roots.error();
    const bool known = std::any_of(roots->cbegin(), roots->cend(),
                                   [&crl](const TrustAnchor &a) { return crl.isSignedBy(a.certificate); });
    if (!known) {
        return Error(u"firmware.crl_unknown_issuer"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The revocation list is not signed by any root certificate in the trust "
                                       "store, so it cannot be imported."),
                     {}, crl.issuer());
    }
    {
        Result<storage::Statement> existing = m_db.prepare(u"SELECT crl FROM firmware_trust_crl WHERE issuer = ?1");
        if (!existing)
            return existing.error();
        Result<bool> found = existing->bind(1, crl.issuer()).step();
        if (!found)
            return found.error();
        if (*found) {
            const Result<crypto::CertificateRevocationList> old =
                crypto::CertificateRevocationList::fromDer(existing->columnBlob(0));
            if (old && old->lastUpdate() > crl.lastUpdate()) {
                return Error(u"firmware.crl_older"_s,
                             QT_TRANSLATE_NOOP("pasban::Error",
                                               "The trust store already holds a newer revocation list from this "
                                               "issuer; the older one was not imported."),
                             {}, crl.issuer());
            }
        }
    }
    if (Status s = recordChange(u"import_crl"_s, operatorId,
                                {{u"issuer"_s, crl.issuer()},
                                 {u"revokedCount"_s, qint64(crl.revokedCount())},
                                 {u"lastUpdate"_s, iso(crl.lastUpdate())}});
        !s)
        return s;
    Result<storage::Statement> upsert =
        m_db.prepare(u"INSERT OR REPLACE INTO firmware_trust_crl (issuer, crl, imported) VALUES (?1, ?2, ?3)");
    if (!upsert)
        return upsert.error();
    return upsert->bind(1, crl.issuer()).bind(2, crl.toDer()).bind(3, iso(m_clock.nowUtc())).run();
}

Status TrustStore::revokeFingerprint(const QByteArray &fingerprint, const QString &reason, const QString &operatorId)
{
    if (fingerprint.size() != 32) {
        return Error(u"firmware.fingerprint_invalid"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "That is not a certificate fingerprint: give the SHA-256 fingerprint, 64 hex "
                                       "digits (colons allowed)."));
    }
    if (Status s = recordChange(u"revoke"_s, operatorId,
                                {{u"fingerprint"_s, fingerprintHex(fingerprint)}, {u"reason"_s, reason}});
        !s)
        return s;
    Result<storage::Statement> insert =
        m_db.prepare(u"INSERT OR IGNORE INTO firmware_revoked_certificate (fingerprint, reason, revoked, revoked_by) "
                     u"VALUES (?1, ?2, ?3, ?4)");
    if (!insert)
        return insert.error();
    return insert->bind(1, fingerprint).bind(2, reason).bind(3, iso(m_clock.nowUtc())).bind(4, operatorId).run();
}

Result<bool> TrustStore::exists(const QString &sql, const QByteArray &key) const
{
    Result<storage::Statement> query = m_db.prepare(sql);
    if (!query)
        return query.error();
    return query->bind(1, key).step();
}

Result<QList<TrustAnchor>> TrustStore::anchors() const
{
    Result<storage::Statement> query = m_db.prepare(
        u"SELECT certificate, role, imported, imported_by FROM firmware_trust_anchor ORDER BY role, subject");
    if (!query)
        return query.error();
    QList<TrustAnchor> list;
    std::optional<Error> damaged;
    const Status done = query->forEachRow([&](const storage::Statement &row) {
        const Result<crypto::Certificate> certificate = crypto::Certificate::fromDer(row.columnBlob(0));
        const std::optional<TrustRole> role = trustRoleFromName(row.columnText(1));
        if (!certificate || !role) {
            damaged = Error(u"firmware.trust_damaged"_s,
                            QT_TRANSLATE_NOOP("pasban::Error",
                                              "The trust store in the console database is damaged. Import the trust "
                                              "roots again."));
            return false;
        }
        list.append({*certificate, *role, fromIso(row.columnText(2)), row.columnText(3)});
        return true;
    });
    if (!done)
        return done.error();
    if (damaged)
        return *damaged;
    return list;
}

Result<QList<LocalRevocation>> TrustStore::revocations() const
{
    Result<storage::Statement> query = m_db.prepare(
        u"SELECT fingerprint, reason, revoked, revoked_by FROM firmware_revoked_certificate ORDER BY revoked");
    if (!query)
        return query.error();
    return query->collectRows([](const storage::Statement &row) {
        return LocalRevocation {row.columnBlob(0), row.columnText(1), fromIso(row.columnText(2)), row.columnText(3)};
    });
}

Result<QList<crypto::CertificateRevocationList>> TrustStore::crls() const
{
    Result<storage::Statement> query = m_db.prepare(u"SELECT crl FROM firmware_trust_crl ORDER BY issuer");
    if (!query)
        return query.error();
    QList<crypto::CertificateRevocationList> list;
    const Status done = query->forEachRow([&](const storage::Statement &row) {
        // A CRL that no longer reads is skipped: it was checked when imported.
        if (Result<crypto::CertificateRevocationList> crl =
                crypto::CertificateRevocationList::fromDer(row.columnBlob(0)))
            list.append(*crl);
        return true;
    });
    if (!done)
        return done.error();
    return list;
}

Result<TrustSnapshot> TrustStore::snapshot() const
{
    TrustSnapshot snapshot;
    Result<QList<TrustAnchor>> roots = anchors();
    if (!roots)
        return roots.error();
    for (const TrustAnchor &anchor : *roots)
        (anchor.role == TrustRole::Vendor ? snapshot.vendorRoots : snapshot.approvalRoots).append(anchor.certificate);
    Result<QList<crypto::CertificateRevocationList>> lists = crls();
    if (!lists)
        return lists.error();
    snapshot.crls = *lists;
    Result<QList<LocalRevocation>> revoked = revocations();
    if (!revoked)
        return revoked.error();
    for (const LocalRevocation &r : *revoked)
        snapshot.revokedFingerprints.insert(r.fingerprint);
    return snapshot;
}

} // namespace pasban::firmware
