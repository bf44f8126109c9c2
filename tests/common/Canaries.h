#pragma once

// Canary secrets: distinct, greppable values for the passphrases, passwords and
// patient-like text the integration tests hand to Pasban. tests/tooling/check_canaries.py
// runs after those tests (ctest fixture "canary_secrets") and fails if any
// "CANARY-..." value written anywhere under tests/ shows up in a test's output or in
// a log file under the build folder: a secret that reaches a log is a bug.
// Keep every canary unique and starting with "CANARY-" so the check finds it.
namespace pasban::test::canary {

inline constexpr char AuditCliPassphrase[] = "CANARY-PASSPHRASE-7f3a";
inline constexpr char AuditCliWrongPassphrase[] = "CANARY-WRONG-PASSPHRASE-91c2";
inline constexpr char AuditCliPatientDetail[] = "CANARY-PATIENT-Jane-Roe-MRN-4410";
inline constexpr char AuditCliDeviceSerial[] = "CANARY-SERIAL-PUMP-7c41";
inline constexpr char AuditExportPassphrase[] = "CANARY-PASSPHRASE-export-51b9";
inline constexpr char AuditExportWrongPassphrase[] = "CANARY-WRONG-PASSPHRASE-export-0d2e";
inline constexpr char AuditForwardPassphrase[] = "CANARY-PASSPHRASE-forward-c04e";
inline constexpr char AuditKeychainPassphrase[] = "CANARY-PASSPHRASE-keychain-3b8a";
inline constexpr char AuditCrashPassphrase[] = "CANARY-PASSPHRASE-crash-e6d2";
inline constexpr char OperatorCliPassphrase[] = "CANARY-PASSPHRASE-operators-4e7b";
inline constexpr char OperatorEngineerPassword[] = "CANARY-PASSWORD-engineer-8d1f";
inline constexpr char OperatorTechnicianPassword[] = "CANARY-PASSWORD-technician-2a6c";
inline constexpr char OperatorAuditorPassword[] = "CANARY-PASSWORD-auditor-b590";
inline constexpr char OperatorWrongPassword[] = "CANARY-PASSWORD-wrong-73e1";
inline constexpr char OperatorApproverPassword[] = "CANARY-PASSWORD-approver-5c3d";

} // namespace pasban::test::canary
