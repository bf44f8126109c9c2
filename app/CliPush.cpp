#include "CliPush.h"

#include "CliAudit.h"
#include "CliFirmware.h"
#include "audit/AuditSink.h"
#include "console/ConsoleContext.h"
#include "crypto/PublicKey.h"
#include "firmware/FirmwareJobStore.h"
#include "firmware/FirmwarePackage.h"
#include "firmware/FirmwareUpdate.h"
#include "firmware/FleetUpdate.h"
#include "firmware/InstallRecord.h"
#include "firmware/PackageVerifier.h"
#include "firmware/RollbackStore.h"
#include "firmware/TransportSpec.h"
#include "firmware/TrustSnapshot.h"
#include "firmware/TrustStore.h"
#include "firmware/VerifiedImage.h"
#include "inventory/InventoryStore.h"
#include "smp/SmpTransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace pasban::cli {

namespace {

// What the push sends, and where it came from.
struct Verified
{
    firmware::VerifiedImage image;
    QString packageId; // empty for a bare image
    quint64 sequenceNumber = 0;
};

// The console's database and, with --passphrase-file, the audit log every step
// and failure of the update goes to (without it, a warning says so).
struct PushSession
{
    std::unique_ptr<ConsoleContext> context;
    std::unique_ptr<audit::AuditSink> sink; // null without --passphrase-file
};

Result<PushSession> openPushSession(const QString &dataDir, const QCommandLineParser &parser)
{
    PushSession session;
    Result<std::unique_ptr<ConsoleContext>> context = ConsoleContext::start(dataDir);
    if (!context)
        return context.error();
    session.context = std::move(context).value();
    if (parser.isSet(u"passphrase-file"_s)) {
        Result<std::unique_ptr<audit::AuditSink>> sink = openAuditSink(dataDir, parser.value(u"passphrase-file"_s));
        if (!sink)
            return sink.error();
        session.sink = std::move(sink).value();
    } else {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "cli", "Warning: no --passphrase-file given; this update is not recorded in the audit log.")));
    }
    return session;
}

Result<Verified> verifyBare(const QByteArray &bytes, const QString &fileName, const QCommandLineParser &parser)
{
    Result<QByteArray> keyPem = readInputFile(parser.value(u"key"_s));
    if (!keyPem)
        return keyPem.error();
    Result<crypto::PublicKey> key = crypto::PublicKey::fromPem(*keyPem);
    if (!key)
        return key.error();
    Result<firmware::VerifiedImage> image = firmware::ImageVerifier::verifyBareImage(bytes, *key, fileName);
    if (!image)
        return image.error();
    return Verified {std::move(image).value(), {}, 0};
}

// The device the package must be meant for: what is given first, else the
// inventory entry `deviceId` names. What it runs now (version, active image) the
// update engine reads from the device itself: it refuses an older image and sends
// nothing when the device already runs this one.
Result<firmware::TargetDevice> targetDevice(const QString &deviceId, const QString &model, const QString &hardware,
                                            storage::Database &database)
{
    firmware::TargetDevice device;
    device.deviceId = deviceId;
    device.model = model;
    device.hardwareRevision = hardware;
    if (!device.deviceId.isEmpty() && (device.model.isEmpty() || device.hardwareRevision.isEmpty())) {
        Result<std::optional<inventory::InventoryDevice>> found =
            inventory::InventoryStore(database).find(device.deviceId);
        if (!found)
            return found.error();
        if (found->has_value()) {
            if (device.model.isEmpty())
                device.model = (*found)->observed.model;
            if (device.hardwareRevision.isEmpty())
                device.hardwareRevision = (*found)->observed.hardware;
        }
    }
    if (device.model.isEmpty()) {
        return Error(u"cli.device_unknown"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The device's model is not known, so the package cannot be checked against "
                                       "it. Give --device-id of an inventoried device or --device-model."),
                     {}, deviceId);
    }
    return device;
}

Result<firmware::TrustSnapshot> loadTrust(const QCommandLineParser &parser, ConsoleContext &context)
{
    return parser.isSet(u"trust"_s) ? firmware::TrustSnapshot::fromDirectory(parser.value(u"trust"_s))
                                    : firmware::TrustStore(context.database(), nullptr).snapshot();
}

