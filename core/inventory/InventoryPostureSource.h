#pragma once

#include <QString>

#include <optional>

namespace pasban::inventory {

// What the posture module knows about one device, for exports back to the
// maintenance system. A seam: core/posture implements it; until then (and for
// devices it has not assessed) exports leave the values out (null in JSON, empty
// in CSV, no extension in FHIR) instead of inventing a number.
struct DevicePosture
{
    std::optional<double> score; // 0–100, higher is better
    std::optional<int> openFindings;
};

class InventoryPostureSource
{
public:
    virtual ~InventoryPostureSource() = default;
    // DEVICEID is an inventory entry's id (observed device id or "asset:<tag>").
    [[nodiscard]] virtual DevicePosture posture(const QString &deviceId) const = 0;
};

} // namespace pasban::inventory
