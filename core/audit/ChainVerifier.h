#pragma once

#include "AnchorStore.h"
#include "Checkpoint.h"
#include "KeyRing.h"
#include "StoredRecord.h"
#include "VerifyReport.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace pasban::storage {
class Database;
}

namespace pasban::audit {

// Walks the whole log once: every row against the hash chain, every checkpoint's
// signature and link, and the anchors kept outside the database. Collects the
// problems it finds and reports the one with the lowest event number, since that
// is where an investigation starts. Reads in one snapshot; never writes.
class ChainVerifier
{
public:
    ChainVerifier(storage::Database &db, QByteArray logId, const KeyRing &keys, QList<AnchorStore *> anchors);

    // An Error only when the database cannot be read; a damaged log is a report.
    [[nodiscard]] Result<VerifyReport> run();

private:
    struct Finding
    {
        VerifyReport::Problem problem = VerifyReport::Problem::None;
        quint64 firstBad = 0; // 0: not tied to an event, ranks last
        quint64 related = 0;
        quint64 checkpointNumber = 0;
        QString detail;
        int rank = 0; // on equal events: the chain first, then anchors, then checkpoints
    };
    struct StoredCheckpoint
    {
        Checkpoint checkpoint;
        bool checked = false; // compared against the chain
    };

    void loadAnchors();
    [[nodiscard]] Status loadCheckpoints();
    [[nodiscard]] Status walkChain();
    [[nodiscard]] Result<quint64> findOriginalPosition(const StoredRecord &record, const KeyGeneration &key);
    void checkTail();
    [[nodiscard]] bool keyCovers(qint64 keyId, quint64 sequence, const KeyGeneration **keys) const;
    void add(Finding finding);

    storage::Database &m_db;
    QByteArray m_logId;
    const KeyRing &m_keys;
    QList<AnchorStore *> m_anchors;

    std::optional<Checkpoint> m_anchor;
    QList<StoredCheckpoint> m_checkpoints;
    QList<Finding> m_findings;
    VerifyReport m_report;
    bool m_chainBroken = false;
    bool m_anchorMatched = false;
};

} // namespace pasban::audit
