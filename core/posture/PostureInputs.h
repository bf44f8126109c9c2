#pragma once

#include "DeviceFacts.h"
#include "common/Result.h"

#include <QList>

namespace pasban::discovery {
class DeviceRegistry;
}
namespace pasban::storage {
class Database;
}

namespace pasban::posture {

// The facts of every device the inventory holds — seen devices with their stored
// observations and what the live registry knows now (when given), declared
// records (maintenance-system imports) with what they declare, matched ones with
// both (the observation wins) — each with the flows engineers declared for it or
// its model: what the posture checks, the data-flow diagram and the reports
// start from.
[[nodiscard]] Result<QList<DeviceFacts>> gatherFacts(storage::Database &database,
                                                     const discovery::DeviceRegistry *registry = nullptr);

} // namespace pasban::posture
