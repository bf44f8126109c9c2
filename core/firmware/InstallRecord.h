#pragma once

#include "common/Result.h"

#include <QString>

namespace pasban::storage {
class Database;
}

namespace pasban::firmware {

struct FirmwareUpdateResult;

// After an update of an inventoried device (CLI push, fleet push, push wizard):
// the new version goes into the device's firmware history in the inventory, and,
// only once the device has confirmed the image, into the anti-rollback record
// (devices do not report their counter, so the console remembers the highest
// version, sequence and counter it installed). PACKAGE_ID is empty and
// SEQUENCE_NUMBER 0 for a bare image.
[[nodiscard]] Status recordInstalled(storage::Database &database, const QString &deviceId,
                                     const FirmwareUpdateResult &result, const QString &packageId,
                                     quint64 sequenceNumber);

} // namespace pasban::firmware
