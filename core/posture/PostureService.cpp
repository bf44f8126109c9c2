#include "PostureService.h"

#include "AdvisoryStore.h"
#include "ApprovedFirmware.h"
#include "PostureErrors.h"
#include "PostureInputs.h"
#include "PostureStore.h"
#include "firmware/PackageLibrary.h"
#include "firmware/TrustSnapshot.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::posture {

namespace {

// The firmware library's newest approved package per model.
class LibraryApprovedFirmware final : public ApprovedFirmwareSource
{
public:
    explicit LibraryApprovedFirmware(storage::Database &db)
        : m_library(db, QString(), firmware::TrustSnapshot(), nullptr)
    {
    }

    std::optional<ApprovedFirmware> newestApproved(const QString &model) const override
    {
        const Result<std::optional<firmware::LibraryEntry>> newest = m_library.newestApprovedVersionForModel(model);
        if (!newest || !newest->has_value())
            return std::nullopt;
        return ApprovedFirmware {(*newest)->version.toString(), (*newest)->packageId};
    }

private:
    firmware::PackageLibrary m_library;
};

} // namespace

const DevicePosture *PostureEvaluation::device(const QString &deviceId) const
{
    for (const DevicePosture &device : fleet.devices) {
        if (device.deviceId == deviceId)
            return &device;
    }
    return nullptr;
}

PostureService::PostureService(storage::Database &db, audit::AuditSink *audit, const Clock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{
}

Result<PostureEvaluation> PostureService::evaluate(const discovery::DeviceRegistry *registry, bool record)
{
    PostureEvaluation evaluation;
    Result<QList<DeviceFacts>> facts = gatherFacts(m_db, registry);
    if (!facts)
        return facts.error();
    evaluation.facts = *facts;
    Result<QList<Advisory>> advisories = AdvisoryStore(m_db).list();
    if (!advisories)
        return advisories.error();
    evaluation.advisories = int(advisories->size());
    const AdvisoryIndex index(*advisories);
    const LibraryApprovedFirmware approved(m_db);
    PostureStore store(m_db, m_audit, m_clock);
    Result<QHash<QString, QList<RiskAcceptance>>> acceptances = store.acceptances();
    if (!acceptances)
        return acceptances.error();
    Result<QHash<QString, QStringList>> previouslyOpen = store.lastOpen();
    if (!previouslyOpen)
        return previouslyOpen.error();
    PostureContext context;
    context.now = m_clock.nowUtc();
    context.advisories = &index;
    context.approvedFirmware = &approved;
    evaluation.fleet = PostureEngine().evaluateFleet(evaluation.facts, context, *acceptances, *previouslyOpen);
    if (record) {
        if (Status kept = store.recordSnapshot(evaluation.fleet); !kept)
            return kept.error();
    }
    return evaluation;
}

Status PostureService::acceptRisk(const QString &deviceId, const QString &findingId, const QString &reason,
                                  const QDate &expires, const QString &operatorId)
{
    Result<PostureEvaluation> evaluation = evaluate(nullptr, false);
    if (!evaluation)
        return evaluation.error();
    const DevicePosture *device = evaluation->device(deviceId);
    if (!device)
        return errors::unknownDevice(deviceId);
    const Finding *finding = device->finding(findingId);
    if (!finding || finding->status == FindingStatus::Resolved)
        return errors::unknownFinding(deviceId, findingId);
    RiskAcceptance acceptance;
    acceptance.deviceId = deviceId;
    acceptance.findingId = findingId;
    acceptance.reason = reason;
    acceptance.expires = expires;
    acceptance.acceptedBy = operatorId;
    return PostureStore(m_db, m_audit, m_clock).accept(acceptance);
}

EvaluatedPostureSource::EvaluatedPostureSource(const FleetPosture &fleet)
{
    for (const DevicePosture &device : fleet.devices)
        m_devices.insert(device.deviceId, inventory::DevicePosture {double(device.score), device.openCount()});
}

inventory::DevicePosture EvaluatedPostureSource::posture(const QString &deviceId) const
{
    return m_devices.value(deviceId);
}

} // namespace pasban::posture
