#include "Role.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pasban::operators {

namespace {

struct RoleInfo
{
    Role role;
    const char16_t *code;
    const char *name;
};

constexpr RoleInfo Roles[] = {
    {Role::ClinicalEngineer, u"engineer", QT_TRANSLATE_NOOP("pasban::operators::Role", "Clinical engineer")},
    {Role::FieldTechnician, u"technician", QT_TRANSLATE_NOOP("pasban::operators::Role", "Field technician")},
    {Role::Auditor, u"auditor", QT_TRANSLATE_NOOP("pasban::operators::Role", "Auditor")},
};

struct PermissionInfo
{
    Permission permission;
    const char16_t *code;
    const char *name;
};

constexpr PermissionInfo Permissions[] = {
    {Permission::Scan, u"scan", QT_TRANSLATE_NOOP("pasban::operators::Permission", "scan for devices")},
    {Permission::Interrogate, u"interrogate",
     QT_TRANSLATE_NOOP("pasban::operators::Permission", "interrogate devices")},
    {Permission::EditInventory, u"edit-inventory",
     QT_TRANSLATE_NOOP("pasban::operators::Permission", "edit the inventory")},
    {Permission::ImportInventory, u"import-inventory",
     QT_TRANSLATE_NOOP("pasban::operators::Permission", "import an inventory")},
    {Permission::PushApprovedPackage, u"push-approved",
     QT_TRANSLATE_NOOP("pasban::operators::Permission", "push an approved firmware package")},
    {Permission::PushUnverifiedPackage, u"push-unverified",
     QT_TRANSLATE_NOOP("pasban::operators::Permission", "push an unapproved or unverified firmware package")},
    {Permission::ImportUnverifiedPackage, u"import-unverified",
     QT_TRANSLATE_NOOP("pasban::operators::Permission", "import an unverified firmware package")},
    {Permission::ManageTrustStore, u"manage-trust",
     QT_TRANSLATE_NOOP("pasban::operators::Permission", "manage the trust store")},
    {Permission::ApprovePackage, u"approve-package",
     QT_TRANSLATE_NOOP("pasban::operators::Permission", "approve a firmware package")},
    {Permission::AcceptRisk, u"accept-risk", QT_TRANSLATE_NOOP("pasban::operators::Permission", "accept a risk")},
    {Permission::ManageOperators, u"manage-operators",
     QT_TRANSLATE_NOOP("pasban::operators::Permission", "manage operators")},
    {Permission::ReadAuditLog, u"read-audit", QT_TRANSLATE_NOOP("pasban::operators::Permission", "read the audit log")},
    {Permission::ExportAuditAndReports, u"export",
     QT_TRANSLATE_NOOP("pasban::operators::Permission", "export the audit log and reports")},
    {Permission::ChangeSettings, u"change-settings",
     QT_TRANSLATE_NOOP("pasban::operators::Permission", "change settings")},
    {Permission::ReadOwnActions, u"read-own-actions",
     QT_TRANSLATE_NOOP("pasban::operators::Permission", "see their own actions")},
    {Permission::ReadInventory, u"read-inventory",
     QT_TRANSLATE_NOOP("pasban::operators::Permission", "view the inventory")},
};

} // namespace

QString roleCode(Role role)
{
    for (const RoleInfo &info : Roles)
        if (info.role == role)
            return QString::fromUtf16(info.code);
    return {};
}

std::optional<Role> roleFromCode(QStringView code)
{
    for (const RoleInfo &info : Roles)
        if (code == QStringView(info.code))
            return info.role;
    return std::nullopt;
}

QString roleName(Role role)
{
    for (const RoleInfo &info : Roles)
        if (info.role == role)
            return QCoreApplication::translate("pasban::operators::Role", info.name);
    return {};
}

const QList<Role> &allRoles()
{
    static const QList<Role> roles = {Role::ClinicalEngineer, Role::FieldTechnician, Role::Auditor};
    return roles;
}

QString permissionCode(Permission permission)
{
    for (const PermissionInfo &info : Permissions)
        if (info.permission == permission)
            return QString::fromUtf16(info.code);
    return {};
}

QString permissionName(Permission permission)
{
    for (const PermissionInfo &info : Permissions)
        if (info.permission == permission)
            return QCoreApplication::translate("pasban::operators::Permission", info.name);
    return {};
}

const QList<Permission> &allPermissions()
{
    static const QList<Permission> permissions = [] {
        QList<Permission> list;
        for (const PermissionInfo &info : Permissions)
            list.append(info.permission);
        return list;
    }();
    return permissions;
}

} // namespace pasban::operators
