#pragma once

#include "DataFlow.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QList>

namespace pasban::audit {
class AuditSink;
}
namespace pasban::storage {
class Database;
}

namespace pasban::flows {

// The flows engineers declared (schema v10, flow_declaration). Every change is
// recorded in the audit log first when a sink is given; a change the audit log
// refuses is not made.
class FlowStore
{
public:
    static constexpr int MaxDeclarations = 100000;

    FlowStore(storage::Database &db, audit::AuditSink *audit = nullptr, const Clock &clock = Clock::system());

    // Stores a new declaration; returns its id.
    [[nodiscard]] Result<qint64> add(FlowDeclaration declaration, const QString &operatorId = {});
    [[nodiscard]] Status update(FlowDeclaration declaration, const QString &operatorId = {});
    [[nodiscard]] Status remove(qint64 id, const QString &operatorId = {});
    [[nodiscard]] Result<QList<FlowDeclaration>> list() const;
    [[nodiscard]] Result<std::optional<FlowDeclaration>> find(qint64 id) const;

    // The declarations that apply to a device: its own and its model's
    // (manufacturer and model compared without regard to case or outer spaces).
    [[nodiscard]] static QList<FlowDeclaration> applying(const QList<FlowDeclaration> &all, const QString &deviceId,
                                                         const QString &manufacturer, const QString &model);

private:
    Status audit(const char *operation, const FlowDeclaration &declaration, const QString &operatorId);

    storage::Database &m_db;
    audit::AuditSink *m_audit;
    const Clock &m_clock;
};

} // namespace pasban::flows