void printChecks(const firmware::VerificationReport &report, const QString &deviceId)
{
    if (!deviceId.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("cli", "Device %1:").arg(deviceId)));
    for (const QString &line : verificationLines(report))
        std::fprintf(stderr, "%s\n", qPrintable(line));
}

// Every check for this device, listed on standard error before anything is sent
// (what passed matters to the operator too), and audited.
Result<Verified> verifyFor(const firmware::FirmwarePackage &package, const firmware::TargetDevice &device,
                           const firmware::TrustSnapshot &trust, bool requireApproval, ConsoleContext &context,
                           audit::AuditSink *sink, bool nameDevice)
{
    std::optional<firmware::DeviceFirmwareRecord> record;
    if (!device.deviceId.isEmpty()) {
        Result<std::optional<firmware::DeviceFirmwareRecord>> found =
            firmware::RollbackStore(context.database()).find(device.deviceId);
        if (!found)
            return found.error();
        record = *found;
    } else {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "cli",
                         "Warning: no --device-id given; anti-rollback can only compare with what the device "
                         "reports, not with the console's record.")));
    }
    firmware::VerifyOptions options;
    options.requireApproval = requireApproval;
    const firmware::PackageVerifier verifier(trust, sink);
    const firmware::VerificationReport report = verifier.verify(package, device, record, options);
    printChecks(report, nameDevice ? device.deviceId : QString());
    if (!report.passed())
        return *report.firstFailure();
    Result<firmware::VerifiedImage> image = firmware::ImageVerifier::fromVerifiedPackage(package, report);
    if (!image)
        return image.error();
    return Verified {std::move(image).value(), package.manifest().packageId, package.manifest().sequenceNumber};
}

Result<Verified> verifyPackage(const QByteArray &bytes, const QCommandLineParser &parser, ConsoleContext &context,
                               audit::AuditSink *sink)
{
    Result<firmware::FirmwarePackage> package = firmware::FirmwarePackage::parse(bytes);
    if (!package)
        return package.error();
    Result<firmware::TargetDevice> device = targetDevice(parser.value(u"device-id"_s), parser.value(u"device-model"_s),
                                                         parser.value(u"device-hardware"_s), context.database());
    if (!device)
        return device.error();
    Result<firmware::TrustSnapshot> trust = loadTrust(parser, context);
    if (!trust)
        return trust.error();
    return verifyFor(*package, *device, *trust, parser.isSet(u"require-approval"_s), context, sink, false);
}

// One link: kind "serial" (a port), "udp" (HOST:PORT) or "ble" (an address).
Result<std::unique_ptr<smp::SmpTransport>> makeLinkTransport(const QString &kind, const QString &value, int baud)
{
    Result<firmware::TransportSpec> spec = firmware::parseTransportSpec(kind, value);
    if (!spec)
        return spec.error();
    return spec->makeTransport(baud);
}

Result<int> baudRate(const QCommandLineParser &parser)
{
    bool ok = true;
    const int baud = parser.isSet(u"baud"_s) ? parser.value(u"baud"_s).toInt(&ok) : 115200;
    if (!ok || baud <= 0)
        return Error(u"cli.baud"_s, QT_TRANSLATE_NOOP("pasban::Error", "--baud needs a positive number."));
    return baud;
}

Result<std::unique_ptr<smp::SmpTransport>> makeTransport(const QCommandLineParser &parser)
{
    const int chosen = int(parser.isSet(u"serial"_s)) + int(parser.isSet(u"udp"_s)) + int(parser.isSet(u"ble"_s));
    if (chosen != 1) {
        return Error(u"cli.transport"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "Give exactly one of --serial, --udp or --ble."));
    }
    const Result<int> baud = baudRate(parser);
    if (!baud)
        return baud.error();
    for (const QString &kind : {u"serial"_s, u"udp"_s, u"ble"_s}) {
        if (parser.isSet(kind))
            return makeLinkTransport(kind, parser.value(kind), *baud);
    }
    return Error(u"cli.transport"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "Give exactly one of --serial, --udp or --ble."));
}

