#pragma once

#include "Finding.h"
#include "PostureEngine.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QHash>
#include <QList>

namespace pasban::audit {
class AuditSink;
}
namespace pasban::storage {
class Database;
}

namespace pasban::posture {

// One point of the score trend.
struct ScorePoint
{
    QDateTime taken; // UTC
    int score = 100;
    int openFindings = 0;
};

// Risk acceptances and score snapshots (schema v11: posture_acceptance,
// posture_snapshot). An acceptance needs a reason and an expiry date no more
// than MaxAcceptanceDays ahead; accepting and withdrawing are recorded in the
// audit log first: what the log refuses is not done.
class PostureStore
{
public:
    static constexpr int MaxAcceptanceDays = 365;
    static constexpr int MinReasonLength = 10;
    static constexpr int MaxReasonLength = 2000;

    PostureStore(storage::Database &db, audit::AuditSink *audit = nullptr, const Clock &clock = Clock::system());

    [[nodiscard]] Status accept(RiskAcceptance acceptance);
    [[nodiscard]] Status withdraw(const QString &deviceId, const QString &findingId, const QString &operatorId = {});
    // Device id → its acceptances (holding or expired).
    [[nodiscard]] Result<QHash<QString, QList<RiskAcceptance>>> acceptances() const;

    // Keeps the fleet's and each device's score and open findings, for devices
    // whose state changed since their last snapshot (and the fleet when it did).
    [[nodiscard]] Status recordSnapshot(const FleetPosture &fleet);
    // Device id → the finding ids open at its last snapshot.
    [[nodiscard]] Result<QHash<QString, QStringList>> lastOpen() const;
    // The fleet's (DEVICEID empty) or one device's scores over time, oldest first.
    [[nodiscard]] Result<QList<ScorePoint>> trend(const QString &deviceId = {}, int limit = 365) const;

private:
    storage::Database &m_db;
    audit::AuditSink *m_audit;
    const Clock &m_clock;
};

} // namespace pasban::posture
