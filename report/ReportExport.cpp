#include "ReportExport.h"

#include "audit/AuditEvent.h"
#include "audit/AuditSink.h"
#include "flows/FlowStore.h"
#include "inventory/InventoryStore.h"
#include "posture/PostureService.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace pasban::report {

Result<ReportInput> gatherReport(storage::Database &database, const ReportRequest &request,
                                 const discovery::DeviceRegistry *registry)
{
    Result<posture::PostureEvaluation> evaluation = posture::PostureService(database).evaluate(registry);
    if (!evaluation)
        return evaluation.error();
    ReportInput input;
    input.language = request.language.isEmpty() ? u"en"_s : request.language;
    input.calendar = request.calendar;
    input.generatedUtc = QDateTime::currentDateTimeUtc();
    input.operatorName = request.operatorName;
    input.deviceId = request.deviceId;
    inventory::InventoryStore inventory(database);
    QList<posture::DeviceFacts> shown;
    for (qsizetype i = 0; i < evaluation->facts.size(); ++i) {
        const posture::DeviceFacts &facts = evaluation->facts.at(i);
        if (!request.deviceId.isEmpty() && facts.id != request.deviceId)
            continue;
        ReportDevice device;
        device.facts = facts;
        device.posture = evaluation->fleet.devices.at(i);
        if (Result<std::optional<inventory::InventoryDevice>> stored = inventory.find(facts.id);
            stored && stored->has_value())
            device.asset = (*stored)->asset;
        if (device.asset.assetTag.isEmpty())
            device.asset.assetTag = facts.assetTag; // a declared record's tag
        input.devices.append(device);
        shown.append(facts);
    }
    if (!request.deviceId.isEmpty() && input.devices.isEmpty()) {
        return Error(u"report.device_unknown"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "There is no device %1 in the inventory."), {request.deviceId});
    }
    input.fleetScore = request.deviceId.isEmpty() ? evaluation->fleet.score : input.devices.first().posture.score;
    Result<QList<flows::FlowDeclaration>> declarations = flows::FlowStore(database).list();
    if (!declarations)
        return declarations.error();
    input.graph = flows::FlowGraph::build(shown, *declarations);
    return input;
}

Status exportPdf(const ReportInput &input, const QString &path, audit::AuditSink *sink)
{
    if (sink) {
        audit::AuditEvent event;
        event.type = audit::EventType::Export;
        event.action = audit::Action::Read;
        event.operatorId = input.operatorName;
        event.device = input.deviceId;
        event.details = {{u"event"_s, u"posture-report"_s},
                         {u"format"_s, u"pdf"_s},
                         {u"language"_s, input.language},
                         {u"devices"_s, qint64(input.devices.size())},
                         {u"file"_s, QFileInfo(path).fileName()}};
        if (Result<quint64> recorded = sink->record(event); !recorded)
            return recorded.error();
    }
    return PostureReport(input).writePdf(path);
}

int openFindings(const ReportInput &input)
{
    int open = 0;
    for (const ReportDevice &device : input.devices)
        open += device.posture.openCount();
    return open;
}

} // namespace pasban::report
