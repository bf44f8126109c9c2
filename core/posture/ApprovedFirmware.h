#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace pasban::posture {

struct ApprovedFirmware
{
    QString version; // e.g. "2.2.0"
    QString packageId;
};

// The seam to the firmware package library (core/firmware/PackageLibrary,
// "newest approved version per model"): the highest version among approved
// packages that target MODEL. Posture asks only this, so the check is tested with
// a fake and the library can change underneath.
class ApprovedFirmwareSource
{
public:
    virtual ~ApprovedFirmwareSource() = default;
    [[nodiscard]] virtual std::optional<ApprovedFirmware> newestApproved(const QString &model) const = 0;
};

} // namespace pasban::posture
