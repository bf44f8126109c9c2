#include "CliFirmware.h"

#include "CliAudit.h"
#include "audit/AuditSink.h"
#include "console/ConsoleContext.h"
#include "crypto/Cms.h"
#include "crypto/Hash.h"
#include "firmware/DevelopmentKeys.h"
#include "firmware/FirmwarePackage.h"
#include "firmware/McubootImage.h"
#include "firmware/PackageLibrary.h"
#include "firmware/PackageVerifier.h"
#include "firmware/RollbackStore.h"
#include "firmware/TrustStore.h"
#include "firmware/VerifiedImage.h"
#include "operators/AccessControl.h"
#include "operators/OperatorStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace pasban::cli {

namespace {

constexpr qint64 MaxKeyFileSize = 1024 * 1024;

Error unreadableFile(const QString &path, const QString &why)
{
    return Error(u"cli.file_unreadable"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "The file %1 cannot be read. Check its name and permissions."),
                 {QDir::toNativeSeparators(path)}, why);
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error(u"cli.file_unwritable"_s, QT_TRANSLATE_NOOP("pasban::Error", "The file %1 cannot be written."),
                     {QDir::toNativeSeparators(path)}, file.errorString());
    }
    return {};
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// ---- mcuboot ----------------------------------------------------------------

QJsonObject imageJson(const firmware::McubootImage &image, const QByteArray &file)
{
    QJsonArray tlvs;
    for (const firmware::ImageTlv &tlv : image.tlvs()) {
        tlvs.append(QJsonObject {{u"type"_s, int(tlv.type)},
                                 {u"protected"_s, tlv.isProtected},
                                 {u"offset"_s, qint64(tlv.offset)},
                                 {u"length"_s, qint64(tlv.value.size())},
                                 {u"value"_s, hex(tlv.value)}});
    }
    const Status hashOk = image.verifyHash();
    QJsonObject o {
        {u"file"_s, QJsonObject {{u"size"_s, qint64(file.size())}, {u"sha256"_s, hex(crypto::sha256(file))}}},
        {u"header"_s,
         QJsonObject {{u"loadAddress"_s, qint64(image.loadAddress())},
                      {u"headerSize"_s, int(image.headerSize())},
                      {u"protectedTlvSize"_s, int(image.protectedTlvSize())},
                      {u"imageSize"_s, qint64(image.imageSize())},
                      {u"flags"_s, qint64(image.rawFlags())},
                      {u"flagNames"_s, QJsonArray::fromStringList(image.flagNames())}}},
        {u"version"_s, image.version().toString()},
        {u"imageEnd"_s, qint64(image.imageEnd())},
        {u"hashTlv"_s, hex(image.hashTlv().value)},
        {u"hashValid"_s, hashOk.ok()},
        {u"keyHash"_s, hex(image.keyHash())},
        {u"tlvs"_s, tlvs},
    };
    if (const auto counter = image.securityCounter())
        o.insert(u"securityCounter"_s, qint64(*counter));
    if (const auto dev = firmware::findDevelopmentKey(image.keyHash()))
        o.insert(u"developmentKey"_s, QString::fromLatin1(dev->file));
    return o;
}

int mcubootInspect(const Output &out, const QString &path)
{
    const Result<QByteArray> file = readInputFile(path);
    if (!file)
        return out.fail(file.error(), Usage);
    const Result<firmware::McubootImage> image = firmware::McubootImage::parse(*file);
    if (!image)
        return out.fail(image.error(), Failed);
    const QJsonObject o = imageJson(*image, *file);
    if (out.json()) {
        out.object(o);
        return Success;
    }
    out.text(QCoreApplication::translate("cli", "Version: %1").arg(image->version().toString()));
    out.text(QCoreApplication::translate("cli",
                                         "Header: %1 bytes, image %2 bytes, protected TLVs %3 bytes, load address 0x%4")
                 .arg(image->headerSize())
                 .arg(image->imageSize())
                 .arg(image->protectedTlvSize())
                 .arg(image->loadAddress(), 8, 16, QLatin1Char('0')));
    out.text(QCoreApplication::translate("cli", "Flags: %1")
                 .arg(image->flagNames().isEmpty() ? u"-"_s : image->flagNames().join(u", "_s)));
    if (const auto counter = image->securityCounter())
        out.text(QCoreApplication::translate("cli", "Security counter: %1").arg(*counter));
    out.text(QCoreApplication::translate("cli", "Image hash (TLV): %1 (%2)")
                 .arg(hex(image->hashTlv().value),
                      o.value(u"hashValid"_s).toBool() ? QCoreApplication::translate("cli", "matches")
                                                       : QCoreApplication::translate("cli", "does NOT match")));
    out.text(QCoreApplication::translate("cli", "File SHA-256: %1").arg(hex(crypto::sha256(*file))));
    if (!image->keyHash().isEmpty())
        out.text(QCoreApplication::translate("cli", "Key hash: %1").arg(hex(image->keyHash())));
    if (o.contains(u"developmentKey"_s))
        out.text(QCoreApplication::translate("cli", "WARNING: signed with MCUboot's public development key %1")
                     .arg(o.value(u"developmentKey"_s).toString()));
    for (const firmware::ImageTlv &tlv : image->tlvs()) {
        out.text(u"  TLV 0x%1 %2 %3 bytes"_s.arg(uint(tlv.type), 2, 16, QLatin1Char('0'))
                     .arg(tlv.isProtected ? u"protected  "_s : u"unprotected"_s)
                     .arg(tlv.value.size()));
    }
    return Success;
}