void printProgress(const firmware::UpdateProgress &progress)
{
    const int percent = progress.total > 0 ? int(progress.bytes * 100 / progress.total) : 0;
    QString line = QCoreApplication::translate("cli", "Sent %1 of %2 bytes (%3%)")
                       .arg(progress.bytes)
                       .arg(progress.total)
                       .arg(percent);
    if (progress.bytesPerSecond > 0) {
        line += u", "_s
            + QCoreApplication::translate("cli", "%1 kB/s, %2 s left")
                  .arg(progress.bytesPerSecond / 1000.0, 0, 'f', 1)
                  .arg((progress.msLeft + 999) / 1000);
    }
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

QString stepText(firmware::FirmwareUpdate::Step step)
{
    using Step = firmware::FirmwareUpdate::Step;
    switch (step) {
    case Step::Connecting:
        return QCoreApplication::translate("cli", "Connecting to the device…");
    case Step::Inspecting:
        return QCoreApplication::translate("cli", "Reading the device's images and bootloader…");
    case Step::Uploading:
        return QCoreApplication::translate("cli", "Sending the firmware…");
    case Step::Marking:
        return QCoreApplication::translate("cli", "Marking the new image for the next start…");
    case Step::Resetting:
        return QCoreApplication::translate("cli", "Restarting the device…");
    case Step::Confirming:
        return QCoreApplication::translate("cli", "Confirming the new image…");
    default:
        return {};
    }
}

// firmware push PACKAGE --fleet FILE: every device verified first (each refusal
// listed and audited; a refused device is never contacted), then FleetUpdate.
int runFleet(const Output &out, const QString &dataDir, const QCommandLineParser &parser, const QByteArray &bytes,
             const firmware::FirmwareUpdateOptions &updateOptions)
{
    const Result<QByteArray> listBytes = readInputFile(parser.value(u"fleet"_s), 1024 * 1024);
    if (!listBytes)
        return out.fail(listBytes.error(), Usage);
    QJsonParseError parseError;
    const QJsonDocument list = QJsonDocument::fromJson(*listBytes, &parseError);
    if (!list.isArray() || list.array().isEmpty()) {
        return out.fail(
            Error(u"cli.fleet_file"_s,
                  QT_TRANSLATE_NOOP("pasban::Error",
                                    "The fleet file must be a JSON array of devices, each with \"deviceId\" "
                                    "and one of \"serial\", \"udp\" or \"ble\"."),
                  {}, parseError.errorString()),
            Usage);
    }
    int parallel = 1;
    if (parser.isSet(u"parallel"_s)) {
        bool ok = false;
        parallel = parser.value(u"parallel"_s).toInt(&ok);
        if (!ok || parallel < 1 || parallel > 16) {
            std::fputs("pasban-cli firmware: --parallel takes a number from 1 to 16\n", stderr);
            return Usage;
        }
    }
    const Result<int> baud = baudRate(parser);
    if (!baud)
        return out.fail(baud.error(), Usage);
    Result<firmware::FirmwarePackage> package = firmware::FirmwarePackage::parse(bytes);
    if (!package)
        return out.fail(package.error(), Failed);

    Result<PushSession> session = openPushSession(dataDir, parser);
    if (!session)
        return out.fail(session.error(), StartFailed);
    std::unique_ptr<ConsoleContext> &context = session->context;
    audit::AuditSink *const sink = session->sink.get();
    Result<firmware::TrustSnapshot> trust = loadTrust(parser, *context);
    if (!trust)
        return out.fail(trust.error(), Usage);

    QList<firmware::FleetTarget> targets;
    QList<QString> packageIds;
    const QJsonArray entries = list.array();
    for (const auto &value : entries) {
        const QJsonObject entry = value.toObject();
        firmware::FleetTarget target;
        target.deviceId = entry.value(u"deviceId"_s).toString();
        QString kind;
        for (const QString &candidate : {u"serial"_s, u"udp"_s, u"ble"_s}) {
            if (entry.contains(candidate))
                kind = candidate;
        }
        const QString where = entry.value(kind).toString();
        // The link is checked now, so a typo fails before anything is sent.
        const Result<firmware::TransportSpec> link = firmware::parseTransportSpec(kind, where);
        if (target.deviceId.isEmpty() || kind.isEmpty() || !link) {
            return out.fail(Error(u"cli.fleet_file"_s,
                                  QT_TRANSLATE_NOOP("pasban::Error",
                                                    "The fleet file must be a JSON array of devices, each with "
                                                    "\"deviceId\" and one of \"serial\", \"udp\" or \"ble\"."),
                                  {}, QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact))),
                            Usage);
        }
        target.link = kind + u':' + where;
        target.makeTransport = [spec = *link, rate = *baud] {
            return spec.makeTransport(rate);
        };
        Result<firmware::TargetDevice> device =
            targetDevice(target.deviceId, entry.value(u"model"_s).toString(), entry.value(u"hardware"_s).toString(),
                         context->database());
        Result<Verified> verified = device
            ? verifyFor(*package, *device, *trust, parser.isSet(u"require-approval"_s), *context, sink, true)
            : Result<Verified>(device.error());
        if (verified)
            target.image = std::move(verified->image);
        else
            target.refusal = verified.error();
        targets.append(std::move(target));
    }

    firmware::FleetOptions options;
    options.parallelSerial = parallel;
    options.update = updateOptions;
    firmware::FirmwareJobStore jobs(context->database());
    firmware::FleetUpdate fleet(targets, options, sink, &jobs);
    QElapsedTimer sinceReport;
    sinceReport.start();
    QObject::connect(&fleet, &firmware::FleetUpdate::deviceProgress, &fleet,
                     [&](int index, const firmware::UpdateProgress &progress) {
                         if (sinceReport.elapsed() < 500 && progress.bytes != progress.total)
                             return;
                         sinceReport.restart();
                         std::fprintf(stderr, "%s: ", qPrintable(fleet.results().at(index).deviceId));
                         printProgress(progress);
                     });
    QObject::connect(&fleet, &firmware::FleetUpdate::deviceChanged, &fleet, [&](int index) {
        const firmware::FleetDeviceResult &result = fleet.results().at(index);
        std::fprintf(stderr, "%s: %s%s\n", qPrintable(result.deviceId),
                     qPrintable(firmware::FleetDeviceResult::stateName(result.state)),
                     result.error ? qPrintable(u" ("_s + result.error->message() + u")"_s) : "");
    });
    QEventLoop loop;
    QObject::connect(&fleet, &firmware::FleetUpdate::finished, &loop, &QEventLoop::quit);
    QMetaObject::invokeMethod(&fleet, &firmware::FleetUpdate::start, Qt::QueuedConnection);
    loop.exec();

    // The anti-rollback records and the inventory, for every confirmed device.
    for (const firmware::FleetDeviceResult &result : fleet.results()) {
        if (result.state != firmware::FleetDeviceResult::State::Succeeded || !result.result)
            continue;
        if (Status recorded =
                firmware::recordInstalled(context->database(), result.deviceId, *result.result,
                                          package->manifest().packageId, package->manifest().sequenceNumber);
            !recorded)
            return out.fail(recorded.error(), Failed);
    }

    const QJsonObject report = fleet.report();
    if (parser.isSet(u"report"_s)) {
        QFile file(parser.value(u"report"_s));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(report).toJson()) < 0) {
            std::fprintf(stderr, "pasban-cli firmware: the report cannot be written to %s\n",
                         qPrintable(parser.value(u"report"_s)));
        }
    }
    if (out.json()) {
        out.object(report);
    } else {
        out.text(QCoreApplication::translate("cli", "%1 updated, %2 failed, %3 refused, %4 cancelled.")
                     .arg(report.value(u"succeeded"_s).toInt())
                     .arg(report.value(u"failed"_s).toInt())
                     .arg(report.value(u"refused"_s).toInt())
                     .arg(report.value(u"cancelled"_s).toInt()));
    }
    return report.value(u"succeeded"_s).toInt() == fleet.results().size() ? Success : Failed;
}

} // namespace

