// Checks on what the console knows about a device: interrogated or not, in the
// inventory with an asset tag or not, seen recently or not.
#include "Checks.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::posture::checks {

namespace {

Evidence inventoryEvidence(const DeviceFacts &facts, Text what, const QString &how = u"inventory"_s)
{
    Evidence evidence;
    evidence.what = std::move(what);
    evidence.when = facts.lastSeen;
    evidence.how = how;
    evidence.provenance = Provenance::Inferred;
    return evidence;
}

class NeverInterrogated final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"inventory.never-interrogated"_s,
                Severity::Low,
                QT_TRANSLATE_NOOP("pasban::posture", "Never interrogated"),
                u"inventory: no interrogation observation for a Bluetooth device"_s,
                {{u"CONN-1.1.2"_s}, {u"CR 7.8"_s}, {u"164.312(b)"_s}}};
    }

    void evaluate(const DeviceFacts &facts, const PostureContext &, QList<Finding> &out) const override
    {
        if (facts.transport != u"ble"_s || facts.interrogation)
            return;
        Finding finding = makeFinding();
        finding.evidence.append(inventoryEvidence(
            facts,
            Text::of(
                QT_TRANSLATE_NOOP("pasban::posture", "Seen by scans since %1, but no interrogation has been recorded"),
                {facts.firstSeen.toUTC().toString(Qt::ISODate)})));
        finding.why = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "Without an interrogation Pasban cannot tell whether the device's health data or management service "
            "is open to strangers, nor match it against advisories by model and firmware."));
        finding.remediation = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture", "Interrogate the device from the Devices page when it is not in clinical use."));
        out.append(finding);
    }
};

class NotInInventory final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"inventory.not-in-inventory"_s,
                Severity::Low,
                QT_TRANSLATE_NOOP("pasban::posture", "Not in the inventory"),
                u"scan: device in range that the inventory does not hold"_s,
                {{}, {u"CR 7.8"_s}, {u"164.312(b)"_s}}};
    }

    void evaluate(const DeviceFacts &facts, const PostureContext &, QList<Finding> &out) const override
    {
        if (facts.inInventory)
            return;
        Finding finding = makeFinding();
        finding.evidence.append(inventoryEvidence(
            facts,
            Text::of(QT_TRANSLATE_NOOP("pasban::posture", "Seen in range at %1 but not stored in the inventory"),
                     {facts.lastSeen.toUTC().toString(Qt::ISODate)}),
            u"scan"_s));
        finding.why = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "A device nobody has registered is a device nobody maintains, updates or looks for when an advisory "
            "comes out."));
        finding.remediation = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "Identify the device and add it to the inventory with its asset tag, or find out who brought it in."));
        out.append(finding);
    }
};

class NoAssetTag final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"inventory.no-asset-tag"_s,
                Severity::Low,
                QT_TRANSLATE_NOOP("pasban::posture", "No asset tag"),
                u"inventory: asset fields"_s,
                {{}, {u"CR 7.8"_s}, {u"164.312(b)"_s}}};
    }

    void evaluate(const DeviceFacts &facts, const PostureContext &, QList<Finding> &out) const override
    {
        if (!facts.inInventory || !facts.assetTag.trimmed().isEmpty())
            return;
        Finding finding = makeFinding();
        finding.evidence.append(inventoryEvidence(
            facts, Text::of(QT_TRANSLATE_NOOP("pasban::posture", "The inventory record has no asset tag"))));
        finding.why = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "Without an asset tag the device cannot be matched with the maintenance system, so findings and "
            "recalls do not reach the people who service it."));
        finding.remediation = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture", "Enter the asset tag in the Devices page's detail pane, or import it from the CMMS."));
        out.append(finding);
    }
};

class NotSeenRecently final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"inventory.not-seen"_s,
                Severity::Low,
                QT_TRANSLATE_NOOP("pasban::posture", "Not seen recently"),
                u"inventory: last seen, compared with the setting posture/staleAfterDays"_s,
                {{}, {u"CR 7.8"_s}, {u"164.312(b)"_s}}};
    }

    void evaluate(const DeviceFacts &facts, const PostureContext &context, QList<Finding> &out) const override
    {
        if (!facts.lastSeen.isValid() || !context.now.isValid() || context.staleAfterDays <= 0)
            return;
        const qint64 days = facts.lastSeen.daysTo(context.now);
        if (days < context.staleAfterDays)
            return;
        Finding finding = makeFinding();
        finding.evidence.append(inventoryEvidence(
            facts,
            Text::of(QT_TRANSLATE_NOOP("pasban::posture", "Last seen %1, %2 days ago (limit: %3 days)"),
                     {facts.lastSeen.toUTC().toString(Qt::ISODate), QString::number(days),
                      QString::number(context.staleAfterDays)})));
        finding.why = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "A device that has not been seen may be lost, stolen, or used out of sight, with patient data on it."));
        finding.remediation = Text::of(QT_TRANSLATE_NOOP(
            "pasban::posture",
            "Locate the device; if it left service, mark it so in the maintenance system and remove it from the "
            "inventory."));
        out.append(finding);
    }
};

} // namespace

QList<const Check *> inventoryChecks()
{
    static const NeverInterrogated neverInterrogated;
    static const NotInInventory notInInventory;
    static const NoAssetTag noAssetTag;
    static const NotSeenRecently notSeen;
    return {&neverInterrogated, &notInInventory, &noAssetTag, &notSeen};
}

} // namespace pasban::posture::checks
