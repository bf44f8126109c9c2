#pragma once

#include "AnchorStore.h"

namespace pasban::audit {

// Keeps the anchor in one file (Checkpoint::toBytes), replaced atomically and
// synced to disk on every save. In the data folder it guards against a
// truncated or rolled-back database, not against someone who replaces both files
// at once: that is what the keystore and forwarder anchors are for.
class FileAnchorStore final : public AnchorStore
{
public:
    explicit FileAnchorStore(QString path);

    // The anchor file's name in the data folder.
    [[nodiscard]] static QString defaultFileName();

    [[nodiscard]] Result<std::optional<Checkpoint>> load() override;
    [[nodiscard]] Status save(const Checkpoint &checkpoint) override;
    [[nodiscard]] QString description() const override;

    [[nodiscard]] QString path() const { return m_path; }

private:
    [[nodiscard]] Result<std::optional<Checkpoint>> loadUnlocked() const;

    QString m_path;
};

} // namespace pasban::audit
