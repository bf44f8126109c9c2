#pragma once

#include "Advisory.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QStringList>

namespace pasban::audit {
class AuditSink;
}
namespace pasban::storage {
class Database;
}

namespace pasban::posture {

struct AdvisoryImportReport
{
    QList<Advisory> imported; // new or replaced, as stored
    QStringList replaced; // tracking ids that were already there (a newer or equal copy replaced them)
    QStringList skipped; // tracking ids whose stored copy is newer (current_release): kept
};

// The advisories the console knows (schema v11, posture_advisory). Import takes
// files or folders (*.json inside, recursively, symbolic links not followed):
// every file is read, its .sha512 beside it checked when present, and parsed
// before anything is written; then all are stored in one transaction. One bad
// file — unreadable, too large, a checksum that does not match, not CSAF 2.0 —
// and nothing is imported. Imports are recorded in the audit log when a sink is
// given, before anything is stored: an import the log refuses is not made.
class AdvisoryStore
{
public:
    static constexpr int MaxFiles = 10000;
    static constexpr int MaxFolderDepth = 8;

    AdvisoryStore(storage::Database &db, audit::AuditSink *audit = nullptr, const Clock &clock = Clock::system());

    [[nodiscard]] Result<AdvisoryImportReport> importPaths(const QStringList &paths, const QString &operatorId = {});
    [[nodiscard]] Result<QList<Advisory>> list() const;
    [[nodiscard]] Result<int> count() const;

private:
    storage::Database &m_db;
    audit::AuditSink *m_audit;
    const Clock &m_clock;
};

} // namespace pasban::posture
