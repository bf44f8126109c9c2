#include "CliOperators.h"

#include "CliAudit.h"
#include "audit/AuditSink.h"
#include "common/DataDirectory.h"
#include "console/ConsoleContext.h"
#include "crypto/SecureBytes.h"
#include "operators/AccessControl.h"
#include "operators/Authenticator.h"
#include "operators/OperatorErrors.h"
#include "operators/OperatorStore.h"
#include "storage/ConsoleSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace pasban::cli {

namespace {

using operators::Permission;

constexpr qint64 MaxPasswordFileSize = 64 * 1024;

int usage(const QString &message)
{
    std::fprintf(stderr, "pasban-cli operator: %s\n", qPrintable(message));
    return Usage;
}

Error credentialsRequired()
{
    return Error(u"operator.credentials_required"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "This console has operator accounts: give \u202A--operator NAME --password-file "
                                   "FILE\u202C to run this command."));
}

Error approvalRequired()
{
    return Error(u"operator.approval_required"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "This action needs a second clinical engineer's approval: give \u202A--approver "
                                   "NAME --approver-password-file FILE\u202C."));
}

Error notProvisioned()
{
    return Error(u"operator.not_provisioned"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "No operator exists yet. Create the first clinical engineer with \u202Aoperator "
                                   "init\u202C."));
}

Error alreadyProvisioned()
{
    return Error(u"operator.already_provisioned"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "Operators already exist; a clinical engineer adds new ones with \u202Aoperator "
                                   "add\u202C."));
}

// The first line of FILE (`-`: standard input), without its line ending. Its
// content is never printed or logged, not even in an error.
Result<crypto::SecureBytes> readPasswordFile(const QString &path)
{
    const auto unreadable = [&](const QString &why) {
        return Error(
            u"operator.password_file"_s,
            QT_TRANSLATE_NOOP("pasban::Error", "The password file %1 cannot be read. Check its name and permissions."),
            {QDir::toNativeSeparators(path)}, why);
    };
    QFile file;
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return unreadable(file.errorString());
    QByteArray content = file.read(MaxPasswordFileSize + 1);
    if (content.size() > MaxPasswordFileSize) {
        crypto::wipe(content);
        return unreadable(u"larger than %1 bytes"_s.arg(MaxPasswordFileSize));
    }
    qsizetype end = content.indexOf('\n');
    if (end < 0)
        end = content.size();
    if (end > 0 && content.at(end - 1) == '\r')
        --end;
    crypto::SecureBytes password(QByteArrayView(content).first(end));
    crypto::wipe(content);
    return password;
}

// Which permissions a command needs; empty: anyone may run it (file tools that
// touch no console state, and read-only public information).
QList<Permission> requiredPermissions(const QString &command, const QStringList &arguments,
                                      const QCommandLineParser &parser)
{
    const QString sub = arguments.value(0);
    if (command == u"scan"_s) {
        if (parser.isSet(u"interrogate"_s))
            return {Permission::Scan, Permission::Interrogate};
        return {Permission::Scan};
    }
    if (command == u"usb"_s) // usb probe sends commands to a device, as an interrogation does
        return {Permission::Interrogate};
    if (command == u"inventory"_s) {
        if (sub == u"list"_s)
            return {Permission::ReadInventory};
        if (sub == u"import"_s)
            return {Permission::ImportInventory};
        if (sub == u"add"_s || sub == u"remove"_s)
            return {Permission::EditInventory};
        if (sub == u"export"_s)
            return {Permission::ExportAuditAndReports};
        return {};
    }
    if (command == u"audit"_s) {
        if (sub == u"verify"_s || sub == u"tail"_s)
            return {Permission::ReadAuditLog};
        if (sub == u"export"_s || sub == u"forward"_s)
            return {Permission::ExportAuditAndReports};
        // Writing an arbitrary event or changing who can recover the log is
        // configuring the console, not using it.
        if (sub == u"append"_s || sub == u"set-recovery-key"_s)
            return {Permission::ChangeSettings};
        return {};
    }
    if (command == u"trust"_s) {
        if (sub == u"import"_s || sub == u"revoke"_s)
            return {Permission::ManageTrustStore};
        return {};
    }
    if (command == u"package"_s) {
        if (sub == u"approve"_s)
            return {Permission::ApprovePackage};
        if (sub == u"import"_s && parser.isSet(u"unverified"_s))
            return {Permission::ImportUnverifiedPackage};
        return {};
    }
    if (command == u"advisories"_s) {
        if (sub == u"list"_s)
            return {Permission::ReadInventory};
        // Advisories change every device's findings: configuring the console.
        if (sub == u"import"_s)
            return {Permission::ChangeSettings};
        return {};
    }
    if (command == u"posture"_s) {
        if (sub == u"accept"_s)
            return {Permission::AcceptRisk};
        return {Permission::ReadInventory};
    }
    if (command == u"report"_s)
        return {Permission::ExportAuditAndReports};
    if (command == u"firmware"_s) {
        // A raw image, or a package pushed without --require-approval, is an
        // unverified push; a field technician must ask for the approval check.
        if (parser.isSet(u"key"_s) || !parser.isSet(u"require-approval"_s))
            return {Permission::PushUnverifiedPackage};
        return {Permission::PushApprovedPackage};
    }
    return {};
}