int mcubootVerify(const Output &out, const QString &path, const QString &keyPath)
{
    const Result<QByteArray> keyBytes = readInputFile(keyPath, MaxKeyFileSize);
    if (!keyBytes)
        return out.fail(keyBytes.error(), Usage);
    const Result<crypto::PublicKey> key = crypto::PublicKey::fromPem(*keyBytes);
    if (!key)
        return out.fail(key.error(), Usage);
    const Result<firmware::ImageFileCheck> image = firmware::ImageVerifier::verifyImageFile(path, *key);
    if (!image) {
        const bool unreadable = image.error().code() == u"firmware.file_unreadable"_s
            || image.error().code() == u"firmware.file_too_large"_s;
        return out.fail(image.error(), unreadable ? Usage : Failed);
    }
    if (out.json()) {
        out.object({{u"valid"_s, true}, {u"version"_s, image->version.toString()}, {u"hash"_s, hex(image->imageHash)}});
    } else {
        out.text(QCoreApplication::translate("cli",
                                             "Valid: the image's hash and signature verify with this key (version %1).")
                     .arg(image->version.toString()));
    }
    return Success;
}

// ---- package ------------------------------------------------------------------

Result<firmware::FirmwarePackage> readPackage(const QString &path)
{
    Result<QByteArray> bytes = readInputFile(path);
    if (!bytes)
        return bytes.error();
    return firmware::FirmwarePackage::parse(*bytes);
}

int packageCreate(const Output &out, const QCommandLineParser &parser)
{
    if (!parser.isSet(u"manifest"_s) || !parser.isSet(u"out"_s) || parser.values(u"image"_s).isEmpty())
        return usage(u"package create"_s, u"needs --manifest FILE, --image FILE (one or more) and --out FILE"_s);
    const Result<QByteArray> manifest = readInputFile(parser.value(u"manifest"_s), firmware::PackageManifest::MaxSize);
    if (!manifest)
        return out.fail(manifest.error(), Usage);
    QMap<QString, QByteArray> files;
    for (const QString &path : parser.values(u"image"_s)) {
        const Result<QByteArray> bytes = readInputFile(path);
        if (!bytes)
            return out.fail(bytes.error(), Usage);
        files.insert(QFileInfo(path).fileName(), *bytes);
    }
    QByteArray sbom;
    if (parser.isSet(u"sbom"_s)) {
        const Result<QByteArray> bytes = readInputFile(parser.value(u"sbom"_s), firmware::FirmwarePackage::MaxSbomSize);
        if (!bytes)
            return out.fail(bytes.error(), Usage);
        sbom = *bytes;
    }
    const Result<firmware::FirmwarePackage> package = firmware::FirmwarePackage::create(*manifest, files, sbom);
    if (!package)
        return out.fail(package.error(), Failed);
    if (const Status written = writeFile(parser.value(u"out"_s), package->serialize()); !written)
        return out.fail(written.error(), Failed);
    if (out.json())
        out.object({{u"created"_s, parser.value(u"out"_s)}, {u"packageId"_s, package->manifest().packageId}});
    else
        out.text(QCoreApplication::translate("cli", "Package written: %1 (unsigned)").arg(parser.value(u"out"_s)));
    return Success;
}

int packageSign(const Output &out, const QCommandLineParser &parser, const QString &path, bool approval)
{
    const QString command = approval ? u"package approve"_s : u"package sign"_s;
    if (!parser.isSet(u"cert"_s) || !parser.isSet(u"key"_s))
        return usage(command, u"needs --cert CERT.pem and --key KEY.pem"_s);
    Result<firmware::FirmwarePackage> package = readPackage(path);
    if (!package)
        return out.fail(package.error(), package.error().code() == u"cli.file_unreadable"_s ? Usage : Failed);
    const Result<QByteArray> certBytes = readInputFile(parser.value(u"cert"_s), MaxKeyFileSize);
    if (!certBytes)
        return out.fail(certBytes.error(), Usage);
    const Result<QList<crypto::Certificate>> chain = crypto::Certificate::listFromPem(*certBytes);
    if (!chain)
        return out.fail(chain.error(), Usage);
    Result<QByteArray> keyBytes = readInputFile(parser.value(u"key"_s), MaxKeyFileSize);
    if (!keyBytes)
        return out.fail(keyBytes.error(), Usage);
    const Result<crypto::PrivateKey> key = crypto::PrivateKey::fromPem(*keyBytes);
    keyBytes->fill('\0');
    if (!key)
        return out.fail(key.error(), Usage);
    const Result<QByteArray> signature =
        crypto::cmsSignDetached(package->manifestBytes(), chain->first(), *key, chain->mid(1));
    if (!signature)
        return out.fail(signature.error(), Failed);
    if (approval)
        package->setApprovalSignature(*signature);
    else
        package->setVendorSignature(*signature);
    const QString target = parser.isSet(u"out"_s) ? parser.value(u"out"_s) : path;
    if (const Status written = writeFile(target, package->serialize()); !written)
        return out.fail(written.error(), Failed);
    if (out.json())
        out.object({{approval ? u"approvedBy"_s : u"signedBy"_s, chain->first().subject()}, {u"package"_s, target}});
    else
        out.text(QCoreApplication::translate("cli", "Signed by %1: %2").arg(chain->first().subject(), target));
    return Success;
}

