#pragma once

#include "audit/AuditEvent.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace pasban::audit::csv {

// CSV exports: RFC 4180 (comma separated, CRLF line ends, fields quoted when they
// hold a comma, quote, CR or LF, quotes doubled), UTF-8 without BOM, one header
// row. Times are UTC ISO-8601; details are compact JSON; link is base64.
//
// Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a formula.
// Operator, workstation and device names can come from outside (a device's
// advertised name), so a text field starting with one of those — or with the
// escape character ' itself — is written with a leading '; fromRecord() takes it
// off again, so the file still round-trips exactly.

[[nodiscard]] QStringList columns();
[[nodiscard]] QByteArray headerLine();
[[nodiscard]] QByteArray eventLine(const AuditEvent &event, const QByteArray &logId);

// RFC 4180 records of `data` (outside bytes). A lone LF also ends a record; a
// quote inside an unquoted field, text after a closing quote, an unterminated
// quoted field, invalid UTF-8 or more than maxFields fields in a record are errors.
inline constexpr qsizetype MaxFieldsPerRecord = 64;
[[nodiscard]] Result<QList<QStringList>> parse(QByteArrayView data);

// One data record (in columns() order) back into an event; `logId` receives the
// log id it names when given.
[[nodiscard]] Result<AuditEvent> fromRecord(const QStringList &fields, QByteArray *logId = nullptr);
// The whole file: header checked, every record read.
[[nodiscard]] Result<QList<AuditEvent>> parseExport(QByteArrayView data);

} // namespace pasban::audit::csv
