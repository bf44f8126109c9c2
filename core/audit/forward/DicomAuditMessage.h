#pragma once

#include "audit/AuditEvent.h"

#include <QByteArray>
#include <QString>

namespace pasban::audit::forward {

// Who sends: the AuditSourceIdentification and the application participant.
struct AuditSource
{
    QString sourceId; // AuditSourceID: the workstation's host name
    QString enterpriseSiteId; // AuditEnterpriseSiteID; empty: left out
    QString applicationName = QStringLiteral("Pasban");
};

// The DICOM PS3.15 A.5 audit message (the XML IHE ATNA carries) for one event:
//   EventIdentification  EventActionCode, EventDateTime, EventOutcomeIndicator,
//                        EventID (the DCM EventID) and EventTypeCode (the DCM code
//                        when it is a type under an EventID), EventOutcomeDescription
//                        (the event's details as compact JSON)
//   ActiveParticipant    the operator (requestor), when there is one
//   ActiveParticipant    the console application on the workstation (DCM 110150)
//   AuditSourceIdentification  the workstation (type 1, end-user interface)
//   ParticipantObjectIdentification  the device, when there is one (system object)
// An event whose encrypted fields could not be read is still reported, with what
// is known and EventOutcomeDescription saying so.
//
// The XML is written on one line: tabs, line breaks and carriage returns in
// values become character references, so receivers that split on line ends still
// see one message. Characters XML 1.0 forbids become U+FFFD.
[[nodiscard]] QByteArray dicomAuditMessage(const AuditEvent &event, const AuditSource &source);

// Escapes text for XML content or a double-quoted attribute (see above).
[[nodiscard]] QString xmlEscaped(QStringView text);

} // namespace pasban::audit::forward
