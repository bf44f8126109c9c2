#include "CliReport.h"

#include "CliAudit.h"
#include "console/ConsoleContext.h"
#include "console/InventoryChanges.h"
#include "inventory/InventoryExport.h"
#include "inventory/InventoryStore.h"

#ifdef PASBAN_HAVE_REPORTS
#include "ReportExport.h"
#endif

#include <QCoreApplication>
#include <QFileInfo>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace pasban::cli {

namespace {

#ifdef PASBAN_HAVE_REPORTS
int writePdf(const Output &out, ConsoleContext &context, audit::AuditSink *sink, const QString &language,
             const QCommandLineParser &parser)
{
    report::ReportRequest request;
    request.deviceId = parser.value(u"device"_s);
    request.language = language;
    request.calendar = context.settings().calendar();
    Result<report::ReportInput> input = report::gatherReport(context.database(), request);
    if (!input)
        return out.fail(input.error(), input.error().code() == u"report.device_unknown"_s ? Usage : Failed);
    const QString path = parser.value(u"out"_s);
    if (Status written = report::exportPdf(*input, path, sink); !written)
        return out.fail(written.error(), Failed);
    if (out.json()) {
        out.object({{u"file"_s, path},
                    {u"format"_s, u"pdf"_s},
                    {u"language"_s, input->language},
                    {u"devices"_s, qint64(input->devices.size())},
                    {u"openFindings"_s, report::openFindings(*input)},
                    {u"score"_s, input->fleetScore}});
    } else {
        out.text(QCoreApplication::translate("cli", "Report written to %1 (%n device(s)).", nullptr,
                                             int(input->devices.size()))
                     .arg(path));
    }
    return Success;
}
#endif

int writeCsv(const Output &out, ConsoleContext &context, audit::AuditSink *sink, const QCommandLineParser &parser)
{
    inventory::InventoryStore store(context.database());
    InventoryChanges changes(store, sink);
    const QString path = parser.value(u"out"_s);
    const Result<int> written = changes.exportWithPosture(path, inventory::ExportFormat::Csv);
    if (!written)
        return out.fail(written.error(), Failed);
    if (out.json())
        out.object({{u"file"_s, path}, {u"format"_s, u"csv"_s}, {u"devices"_s, *written}});
    else
        out.text(QCoreApplication::translate("cli", "%n device(s) written to %1.", nullptr, *written).arg(path));
    return Success;
}

} // namespace

QList<QCommandLineOption> reportOptionList()
{
    return {
        {u"format"_s, u"report: pdf (posture report) or csv (inventory for the maintenance system)."_s, u"FORMAT"_s},
        {u"out"_s, u"report: the file to write."_s, u"FILE"_s},
        {u"device"_s, u"report: one device's report (its inventory id); default: the fleet."_s, u"ID"_s},
        {u"passphrase-file"_s, u"report: the audit log's passphrase file."_s, u"FILE"_s},
    };
}

bool reportsNeedGui(int argc, char **argv)
{
#ifdef PASBAN_HAVE_REPORTS
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "report") == 0)
            return true;
    }
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
#endif
    return false;
}

int runReport(const Output &out, const QString &dataDir, const QString &language, const QCommandLineParser &parser)
{
    const QString format = parser.value(u"format"_s);
    if (format != u"pdf"_s && format != u"csv"_s)
        return usage(u"report"_s, u"needs --format pdf or csv"_s);
    if (!parser.isSet(u"out"_s))
        return usage(u"report"_s, u"needs --out FILE"_s);
#ifndef PASBAN_HAVE_REPORTS
    if (format == u"pdf"_s)
        return usage(u"report"_s, u"this build has no PDF reports (built without the GUI libraries); use csv"_s);
#endif
    auto context = ConsoleContext::start(dataDir);
    if (!context)
        return out.fail(context.error(), StartFailed);
    AuditChoice audit = chooseAudit(out, dataDir, parser, (*context)->database(), u"report"_s);
    if (audit.exitCode != Success)
        return audit.exitCode;
    if (format == u"csv"_s)
        return writeCsv(out, **context, audit.sink.get(), parser);
#ifdef PASBAN_HAVE_REPORTS
    return writePdf(out, **context, audit.sink.get(), language, parser);
#else
    Q_UNUSED(language)
    return Usage;
#endif
}

} // namespace pasban::cli
