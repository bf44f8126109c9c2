#include "InstallRecord.h"

#include "FirmwareUpdate.h"
#include "RollbackStore.h"
#include "inventory/InventoryStore.h"

namespace pasban::firmware {

Status recordInstalled(storage::Database &database, const QString &deviceId, const FirmwareUpdateResult &result,
                       const QString &packageId, quint64 sequenceNumber)
{
    inventory::InventoryStore inventory(database);
    if (Status recorded = FirmwareUpdate::recordInInventory(inventory, deviceId, result); !recorded)
        return recorded;
    if (!result.confirmed)
        return {};
    DeviceFirmwareRecord installed;
    installed.deviceId = deviceId;
    installed.version = result.version;
    installed.securityCounter = result.securityCounter.value_or(0);
    installed.imageHash = result.imageHash;
    installed.packageId = packageId;
    installed.sequenceNumber = sequenceNumber;
    return RollbackStore(database).record(installed);
}

} // namespace pasban::firmware