QList<QCommandLineOption> pushOptionList()
{
    return {
        {u"key"_s, u"firmware push: for a bare image, the vendor's public key (PEM) it must be signed with."_s,
         u"PUBKEY.pem"_s},
        {u"trust"_s, u"firmware push: a trust folder instead of the console's trust store (packages)."_s, u"DIR"_s},
        {u"device-model"_s, u"firmware push: the device's model number (else from the inventory)."_s, u"MODEL"_s},
        {u"device-hardware"_s, u"firmware push: the device's hardware revision (else from the inventory)."_s, u"REV"_s},
        {u"require-approval"_s, u"firmware push: refuse a package without a hospital approval."_s},
        {u"fleet"_s, u"firmware push: a JSON list of devices to update with the package."_s, u"FILE"_s},
        {u"parallel"_s, u"firmware push --fleet: serial ports updated at the same time (default 1)."_s, u"N"_s},
        {u"report"_s, u"firmware push --fleet: write the per-device report (JSON) to FILE."_s, u"FILE"_s},
        {u"serial"_s, u"firmware push: the serial port (USB CDC-ACM, UART, pseudo-terminal)."_s, u"PORT"_s},
        {u"baud"_s, u"firmware push: serial speed (default 115200)."_s, u"N"_s},
        {u"udp"_s, u"firmware push: the device's SMP UDP address."_s, u"HOST:PORT"_s},
        {u"ble"_s, u"firmware push: the device's Bluetooth address."_s, u"ADDRESS"_s},
        {u"mode"_s, u"firmware push: test-confirm (default), confirm-only or test-only."_s, u"MODE"_s},
        {u"device-id"_s, u"firmware push: record the new version in the inventory under this device id."_s, u"ID"_s},
        {u"passphrase-file"_s, u"firmware push: record every step in the audit log (its passphrase file)."_s,
         u"FILE"_s},
        {u"timeout-ms"_s, u"firmware push: per-request timeout (default 2500)."_s, u"N"_s},
        {u"reconnect-ms"_s, u"firmware push: wait before reconnecting (default 1000)."_s, u"N"_s},
    };
}

