#include "Interrogation.h"

namespace pasban::discovery {

bool DeviceInformation::isEmpty() const
{
    return manufacturer.isNull() && model.isNull() && serial.isNull() && hardware.isNull() && firmware.isNull()
        && software.isNull() && pnpId.isNull() && systemId.isNull() && !has11073Certification;
}

bool Interrogation::hasService(const QBluetoothUuid &uuid) const
{
    for (const ServiceInfo &service : services) {
        if (service.uuid == uuid)
            return true;
    }
    return false;
}

} // namespace pasban::discovery
