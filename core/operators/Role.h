#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace pasban::operators {

// What an operator is allowed to do is decided by their role alone (AccessControl).
// The codes are stored in the database: never rename one.
enum class Role {
    ClinicalEngineer, // "engineer": everything, including trust, approvals, operators
    FieldTechnician, // "technician": scan, interrogate, push approved packages
    Auditor, // "auditor": read-only audit log, reports, posture
};

[[nodiscard]] QString roleCode(Role role);
[[nodiscard]] std::optional<Role> roleFromCode(QStringView code);
// In the current language.
[[nodiscard]] QString roleName(Role role);
[[nodiscard]] const QList<Role> &allRoles();

// Every action the console guards. Names are stable (CLI table, audit details).
enum class Permission {
    Scan,
    Interrogate,
    EditInventory,
    ImportInventory,
    PushApprovedPackage,
    PushUnverifiedPackage,
    ImportUnverifiedPackage,
    ManageTrustStore,
    ApprovePackage,
    AcceptRisk,
    ManageOperators,
    ReadAuditLog,
    ExportAuditAndReports,
    ChangeSettings,
    ReadOwnActions,
    ReadInventory,
};

[[nodiscard]] QString permissionCode(Permission permission);
// In the current language, e.g. "manage the trust store".
[[nodiscard]] QString permissionName(Permission permission);
[[nodiscard]] const QList<Permission> &allPermissions();

} // namespace pasban::operators