QJsonObject manifestJson(const firmware::PackageManifest &m)
{
    return QJsonDocument::fromJson(m.toJson()).object();
}

QJsonArray signerJson(const QByteArray &signature)
{
    QJsonArray list;
    if (const Result<QList<crypto::Certificate>> certificates = crypto::cmsCertificates(signature)) {
        for (const crypto::Certificate &c : *certificates)
            list.append(QJsonObject {{u"subject"_s, c.subject()}, {u"fingerprint"_s, c.fingerprintText()}});
    }
    return list;
}

int packageInspect(const Output &out, const QString &path)
{
    const Result<firmware::FirmwarePackage> package = readPackage(path);
    if (!package)
        return out.fail(package.error(), package.error().code() == u"cli.file_unreadable"_s ? Usage : Failed);
    const firmware::PackageManifest &m = package->manifest();
    const QJsonObject sbom = QJsonDocument::fromJson(package->sbom()).object();
    if (out.json()) {
        out.object({{u"manifest"_s, manifestJson(m)},
                    {u"vendorSignature"_s, signerJson(package->vendorSignature())},
                    {u"approvalSignature"_s, signerJson(package->approvalSignature())},
                    {u"sbomComponents"_s, sbom.value(u"components"_s).toArray().size()},
                    {u"verified"_s, false}});
        return Success;
    }
    out.text(QCoreApplication::translate("cli", "Package %1 from %2, version %3 (sequence %4)")
                 .arg(m.packageId, m.vendor, m.version.toString())
                 .arg(m.sequenceNumber));
    out.text(QCoreApplication::translate("cli", "Valid from %1 to %2")
                 .arg(m.issued.toString(Qt::ISODate), m.expires.toString(Qt::ISODate)));
    for (const firmware::ManifestTarget &t : m.targets)
        out.text(QCoreApplication::translate("cli", "Target: %1 %2").arg(t.model, t.hardwareRevisions.join(u", "_s)));
    for (const firmware::ManifestImage &i : m.images)
        out.text(QCoreApplication::translate("cli", "Image %1: version %2, %3 bytes, security counter %4")
                     .arg(i.file, i.version.toString())
                     .arg(i.size)
                     .arg(i.securityCounter));
    out.text(QCoreApplication::translate("cli", "Signed by (not yet verified): %1")
                 .arg(QString::fromUtf8(
                     QJsonDocument(signerJson(package->vendorSignature())).toJson(QJsonDocument::Compact))));
    if (!package->approvalSignature().isEmpty())
        out.text(QCoreApplication::translate("cli", "Approved by (not yet verified): %1")
                     .arg(QString::fromUtf8(
                         QJsonDocument(signerJson(package->approvalSignature())).toJson(QJsonDocument::Compact))));
    if (!m.cvesFixed.isEmpty())
        out.text(QCoreApplication::translate("cli", "Fixes: %1").arg(m.cvesFixed.join(u", "_s)));
    if (!m.releaseNotes.isEmpty())
        out.text(m.releaseNotes);
    return Success;
}

