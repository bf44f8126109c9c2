#include "AuditExporter.h"

#include "AuditCsv.h"
#include "ExportErrors.h"
#include "FhirAuditEvent.h"
#include "audit/AuditLog.h"
#include "audit/AuditSink.h"

#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit {

namespace {

constexpr quint64 ProgressEvery = 512;

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString exportFormatId(ExportFormat format)
{
    return format == ExportFormat::Csv ? u"csv"_s : u"fhir"_s;
}

std::optional<ExportFormat> exportFormatFromId(QStringView id)
{
    if (id == u"fhir")
        return ExportFormat::Fhir;
    if (id == u"csv")
        return ExportFormat::Csv;
    return std::nullopt;
}

AuditExporter::AuditExporter(AuditLog &log, AuditSink *sink)
    : m_log(log)
    , m_sink(sink)
{
}

Result<ExportSummary> AuditExporter::write(QIODevice &out, const ExportRequest &request, const Progress &progress)
{
    EventFilter filter;
    filter.from = request.from;
    filter.to = request.to;
    Result<quint64> total = m_log.count(filter);
    if (!total)
        return total.error();
    // Events appended while the export runs are not part of it: the range is
    // fixed to what exists now, so the count and the file agree.
    Result<quint64> last = m_log.lastSequence();
    if (!last)
        return last.error();
    filter.beforeSequence = *last + 1;

    const QByteArray logId = m_log.logId();
    ExportSummary summary;
    bool cancelled = false;
    QString writeError;
    const auto put = [&](const QByteArray &bytes) {
        if (out.write(bytes) != bytes.size()) {
            writeError = out.errorString();
            return false;
        }
        return true;
    };
    if (progress && !progress(0, *total))
        return detail::exportCancelled();
    if (!put(request.format == ExportFormat::Fhir ? fhir::bundleStart(QDateTime::currentDateTimeUtc())
                                                  : csv::headerLine()))
        return detail::exportWriteFailed(QString(), writeError);

    const Status walked = m_log.forEachEvent(filter, [&](const AuditEvent &event) {
        const QByteArray bytes = request.format == ExportFormat::Fhir
            ? fhir::bundleEntry(event, logId, summary.events == 0)
            : csv::eventLine(event, logId);
        if (!put(bytes))
            return false;
        if (summary.events == 0)
            summary.firstSequence = event.sequence;
        summary.lastSequence = event.sequence;
        ++summary.events;
        if (progress && summary.events % ProgressEvery == 0 && !progress(summary.events, *total)) {
            cancelled = true;
            return false;
        }
        return true;
    });
    if (!walked)
        return walked.error();
    if (cancelled)
        return detail::exportCancelled();
    if (!writeError.isEmpty())
        return detail::exportWriteFailed(QString(), writeError);
    if (request.format == ExportFormat::Fhir && !put(fhir::bundleEnd()))
        return detail::exportWriteFailed(QString(), writeError);
    if (progress && !progress(summary.events, qMax(*total, summary.events)))
        return detail::exportCancelled();
    return summary;
}

Result<ExportSummary> AuditExporter::writeFile(const QString &path, const ExportRequest &request,
                                               const Progress &progress)
{
    QSaveFile file(path);
    const auto failed = [&](const Error &error, const ExportSummary &partial) -> Error {
        file.cancelWriting();
        const bool wasCancelled = error.code() == u"audit.export_cancelled"_s;
        // The attempt is recorded too; a failure to record it does not hide the first error.
        (void)record(path, request, partial, wasCancelled ? Outcome::MinorFailure : Outcome::SeriousFailure,
                     error.code());
        return error;
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(detail::exportWriteFailed(path, file.errorString()), {});
    // Decrypted events: readable by the owner only, from the first byte on.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failed(detail::exportWriteFailed(path, file.errorString()), {});

    Result<ExportSummary> written = write(file, request, progress);
    if (!written) {
        const Error error = written.error().code() == u"audit.export_write"_s
            ? detail::exportWriteFailed(path, written.error().detail())
            : written.error();
        return failed(error, {});
    }
    // Recorded before the file appears: an export that cannot be audited is not made.
    Result<quint64> recorded = record(path, request, *written, Outcome::Success, QString());
    if (!recorded) {
        file.cancelWriting();
        return recorded.error();
    }
    if (!file.commit())
        return detail::exportWriteFailed(path, file.errorString());
    written->recordedAs = *recorded;
    return written;
}

Result<quint64> AuditExporter::record(const QString &path, const ExportRequest &request, const ExportSummary &summary,
                                      Outcome outcome, const QString &problem)
{
    AuditEvent event;
    event.type = EventType::Export;
    event.action = Action::Read;
    event.outcome = outcome;
    event.details = {{u"format"_s, exportFormatId(request.format)},
                     {u"from"_s, isoOrEmpty(request.from)},
                     {u"to"_s, isoOrEmpty(request.to)},
                     {u"count"_s, qint64(summary.events)},
                     {u"firstSequence"_s, qint64(summary.firstSequence)},
                     {u"lastSequence"_s, qint64(summary.lastSequence)},
                     {u"file"_s, QFileInfo(path).fileName()}};
    if (!problem.isEmpty())
        event.details.insert(u"error"_s, problem);
    if (m_sink)
        return m_sink->record(event);
    return m_log.append(event);
}

} // namespace pasban::audit