// The riskiest actions also need a second clinical engineer (the two-person rule):
// adding a trust root and importing an image that nothing vouches for.
std::optional<Permission> secondPersonPermission(const QString &command, const QStringList &arguments,
                                                 const QCommandLineParser &parser)
{
    const QString sub = arguments.value(0);
    if (command == u"trust"_s && sub == u"import"_s)
        return Permission::ManageTrustStore;
    if (command == u"package"_s && sub == u"import"_s && parser.isSet(u"unverified"_s))
        return Permission::ImportUnverifiedPackage;
    return std::nullopt;
}

// What a successful authorization leaves: the open audit log (as a sink, for
// recording what the command then does) and the operator's session.
struct Authorized
{
    std::unique_ptr<audit::AuditSink> sink;
    operators::OperatorSession session;
};

QString passphraseFile(const QCommandLineParser &parser)
{
    return parser.value(u"passphrase-file"_s);
}

// Opens the audit log, logs the operator in and checks every permission. On
// failure prints why and stores the exit code in `exitCode`.
std::optional<Authorized> authorize(const Output &out, const QString &dataDir, operators::OperatorStore &store,
                                    const QCommandLineParser &parser, const QList<Permission> &permissions,
                                    int &exitCode)
{
    Result<std::unique_ptr<audit::AuditSink>> sink = openAuditSink(dataDir, passphraseFile(parser));
    if (!sink) {
        // Neither a log-in nor a refusal could be recorded: nothing is done.
        exitCode = out.fail(sink.error(), StartFailed);
        return std::nullopt;
    }
    Authorized authorized;
    authorized.sink = std::move(sink).value();
    operators::AccessControl access(authorized.sink.get());
    const QString name = parser.value(u"operator"_s);
    const QString file = parser.value(u"password-file"_s);
    if (name.isEmpty() || file.isEmpty()) {
        // Recorded as a refused use, with no operator name.
        (void)access.check({}, permissions.value(0, Permission::ManageOperators));
        exitCode = out.fail(credentialsRequired(), NotAuthorized);
        return std::nullopt;
    }
    Result<crypto::SecureBytes> password = readPasswordFile(file);
    if (!password) {
        exitCode = out.fail(password.error(), NotAuthorized);
        return std::nullopt;
    }
    operators::Authenticator authenticator(store, authorized.sink.get());
    Result<operators::OperatorSession> session = authenticator.login(name, *password);
    if (!session) {
        exitCode = out.fail(session.error(), NotAuthorized);
        return std::nullopt;
    }
    authorized.session = *session;
    for (const Permission permission : permissions) {
        if (Status allowed = access.check(authorized.session, permission); !allowed) {
            exitCode = out.fail(allowed.error(), NotAuthorized);
            return std::nullopt;
        }
    }
    return authorized;
}

