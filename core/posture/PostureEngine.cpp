#include "PostureEngine.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace pasban::posture {

namespace {

int statusRank(FindingStatus status)
{
    switch (status) {
    case FindingStatus::AcceptanceExpired:
    case FindingStatus::Open:
        return 0;
    case FindingStatus::RiskAccepted:
        return 1;
    case FindingStatus::Resolved:
        break;
    }
    return 2;
}

// What is left of a finding that was open before and is not observed now.
Finding resolvedFinding(const QString &id)
{
    Finding finding;
    finding.id = id;
    const QString checkId = id.startsWith(u"advisory/"_s) ? u"advisory"_s : id;
    finding.checkId = checkId;
    if (const Check *check = findCheck(checkId)) {
        const CheckInfo info = check->info();
        finding.severity = info.severity;
        finding.title = Text::of(info.title, {id.section(u'/', 2)});
        finding.references = info.references;
    } else {
        finding.title = Text::plain(id);
    }
    finding.status = FindingStatus::Resolved;
    Evidence evidence;
    evidence.what =
        Text::of(QT_TRANSLATE_NOOP("pasban::posture", "Open at the previous evaluation; no longer observed"));
    evidence.how = u"evaluation"_s;
    evidence.provenance = Provenance::Inferred;
    finding.evidence.append(evidence);
    return finding;
}

} // namespace

std::optional<Severity> DevicePosture::worstOpen() const
{
    std::optional<Severity> worst;
    for (const Finding &f : findings) {
        if (f.isOpen() && (!worst || int(f.severity) < int(*worst)))
            worst = f.severity;
    }
    return worst;
}

int DevicePosture::openCount() const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.isOpen(); }));
}

const Finding *DevicePosture::finding(QStringView id) const
{
    for (const Finding &f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

QList<std::pair<QString, double>> FleetPosture::contributions() const
{
    QList<std::pair<QString, double>> out;
    if (devices.isEmpty())
        return out;
    for (const DevicePosture &d : devices)
        out.append({d.deviceId, double(100 - d.score) / double(devices.size())});
    return out;
}

int Scoring::points(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return 40;
    case Severity::High:
        return 20;
    case Severity::Medium:
        return 10;
    case Severity::Low:
        return 3;
    case Severity::Info:
        break;
    }
    return 0;
}

void Scoring::score(DevicePosture &device)
{
    int total = 0;
    device.contributions.clear();
    for (const Finding &f : std::as_const(device.findings)) {
        const int p = f.isOpen() ? points(f.severity) : 0;
        device.contributions.append({f.id, f.severity, p});
        total += p;
    }
    device.score = std::max(0, 100 - total);
}

int Scoring::fleetScore(const QList<DevicePosture> &devices)
{
    if (devices.isEmpty())
        return 100;
    double sum = 0;
    for (const DevicePosture &d : devices)
        sum += d.score;
    return int(std::lround(sum / double(devices.size())));
}

PostureEngine::PostureEngine(QList<const Check *> checks)
    : m_checks(std::move(checks))
{
}

DevicePosture PostureEngine::evaluate(const DeviceFacts &facts, const PostureContext &context,
                                      const QList<RiskAcceptance> &acceptances, const QStringList &previouslyOpen) const
{
    DevicePosture posture;
    posture.deviceId = facts.id;
    posture.assetTag = facts.assetTag;
    posture.label = facts.displayName();
    posture.deviceClass = facts.deviceClass;
    for (const Check *check : m_checks)
        check->evaluate(facts, context, posture.findings);

    QSet<QString> present;
    for (Finding &finding : posture.findings) {
        present.insert(finding.id);
        for (const RiskAcceptance &acceptance : acceptances) {
            if (acceptance.findingId != finding.id)
                continue;
            finding.acceptance = acceptance;
            finding.status =
                acceptance.holdsAt(context.now) ? FindingStatus::RiskAccepted : FindingStatus::AcceptanceExpired;
        }
    }
    for (const QString &id : previouslyOpen) {
        if (!present.contains(id))
            posture.findings.append(resolvedFinding(id));
    }
    std::stable_sort(posture.findings.begin(), posture.findings.end(), [](const Finding &a, const Finding &b) {
        if (statusRank(a.status) != statusRank(b.status))
            return statusRank(a.status) < statusRank(b.status);
        return int(a.severity) < int(b.severity);
    });
    Scoring::score(posture);
    return posture;
}

FleetPosture PostureEngine::evaluateFleet(const QList<DeviceFacts> &devices, const PostureContext &context,
                                          const QHash<QString, QList<RiskAcceptance>> &acceptances,
                                          const QHash<QString, QStringList> &previouslyOpen) const
{
    FleetPosture fleet;
    fleet.devices.reserve(devices.size());
    for (const DeviceFacts &facts : devices)
        fleet.devices.append(evaluate(facts, context, acceptances.value(facts.id), previouslyOpen.value(facts.id)));
    fleet.score = Scoring::fleetScore(fleet.devices);
    return fleet;
}

} // namespace pasban::posture
