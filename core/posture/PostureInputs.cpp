#include "PostureInputs.h"

#include "discovery/DeviceRegistry.h"
#include "flows/FlowStore.h"
#include "inventory/InventoryStore.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::posture {

namespace {

void fill(QString &observed, const QString &value)
{
    if (observed.isEmpty())
        observed = value;
}

} // namespace

Result<QList<DeviceFacts>> gatherFacts(storage::Database &database, const discovery::DeviceRegistry *registry)
{
    inventory::InventoryStore inventory(database);
    Result<QList<inventory::InventoryEntry>> entries = inventory.entries();
    if (!entries)
        return entries.error();
    Result<QList<flows::FlowDeclaration>> declarations = flows::FlowStore(database).list();
    if (!declarations)
        return declarations.error();
    QList<DeviceFacts> all;
    all.reserve(entries->size());
    for (const inventory::InventoryEntry &entry : *entries) {
        DeviceFacts facts;
        if (entry.device) {
            Result<QList<inventory::Observation>> observations = inventory.observations(entry.device->observed.id);
            if (!observations)
                return observations.error();
            facts = factsFromInventory(*entry.device, *observations);
            if (registry) {
                if (const std::optional<discovery::DeviceRecord> record = registry->device(facts.id))
                    addRegistryFacts(facts, *record);
            }
        } else {
            // Declared (imported from the maintenance system) but not seen yet: the
            // declaration is all there is, and enough to match advisories.
            facts.id = entry.id;
            facts.inInventory = true;
            facts.deviceClass = u"unknown"_s;
        }
        if (entry.declared) {
            // What the device did not tell, the maintenance system may know.
            const inventory::DeclaredRecord &declared = *entry.declared;
            fill(facts.manufacturer, declared.manufacturer);
            fill(facts.model, declared.model);
            fill(facts.serial, declared.serial);
            fill(facts.firmware, declared.firmware);
            fill(facts.hardware, declared.hardware);
        }
        fill(facts.assetTag, entry.assetTag());
        facts.declaredFlows = flows::FlowStore::applying(*declarations, facts.id, facts.manufacturer, facts.model);
        all.append(std::move(facts));
    }
    return all;
}

} // namespace pasban::posture