// The second clinical engineer approves with their own name and password
// (--approver, --approver-password-file). Core checks that it is another, enabled
// clinical engineer and records one event with both names; a missing approver is
// recorded as a refused use too.
int approveBySecondPerson(const Output &out, operators::OperatorStore &store, const QCommandLineParser &parser,
                          Authorized &authorized, Permission permission)
{
    const QString approver = parser.value(u"approver"_s);
    const QString file = parser.value(u"approver-password-file"_s);
    if (approver.isEmpty() || file.isEmpty()) {
        audit::AuditEvent refused;
        refused.type = audit::EventType::UseOfRestrictedFunction;
        refused.action = audit::Action::Execute;
        refused.outcome = audit::Outcome::MinorFailure;
        refused.operatorId = authorized.session.name;
        refused.details = QJsonObject {{u"permission"_s, operators::permissionCode(permission)},
                                       {u"refused"_s, u"operator.approval_required"_s}};
        (void)authorized.sink->record(refused);
        return out.fail(approvalRequired(), NotAuthorized);
    }
    Result<crypto::SecureBytes> password = readPasswordFile(file);
    if (!password)
        return out.fail(password.error(), NotAuthorized);
    operators::Authenticator authenticator(store, authorized.sink.get());
    const Result<QString> approved =
        authenticator.approveBySecondPerson(authorized.session, permission, approver, *password);
    if (!approved)
        return out.fail(approved.error(), NotAuthorized);
    return Success;
}

// Records an operator administration step; a change that cannot be recorded is
// reported (the account change itself stands: it is already stored).
void recordChange(const Output &out, audit::AuditSink &sink, audit::EventType type, const QString &by,
                  const QJsonObject &details)
{
    audit::AuditEvent event;
    event.type = type;
    event.action = audit::Action::Update;
    event.outcome = audit::Outcome::Success;
    event.operatorId = by;
    event.details = details;
    if (Result<quint64> recorded = sink.record(event); !recorded)
        (void)out.fail(recorded.error(), Failed);
}

QJsonObject accountJson(const operators::OperatorAccount &account, const QDateTime &now)
{
    const bool locked = account.lockedUntilUtc.isValid() && now < account.lockedUntilUtc;
    QJsonObject object {{u"name"_s, account.name},
                        {u"role"_s, operators::roleCode(account.role)},
                        {u"enabled"_s, account.enabled},
                        {u"locked"_s, locked},
                        {u"created"_s, account.createdUtc.toString(Qt::ISODate)}};
    if (locked)
        object.insert(u"lockedUntil"_s, account.lockedUntilUtc.toString(Qt::ISODate));
    return object;
}

Result<crypto::SecureBytes> newPassword(const QCommandLineParser &parser)
{
    return readPasswordFile(parser.value(u"new-password-file"_s));
}

int runInit(const Output &out, const QString &dataDir, operators::OperatorStore &store,
            const QCommandLineParser &parser, const QString &name)
{
    if (name.isEmpty() || !parser.isSet(u"password-file"_s))
        return usage(u"init needs NAME and --password-file FILE"_s);
    Result<bool> empty = store.isEmpty();
    if (!empty)
        return out.fail(empty.error(), StartFailed);
    if (!*empty)
        return out.fail(alreadyProvisioned(), NotAuthorized);
    Result<crypto::SecureBytes> password = readPasswordFile(parser.value(u"password-file"_s));
    if (!password)
        return out.fail(password.error(), Usage);
    // The log is opened (created) first so that the new account is recorded.
    Result<std::unique_ptr<audit::AuditSink>> sink = openAuditSink(dataDir, passphraseFile(parser));
    if (!sink)
        return out.fail(sink.error(), StartFailed);
    if (Status added = store.add(name, operators::Role::ClinicalEngineer, *password); !added)
        return out.fail(added.error(), Failed);
    recordChange(out, **sink, audit::EventType::SecurityRolesChanged, name,
                 {{u"change"_s, u"init"_s}, {u"name"_s, name}, {u"role"_s, u"engineer"_s}});
    if (out.json())
        out.object({{u"created"_s, name}, {u"role"_s, u"engineer"_s}});
    else
        out.text(QCoreApplication::translate("cli",
                                             "Created the first clinical engineer, %1. From now on commands "
                                             "need --operator and --password-file.")
                     .arg(name));
    return Success;
}

} // namespace

