#pragma once

#include <QList>
#include <QString>

namespace pasban::audit {

// Audit event types: DICOM PS3.16 codes (coding scheme "DCM"), the vocabulary IHE
// ATNA, DICOM PS3.15 A.5 audit messages and FHIR AuditEvent (IHE BALP) share. A
// code is either an EventID itself (110101 Audit Log Used) or an EventTypeCode
// under one (110120 Application Start under 110100 Application Activity); an
// exporter writes the EventID as AuditEvent.type and the code as its subtype.
// Values are stored in the log: never renumber one.
enum class EventType : quint32 {
    ApplicationActivity = 110100,
    AuditLogUsed = 110101,
    Export = 110106,
    Query = 110112,
    SecurityAlert = 110113,
    UserAuthentication = 110114,
    ApplicationStart = 110120,
    ApplicationStop = 110121,
    Login = 110122,
    Logout = 110123,
    NodeAuthentication = 110126,
    EmergencyOverrideStarted = 110127,
    NetworkConfiguration = 110128,
    SecurityConfiguration = 110129,
    HardwareConfiguration = 110130,
    SoftwareConfiguration = 110131,
    UseOfRestrictedFunction = 110132,
    AuditRecordingStopped = 110133,
    AuditRecordingStarted = 110134,
    ObjectSecurityAttributesChanged = 110135,
    SecurityRolesChanged = 110136,
    UserSecurityAttributesChanged = 110137,
    EmergencyOverrideStopped = 110138,
    RemoteServiceOperationStarted = 110139,
    RemoteServiceOperationStopped = 110140,
};

struct EventTypeInfo
{
    EventType type;
    // The DICOM EventID this code is reported under; the code itself for an EventID.
    EventType eventId;
    // DICOM's code meaning in English (machine outputs); translate with
    // QCoreApplication::translate(EventTypeInfo::TranslationContext, displayName).
    const char *displayName;

    static constexpr const char *TranslationContext = "pasban::audit::EventType";
    // The DICOM coding scheme designator, for exports.
    static constexpr const char *CodingScheme = "DCM";
};

// Every known code, in code order.
[[nodiscard]] const QList<EventTypeInfo> &eventTypes();
// nullptr for a code Pasban does not know.
[[nodiscard]] const EventTypeInfo *eventTypeInfo(quint32 code);
// The name in the current language; "DCM 123456" for an unknown code.
[[nodiscard]] QString eventTypeName(EventType type);
// DICOM's English meaning; empty for an unknown code.
[[nodiscard]] QString eventTypeEnglishName(EventType type);

} // namespace pasban::audit
