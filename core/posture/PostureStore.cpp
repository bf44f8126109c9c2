#include "PostureStore.h"

#include "PostureErrors.h"
#include "audit/AuditEvent.h"
#include "audit/AuditSink.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pasban::posture {

namespace {

QStringList openIds(const DevicePosture &device)
{
    QStringList ids;
    for (const Finding &finding : device.findings) {
        if (finding.isOpen())
            ids.append(finding.id);
    }
    ids.sort();
    return ids;
}

QString encodeIds(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

QStringList decodeIds(const QString &text)
{
    QStringList ids;
    for (const auto &id : QJsonDocument::fromJson(text.toUtf8()).array())
        ids.append(id.toString());
    return ids;
}

} // namespace

PostureStore::PostureStore(storage::Database &db, audit::AuditSink *audit, const Clock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{
}

Status PostureStore::accept(RiskAcceptance acceptance)
{
    acceptance.reason = acceptance.reason.trimmed();
    if (acceptance.reason.size() < MinReasonLength || acceptance.reason.size() > MaxReasonLength)
        return errors::reasonRequired();
    const QDateTime now = m_clock.nowUtc();
    const QDate today = now.date();
    if (!acceptance.expires.isValid() || acceptance.expires <= today
        || acceptance.expires > today.addDays(MaxAcceptanceDays))
        return errors::expiryInvalid(acceptance.expires, today, MaxAcceptanceDays);
    acceptance.acceptedUtc = now;
    // Recorded first (the audit log may live in this database: no transaction is
    // open while it writes): an acceptance the log refuses is not made.
    if (m_audit) {
        audit::AuditEvent event;
        event.type = audit::EventType::SecurityConfiguration;
        event.action = audit::Action::Create;
        event.operatorId = acceptance.acceptedBy;
        event.device = acceptance.deviceId;
        event.details = {{u"event"_s, u"posture-risk-accepted"_s},
                         {u"finding"_s, acceptance.findingId},
                         {u"reason"_s, acceptance.reason},
                         {u"expires"_s, acceptance.expires.toString(Qt::ISODate)}};
        if (Result<quint64> recorded = m_audit->record(event); !recorded)
            return recorded.error();
    }
    Result<storage::Statement> upsert = m_db.prepare(
        u"INSERT OR REPLACE INTO posture_acceptance (device_id, finding_id, reason, expires, accepted, accepted_by) "
        u"VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!upsert)
        return upsert.error();
    return upsert->bind(1, acceptance.deviceId)
        .bind(2, acceptance.findingId)
        .bind(3, acceptance.reason)
        .bind(4, acceptance.expires.toString(Qt::ISODate))
        .bind(5, now.toString(Qt::ISODateWithMs))
        .bind(6, acceptance.acceptedBy)
        .run();
}

Status PostureStore::withdraw(const QString &deviceId, const QString &findingId, const QString &operatorId)
{
    Result<storage::Statement> find =
        m_db.prepare(u"SELECT 1 FROM posture_acceptance WHERE device_id = ?1 AND finding_id = ?2");
    if (!find)
        return find.error();
    Result<bool> found = find->bind(1, deviceId).bind(2, findingId).step();
    if (!found)
        return found.error();
    if (!*found)
        return errors::unknownFinding(deviceId, findingId);
    find->reset();
    if (m_audit) {
        audit::AuditEvent event;
        event.type = audit::EventType::SecurityConfiguration;
        event.action = audit::Action::Delete;
        event.operatorId = operatorId;
        event.device = deviceId;
        event.details = {{u"event"_s, u"posture-risk-acceptance-withdrawn"_s}, {u"finding"_s, findingId}};
        if (Result<quint64> recorded = m_audit->record(event); !recorded)
            return recorded.error();
    }
    Result<storage::Statement> erase =
        m_db.prepare(u"DELETE FROM posture_acceptance WHERE device_id = ?1 AND finding_id = ?2");
    if (!erase)
        return erase.error();
    return erase->bind(1, deviceId).bind(2, findingId).run();
}

Result<QHash<QString, QList<RiskAcceptance>>> PostureStore::acceptances() const
{
    Result<storage::Statement> query =
        m_db.prepare(u"SELECT device_id, finding_id, reason, expires, accepted, accepted_by FROM posture_acceptance");
    if (!query)
        return query.error();
    QHash<QString, QList<RiskAcceptance>> all;
    Status visited = query->forEachRow([&all](const storage::Statement &row) {
        RiskAcceptance acceptance;
        acceptance.deviceId = row.columnText(0);
        acceptance.findingId = row.columnText(1);
        acceptance.reason = row.columnText(2);
        acceptance.expires = QDate::fromString(row.columnText(3), Qt::ISODate);
        acceptance.acceptedUtc = QDateTime::fromString(row.columnText(4), Qt::ISODateWithMs).toUTC();
        acceptance.acceptedBy = row.columnText(5);
        all[acceptance.deviceId].append(acceptance);
        return true;
    });
    if (!visited)
        return visited.error();
    return all;
}

Result<QHash<QString, QStringList>> PostureStore::lastOpen() const
{
    // The newest snapshot of each device (rowid grows with time).
    Result<storage::Statement> query =
        m_db.prepare(u"SELECT device_id, open_findings FROM posture_snapshot WHERE rowid IN "
                     u"(SELECT max(rowid) FROM posture_snapshot GROUP BY device_id)");
    if (!query)
        return query.error();
    QHash<QString, QStringList> open;
    Status visited = query->forEachRow([&open](const storage::Statement &row) {
        open.insert(row.columnText(0), decodeIds(row.columnText(1)));
        return true;
    });
    if (!visited)
        return visited.error();
    return open;
}

Status PostureStore::recordSnapshot(const FleetPosture &fleet)
{
    Result<storage::Transaction> transaction = storage::Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    Result<storage::Statement> last = m_db.prepare(
        u"SELECT score, open_findings FROM posture_snapshot WHERE device_id = ?1 ORDER BY rowid DESC LIMIT 1");
    Result<storage::Statement> insert =
        m_db.prepare(u"INSERT INTO posture_snapshot (taken, device_id, score, open_findings) VALUES (?1, ?2, ?3, ?4)");
    if (!last)
        return last.error();
    if (!insert)
        return insert.error();
    const QString taken = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    QStringList fleetOpen;
    QList<std::tuple<QString, int, QStringList>> rows;
    for (const DevicePosture &device : fleet.devices) {
        const QStringList ids = openIds(device);
        for (const QString &id : ids)
            fleetOpen.append(device.deviceId + u'/' + id);
        rows.append({device.deviceId, device.score, ids});
    }
    rows.append({QString(), fleet.score, fleetOpen});
    for (const auto &[deviceId, score, ids] : std::as_const(rows)) {
        const QString encoded = encodeIds(ids);
        Result<bool> found = last->bind(1, deviceId).step();
        if (!found)
            return found.error();
        const bool unchanged = *found && last->columnInt64(0) == score && last->columnText(1) == encoded;
        last->reset();
        if (unchanged)
            continue;
        if (Status s = insert->bind(1, taken).bind(2, deviceId).bind(3, score).bind(4, encoded).run(); !s)
            return s;
        insert->reset();
    }
    return transaction->commit();
}

Result<QList<ScorePoint>> PostureStore::trend(const QString &deviceId, int limit) const
{
    Result<storage::Statement> query = m_db.prepare(
        u"SELECT taken, score, open_findings FROM posture_snapshot WHERE device_id = ?1 ORDER BY rowid DESC LIMIT ?2");
    if (!query)
        return query.error();
    query->bind(1, deviceId).bind(2, limit);
    Result<QList<ScorePoint>> points = query->collectRows([](const storage::Statement &row) {
        return ScorePoint {QDateTime::fromString(row.columnText(0), Qt::ISODateWithMs).toUTC(), int(row.columnInt64(1)),
                           int(decodeIds(row.columnText(2)).size())};
    });
    if (!points)
        return points.error();
    std::reverse(points->begin(), points->end());
    return points;
}

} // namespace pasban::posture