QList<QCommandLineOption> withOperatorOptions(QList<QCommandLineOption> commandOptions)
{
    const auto has = [&](const QString &name) {
        for (const QCommandLineOption &option : commandOptions)
            if (option.names().contains(name))
                return true;
        return false;
    };
    if (!has(u"operator"_s))
        commandOptions.append(
            {u"operator"_s, u"The operator running the command (once operators exist)."_s, u"NAME"_s});
    commandOptions.append(
        {u"password-file"_s, u"The operator's password, first line of FILE (- for stdin)."_s, u"FILE"_s});
    if (!has(u"passphrase-file"_s))
        commandOptions.append(
            {u"passphrase-file"_s, u"The audit log's passphrase file (log-ins are audited)."_s, u"FILE"_s});
    return commandOptions;
}

int authorizeCommand(const Output &out, const QString &dataDir, const QString &command,
                     const QCommandLineParser &parser, const QStringList &arguments)
{
    const QList<Permission> permissions = requiredPermissions(command, arguments, parser);
    if (permissions.isEmpty())
        return Success;
    {
        // No database yet: no operators, and a bad request must not create one.
        // A folder that cannot start is the command's to report, with its own
        // documented exit code; it cannot do anything either.
        Result<DataDirectory> folder = DataDirectory::resolve(dataDir);
        if (!folder || !QFile::exists(folder->filePath(storage::consoleDatabaseFileName())))
            return Success;
        auto context = ConsoleContext::start(dataDir);
        if (!context)
            return Success;
        operators::OperatorStore store((*context)->database());
        Result<bool> empty = store.isEmpty();
        if (!empty)
            return out.fail(empty.error(), StartFailed);
        if (*empty)
            return Success; // not provisioned: the console works without accounts
        int exitCode = Success;
        // The log is closed again before the command opens it itself.
        std::optional<Authorized> authorized = authorize(out, dataDir, store, parser, permissions, exitCode);
        if (!authorized)
            return exitCode;
        if (const std::optional<Permission> risky = secondPersonPermission(command, arguments, parser))
            return approveBySecondPerson(out, store, parser, *authorized, *risky);
    }
    return Success;
}

QList<QCommandLineOption> operatorOptionList()
{
    return withOperatorOptions({
        {u"role"_s, u"operator add: engineer, technician or auditor."_s, u"ROLE"_s},
        {u"new-password-file"_s, u"operator add/passwd: the new password, first line of FILE (- for stdin)."_s,
         u"FILE"_s},
    });
}

