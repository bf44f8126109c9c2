#pragma once

#include "audit/AuditEvent.h"
#include "common/Result.h"

#include <QDateTime>
#include <QIODevice>
#include <QString>

#include <functional>
#include <optional>

namespace pasban::audit {

class AuditLog;
class AuditSink;

enum class ExportFormat { Fhir, Csv };

// "fhir" / "csv", as the CLI and the export event's details spell them.
[[nodiscard]] QString exportFormatId(ExportFormat format);
[[nodiscard]] std::optional<ExportFormat> exportFormatFromId(QStringView id);

struct ExportRequest
{
    ExportFormat format = ExportFormat::Fhir;
    QDateTime from; // recorded at or after (UTC); invalid: from the first event
    QDateTime to; // recorded before; invalid: up to the newest event
};

struct ExportSummary
{
    quint64 events = 0;
    quint64 firstSequence = 0; // 0 when nothing matched
    quint64 lastSequence = 0;
    quint64 recordedAs = 0; // the export event's own number (writeFile)
};

// Streams the log's events (one page at a time through AuditLog::forEachEvent,
// never the whole log in memory) as a FHIR R4 AuditEvent Bundle or as CSV.
// `progress(done, total)` is called every few hundred events and at the end;
// returning false cancels (audit.export_cancelled). Runs on the thread that owns
// the log; for a GUI, give it a sibling log (AuditLog::openSibling) on a worker.
class AuditExporter
{
public:
    using Progress = std::function<bool(quint64 done, quint64 total)>;

    // `sink` records the export event; nullptr: the log's own append().
    explicit AuditExporter(AuditLog &log, AuditSink *sink = nullptr);

    // Writes to `out` (open for writing). Records nothing.
    [[nodiscard]] Result<ExportSummary> write(QIODevice &out, const ExportRequest &request,
                                              const Progress &progress = {});
    // Writes `path` atomically (QSaveFile: the file appears complete or not at all)
    // with owner-only permissions (it holds decrypted events), then records an
    // Export event (format, range, count, file name). A failed or cancelled export
    // is recorded too, with its outcome. The file is written only if recording
    // succeeds, so no export leaves the console unaudited.
    [[nodiscard]] Result<ExportSummary> writeFile(const QString &path, const ExportRequest &request,
                                                  const Progress &progress = {});

private:
    [[nodiscard]] Result<quint64> record(const QString &path, const ExportRequest &request,
                                         const ExportSummary &summary, Outcome outcome, const QString &problem);

    AuditLog &m_log;
    AuditSink *m_sink;
};

} // namespace pasban::audit
