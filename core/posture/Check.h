#pragma once

#include "DeviceFacts.h"
#include "Finding.h"

#include <QDateTime>
#include <QList>

namespace pasban::posture {

class AdvisoryIndex;
class ApprovedFirmwareSource;

// What every check may consult besides the device's own facts.
struct PostureContext
{
    static constexpr int DefaultStaleAfterDays = 30;

    QDateTime now; // UTC
    int staleAfterDays = DefaultStaleAfterDays; // "not seen for N days"
    const ApprovedFirmwareSource *approvedFirmware = nullptr; // null: no library, the check says nothing
    const AdvisoryIndex *advisories = nullptr; // null: no advisories imported
};

// A catalogue entry as documented in docs/posture-checks.md.
struct CheckInfo
{
    QString id; // stable: finding ids start with it
    Severity severity; // the usual severity (advisory findings take theirs from CVSS)
    const char *title; // context "pasban::posture"
    QString evidenceSource; // English, for the documentation table
    References references;
};

// One small rule: facts in, findings out. Pure (no I/O, no clock), so each is
// unit-tested with a positive and a negative fixture.
class Check
{
public:
    virtual ~Check() = default;
    [[nodiscard]] virtual CheckInfo info() const = 0;
    virtual void evaluate(const DeviceFacts &facts, const PostureContext &context, QList<Finding> &out) const = 0;

protected:
    // A finding pre-filled from info(): id, check id, severity, title, references.
    [[nodiscard]] Finding makeFinding() const;
};

// Every check, in the order findings are listed for a device.
[[nodiscard]] const QList<const Check *> &checkCatalogue();
[[nodiscard]] const Check *findCheck(QStringView id);

} // namespace pasban::posture