int packageVerify(const Output &out, const QString &dataDir, const QCommandLineParser &parser, const QString &path)
{
    if (!parser.isSet(u"device-model"_s))
        return usage(u"package verify"_s, u"needs --device-model MODEL"_s);
    firmware::TargetDevice device;
    device.model = parser.value(u"device-model"_s);
    device.hardwareRevision = parser.value(u"device-hardware"_s);
    device.deviceId = parser.value(u"device-id"_s);
    if (parser.isSet(u"device-version"_s)) {
        device.currentVersion = firmware::parseImageVersion(parser.value(u"device-version"_s));
        if (!device.currentVersion)
            return usage(u"package verify"_s, u"--device-version must look like 1.2.3 or 1.2.3+4"_s);
    }
    if (parser.isSet(u"device-active-hash"_s)) {
        device.activeImageHash = QByteArray::fromHex(parser.value(u"device-active-hash"_s).toLatin1());
        if (device.activeImageHash.size() != 32)
            return usage(u"package verify"_s, u"--device-active-hash must be 64 hex digits"_s);
    }
    const Result<firmware::FirmwarePackage> package = readPackage(path);
    if (!package)
        return out.fail(package.error(), Usage);

    // Trust: a folder given on the command line, or the console's own trust store
    // (which also holds the anti-rollback records).
    std::unique_ptr<ConsoleContext> context;
    std::optional<firmware::DeviceFirmwareRecord> record;
    firmware::TrustSnapshot trust;
    if (parser.isSet(u"trust"_s)) {
        Result<firmware::TrustSnapshot> snapshot = firmware::TrustSnapshot::fromDirectory(parser.value(u"trust"_s));
        if (!snapshot)
            return out.fail(snapshot.error(), Usage);
        trust = *snapshot;
    } else {
        Result<std::unique_ptr<ConsoleContext>> started = ConsoleContext::start(dataDir);
        if (!started)
            return out.fail(started.error(), StartFailed);
        context = std::move(started).value();
        Result<firmware::TrustSnapshot> snapshot = firmware::TrustStore(context->database(), nullptr).snapshot();
        if (!snapshot)
            return out.fail(snapshot.error(), StartFailed);
        trust = *snapshot;
        if (!device.deviceId.isEmpty()) {
            Result<std::optional<firmware::DeviceFirmwareRecord>> found =
                firmware::RollbackStore(context->database()).find(device.deviceId);
            if (!found)
                return out.fail(found.error(), Failed);
            record = *found;
        }
    }
    firmware::VerifyOptions options;
    options.requireApproval = parser.isSet(u"require-approval"_s);
    const firmware::PackageVerifier verifier(trust, nullptr);
    const firmware::VerificationReport report = verifier.verify(*package, device, record, options);

    if (out.json()) {
        QJsonArray checks;
        for (const firmware::VerificationCheck &c : report.checks) {
            QJsonObject o {{u"id"_s, c.id}, {u"state"_s, firmware::VerificationCheck::stateName(c.state)}};
            if (c.error) {
                o.insert(u"code"_s, c.error->code());
                o.insert(u"message"_s, c.error->sourceMessage());
            }
            if (!c.detail.isEmpty())
                o.insert(u"detail"_s, c.detail);
            checks.append(o);
        }
        out.object({{u"valid"_s, report.passed()},
                    {u"packageId"_s, package->manifest().packageId},
                    {u"signer"_s, report.vendorSigner},
                    {u"approver"_s, report.approvalSigner},
                    {u"checks"_s, checks}});
    } else {
        for (const QString &line : verificationLines(report))
            out.text(line);
        out.text(report.passed() ? QCoreApplication::translate("cli", "The package is valid for this device.")
                                 : QCoreApplication::translate("cli", "The package is refused."));
    }
    if (!report.passed()) {
        const Error first = *report.firstFailure();
        std::fprintf(stderr, "pasban-cli: %s [%s]\n", qPrintable(first.message()), qPrintable(first.code()));
        return Failed;
    }
    return Success;
}

// ---- package library ------------------------------------------------------------

QJsonObject entryJson(const firmware::LibraryEntry &e)
{
    return {{u"packageId"_s, e.packageId},
            {u"vendor"_s, e.vendor},
            {u"version"_s, e.version.toString()},
            {u"sequence"_s, qint64(e.sequenceNumber)},
            {u"targets"_s, QJsonArray::fromStringList(e.targets)},
            {u"models"_s, QJsonArray::fromStringList(e.models)},
            {u"signer"_s, e.signerSubject},
            {u"approved"_s, e.approved},
            {u"approvedBy"_s, e.approvedBy},
            {u"verdict"_s, e.verdict},
            {u"origin"_s, e.origin},
            {u"cvesFixed"_s, QJsonArray::fromStringList(e.cvesFixed)},
            {u"sbomComponents"_s, QJsonArray::fromStringList(e.sbomComponents)},
            {u"sha256"_s, hex(e.fileSha256)},
            {u"imported"_s, e.imported.toString(Qt::ISODate)},
            {u"importedBy"_s, e.importedBy}};
}

// An unverified import is allowed to a role that has the permission. Once operators
// exist, --operator must name an enabled one whose role allows it (the refusal is
// audited by AccessControl); before any exists, the explicit flags are the only gate
// and the override is audited with its reason.
Status mayImportUnverified(ConsoleContext &context, audit::AuditSink *sink, const QString &operatorName)
{
    operators::OperatorStore store(context.database());
    const Result<bool> empty = store.isEmpty();
    if (!empty)
        return empty.error();
    if (*empty)
        return {};
    const Result<std::optional<operators::OperatorAccount>> account = store.find(operatorName);
    if (!account)
        return account.error();
    if (operatorName.isEmpty() || !account->has_value() || !(*account)->enabled) {
        return Error(u"cli.operator_required"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "Operators are set up on this console: give --operator with the name of an "
                                       "enabled operator whose role may import unverified packages."),
                     {}, operatorName);
    }
    operators::OperatorSession session;
    session.name = (*account)->name;
    session.role = (*account)->role;
    session.accountRole = (*account)->role;
    return operators::AccessControl(sink).check(session, operators::Permission::ImportUnverifiedPackage);
}

