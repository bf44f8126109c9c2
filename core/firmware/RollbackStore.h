#pragma once

#include "McubootImage.h"
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

// The highest firmware the console has seen installed on one device. Devices do not
// report their security counter, so the console remembers it (schema v5).
struct DeviceFirmwareRecord
{
    QString deviceId;
    ImageVersion version;
    quint64 sequenceNumber = 0;
    quint32 securityCounter = 0;
    QByteArray imageHash; // MCUboot hash of the image last confirmed
    QString packageId;
    QDateTime updated;
};

class RollbackStore
{
public:
    explicit RollbackStore(storage::Database &db, const Clock &clock = Clock::system());

    [[nodiscard]] Result<std::optional<DeviceFirmwareRecord>> find(const QString &deviceId) const;
    // After a confirmed update: each of version, sequence number and security counter
    // becomes the larger of the stored and the new value, so the record never goes back.
    [[nodiscard]] Status record(const DeviceFirmwareRecord &installed);

private:
    storage::Database &m_db;
    const Clock &m_clock;
};

} // namespace pasban::firmware
