#pragma once

#include "AnchorStore.h"

namespace pasban::audit {

// Keeps the newest checkpoint in an OS keystore entry, next to FileAnchorStore:
// someone who replaces the data folder's database and anchor file together is
// still caught, because the keystore (under the user's login) keeps its own copy.
// The entry is named after the database's absolute path, since the anchor is
// read before the log (and its id) is known.
class KeychainAnchorStore final : public AnchorStore
{
public:
    explicit KeychainAnchorStore(const QString &databasePath, QString service = {});

    [[nodiscard]] static QString entryName(const QString &databasePath);

    // Errors: audit.keystore_unavailable, audit.keystore_locked, or
    // audit.anchor_malformed for an entry that is not a checkpoint.
    [[nodiscard]] Result<std::optional<Checkpoint>> load() override;
    // Refuses to overwrite another log's anchor; keeps a newer one of this log.
    [[nodiscard]] Status save(const Checkpoint &checkpoint) override;
    [[nodiscard]] QString description() const override;
    // Deletes the entry (tests).
    [[nodiscard]] Status remove();

private:
    QString m_entry;
    QString m_service;
};

} // namespace pasban::audit