int packageImport(const Output &out, const QString &dataDir, const QCommandLineParser &parser, const QString &path)
{
    const bool unverified = parser.isSet(u"unverified"_s);
    if (unverified && !parser.isSet(u"accept-risk"_s))
        return usage(u"package import"_s,
                     u"--unverified imports an image nothing vouches for: add --accept-risk and --reason TEXT"_s);
    if (unverified && parser.value(u"reason"_s).trimmed().isEmpty())
        return usage(u"package import"_s, u"--unverified needs --reason TEXT (recorded in the audit log)"_s);
    if (!parser.isSet(u"passphrase-file"_s))
        return usage(u"package import"_s, u"library changes are audited: give --passphrase-file FILE"_s);
    if (!QFileInfo(path).isFile())
        return out.fail(unreadableFile(path, u"no such file"_s), Usage);
    // Like package verify: a file that is not a package at all is an input error (2).
    if (!unverified) {
        if (const Result<firmware::FirmwarePackage> package = readPackage(path); !package)
            return out.fail(package.error(), Usage);
    }

    Result<std::unique_ptr<audit::AuditSink>> sink = openAuditSink(dataDir, parser.value(u"passphrase-file"_s));
    if (!sink)
        return out.fail(sink.error(), Usage);
    Result<std::unique_ptr<ConsoleContext>> context = ConsoleContext::start(dataDir);
    if (!context)
        return out.fail(context.error(), StartFailed);
    Result<firmware::TrustSnapshot> trust = parser.isSet(u"trust"_s)
        ? firmware::TrustSnapshot::fromDirectory(parser.value(u"trust"_s))
        : firmware::TrustStore((*context)->database(), nullptr).snapshot();
    if (!trust)
        return out.fail(trust.error(), Usage);
    firmware::PackageLibrary library((*context)->database(),
                                     firmware::PackageLibrary::folderIn((*context)->dataDirectory().path()),
                                     std::move(trust).value(), sink->get());
    const QString operatorName = parser.value(u"operator"_s);
    Result<firmware::LibraryEntry> entry = [&]() -> Result<firmware::LibraryEntry> {
        if (!unverified)
            return library.importPackage(path, operatorName);
        if (Status allowed = mayImportUnverified(**context, sink->get(), operatorName); !allowed)
            return allowed.error();
        return library.importUnverifiedImage(path, parser.value(u"reason"_s), parser.values(u"device-model"_s),
                                             operatorName);
    }();
    if (!entry)
        return out.fail(entry.error(), Failed);
    if (out.json()) {
        out.object(entryJson(*entry));
    } else if (unverified && entry->origin == u"nordic-dfu-zip"_s) {
        out.text(QCoreApplication::translate("cli",
                                             "Imported UNVERIFIED image %1 (version %2) from the Nordic DFU "
                                             "package; the override is recorded in the audit log.")
                     .arg(entry->packageId, entry->version.toString()));
    } else if (unverified) {
        out.text(QCoreApplication::translate("cli",
                                             "Imported UNVERIFIED image %1 (version %2); the override is "
                                             "recorded in the audit log.")
                     .arg(entry->packageId, entry->version.toString()));
    } else {
        out.text(QCoreApplication::translate("cli", "Imported %1 from %2, version %3 (sequence %4), %5")
                     .arg(entry->packageId, entry->vendor, entry->version.toString())
                     .arg(entry->sequenceNumber)
                     .arg(entry->approved ? QCoreApplication::translate("cli", "approved by %1").arg(entry->approvedBy)
                                          : QCoreApplication::translate("cli", "not approved")));
    }
    return Success;
}

int packageList(const Output &out, const QString &dataDir)
{
    Result<std::unique_ptr<ConsoleContext>> context = ConsoleContext::start(dataDir);
    if (!context)
        return out.fail(context.error(), StartFailed);
    const firmware::PackageLibrary library((*context)->database(),
                                           firmware::PackageLibrary::folderIn((*context)->dataDirectory().path()),
                                           firmware::TrustSnapshot(), nullptr);
    const Result<QList<firmware::LibraryEntry>> entries = library.list();
    if (!entries)
        return out.fail(entries.error(), Failed);
    if (out.json()) {
        QJsonArray list;
        for (const firmware::LibraryEntry &e : *entries)
            list.append(entryJson(e));
        out.object({{u"packages"_s, list}});
        return Success;
    }
    if (entries->isEmpty())
        out.text(QCoreApplication::translate("cli", "The firmware library is empty."));
    for (const firmware::LibraryEntry &e : *entries) {
        const QString state = e.verdict == u"unverified"_s ? QCoreApplication::translate("cli", "UNVERIFIED")
            : e.approved                                   ? QCoreApplication::translate("cli", "approved")
                                                           : QCoreApplication::translate("cli", "verified");
        out.text(u"%1  %2  %3  #%4  %5  [%6]"_s.arg(e.packageId, e.vendor, e.version.toString())
                     .arg(e.sequenceNumber)
                     .arg(e.targets.join(u", "_s), state));
    }
    return Success;
}

