#include "EventType.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit {

namespace {

// Code meanings as DICOM PS3.16 (CID 400-403) spells them; REFERENCE.md §5 lists them.
QList<EventTypeInfo> buildTable()
{
    using T = EventType;
    return {
        {T::ApplicationActivity, T::ApplicationActivity,
         QT_TRANSLATE_NOOP("pasban::audit::EventType", "Application Activity")},
        {T::AuditLogUsed, T::AuditLogUsed, QT_TRANSLATE_NOOP("pasban::audit::EventType", "Audit Log Used")},
        {T::Export, T::Export, QT_TRANSLATE_NOOP("pasban::audit::EventType", "Export")},
        {T::Query, T::Query, QT_TRANSLATE_NOOP("pasban::audit::EventType", "Query")},
        {T::SecurityAlert, T::SecurityAlert, QT_TRANSLATE_NOOP("pasban::audit::EventType", "Security Alert")},
        {T::UserAuthentication, T::UserAuthentication,
         QT_TRANSLATE_NOOP("pasban::audit::EventType", "User Authentication")},
        {T::ApplicationStart, T::ApplicationActivity,
         QT_TRANSLATE_NOOP("pasban::audit::EventType", "Application Start")},
        {T::ApplicationStop, T::ApplicationActivity, QT_TRANSLATE_NOOP("pasban::audit::EventType", "Application Stop")},
        {T::Login, T::UserAuthentication, QT_TRANSLATE_NOOP("pasban::audit::EventType", "Login")},
        {T::Logout, T::UserAuthentication, QT_TRANSLATE_NOOP("pasban::audit::EventType", "Logout")},
        {T::NodeAuthentication, T::SecurityAlert, QT_TRANSLATE_NOOP("pasban::audit::EventType", "Node Authentication")},
        {T::EmergencyOverrideStarted, T::SecurityAlert,
         QT_TRANSLATE_NOOP("pasban::audit::EventType", "Emergency Override Started")},
        {T::NetworkConfiguration, T::SecurityAlert,
         QT_TRANSLATE_NOOP("pasban::audit::EventType", "Network Configuration")},
        {T::SecurityConfiguration, T::SecurityAlert,
         QT_TRANSLATE_NOOP("pasban::audit::EventType", "Security Configuration")},
        {T::HardwareConfiguration, T::SecurityAlert,
         QT_TRANSLATE_NOOP("pasban::audit::EventType", "Hardware Configuration")},
        {T::SoftwareConfiguration, T::SecurityAlert,
         QT_TRANSLATE_NOOP("pasban::audit::EventType", "Software Configuration")},
        {T::UseOfRestrictedFunction, T::SecurityAlert,
         QT_TRANSLATE_NOOP("pasban::audit::EventType", "Use of Restricted Function")},
        {T::AuditRecordingStopped, T::SecurityAlert,
         QT_TRANSLATE_NOOP("pasban::audit::EventType", "Audit Recording Stopped")},
        {T::AuditRecordingStarted, T::SecurityAlert,
         QT_TRANSLATE_NOOP("pasban::audit::EventType", "Audit Recording Started")},
        {T::ObjectSecurityAttributesChanged, T::SecurityAlert,
         QT_TRANSLATE_NOOP("pasban::audit::EventType", "Object Security Attributes Changed")},
        {T::SecurityRolesChanged, T::SecurityAlert,
         QT_TRANSLATE_NOOP("pasban::audit::EventType", "Security Roles Changed")},
        {T::UserSecurityAttributesChanged, T::SecurityAlert,
         QT_TRANSLATE_NOOP("pasban::audit::EventType", "User Security Attributes Changed")},
        {T::EmergencyOverrideStopped, T::SecurityAlert,
         QT_TRANSLATE_NOOP("pasban::audit::EventType", "Emergency Override Stopped")},
        {T::RemoteServiceOperationStarted, T::SecurityAlert,
         QT_TRANSLATE_NOOP("pasban::audit::EventType", "Remote Service Operation Started")},
        {T::RemoteServiceOperationStopped, T::SecurityAlert,
         QT_TRANSLATE_NOOP("pasban::audit::EventType", "Remote Service Operation Stopped")},
    };
}

} // namespace

const QList<EventTypeInfo> &eventTypes()
{
    static const QList<EventTypeInfo> table = [] {
        QList<EventTypeInfo> types = buildTable();
        std::sort(types.begin(), types.end(),
                  [](const EventTypeInfo &a, const EventTypeInfo &b) { return a.type < b.type; });
        return types;
    }();
    return table;
}

const EventTypeInfo *eventTypeInfo(quint32 code)
{
    const QList<EventTypeInfo> &table = eventTypes();
    const auto found = std::lower_bound(table.cbegin(), table.cend(), code,
                                        [](const EventTypeInfo &info, quint32 c) { return quint32(info.type) < c; });
    if (found == table.cend() || quint32(found->type) != code)
        return nullptr;
    return &*found;
}

QString eventTypeName(EventType type)
{
    if (const EventTypeInfo *info = eventTypeInfo(quint32(type)))
        return QCoreApplication::translate(EventTypeInfo::TranslationContext, info->displayName);
    return u"DCM %1"_s.arg(quint32(type));
}

QString eventTypeEnglishName(EventType type)
{
    if (const EventTypeInfo *info = eventTypeInfo(quint32(type)))
        return QString::fromUtf8(info->displayName);
    return {};
}

} // namespace pasban::audit
