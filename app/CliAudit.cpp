#include "CliAudit.h"

#include "audit/AuditLog.h"
#include "audit/AuditSink.h"
#include "audit/FileAnchorStore.h"
#include "audit/PassphraseKeyStore.h"
#include "audit/RecoveryWrap.h"
#include "audit/export/AuditExporter.h"
#include "audit/forward/SyslogForwarder.h"
#include "console/AuditTrail.h"
#include "console/ConsoleContext.h"
#include "crypto/KeyAgreement.h"
#include "storage/ConsoleSchema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace pasban::cli {

namespace {

constexpr qint64 MaxPassphraseFileSize = 64 * 1024;
constexpr qint64 MaxKeyFileSize = 16 * 1024;
constexpr int DefaultTailCount = 10;
constexpr int MaxTailCount = 10000;

int usage(const QString &message)
{
    std::fprintf(stderr, "pasban-cli audit: %s\n", qPrintable(message));
    return Usage;
}

// The first line of the file, without its line ending. The file's content is
// never printed or logged, not even in an error.
Result<crypto::SecureBytes> readPassphraseFile(const QString &path)
{
    const auto unreadable = [&](const QString &why) {
        return Error(u"audit.passphrase_file"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The passphrase file %1 cannot be read. Check its name and permissions."),
                     {QDir::toNativeSeparators(path)}, why);
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(file.errorString());
    if (file.size() > MaxPassphraseFileSize)
        return unreadable(u"larger than %1 bytes"_s.arg(MaxPassphraseFileSize));
    QByteArray content = file.read(MaxPassphraseFileSize);
    qsizetype end = content.indexOf('\n');
    if (end < 0)
        end = content.size();
    if (end > 0 && content.at(end - 1) == '\r')
        --end;
    crypto::SecureBytes passphrase(QByteArrayView(content).first(end));
    crypto::wipe(content);
    return passphrase;
}

// A key file (PEM, at most 16 KiB); its content is never printed.
Result<QByteArray> readKeyFile(const QString &path)
{
    const auto unreadable = [&](const QString &why) {
        return Error(
            u"audit.key_file"_s,
            QT_TRANSLATE_NOOP("pasban::Error", "The key file %1 cannot be read. Check its name and permissions."),
            {QDir::toNativeSeparators(path)}, why);
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(file.errorString());
    if (file.size() > MaxKeyFileSize)
        return unreadable(u"larger than %1 bytes"_s.arg(MaxKeyFileSize));
    return file.read(MaxKeyFileSize);
}

} // namespace

Result<OpenLog> openLog(const QString &dataDir, const KeySource &keys, bool create)
{
    audit::AuditOpener::Request request;
    request.create = create;
    // The key material first: a bad file fails before the data folder is touched.
    if (!keys.recoveryKeyFile.isEmpty()) {
        Result<QByteArray> pem = readKeyFile(keys.recoveryKeyFile);
        if (!pem)
            return pem.error();
        Result<crypto::SecureBytes> privateKey = crypto::x25519PrivateKeyFromPem(*pem);
        crypto::wipe(*pem);
        if (!privateKey)
            return privateKey.error();
        request.recoveryPrivateKey = std::move(privateKey).value();
    } else if (!keys.passphraseFile.isEmpty()) {
        Result<crypto::SecureBytes> passphrase = readPassphraseFile(keys.passphraseFile);
        if (!passphrase)
            return passphrase.error();
        request.passphrase = std::move(passphrase).value();
    }
    OpenLog open;
    Result<std::unique_ptr<ConsoleContext>> context = ConsoleContext::start(dataDir);
    if (!context)
        return context.error();
    open.context = std::move(context).value();
    request.databasePath = open.context->databasePath();
    request.anchorFilePath = open.context->dataDirectory().filePath(audit::FileAnchorStore::defaultFileName());

    AuditTrail::Options options;
    options.application = u"pasban-cli"_s;
    options.recordLifecycle = false; // one command per process: its own event is enough
    options.checkpointIntervalMs = 0;
    open.trail = std::make_unique<AuditTrail>(options);
    if (Status opened = open.trail->open(std::move(request)); !opened)
        return opened.error();
    open.log = open.trail->log();
    return open;
}

namespace {

// A log deleted while its anchor survived, or whose own tables are impossible, is
// evidence of tampering or damage (1), not a setup problem (2).
ExitCode openFailureCode(const Error &error)
{
    return error.code() == u"audit.log_missing"_s || error.code() == u"audit.damaged"_s ? Failed : Usage;
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject eventJson(const audit::AuditEvent &event)
{
    QJsonObject object {
        {u"sequence"_s, qint64(event.sequence)}, {u"recorded"_s, isoUtc(event.recorded)},
        {u"type"_s, qint64(event.type)},         {u"typeName"_s, audit::eventTypeEnglishName(event.type)},
        {u"outcome"_s, int(event.outcome)},      {u"keyId"_s, qint64(event.keyId)},
        {u"readable"_s, event.readable}};
    if (event.readable) {
        object.insert(u"action"_s, audit::actionCode(event.action));
        object.insert(u"operator"_s, event.operatorId);
        object.insert(u"workstation"_s, event.workstation);
        object.insert(u"device"_s, event.device);
        object.insert(u"details"_s, event.details);
    }
    return object;
}

QString eventLine(const audit::AuditEvent &event)
{
    QString line = u"%1  %2  %3 %4  %5"_s.arg(QString::number(event.sequence), isoUtc(event.recorded),
                                              QString::number(quint32(event.type)), audit::eventTypeName(event.type),
                                              audit::outcomeName(event.outcome));
    if (!event.readable)
        return line + u"  "_s + QCoreApplication::translate("cli", "(encrypted fields cannot be read)");
    line += u"  "_s + audit::actionCode(event.action);
    for (const QString &field : {event.operatorId, event.workstation, event.device}) {
        if (!field.isEmpty())
            line += u"  "_s + field;
    }
    if (!event.details.isEmpty())
        line += u"  "_s + QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact));
    return line;
}

// The events are recorded either way; only their anchoring outside the database
// is late, and the next checkpoint catches up.
void warnIfNotAnchored(const audit::AuditLog &log)
{
    if (const std::optional<Error> error = log.lastAnchorError())
        std::fprintf(stderr, "pasban-cli: %s [%s]\n", qPrintable(error->message()), qPrintable(error->code()));
}

int runAppend(const Output &out, const QCommandLineParser &parser, const QString &dataDir, const KeySource &keys)
{
    if (!parser.isSet(u"type"_s) || !parser.isSet(u"outcome"_s))
        return usage(u"append needs --type CODE and --outcome N"_s);
    bool typeOk = false;
    const quint32 code = parser.value(u"type"_s).toUInt(&typeOk);
    if (!typeOk || !audit::eventTypeInfo(code))
        return usage(u"--type takes a DICOM event code Pasban knows, such as 110120 (Application Start)"_s);
    bool outcomeOk = false;
    const std::optional<audit::Outcome> outcome =
        audit::outcomeFromValue(parser.value(u"outcome"_s).toLongLong(&outcomeOk));
    if (!outcomeOk || !outcome)
        return usage(u"--outcome takes 0 (success), 4, 8 or 12 (major failure)"_s);
    const std::optional<audit::Action> action =
        parser.isSet(u"action"_s) ? audit::actionFromCode(parser.value(u"action"_s)) : audit::Action::Execute;
    if (!action)
        return usage(u"--action takes C, R, U, D or E"_s);

    audit::AuditEvent event;
    event.type = audit::EventType(code);
    event.outcome = *outcome;
    event.action = *action;
    event.operatorId = parser.value(u"operator"_s);
    event.device = parser.value(u"device"_s);
    if (parser.isSet(u"detail"_s))
        event.details = {{u"text"_s, parser.value(u"detail"_s)}};

    Result<OpenLog> open = openLog(dataDir, keys, true);
    if (!open)
        return out.fail(open.error(), openFailureCode(open.error()));
    const Result<quint64> sequence = open->trail->record(event);
    if (!sequence)
        return out.fail(sequence.error(), Failed);
    const bool created = open->log->created();
    audit::EventFilter justRecorded;
    justRecorded.afterSequence = *sequence - 1;
    const Result<QList<audit::AuditEvent>> recorded = open->log->query(justRecorded, 1);
    if (const Status closed = open->log->close(); !closed)
        return out.fail(closed.error(), Failed);
    warnIfNotAnchored(*open->log);
    const QDateTime time = recorded && !recorded->isEmpty() ? recorded->first().recorded : QDateTime();

    if (out.json()) {
        out.object({{u"sequence"_s, qint64(*sequence)},
                    {u"recorded"_s, isoUtc(time)},
                    {u"type"_s, qint64(code)},
                    {u"outcome"_s, int(*outcome)},
                    {u"logCreated"_s, created}});
    } else {
        if (created)
            out.text(QCoreApplication::translate("cli", "Created the audit log."));
        out.text(QCoreApplication::translate("cli", "Recorded audit event %1.").arg(*sequence));
    }
    return Success;
}

int runVerify(const Output &out, const QString &dataDir, const KeySource &keys)
{
    Result<OpenLog> open = openLog(dataDir, keys, false);
    if (!open)
        return out.fail(open.error(), openFailureCode(open.error()));
    const Result<audit::VerifyReport> verified = open->log->verify();
    if (!verified)
        return out.fail(verified.error(), Usage);
    const audit::VerifyReport &report = *verified;
    const auto optionalNumber = [](bool present, quint64 value) {
        return present ? QJsonValue(qint64(value)) : QJsonValue(QJsonValue::Null);
    };

    if (out.json()) {
        QJsonValue unanchored = QJsonValue::Null;
        if (report.hasUnanchoredTail())
            unanchored =
                QJsonObject {{u"from"_s, qint64(report.unanchoredFrom())}, {u"to"_s, qint64(report.lastSequence)}};
        out.object({{u"intact"_s, report.intact()},
                    {u"message"_s, report.englishSummary()},
                    {u"events"_s, qint64(report.events)},
                    {u"lastSequence"_s, qint64(report.lastSequence)},
                    {u"verifiedThrough"_s, qint64(report.verifiedThrough)},
                    {u"checkpoints"_s, qint64(report.checkpoints)},
                    {u"anchoredCheckpoint"_s, optionalNumber(report.anchoredCheckpoint > 0, report.anchoredCheckpoint)},
                    {u"anchoredThrough"_s, optionalNumber(report.anchoredCheckpoint > 0, report.anchoredThrough)},
                    {u"unanchored"_s, unanchored},
                    {u"problem"_s, report.intact() ? QJsonValue(QJsonValue::Null) : QJsonValue(report.problemCode())},
                    {u"firstBadSequence"_s, optionalNumber(!report.intact(), report.firstBadSequence)},
                    {u"detail"_s, report.detail}});
    } else {
        out.text(report.summary());
    }
    return report.intact() ? Success : Failed;
}

int runTail(const Output &out, const QCommandLineParser &parser, const QString &dataDir, const KeySource &keys)
{
    int count = DefaultTailCount;
    if (parser.isSet(u"n"_s)) {
        bool ok = false;
        count = parser.value(u"n"_s).toInt(&ok);
        if (!ok || count < 1 || count > MaxTailCount)
            return usage(u"-n takes a whole number from 1 to %1"_s.arg(MaxTailCount));
    }
    Result<OpenLog> open = openLog(dataDir, keys, false);
    if (!open)
        return out.fail(open.error(), openFailureCode(open.error()));
    const Result<QList<audit::AuditEvent>> events = open->log->tail(count);
    if (!events)
        return out.fail(events.error(), Failed);

    if (out.json()) {
        QJsonArray array;
        for (const audit::AuditEvent &event : *events)
            array.append(eventJson(event));
        out.object({{u"events"_s, array}});
    } else {
        for (const audit::AuditEvent &event : *events)
            out.text(eventLine(event));
    }

    // Reading the log is itself recorded.
    audit::AuditEvent used;
    used.type = audit::EventType::AuditLogUsed;
    used.action = audit::Action::Read;
    used.details = {{u"command"_s, u"audit tail"_s}, {u"count"_s, qint64(events->size())}};
    if (const Result<quint64> recorded = open->trail->record(used); !recorded) {
        std::fprintf(stderr, "pasban-cli: %s [%s]\n", qPrintable(recorded.error().message()),
                     qPrintable(recorded.error().code()));
    }
    if (const Status closed = open->log->close(); !closed)
        std::fprintf(stderr, "pasban-cli: %s [%s]\n", qPrintable(closed.error().message()),
                     qPrintable(closed.error().code()));
    warnIfNotAnchored(*open->log);
    return Success;
}

// ISO-8601: a date (midnight UTC) or a date and time; a time without a zone is UTC.
std::optional<QDateTime> parseTime(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return date.startOfDay(Qt::UTC);
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

int runExport(const Output &out, const QCommandLineParser &parser, const QString &dataDir, const KeySource &keys)
{
    const std::optional<audit::ExportFormat> format = audit::exportFormatFromId(parser.value(u"format"_s));
    if (!parser.isSet(u"format"_s) || !format)
        return usage(u"export needs --format fhir or --format csv"_s);
    const QString path = parser.value(u"out"_s);
    if (path.isEmpty())
        return usage(u"export needs --out FILE"_s);
    audit::ExportRequest request;
    request.format = *format;
    for (const auto &[option, target] : {std::pair {u"from"_s, &request.from}, std::pair {u"to"_s, &request.to}}) {
        if (!parser.isSet(option))
            continue;
        const std::optional<QDateTime> time = parseTime(parser.value(option));
        if (!time)
            return usage(u"--%1 takes an ISO-8601 time such as 2026-11-28T10:00:00Z or a date"_s.arg(option));
        *target = *time;
    }
    if (request.from.isValid() && request.to.isValid() && request.from >= request.to)
        return usage(u"--from must be before --to"_s);

    Result<OpenLog> open = openLog(dataDir, keys, false);
    if (!open)
        return out.fail(open.error(), openFailureCode(open.error()));
    audit::AuditExporter exporter(*open->log);
    const Result<audit::ExportSummary> exported = exporter.writeFile(path, request);
    if (const Status closed = open->log->close(); !closed)
        std::fprintf(stderr, "pasban-cli: %s [%s]\n", qPrintable(closed.error().message()),
                     qPrintable(closed.error().code()));
    warnIfNotAnchored(*open->log);
    if (!exported)
        return out.fail(exported.error(), Failed);

    if (out.json()) {
        out.object({{u"file"_s, QDir::toNativeSeparators(path)},
                    {u"format"_s, audit::exportFormatId(*format)},
                    {u"events"_s, qint64(exported->events)},
                    {u"firstSequence"_s, qint64(exported->firstSequence)},
                    {u"lastSequence"_s, qint64(exported->lastSequence)},
                    {u"recordedAs"_s, qint64(exported->recordedAs)}});
    } else {
        out.text(QCoreApplication::translate("cli", "Exported %n audit event(s) to %1.", nullptr, int(exported->events))
                     .arg(QDir::toNativeSeparators(path)));
    }
    return Success;
}

QString forwardStateName(audit::forward::ForwardStatus::State state)
{
    using State = audit::forward::ForwardStatus::State;
    switch (state) {
    case State::Off:
        return u"off"_s;
    case State::Disconnected:
        return u"disconnected"_s;
    case State::Connecting:
        return u"connecting"_s;
    case State::Delivering:
        return u"delivering"_s;
    case State::UpToDate:
        return u"upToDate"_s;
    case State::Failed:
        break;
    }
    return u"failed"_s;
}

// Sends the log to the receiver in Settings → Forwarding. With --once: what is
// queued, then exit (0 up to date, 1 failed with the reason). Without: keeps
// following the log, reconnecting after failures, until it is stopped or hits a
// failure that needs a change of settings (exit 1).
int runForward(const Output &out, const QCommandLineParser &parser, const QString &dataDir, const KeySource &keys)
{
    Result<OpenLog> open = openLog(dataDir, keys, false);
    if (!open)
        return out.fail(open.error(), openFailureCode(open.error()));
    const audit::forward::ForwardConfig config = audit::forward::ForwardConfig::fromSettings(open->context->settings());

    audit::forward::SyslogForwarder::Options options;
    options.once = parser.isSet(u"once"_s);
    audit::forward::SyslogForwarder forwarder(*open->log, open->context->database(), options);
    forwarder.setConfig(config);
    QEventLoop loop;
    QObject::connect(&forwarder, &audit::forward::SyslogForwarder::finished, &loop, &QEventLoop::quit);
    QObject::connect(&forwarder, &audit::forward::SyslogForwarder::statusChanged, &loop,
                     [&](const audit::forward::ForwardStatus &status) {
                         if (status.state == audit::forward::ForwardStatus::State::Failed)
                             loop.quit();
                         if (!options.once && !out.json() && status.error)
                             std::fprintf(stderr, "pasban-cli: %s [%s]\n", qPrintable(status.error->message()),
                                          qPrintable(status.error->code()));
                     });
    if (!options.once) {
        QObject::connect(
            &forwarder, &audit::forward::SyslogForwarder::delivered, &loop, [&](quint64 sequence, quint64 count) {
                if (!out.json())
                    out.text(QCoreApplication::translate("cli", "Delivered %n audit events (through event %1).",
                                                         nullptr, int(count))
                                 .arg(sequence));
            });
    }
    forwarder.start();
    if (forwarder.status().state != audit::forward::ForwardStatus::State::Failed)
        loop.exec();

    const audit::forward::ForwardStatus status = forwarder.status();
    const quint64 delivered = forwarder.deliveredCount();
    if (status.state == audit::forward::ForwardStatus::State::Failed) {
        if (!out.json() && delivered > 0)
            out.text(QCoreApplication::translate("cli", "Delivered %n audit events before the failure.", nullptr,
                                                 int(delivered)));
        const Error error = status.error.value_or(Error());
        if (!out.json()) {
            if (!error.detail().isEmpty())
                std::fprintf(stderr, "pasban-cli: %s\n", qPrintable(error.detail()));
            return out.fail(error, Failed);
        }
        std::fprintf(stderr, "pasban-cli: %s [%s] %s\n", qPrintable(error.message()), qPrintable(error.code()),
                     qPrintable(error.detail()));
        out.object({{u"error"_s,
                     QJsonObject {{u"code"_s, error.code()},
                                  {u"message"_s, error.sourceMessage()},
                                  {u"detail"_s, error.detail()},
                                  {u"exitCode"_s, Failed}}},
                    {u"destination"_s, config.destination()},
                    {u"delivered"_s, qint64(delivered)},
                    {u"deliveredThrough"_s, qint64(status.deliveredThrough)}});
        return Failed;
    }
    if (out.json()) {
        out.object({{u"destination"_s, config.destination()},
                    {u"state"_s, forwardStateName(status.state)},
                    {u"delivered"_s, qint64(delivered)},
                    {u"deliveredThrough"_s, qint64(status.deliveredThrough)},
                    {u"queueLength"_s, qint64(status.queueLength)}});
    } else {
        out.text(QCoreApplication::translate("cli",
                                             "Delivered %n audit events to %1; the receiver has every event "
                                             "through %2.",
                                             nullptr, int(delivered))
                     .arg(config.destination())
                     .arg(status.deliveredThrough));
    }
    return Success;
}

int runSetRecoveryKey(const Output &out, const QString &dataDir, const KeySource &keys, const QString &publicKeyFile)
{
    Result<QByteArray> pem = readKeyFile(publicKeyFile);
    if (!pem)
        return out.fail(pem.error(), Usage);
    Result<QByteArray> publicKey = crypto::x25519PublicKeyFromPem(*pem);
    if (!publicKey)
        return out.fail(publicKey.error(), Usage);
    Result<OpenLog> open = openLog(dataDir, keys, false);
    if (!open)
        return out.fail(open.error(), openFailureCode(open.error()));
    // Recorded by the log in the same transaction (Security Configuration).
    if (const Status set = open->trail->setRecoveryKey(*publicKey); !set)
        return out.fail(set.error(), Failed);
    if (const Status closed = open->log->close(); !closed)
        return out.fail(closed.error(), Failed);
    warnIfNotAnchored(*open->log);
    const QString fingerprint = audit::recovery::fingerprint(*publicKey);
    if (out.json())
        out.object({{u"recoveryKey"_s, fingerprint}});
    else
        out.text(QCoreApplication::translate("cli", "The audit log's keys are now also wrapped to recovery key %1.")
                     .arg(fingerprint));
    return Success;
}

} // namespace

QList<QCommandLineOption> auditOptionList()
{
    return {
        {u"passphrase-file"_s, u"audit: read the audit log's passphrase from the first line of FILE."_s, u"FILE"_s},
        {u"recovery-key"_s, u"audit verify|tail: open the log with the hospital recovery private key (X25519 PEM)."_s,
         u"PRIVATE.pem"_s},
        {u"type"_s, u"audit append: DICOM event code, e.g. 110120 (Application Start)."_s, u"CODE"_s},
        {u"outcome"_s, u"audit append: 0 success, 4 minor, 8 serious, 12 major failure."_s, u"N"_s},
        {u"detail"_s, u"audit append: free text, stored encrypted in the details."_s, u"TEXT"_s},
        {u"action"_s, u"audit append: C, R, U, D or E (default E)."_s, u"ACTION"_s},
        {u"operator"_s, u"audit append: who did it."_s, u"NAME"_s},
        {u"device"_s, u"audit append: the device concerned."_s, u"ID"_s},
        {{u"n"_s, u"count"_s}, u"audit tail: how many events (default 10)."_s, u"N"_s},
        {u"format"_s, u"audit export: fhir (FHIR R4 AuditEvent Bundle, JSON) or csv."_s, u"FORMAT"_s},
        {u"out"_s, u"audit export: the file to write (owner-only permissions)."_s, u"FILE"_s},
        {u"from"_s, u"audit export: only events recorded at or after T (ISO-8601, UTC)."_s, u"T"_s},
        {u"to"_s, u"audit export: only events recorded before T (ISO-8601, UTC)."_s, u"T"_s},
        {u"once"_s, u"audit forward: deliver what is queued, then exit."_s},
    };
}

int runAudit(const Output &out, const QString &dataDir, const QCommandLineParser &parser, const QStringList &arguments)
{
    const QString subcommand = arguments.value(0);
    const qsizetype expected = subcommand == u"set-recovery-key"_s ? 2 : 1;
    if (arguments.size() != expected)
        return usage(subcommand == u"set-recovery-key"_s
                         ? u"set-recovery-key takes the public key file: PUBLIC.pem"_s
                         : u"give one of: append, verify, tail, export, forward, set-recovery-key"_s);
    const KeySource keys {parser.value(u"passphrase-file"_s), parser.value(u"recovery-key"_s)};
    if (!keys.recoveryKeyFile.isEmpty() && !keys.passphraseFile.isEmpty())
        return usage(u"give either --passphrase-file or --recovery-key, not both"_s);
    if (!keys.recoveryKeyFile.isEmpty() && subcommand != u"verify"_s && subcommand != u"tail"_s
        && subcommand != u"export"_s)
        return usage(u"--recovery-key is for verify, tail and export"_s);
    if (subcommand == u"append"_s)
        return runAppend(out, parser, dataDir, keys);
    if (subcommand == u"verify"_s)
        return runVerify(out, dataDir, keys);
    if (subcommand == u"tail"_s)
        return runTail(out, parser, dataDir, keys);
    if (subcommand == u"set-recovery-key"_s)
        return runSetRecoveryKey(out, dataDir, keys, arguments.at(1));
    if (subcommand == u"forward"_s)
        return runForward(out, parser, dataDir, keys);
    if (subcommand == u"export"_s)
        return runExport(out, parser, dataDir, keys);
    return usage(u"unknown subcommand '%1'; give one of: append, verify, tail, export, forward, set-recovery-key"_s.arg(
        subcommand));
}

namespace {

// The console's audit log as a sink for other commands' events.
class LogSink final : public audit::AuditSink
{
public:
    explicit LogSink(OpenLog open)
        : m_open(std::move(open))
    {
    }
    Result<quint64> record(const audit::AuditEvent &event) override { return m_open.log->append(event); }

private:
    OpenLog m_open;
};

} // namespace

Result<std::unique_ptr<audit::AuditSink>> openAuditSink(const QString &dataDir, const QString &passphraseFile)
{
    Result<OpenLog> open = openLog(dataDir, passphraseFile, true);
    if (!open)
        return open.error();
    return std::unique_ptr<audit::AuditSink>(std::make_unique<LogSink>(std::move(open).value()));
}

AuditChoice chooseAudit(const Output &out, const QString &dataDir, const QCommandLineParser &parser,
                        storage::Database &database, const QString &command)
{
    AuditChoice choice;
    if (parser.isSet(u"passphrase-file"_s)) {
        Result<std::unique_ptr<audit::AuditSink>> opened = openAuditSink(dataDir, parser.value(u"passphrase-file"_s));
        if (!opened) {
            choice.exitCode = out.fail(opened.error(), Usage);
            return choice;
        }
        choice.sink = std::move(opened).value();
        return choice;
    }
    Result<bool> exists = audit::AuditLog::exists(database);
    if (!exists) {
        choice.exitCode = out.fail(exists.error(), StartFailed);
        return choice;
    }
    if (*exists) {
        choice.exitCode = usage(command, u"this is recorded in the audit log: give --passphrase-file FILE"_s);
        return choice;
    }
    std::fprintf(
        stderr, "%s\n",
        qPrintable(QCoreApplication::translate("cli",
                                               "Warning: there is no audit log yet; this change is not recorded. Give "
                                               "--passphrase-file FILE to create the log and record it.")));
    return choice;
}

} // namespace pasban::cli
