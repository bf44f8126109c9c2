#pragma once

#include "DicomAuditMessage.h"
#include "SyslogMessage.h"
#include "audit/AuditEvent.h"
#include "audit/Checkpoint.h"

#include <QByteArray>

namespace pasban::audit::forward {

// The syslog messages the forwarder sends (IHE ATNA over RFC 5424/5425).
//
// An event: PRI <85> (facility 10 security/authorization, severity 5 notice),
// APP-NAME "pasban", MSGID "IHE+RFC-3881", the DICOM audit message XML as MSG,
// and the structured data element
//     [pasban@32473 log="<log id, hex>" seq="<event sequence>"]
// so a receiver can put events in order and see a gap or a repeat at a glance.
//
// A checkpoint (the signed statement "event S of log L has chain link X"): same
// PRI, MSGID "PASBAN-CHECKPOINT", every signed field in
//     [pasban-checkpoint@32473 log= number= seq= link= created= key= interim= sig=]
// (binary fields in hex) and a one-line English MSG. Kept centrally, it anchors
// the chain: an older copy of the console database or a cut-off tail no longer
// reaches the newest checkpoint the central log holds.
//
// 32473 is the private enterprise number RFC 5612 reserves for documentation;
// a deployment with a number of its own changes EnterpriseNumber.
inline constexpr const char *EnterpriseNumber = "32473";
inline constexpr const char *EventMsgId = "IHE+RFC-3881";
inline constexpr const char *CheckpointMsgId = "PASBAN-CHECKPOINT";
inline constexpr const char *AppName = "pasban";
// An event whose XML would be larger than this is sent with its details replaced
// by {"truncated": true, "originalBytes": N}: receivers must accept 32 KiB and
// commonly accept 64 KiB; larger messages risk being cut without notice.
inline constexpr qsizetype MaxPayloadBytes = 60 * 1024;

[[nodiscard]] SyslogMessage eventMessage(const AuditEvent &event, const QByteArray &logId, const AuditSource &source);
[[nodiscard]] SyslogMessage checkpointMessage(const Checkpoint &checkpoint, const AuditSource &source);

} // namespace pasban::audit::forward
