// Checks on the firmware a device runs: against the hospital's approved packages
// and on the installed MCUboot image's signature key and anti-rollback counter.
#include "ApprovedFirmware.h"
#include "Checks.h"
#include "Version.h"
#include "firmware/DevelopmentKeys.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::posture::checks {

namespace {

Evidence imageEvidence(const ImageFacts &image, Text what)
{
    Evidence evidence;
    evidence.what = std::move(what);
    evidence.when = image.at;
    evidence.how = image.how;
    evidence.operatorName = image.operatorName;
    return evidence;
}

class FirmwareOutdated final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"firmware.outdated"_s,
                Severity::Medium,
                QT_TRANSLATE_NOOP("pasban::posture", "Firmware older than the newest approved package"),
                u"inventory: firmware revision; firmware library: newest approved package per model"_s,
                {{u"CSUP"_s, u"SAHD-3.2"_s}, {u"EDR 3.10"_s}, {u"164.312(c)(1)"_s}}};
    }

    void evaluate(const DeviceFacts &facts, const PostureContext &context, QList<Finding> &out) const override
    {
        if (!context.approvedFirmware || facts.model.isEmpty() || facts.firmware.isEmpty())
            return;
        const std::optional<ApprovedFirmware> newest = context.approvedFirmware->newestApproved(facts.model);
        if (!newest || !(Version::compare(facts.firmware, newest->version) < 0))
            return;
        Finding finding = makeFinding();
        Evidence installed;
        installed.what =
            Text::of(QT_TRANSLATE_NOOP("pasban::posture", "The device reports firmware %1"), {facts.firmware});
        installed.when = facts.interrogation ? facts.interrogation->at : facts.lastSeen;
        installed.how = facts.interrogation ? u"interrogation"_s : u"inventory"_s;
        installed.operatorName = facts.interrogation ? facts.interrogation->operatorName : QString();
        finding.evidence.append(installed);
        Evidence approved;
        approved.what = Text::of(
            QT_TRANSLATE_NOOP("pasban::posture", "The firmware library holds approved version %1 for %2 (package %3)"),
            {newest->version, facts.model, newest->packageId});
        approved.how = u"firmware-library"_s;
        approved.provenance = Provenance::Declared;
        finding.evidence.append(approved);
        finding.why = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "The hospital has approved a newer firmware for this model; the installed one may lack its security "
            "fixes."));
        finding.remediation =
            Text::of(QT_TRANSLATE_NOOP("pasban::posture",
                                       "Schedule an update to version %1 from the Firmware page when the device "
                                       "is not in clinical use."),
                     {newest->version});
        out.append(finding);
    }
};

class DevelopmentKey final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"firmware.development-key"_s,
                Severity::Critical,
                QT_TRANSLATE_NOOP("pasban::posture", "Firmware signed with a public MCUboot development key"),
                u"firmware image observation: KEYHASH TLV compared with MCUboot's published keys"_s,
                {{u"SAHD-3.2"_s},
                 {u"CR 3.4"_s, u"EDR 3.12"_s, u"EDR 3.14"_s},
                 {u"164.312(c)(1)"_s},
                 {},
                 {},
                 {u"CWE-321"_s}}};
    }

    void evaluate(const DeviceFacts &facts, const PostureContext &, QList<Finding> &out) const override
    {
        if (!facts.image || facts.image->keyHash.isEmpty())
            return;
        const std::optional<firmware::DevelopmentKey> key = firmware::findDevelopmentKey(facts.image->keyHash);
        if (!key)
            return;
        Finding finding = makeFinding();
        finding.evidence.append(imageEvidence(
            *facts.image,
            Text::of(QT_TRANSLATE_NOOP("pasban::posture",
                                       "The installed image %1 is signed with %2, a key published in the MCUboot "
                                       "repository"),
                     {facts.image->version, QString::fromLatin1(key->file)})));
        finding.why = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "Anyone has the private half of this key, so the bootloader will accept firmware built by anyone: the "
            "signature check protects nothing."));
        finding.remediation = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "Report it to the manufacturer and ask for production-signed firmware and a bootloader with the "
            "production key; until then allow updates only through Pasban with approved packages."));
        out.append(finding);
    }
};

class NoSecurityCounter final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"firmware.no-security-counter"_s,
                Severity::Medium,
                QT_TRANSLATE_NOOP("pasban::posture", "Installed firmware has no security counter"),
                u"firmware image or update observation: security counter TLV"_s,
                {{u"SAHD-3.2"_s, u"CSUP"_s}, {u"CR 3.4"_s, u"EDR 3.10"_s}, {u"164.312(c)(1)"_s}}};
    }

    void evaluate(const DeviceFacts &facts, const PostureContext &, QList<Finding> &out) const override
    {
        if (!facts.image || !facts.image->securityCounterKnown || facts.image->securityCounter)
            return;
        Finding finding = makeFinding();
        finding.evidence.append(imageEvidence(
            *facts.image,
            Text::of(QT_TRANSLATE_NOOP("pasban::posture", "The installed image %1 carries no security counter TLV"),
                     {facts.image->version})));
        finding.why = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "Without a security counter the bootloader cannot refuse an older, validly signed image, so a fixed "
            "vulnerability can be brought back by a downgrade."));
        finding.remediation = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "Ask the manufacturer to sign images with a security counter (imgtool --security-counter) and to enable "
            "hardware downgrade prevention in MCUboot; Pasban's own anti-rollback record protects only updates made "
            "through Pasban."));
        out.append(finding);
    }
};

} // namespace

QList<const Check *> firmwareChecks()
{
    static const DevelopmentKey developmentKey;
    static const FirmwareOutdated outdated;
    static const NoSecurityCounter counter;
    return {&developmentKey, &outdated, &counter};
}

} // namespace pasban::posture::checks