int runOperator(const Output &out, const QString &dataDir, const QCommandLineParser &parser,
                const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QString name = arguments.value(1);
    if (arguments.size() > 2)
        return usage(u"unexpected argument '%1'"_s.arg(arguments.at(2)));
    auto context = ConsoleContext::start(dataDir);
    if (!context)
        return out.fail(context.error(), StartFailed);
    operators::OperatorStore store((*context)->database());
    if (sub == u"init"_s)
        return runInit(out, dataDir, store, parser, name);

    Permission permission = Permission::ManageOperators;
    if (sub == u"list"_s || sub == u"add"_s || sub == u"disable"_s || sub == u"enable"_s) {
        if (sub != u"list"_s && name.isEmpty())
            return usage(u"%1 needs NAME"_s.arg(sub));
        if (sub == u"add"_s && (!parser.isSet(u"role"_s) || !parser.isSet(u"new-password-file"_s)))
            return usage(u"add needs --role ROLE and --new-password-file FILE"_s);
    } else if (sub == u"passwd"_s) {
        if (!parser.isSet(u"new-password-file"_s))
            return usage(u"passwd needs --new-password-file FILE"_s);
        // One's own password: the log-in is the proof.
        if (name.isEmpty() || name.compare(parser.value(u"operator"_s), Qt::CaseInsensitive) == 0)
            permission = Permission::ReadOwnActions;
    } else {
        return usage(u"use init, add, list, disable, enable or passwd"_s);
    }
    Result<bool> empty = store.isEmpty();
    if (!empty)
        return out.fail(empty.error(), StartFailed);
    if (*empty) {
        if (sub == u"list"_s) {
            if (out.json())
                out.array({});
            else
                out.text(QCoreApplication::translate("cli", "No operators: the console runs without accounts."));
            return Success;
        }
        return out.fail(notProvisioned(), NotAuthorized);
    }
    int exitCode = Success;
    std::optional<Authorized> authorized = authorize(out, dataDir, store, parser, {permission}, exitCode);
    if (!authorized)
        return exitCode;
    const QString by = authorized->session.name;

    if (sub == u"list"_s) {
        Result<QList<operators::OperatorAccount>> accounts = store.list();
        if (!accounts)
            return out.fail(accounts.error(), Failed);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (out.json()) {
            QJsonArray array;
            for (const operators::OperatorAccount &account : *accounts)
                array.append(accountJson(account, now));
            out.array(array);
        } else {
            for (const operators::OperatorAccount &account : *accounts) {
                const QJsonObject object = accountJson(account, now);
                QString line = u"%1  %2"_s.arg(account.name, operators::roleName(account.role));
                if (!account.enabled)
                    line += u"  "_s + QCoreApplication::translate("cli", "(disabled)");
                if (object.value(u"locked"_s).toBool())
                    line += u"  "_s + QCoreApplication::translate("cli", "(locked)");
                out.text(line);
            }
        }
        return Success;
    }
    if (sub == u"add"_s) {
        const std::optional<operators::Role> role = operators::roleFromCode(parser.value(u"role"_s));
        if (!role)
            return usage(u"--role takes engineer, technician or auditor"_s);
        Result<crypto::SecureBytes> password = newPassword(parser);
        if (!password)
            return out.fail(password.error(), Usage);
        if (Status added = store.add(name, *role, *password); !added)
            return out.fail(added.error(), Failed);
        recordChange(out, *authorized->sink, audit::EventType::SecurityRolesChanged, by,
                     {{u"change"_s, u"add"_s}, {u"name"_s, name}, {u"role"_s, operators::roleCode(*role)}});
        if (out.json())
            out.object({{u"added"_s, name}, {u"role"_s, operators::roleCode(*role)}});
        else
            out.text(QCoreApplication::translate("cli", "Added %1 (%2).").arg(name, operators::roleName(*role)));
        return Success;
    }
    if (sub == u"disable"_s || sub == u"enable"_s) {
        const bool enable = sub == u"enable"_s;
        if (Status changed = store.setEnabled(name, enable); !changed)
            return out.fail(changed.error(), Failed);
        recordChange(out, *authorized->sink, audit::EventType::UserSecurityAttributesChanged, by,
                     {{u"change"_s, sub}, {u"name"_s, name}});
        if (out.json())
            out.object({{u"name"_s, name}, {u"enabled"_s, enable}});
        else
            out.text(enable ? QCoreApplication::translate("cli", "Enabled %1.").arg(name)
                            : QCoreApplication::translate("cli", "Disabled %1.").arg(name));
        return Success;
    }
    // passwd
    const QString target = name.isEmpty() ? by : name;
    Result<crypto::SecureBytes> password = newPassword(parser);
    if (!password)
        return out.fail(password.error(), Usage);
    if (Status changed = store.setPassword(target, *password); !changed)
        return out.fail(changed.error(), Failed);
    recordChange(out, *authorized->sink, audit::EventType::UserSecurityAttributesChanged, by,
                 {{u"change"_s, u"password"_s}, {u"name"_s, target}});
    if (out.json())
        out.object({{u"name"_s, target}, {u"passwordChanged"_s, true}});
    else
        out.text(QCoreApplication::translate("cli", "Changed the password of %1.").arg(target));
    return Success;
}

} // namespace pasban::cli