int packageRemove(const Output &out, const QString &dataDir, const QCommandLineParser &parser, const QString &id)
{
    if (!parser.isSet(u"passphrase-file"_s))
        return usage(u"package remove"_s, u"library changes are audited: give --passphrase-file FILE"_s);
    Result<std::unique_ptr<audit::AuditSink>> sink = openAuditSink(dataDir, parser.value(u"passphrase-file"_s));
    if (!sink)
        return out.fail(sink.error(), Usage);
    Result<std::unique_ptr<ConsoleContext>> context = ConsoleContext::start(dataDir);
    if (!context)
        return out.fail(context.error(), StartFailed);
    firmware::PackageLibrary library((*context)->database(),
                                     firmware::PackageLibrary::folderIn((*context)->dataDirectory().path()),
                                     firmware::TrustSnapshot(), sink->get());
    if (const Status removed = library.remove(id, parser.value(u"operator"_s)); !removed)
        return out.fail(removed.error(), Failed);
    if (out.json())
        out.object({{u"removed"_s, id}});
    else
        out.text(QCoreApplication::translate("cli", "Removed from the firmware library: %1").arg(id));
    return Success;
}

// ---- trust --------------------------------------------------------------------

bool confirmed(const QCommandLineParser &parser, const crypto::Certificate &certificate)
{
    std::fprintf(
        stderr, "%s\n%s\n", qPrintable(QCoreApplication::translate("cli", "Subject: %1").arg(certificate.subject())),
        qPrintable(QCoreApplication::translate("cli", "SHA-256 fingerprint: %1").arg(certificate.fingerprintText())));
    if (parser.isSet(u"yes"_s))
        return true;
    std::fprintf(
        stderr, "%s ",
        qPrintable(QCoreApplication::translate("cli",
                                               "Compare the fingerprint with the one the issuer gave you. Type "
                                               "\"yes\" to trust this certificate:")));
    QTextStream in(stdin);
    return in.readLine().trimmed() == u"yes"_s;
}

int trustList(const Output &out, firmware::TrustStore &store)
{
    const Result<QList<firmware::TrustAnchor>> anchors = store.anchors();
    if (!anchors)
        return out.fail(anchors.error(), Failed);
    const Result<QList<firmware::LocalRevocation>> revoked = store.revocations();
    if (!revoked)
        return out.fail(revoked.error(), Failed);
    const Result<QList<crypto::CertificateRevocationList>> crls = store.crls();
    if (!crls)
        return out.fail(crls.error(), Failed);
    if (out.json()) {
        QJsonArray roots, revocations, lists;
        for (const firmware::TrustAnchor &a : *anchors) {
            roots.append(QJsonObject {{u"role"_s, firmware::trustRoleName(a.role)},
                                      {u"subject"_s, a.certificate.subject()},
                                      {u"fingerprint"_s, a.certificate.fingerprintText()},
                                      {u"notAfter"_s, a.certificate.notAfter().toString(Qt::ISODate)},
                                      {u"imported"_s, a.imported.toString(Qt::ISODate)}});
        }
        for (const firmware::LocalRevocation &r : *revoked) {
            revocations.append(QJsonObject {{u"fingerprint"_s, QString::fromLatin1(r.fingerprint.toHex(':').toUpper())},
                                            {u"reason"_s, r.reason},
                                            {u"revoked"_s, r.revoked.toString(Qt::ISODate)}});
        }
        for (const crypto::CertificateRevocationList &c : *crls) {
            lists.append(QJsonObject {{u"issuer"_s, c.issuer()},
                                      {u"revokedCount"_s, qint64(c.revokedCount())},
                                      {u"nextUpdate"_s, c.nextUpdate().toString(Qt::ISODate)}});
        }
        out.object({{u"roots"_s, roots}, {u"revoked"_s, revocations}, {u"crls"_s, lists}});
        return Success;
    }
    for (const firmware::TrustAnchor &a : *anchors) {
        out.text(u"%1  %2  %3"_s.arg(a.role == firmware::TrustRole::Vendor
                                         ? QCoreApplication::translate("cli", "vendor")
                                         : QCoreApplication::translate("cli", "approval"),
                                     a.certificate.fingerprintText(), a.certificate.subject()));
    }
    for (const firmware::LocalRevocation &r : *revoked)
        out.text(QCoreApplication::translate("cli", "revoked  %1  %2")
                     .arg(QString::fromLatin1(r.fingerprint.toHex(':').toUpper()), r.reason));
    for (const crypto::CertificateRevocationList &c : *crls)
        out.text(QCoreApplication::translate("cli", "CRL  %1  (%2 revoked)").arg(c.issuer()).arg(c.revokedCount()));
    return Success;
}

} // namespace

