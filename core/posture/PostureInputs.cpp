#include "PostureInputs.h"

#include "discovery/DeviceRegistry.h"
#include "flows/FlowStore.h"
#include "inventory/InventoryStore.h"

namespace pasban::posture {

Result<QList<DeviceFacts>> gatherFacts(storage::Database &database, const discovery::DeviceRegistry *registry)
{
    inventory::InventoryStore inventory(database);
    Result<QList<inventory::InventoryDevice>> devices = inventory.list();
    if (!devices)
        return devices.error();
    Result<QList<flows::FlowDeclaration>> declarations = flows::FlowStore(database).list();
    if (!declarations)
        return declarations.error();
    QList<DeviceFacts> all;
    all.reserve(devices->size());
    for (const inventory::InventoryDevice &device : *devices) {
        Result<QList<inventory::Observation>> observations = inventory.observations(device.observed.id);
        if (!observations)
            return observations.error();
        DeviceFacts facts = factsFromInventory(device, *observations);
        if (registry) {
            if (const std::optional<discovery::DeviceRecord> record = registry->device(facts.id))
                addRegistryFacts(facts, *record);
        }
        facts.declaredFlows = flows::FlowStore::applying(*declarations, facts.id, facts.manufacturer, facts.model);
        all.append(std::move(facts));
    }
    return all;
}

} // namespace pasban::posture
