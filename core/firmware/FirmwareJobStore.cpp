#include "FirmwareJobStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::firmware {

FirmwareJobStore::FirmwareJobStore(storage::Database &database, const Clock &clock)
    : m_db(database)
    , m_clock(clock)
{
}

Result<std::optional<FirmwareJob>> FirmwareJobStore::find(const QString &device)
{
    Result<storage::Statement> query =
        m_db.prepare(u"SELECT device, file_sha, image_hash, version, size, offset, state, mode, started_utc, "
                     u"updated_utc FROM firmware_jobs WHERE device = ?1");
    if (!query)
        return query.error();
    query->bind(1, device);
    auto rows = query->collectRows([](const storage::Statement &row) {
        FirmwareJob job;
        job.device = row.columnText(0);
        job.fileSha256 = row.columnBlob(1);
        job.imageHash = row.columnBlob(2);
        job.version = row.columnText(3);
        job.size = row.columnInt64(4);
        job.offset = row.columnInt64(5);
        job.state = row.columnText(6);
        job.mode = row.columnText(7);
        job.startedUtc = QDateTime::fromString(row.columnText(8), Qt::ISODateWithMs);
        job.updatedUtc = QDateTime::fromString(row.columnText(9), Qt::ISODateWithMs);
        return job;
    });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<FirmwareJob>();
    return std::optional<FirmwareJob>(rows->first());
}

Status FirmwareJobStore::save(FirmwareJob job)
{
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    Result<storage::Statement> statement = m_db.prepare(
        u"INSERT OR REPLACE INTO firmware_jobs (device, file_sha, image_hash, version, size, offset, state, mode, "
        u"started_utc, updated_utc) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!statement)
        return statement.error();
    const QString started = job.startedUtc.isValid() ? job.startedUtc.toUTC().toString(Qt::ISODateWithMs) : now;
    return statement->bind(1, job.device)
        .bind(2, job.fileSha256)
        .bind(3, job.imageHash)
        .bind(4, job.version)
        .bind(5, job.size)
        .bind(6, job.offset)
        .bind(7, job.state)
        .bind(8, job.mode)
        .bind(9, started)
        .bind(10, now)
        .run();
}

Status FirmwareJobStore::updateProgress(const QString &device, qint64 offset, const QString &state)
{
    Result<storage::Statement> statement =
        m_db.prepare(u"UPDATE firmware_jobs SET offset = ?2, state = ?3, updated_utc = ?4 WHERE device = ?1");
    if (!statement)
        return statement.error();
    return statement->bind(1, device)
        .bind(2, offset)
        .bind(3, state)
        .bind(4, m_clock.nowUtc().toString(Qt::ISODateWithMs))
        .run();
}

} // namespace pasban::firmware