QList<QCommandLineOption> firmwareOptionList()
{
    return {
        {u"key"_s, u"mcuboot verify: the public key (PEM); package sign/approve: the private key (PEM)."_s, u"FILE"_s},
        {u"manifest"_s, u"package create: the manifest (JSON)."_s, u"FILE"_s},
        {u"image"_s, u"package create: an image file named by the manifest (repeat for several)."_s, u"FILE"_s},
        {u"sbom"_s, u"package create: a CycloneDX SBOM (JSON) to include."_s, u"FILE"_s},
        {u"out"_s, u"package create/sign/approve: where to write the package."_s, u"FILE"_s},
        {u"cert"_s, u"package sign/approve: the signer's certificate (PEM; intermediates may follow)."_s, u"FILE"_s},
        {u"trust"_s, u"package verify: a trust folder instead of the console's trust store."_s, u"DIR"_s},
        {u"device-model"_s,
         u"package verify: the device's model number; package import --unverified: a model it is for (repeatable)."_s,
         u"MODEL"_s},
        {u"device-hardware"_s, u"package verify: the device's hardware revision."_s, u"REV"_s},
        {u"device-version"_s, u"package verify: the firmware version the device runs."_s, u"VERSION"_s},
        {u"device-active-hash"_s, u"package verify: the MCUboot hash of the running image."_s, u"HEX"_s},
        {u"device-id"_s, u"package verify: the inventory id (for the anti-rollback record)."_s, u"ID"_s},
        {u"require-approval"_s, u"package verify: refuse without a hospital approval."_s},
        {u"role"_s, u"trust import: vendor or approval."_s, u"ROLE"_s},
        {u"yes"_s, u"trust import: trust the certificate without asking (its fingerprint is still printed)."_s},
        {u"crl"_s, u"trust revoke: import a certificate revocation list."_s, u"FILE"_s},
        {u"fingerprint"_s, u"trust revoke: revoke a certificate by its SHA-256 fingerprint."_s, u"SHA256"_s},
        {u"reason"_s, u"trust revoke, package import --unverified: why (recorded)."_s, u"TEXT"_s},
        {u"passphrase-file"_s,
         u"trust import/revoke, package import/remove: the audit log's passphrase file (changes are audited)."_s,
         u"FILE"_s},
        {u"unverified"_s,
         u"package import: import a bare MCUboot image (.bin), or the application image of a Nordic DFU "
         u"package (.zip), that no signed manifest vouches for."_s},
        {u"accept-risk"_s, u"package import --unverified: confirm the risk of an unverified image."_s},
        {u"operator"_s, u"package import/remove: the operator doing it (recorded; checked against their role)."_s,
         u"NAME"_s},
        {u"approver"_s,
         u"trust import, package import --unverified: the second clinical engineer who approves (once operators "
         u"exist)."_s,
         u"NAME"_s},
        {u"approver-password-file"_s, u"The approver's password, first line of FILE (- for stdin)."_s, u"FILE"_s},
    };
}

int runMcuboot(const Output &out, const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.size() != 2 || (arguments[0] != u"inspect"_s && arguments[0] != u"verify"_s))
        return usage(u"mcuboot"_s, u"use: mcuboot inspect IMAGE | mcuboot verify IMAGE --key PUBKEY.pem"_s);
    if (arguments[0] == u"inspect"_s)
        return mcubootInspect(out, arguments[1]);
    if (!parser.isSet(u"key"_s))
        return usage(u"mcuboot verify"_s, u"needs --key PUBKEY.pem"_s);
    return mcubootVerify(out, arguments[1], parser.value(u"key"_s));
}

int runPackage(const Output &out, const QString &dataDir, const QCommandLineParser &parser,
               const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"create"_s && arguments.size() == 1)
        return packageCreate(out, parser);
    if (sub == u"list"_s && arguments.size() == 1)
        return packageList(out, dataDir);
    if (arguments.size() != 2)
        return usage(u"package"_s, u"use: package create|sign|approve|inspect|verify|import|list|remove ..."_s);
    if (sub == u"sign"_s || sub == u"approve"_s)
        return packageSign(out, parser, arguments[1], sub == u"approve"_s);
    if (sub == u"inspect"_s)
        return packageInspect(out, arguments[1]);
    if (sub == u"verify"_s)
        return packageVerify(out, dataDir, parser, arguments[1]);
    if (sub == u"import"_s)
        return packageImport(out, dataDir, parser, arguments[1]);
    if (sub == u"remove"_s)
        return packageRemove(out, dataDir, parser, arguments[1]);
    return usage(u"package"_s, u"unknown subcommand '%1'"_s.arg(sub));
}