int runFirmware(const Output &out, const QString &dataDir, const QCommandLineParser &parser,
                const QStringList &arguments)
{
    if (arguments.size() != 2 || arguments.first() != u"push"_s) {
        std::fputs("pasban-cli firmware: usage: firmware push (PACKAGE | IMAGE --key PUBKEY.pem) (--serial PORT | "
                   "--udp HOST:PORT | --ble ADDRESS) [--mode MODE]\n",
                   stderr);
        return Usage;
    }
    const QString &imagePath = arguments.at(1);
    firmware::FirmwareUpdateOptions options;
    if (parser.isSet(u"mode"_s)) {
        const std::optional<firmware::UpdateMode> mode = firmware::updateModeFromName(parser.value(u"mode"_s));
        if (!mode) {
            std::fprintf(stderr, "pasban-cli firmware: unknown mode '%s'\n", qPrintable(parser.value(u"mode"_s)));
            return Usage;
        }
        options.mode = *mode;
    }
    for (const auto &[name, target] : {std::pair {u"timeout-ms"_s, &options.client.timeoutMs},
                                       std::pair {u"reconnect-ms"_s, &options.reconnectDelayMs}}) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const int value = parser.value(name).toInt(&ok);
        if (!ok || value <= 0) {
            std::fprintf(stderr, "pasban-cli firmware: --%s needs a positive number\n", qPrintable(name));
            return Usage;
        }
        *target = value;
    }
    if (parser.isSet(u"timeout-ms"_s)) {
        options.client.firstChunkTimeoutMs = std::max(options.client.timeoutMs, options.client.timeoutMs * 16);
        options.rebootWaitMs = options.reconnectDelayMs;
    }

    if (parser.isSet(u"fleet"_s)) {
        Result<QByteArray> packageBytes = readInputFile(imagePath);
        if (!packageBytes)
            return out.fail(packageBytes.error(), Usage);
        return runFleet(out, dataDir, parser, *packageBytes, options);
    }
    Result<std::unique_ptr<smp::SmpTransport>> transport = makeTransport(parser);
    if (!transport)
        return out.fail(transport.error(), Usage);

    // Verification first: nothing is sent, nothing opened, before it passes.
    Result<QByteArray> fileBytes = readInputFile(imagePath);
    if (!fileBytes)
        return out.fail(fileBytes.error(), Usage);
    const bool bareImage =
        fileBytes->size() >= 4 && qFromLittleEndian<quint32>(fileBytes->constData()) == firmware::McubootImage::Magic;
    if (bareImage && !parser.isSet(u"key"_s)) {
        return out.fail(Error(u"cli.key_missing"_s,
                              QT_TRANSLATE_NOOP("pasban::Error",
                                                "A bare image is only sent when it verifies with the vendor's key: "
                                                "give it with --key PUBKEY.pem.")),
                        Usage);
    }

    Result<PushSession> session = openPushSession(dataDir, parser);
    if (!session)
        return out.fail(session.error(), StartFailed);
    std::unique_ptr<ConsoleContext> &context = session->context;
    audit::AuditSink *const sink = session->sink.get();

    Result<Verified> verified = bareImage ? verifyBare(*fileBytes, QFileInfo(imagePath).fileName(), parser)
                                          : verifyPackage(*fileBytes, parser, *context, sink);
    if (!verified) {
        const bool unusable = verified.error().code() == u"cli.file_unreadable"_s
            || verified.error().code() == u"cli.device_unknown"_s || verified.error().code().startsWith(u"crypto."_s);
        return out.fail(verified.error(), unusable ? Usage : Failed);
    }
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("cli", "Image %1 verified (version %2).")
                                .arg(verified->image.source(), verified->image.version().toString())));
    const QString packageId = verified->packageId;
    const quint64 packageSequence = verified->sequenceNumber;

    firmware::FirmwareJobStore jobs(context->database());

    firmware::FirmwareUpdate update(std::move(verified->image), transport->get(), options, sink, &jobs);
    QObject::connect(&update, &firmware::FirmwareUpdate::stepChanged, &update, [](firmware::FirmwareUpdate::Step step) {
        const QString text = stepText(step);
        if (!text.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(text));
    });
    QElapsedTimer sinceReport;
    sinceReport.start();
    QObject::connect(&update, &firmware::FirmwareUpdate::progress, &update,
                     [&sinceReport](const firmware::UpdateProgress &progress) {
                         if (sinceReport.elapsed() >= 250 || progress.bytes == progress.total) {
                             sinceReport.restart();
                             printProgress(progress);
                         }
                     });
    std::optional<Result<firmware::FirmwareUpdateResult>> outcome;
    QEventLoop loop;
    QObject::connect(&update, &firmware::FirmwareUpdate::finished, &loop,
                     [&](const Result<firmware::FirmwareUpdateResult> &result) {
                         outcome = result;
                         loop.quit();
                     });
    QMetaObject::invokeMethod(&update, &firmware::FirmwareUpdate::start, Qt::QueuedConnection);
    loop.exec();
    (*transport)->close();

    if (!outcome->ok())
        return out.fail(outcome->error(), Failed);
    const firmware::FirmwareUpdateResult &result = outcome->value();
    if (parser.isSet(u"device-id"_s)) {
        if (Status recorded = firmware::recordInstalled(context->database(), parser.value(u"device-id"_s), result,
                                                        packageId, packageSequence);
            !recorded)
            return out.fail(recorded.error(), Failed);
    }
    if (out.json()) {
        out.object(result.toJson());
    } else if (result.alreadyInstalled) {
        out.text(QCoreApplication::translate("cli", "The device already runs version %1; nothing was sent.")
                     .arg(result.version.toString()));
    } else if (result.confirmed) {
        out.text(QCoreApplication::translate("cli", "The device now runs version %1, confirmed.")
                     .arg(result.version.toString()));
    } else {
        out.text(QCoreApplication::translate(
                     "cli",
                     "The device now runs version %1 under test; it returns to the previous firmware at its "
                     "next restart unless confirmed.")
                     .arg(result.version.toString()));
    }
    return Success;
}

} // namespace pasban::cli
