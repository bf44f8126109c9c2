#pragma once

#include "audit/AuditEvent.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>

namespace pasban::audit::fhir {

// FHIR R4 AuditEvent resources shaped after IHE Basic Audit Log Patterns (BALP):
//   type      the DICOM EventID (DCM 110100 …), subtype the event's own code
//   action    C|R|U|D|E; recorded (UTC, ms); outcome "0"|"4"|"8"|"12"
//   agent     the operator (human user, requestor) when there is one, and the
//             workstation (application, requestor when nobody is signed in, with
//             network address)
//   source    observer = the workstation, type 4 (application server)
//   entity    the device concerned (what.identifier), the event's details (JSON
//             in entity.detail "details"), and the log record itself: what.identifier
//             = the log id (system urn:pasban:audit-log) with detail "sequence",
//             "link" (base64), "keyId" and "readable".
// Everything Pasban stores is in the resource, so fromAuditEvent() gives the
// same event back.

inline constexpr auto DcmSystem = "http://dicom.nema.org/resources/ontology/DCM";
inline constexpr auto LogIdSystem = "urn:pasban:audit-log";

[[nodiscard]] QJsonObject toAuditEvent(const AuditEvent &event, const QByteArray &logId);

// A Bundle (type "collection") written piece by piece, so that an export never
// holds more than one event in memory: start, then entry() per event, then end.
[[nodiscard]] QByteArray bundleStart(const QDateTime &timestamp);
[[nodiscard]] QByteArray bundleEntry(const AuditEvent &event, const QByteArray &logId, bool first);
[[nodiscard]] QByteArray bundleEnd();

// Reads a resource written by toAuditEvent() (outside bytes: every field checked).
// `logId`, when given, receives the log id the resource names.
[[nodiscard]] Result<AuditEvent> fromAuditEvent(const QJsonObject &resource, QByteArray *logId = nullptr);
// Reads a whole Bundle of such resources (at most maxBytes of JSON).
inline constexpr qsizetype MaxBundleBytes = qsizetype(256) * 1024 * 1024;
[[nodiscard]] Result<QList<AuditEvent>> parseBundle(QByteArrayView json);

} // namespace pasban::audit::fhir