int runTrust(const Output &out, const QString &dataDir, const QCommandLineParser &parser, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const bool changes = sub == u"import"_s || sub == u"revoke"_s;
    if (!(sub == u"list"_s && arguments.size() == 1) && !(sub == u"import"_s && arguments.size() == 2)
        && !(sub == u"revoke"_s && arguments.size() == 1))
        return usage(u"trust"_s, u"use: trust import CERT --role vendor|approval | trust list | trust revoke ..."_s);
    std::optional<firmware::TrustRole> role;
    if (sub == u"import"_s) {
        role = firmware::trustRoleFromName(parser.value(u"role"_s));
        if (!role)
            return usage(u"trust import"_s, u"needs --role vendor or --role approval"_s);
    }
    if (sub == u"revoke"_s && parser.isSet(u"crl"_s) == parser.isSet(u"fingerprint"_s))
        return usage(u"trust revoke"_s, u"needs either --crl FILE or --fingerprint SHA256"_s);
    if (changes && !parser.isSet(u"passphrase-file"_s))
        return usage(sub == u"import"_s ? u"trust import"_s : u"trust revoke"_s,
                     u"trust changes are audited: give --passphrase-file FILE"_s);

    std::unique_ptr<audit::AuditSink> sink;
    if (changes) {
        Result<std::unique_ptr<audit::AuditSink>> opened = openAuditSink(dataDir, parser.value(u"passphrase-file"_s));
        if (!opened)
            return out.fail(opened.error(), Usage);
        sink = std::move(opened).value();
    }
    Result<std::unique_ptr<ConsoleContext>> context = ConsoleContext::start(dataDir);
    if (!context)
        return out.fail(context.error(), StartFailed);
    firmware::TrustStore store((*context)->database(), sink.get());
    if (sub == u"list"_s)
        return trustList(out, store);

    if (sub == u"import"_s) {
        const Result<QByteArray> bytes = readInputFile(arguments[1], MaxKeyFileSize);
        if (!bytes)
            return out.fail(bytes.error(), Usage);
        const Result<crypto::Certificate> certificate = crypto::Certificate::fromBytes(*bytes);
        if (!certificate)
            return out.fail(certificate.error(), Usage);
        if (!confirmed(parser, *certificate)) {
            return out.fail(Error(u"cli.not_confirmed"_s,
                                  QT_TRANSLATE_NOOP("pasban::Error",
                                                    "The certificate was not imported: the operator did not "
                                                    "confirm its fingerprint.")),
                            Failed);
        }
        if (const Status imported = store.importRoot(*certificate, *role, parser.value(u"operator"_s)); !imported)
            return out.fail(imported.error(), Failed);
        if (out.json())
            out.object({{u"imported"_s, certificate->subject()}, {u"fingerprint"_s, certificate->fingerprintText()}});
        else
            out.text(QCoreApplication::translate("cli", "Trusted as %1 root: %2")
                         .arg(firmware::trustRoleName(*role), certificate->subject()));
        return Success;
    }

    if (parser.isSet(u"crl"_s)) {
        const Result<QByteArray> bytes = readInputFile(parser.value(u"crl"_s), MaxKeyFileSize);
        if (!bytes)
            return out.fail(bytes.error(), Usage);
        const Result<crypto::CertificateRevocationList> crl = crypto::CertificateRevocationList::fromBytes(*bytes);
        if (!crl)
            return out.fail(crl.error(), Usage);
        if (const Status imported = store.importCrl(*crl); !imported)
            return out.fail(imported.error(), Failed);
        if (out.json())
            out.object({{u"crlImported"_s, crl->issuer()}, {u"revokedCount"_s, qint64(crl->revokedCount())}});
        else
            out.text(QCoreApplication::translate("cli", "Revocation list imported from %1 (%2 revoked).")
                         .arg(crl->issuer())
                         .arg(crl->revokedCount()));
        return Success;
    }
    const QByteArray fingerprint = firmware::parseFingerprint(parser.value(u"fingerprint"_s));
    if (fingerprint.isEmpty())
        return usage(u"trust revoke"_s, u"--fingerprint must be a SHA-256 fingerprint (64 hex digits)"_s);
    if (const Status revoked = store.revokeFingerprint(fingerprint, parser.value(u"reason"_s)); !revoked)
        return out.fail(revoked.error(), Failed);
    if (out.json())
        out.object({{u"revoked"_s, QString::fromLatin1(fingerprint.toHex(':').toUpper())}});
    else
        out.text(QCoreApplication::translate("cli", "Revoked: %1")
                     .arg(QString::fromLatin1(fingerprint.toHex(':').toUpper())));
    return Success;
}

Result<QByteArray> readInputFile(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadableFile(path, file.errorString());
    if (file.size() > limit)
        return unreadableFile(path, u"larger than %1 bytes"_s.arg(limit));
    // One buffer of the file's size (readAll() grows by doubling: copies and page faults).
    return file.size() > 0 ? file.read(file.size()) : file.readAll();
}

QStringList verificationLines(const firmware::VerificationReport &report)
{
    QStringList lines;
    for (const firmware::VerificationCheck &check : report.checks) {
        const QString mark = check.state == firmware::VerificationCheck::State::Passed
            ? QCoreApplication::translate("cli", "ok")
            : check.state == firmware::VerificationCheck::State::Failed ? QCoreApplication::translate("cli", "FAILED")
                                                                        : QCoreApplication::translate("cli", "n/a");
        lines.append(u"[%1] %2"_s.arg(mark, check.translatedTitle()));
        if (check.error)
            lines.append(u"      "_s + check.error->message() + u" ["_s + check.error->code() + u"]"_s);
    }
    return lines;
}

} // namespace pasban::cli
