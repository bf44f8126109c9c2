#pragma once

#include "Checkpoint.h"
#include "common/Result.h"

#include <QString>

#include <optional>

namespace pasban::audit {

// A place outside the database that keeps the newest checkpoint of the log, so
// that a cut-off tail or an older copy of the database can be recognised: the log
// must reach every anchor. Implementations: FileAnchorStore (a file in the data
// folder) now; the OS keystore and the central syslog forwarder later.
//
// Rules for implementations: save() is called only after the checkpoint is
// committed to the database, and must never replace an anchor of the same log
// with one of a lower sequence (two writers may race).
class AnchorStore
{
public:
    virtual ~AnchorStore() = default;

    // The kept checkpoint, or nullopt when none was kept yet. The checkpoint may
    // belong to another log (the database was replaced): the caller checks.
    [[nodiscard]] virtual Result<std::optional<Checkpoint>> load() = 0;
    [[nodiscard]] virtual Status save(const Checkpoint &checkpoint) = 0;
    // For reports and logs: "file /home/…/audit-anchor.bin".
    [[nodiscard]] virtual QString description() const = 0;
};

} // namespace pasban::audit
