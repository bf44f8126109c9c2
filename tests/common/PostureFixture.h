#pragma once

// A console database with an inventory, filled the way the console fills it:
// simulated ward devices scanned into the registry, interrogated by the
// simulated interrogator, stored through DeviceInventorySync. Posture tests build
// their facts from it, so a check is tested against what the product records.

#include "console/DeviceInventorySync.h"
#include "discovery/BleScenario.h"
#include "discovery/DeviceRegistry.h"
#include "inventory/InventoryStore.h"
#include "posture/DeviceFacts.h"
#include "sim/SimulatedBleInterrogator.h"
#include "storage/ConsoleSchema.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace pasban::test {

class PostureFixture
{
public:
    PostureFixture()
    {
        auto db = storage::openConsoleDatabase(m_dir.filePath(QStringLiteral("pasban.sqlite")));
        Q_ASSERT(db.ok());
        database = std::make_unique<storage::Database>(std::move(db).value());
        store = std::make_unique<inventory::InventoryStore>(*database);
        sync = std::make_unique<DeviceInventorySync>(registry, *store);
        auto loaded = discovery::BleScenario::ward();
        Q_ASSERT(loaded.ok());
        ward = *loaded;
    }

    // Ingests the scenario device's advertisement (changed by EDIT first, when
    // given) and stores it; returns its registry id.
    QString scan(const QString &key, const std::function<void(discovery::Advertisement &)> &edit = {})
    {
        const discovery::ScenarioDevice *device = ward.device(key);
        Q_ASSERT(device);
        discovery::Advertisement advertisement = device->advertisement;
        advertisement.seenUtc = QDateTime::currentDateTimeUtc();
        if (edit)
            edit(advertisement);
        registry.ingest(advertisement);
        registry.flush();
        (void)sync->flush();
        return idOf(advertisement.address);
    }

    // Interrogates the scanned device with the simulated interrogator and stores
    // the result as operator OPERATOR; returns the device's id afterwards.
    QString interrogate(const QString &id, const QString &operatorName = QStringLiteral("engineer.k"))
    {
        const std::optional<discovery::DeviceRecord> device = registry.device(id);
        Q_ASSERT(device);
        sim::SimulatedBleInterrogator interrogator(ward);
        QSignalSpy finished(&interrogator, &discovery::BleInterrogator::finished);
        discovery::InterrogationOptions options;
        options.notifyFor = std::chrono::seconds {0};
        interrogator.interrogate(device->address, options);
        if (finished.isEmpty() && !finished.wait(5000))
            return {};
        const auto interrogation = finished.first().first().value<discovery::Interrogation>();
        Result<QString> newId = sync->recordInterrogation(id, interrogation, operatorName);
        return newId ? *newId : QString();
    }

    QString scanAndInterrogate(const QString &key) { return interrogate(scan(key)); }

    posture::DeviceFacts facts(const QString &id)
    {
        auto device = store->find(id);
        Q_ASSERT(device.ok() && device->has_value());
        auto observations = store->observations(id);
        Q_ASSERT(observations.ok());
        return posture::factsFromInventory(**device, *observations);
    }

    // Inventory facts plus what the registry knows now (advertisement data).
    posture::DeviceFacts liveFacts(const QString &id)
    {
        posture::DeviceFacts f = facts(id);
        if (const std::optional<discovery::DeviceRecord> record = registry.device(id))
            posture::addRegistryFacts(f, *record);
        return f;
    }

    QString idOf(const QString &address) const
    {
        for (const QString &id : registry.ids()) {
            if (registry.device(id)->address == address)
                return id;
        }
        return {};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<inventory::InventoryStore> store;
    discovery::DeviceRegistry registry;
    std::unique_ptr<DeviceInventorySync> sync;
    discovery::BleScenario ward;
};

} // namespace pasban::test
