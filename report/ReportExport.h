#pragma once

#include "PostureReport.h"
#include "common/Result.h"

namespace pasban::audit {
class AuditSink;
}
namespace pasban::discovery {
class DeviceRegistry;
}
namespace pasban::storage {
class Database;
}

namespace pasban::report {

struct ReportRequest
{
    QString deviceId; // empty: the fleet
    QString language = QStringLiteral("en");
    CalendarSystem calendar = CalendarSystem::Gregorian;
    QString operatorName;
};

// Evaluates the posture now (PostureService) and gathers what a report shows:
// each device's facts, findings and asset fields, the fleet score and the data
// flows. report.device_unknown when REQUEST names a device the inventory lacks.
[[nodiscard]] Result<ReportInput> gatherReport(storage::Database &database, const ReportRequest &request,
                                               const discovery::DeviceRegistry *registry = nullptr);

// Writes the PDF to PATH, recording the export in the audit log first (when a
// sink is given): no report leaves the console unaudited.
[[nodiscard]] Status exportPdf(const ReportInput &input, const QString &path, audit::AuditSink *sink);

// Open findings over the devices of INPUT.
[[nodiscard]] int openFindings(const ReportInput &input);

} // namespace pasban::report
