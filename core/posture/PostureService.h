#pragma once

#include "AdvisoryIndex.h"
#include "DeviceFacts.h"
#include "PostureEngine.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "inventory/InventoryPostureSource.h"

#include <QHash>
#include <memory>

namespace pasban::audit {
class AuditSink;
}
namespace pasban::discovery {
class DeviceRegistry;
}
namespace pasban::storage {
class Database;
}

namespace pasban::posture {

// The posture of everything the console knows, as the Posture page, the CLI,
// reports and inventory exports see it: facts gathered from the inventory (and
// the live registry when given), imported advisories, the newest approved
// firmware per model, risk acceptances and what was open last time, evaluated by
// the check catalogue and scored.
struct PostureEvaluation
{
    QList<DeviceFacts> facts; // in the order of fleet.devices
    FleetPosture fleet;
    int advisories = 0; // how many were matched against

    [[nodiscard]] const DevicePosture *device(const QString &deviceId) const;
};

class PostureService
{
public:
    PostureService(storage::Database &db, audit::AuditSink *audit = nullptr, const Clock &clock = Clock::system());

    // RECORD keeps a score snapshot for the trend (only what changed).
    [[nodiscard]] Result<PostureEvaluation> evaluate(const discovery::DeviceRegistry *registry = nullptr,
                                                     bool record = true);
    // Accepts the risk of an open finding of an inventoried device: a reason and
    // an expiry date (after today, within a year) are required; audited.
    [[nodiscard]] Status acceptRisk(const QString &deviceId, const QString &findingId, const QString &reason,
                                    const QDate &expires, const QString &operatorId = {});

private:
    storage::Database &m_db;
    audit::AuditSink *m_audit;
    const Clock &m_clock;
};

// Posture for inventory exports (score and open findings per device).
class EvaluatedPostureSource final : public inventory::InventoryPostureSource
{
public:
    explicit EvaluatedPostureSource(const FleetPosture &fleet);
    [[nodiscard]] inventory::DevicePosture posture(const QString &deviceId) const override;

private:
    QHash<QString, inventory::DevicePosture> m_devices;
};

} // namespace pasban::posture
