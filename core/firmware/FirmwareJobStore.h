#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace pasban::storage {
class Database;
}

namespace pasban::firmware {

// A firmware update in progress, as persisted so that it survives a lost link or
// a console restart: which file to which device, how far the device had
// acknowledged it, and which step ran last.
struct FirmwareJob
{
    QString device; // the transport's peer name
    QByteArray fileSha256;
    QByteArray imageHash;
    QString version;
    qint64 size = 0;
    qint64 offset = 0;
    QString state; // FirmwareUpdate::stateName(): "uploading", "testing", "done", ...
    QString mode; // "test-confirm" | "confirm-only" | "test-only"
    QDateTime startedUtc;
    QDateTime updatedUtc;
};

// firmware_jobs in the console database: one row per device (a new update to the
// same device replaces it). Runs on the caller's thread.
class FirmwareJobStore
{
public:
    explicit FirmwareJobStore(storage::Database &database, const Clock &clock = Clock::system());

    [[nodiscard]] Result<std::optional<FirmwareJob>> find(const QString &device);
    // Inserts or replaces; sets updatedUtc (and startedUtc when empty).
    [[nodiscard]] Status save(FirmwareJob job);
    [[nodiscard]] Status updateProgress(const QString &device, qint64 offset, const QString &state);

private:
    storage::Database &m_db;
    const Clock &m_clock;
};

} // namespace pasban::firmware
