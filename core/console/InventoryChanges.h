#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "inventory/InventoryExport.h"
#include "inventory/InventoryImport.h"

#include <QByteArray>
#include <QString>

namespace pasban::audit {
class AuditSink;
struct AuditEvent;
} // namespace pasban::audit
namespace pasban::discovery {
class DeviceRegistry;
}
namespace pasban::inventory {
class InventoryPostureSource;
class InventoryStore;
} // namespace pasban::inventory

namespace pasban {

// Every change the operator makes to the inventory, recorded in the audit log
// the way DiscoverySession records scans: audited first, so a change that cannot
// be recorded is not made (when a sink is given; null: nothing is recorded).
// Used by pasban-cli's inventory commands and the Devices page alike.
class InventoryChanges
{
public:
    InventoryChanges(inventory::InventoryStore &store, audit::AuditSink *audit, QString operatorId = {},
                     const Clock &clock = Clock::system());

    // Applies PLAN (see InventoryImporter::apply) made from FILENAME whose
    // SHA-256 is FILEHASH: recorded before it is written, and its failure after.
    [[nodiscard]] Status applyImport(inventory::InventoryImporter &importer, const inventory::ImportPlan &plan,
                                     const QString &fileName, const QByteArray &fileHash);
    // The two records of applyImport, for callers that write on another thread.
    [[nodiscard]] Status recordImport(const inventory::ImportPlan &plan, const QString &fileName,
                                      const QByteArray &fileHash);
    void recordImportFailed(const inventory::ImportPlan &plan, const QString &fileName, const Error &error);

    [[nodiscard]] Status add(const inventory::DeclaredRecord &record);
    [[nodiscard]] Status remove(const QString &assetTag);

    // Writes the whole inventory to PATH (replaced atomically) in FORMAT and
    // records the export; returns the number of entries written.
    [[nodiscard]] Result<int> exportTo(const QString &path, inventory::ExportFormat format,
                                       const inventory::InventoryPostureSource *posture = nullptr);
    // The export the maintenance system gets: exportTo with each device's posture
    // score and open findings, evaluated now over the store's database (with the
    // devices REGISTRY has seen this session, when given).
    [[nodiscard]] Result<int> exportWithPosture(const QString &path, inventory::ExportFormat format,
                                                const discovery::DeviceRegistry *registry = nullptr);

private:
    [[nodiscard]] Status recordEvent(audit::AuditEvent event);

    inventory::InventoryStore &m_store;
    audit::AuditSink *m_audit;
    QString m_operatorId;
    const Clock &m_clock;
};

} // namespace pasban
