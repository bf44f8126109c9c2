#include "RollbackStore.h"

#include "PackageManifest.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::firmware {

RollbackStore::RollbackStore(storage::Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<std::optional<DeviceFirmwareRecord>> RollbackStore::find(const QString &deviceId) const
{
    Result<storage::Statement> query =
        m_db.prepare(u"SELECT version, sequence_number, security_counter, image_hash, package_id, updated "
                     u"FROM firmware_device_record WHERE device_id = ?1");
    if (!query)
        return query.error();
    Result<bool> found = query->bind(1, deviceId).step();
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<DeviceFirmwareRecord>();
    DeviceFirmwareRecord record;
    record.deviceId = deviceId;
    // A version that no longer parses reads as 0.0.0 would weaken the check; refuse instead.
    const std::optional<ImageVersion> version = parseImageVersion(query->columnText(0));
    if (!version) {
        return Error(u"firmware.record_damaged"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The console's firmware record for this device is damaged, so a downgrade "
                                       "cannot be ruled out."),
                     {}, deviceId);
    }
    record.version = *version;
    record.sequenceNumber = quint64(query->columnInt64(1));
    record.securityCounter = quint32(query->columnInt64(2));
    record.imageHash = query->columnBlob(3);
    record.packageId = query->columnText(4);
    record.updated = QDateTime::fromString(query->columnText(5), Qt::ISODateWithMs).toUTC();
    return std::optional<DeviceFirmwareRecord>(record);
}

Status RollbackStore::record(const DeviceFirmwareRecord &installed)
{
    Result<storage::Transaction> transaction = storage::Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    Result<std::optional<DeviceFirmwareRecord>> existing = find(installed.deviceId);
    if (!existing)
        return existing.error();
    DeviceFirmwareRecord merged = installed;
    if (*existing) {
        const DeviceFirmwareRecord &old = **existing;
        merged.version = std::max(old.version, installed.version);
        merged.sequenceNumber = std::max(old.sequenceNumber, installed.sequenceNumber);
        merged.securityCounter = std::max(old.securityCounter, installed.securityCounter);
    }
    Result<storage::Statement> upsert = m_db.prepare(
        u"INSERT OR REPLACE INTO firmware_device_record (device_id, version, sequence_number, security_counter, "
        u"image_hash, package_id, updated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!upsert)
        return upsert.error();
    if (Status s = upsert->bind(1, merged.deviceId)
                       .bind(2, merged.version.toString())
                       .bind(3, qint64(merged.sequenceNumber))
                       .bind(4, qint64(merged.securityCounter))
                       .bind(5, merged.imageHash)
                       .bind(6, merged.packageId)
                       .bind(7, m_clock.nowUtc().toString(Qt::ISODateWithMs))
                       .run();
        !s)
        return s;
    return transaction->commit();
}

} // namespace pasban::firmware
