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

// The facts of every device the inventory holds, each with its stored
// observations, what the live registry knows now (when given) and the flows
// engineers declared for it or its model: what the posture checks, the data-flow
// diagram and the reports start from.
[[nodiscard]] Result<QList<DeviceFacts>> gatherFacts(storage::Database &database,
                                                     const discovery::DeviceRegistry *registry = nullptr);

} // namespace pasban::posture
