#include "PackageLibrary.h"

#include "FirmwarePackage.h"
#include "McubootImage.h"
#include "NordicDfuZip.h"
#include "PackageVerifier.h"
#include "audit/AuditSink.h"
#include "common/ZipReader.h"
#include "crypto/Hash.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace pasban::firmware {

namespace {

// The whole file at PATH, refused when it cannot be read or is larger than any
// firmware package (both imports share this limit).
Result<QByteArray> readPackageFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(u"firmware.library_read_failed"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "The package file could not be read."), {}, file.errorString());
    }
    if (file.size() > PackageLibrary::MaxPackageFileSize) {
        return Error(u"firmware.library_too_large"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "The package file is too large to be a firmware package."), {},
                     QString::number(file.size()));
    }
    QByteArray bytes = file.readAll();
    if (bytes.size() != file.size()) {
        return Error(u"firmware.library_read_failed"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "The package file could not be read."), {}, file.errorString());
    }
    return bytes;
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &v : array)
        out.append(v.toString());
    return out;
}

QString describeTarget(const ManifestTarget &target)
{
    if (target.hardwareRevisions.isEmpty())
        return target.model;
    return u"%1 (%2)"_s.arg(target.model, target.hardwareRevisions.join(u", "_s));
}

Error unknownPackage(const QString &packageId)
{
    return Error(u"firmware.library_unknown"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "There is no package with this id in the firmware library."), {},
                 packageId);
}

} // namespace

QStringList sbomComponents(const QByteArray &sbomJson)
{
    QStringList out;
    if (sbomJson.isEmpty())
        return out;
    const QJsonDocument doc = QJsonDocument::fromJson(sbomJson);
    const QJsonArray components = doc.object().value(u"components"_s).toArray();
    for (const auto &v : components) {
        if (out.size() >= MaxSbomComponents)
            break;
        const QJsonObject c = v.toObject();
        const QString name = c.value(u"name"_s).toString().left(200);
        if (name.isEmpty())
            continue;
        const QString version = c.value(u"version"_s).toString().left(100);
        out.append(version.isEmpty() ? name : name + u' ' + version);
    }
    return out;
}

PackageLibrary::PackageLibrary(storage::Database &db, QString folder, TrustSnapshot trust, audit::AuditSink *sink,
                               const Clock &clock)
    : m_db(db)
    , m_folder(std::move(folder))
    , m_trust(std::move(trust))
    , m_sink(sink)
    , m_clock(clock)
{
}

Status PackageLibrary::audit(const QString &operation, bool success, const QString &operatorId,
                             const QJsonObject &details) const
{
    if (!m_sink)
        return {};
    audit::AuditEvent event;
    // An unverified import is an override of the verification: a security event even when it succeeds.
    event.type = success && operation != u"import_unverified"_s ? audit::EventType::ApplicationActivity
                                                                : audit::EventType::SecurityAlert;
    event.action = operation == u"remove"_s ? audit::Action::Delete : audit::Action::Create;
    event.outcome = success ? audit::Outcome::Success : audit::Outcome::MinorFailure;
    event.operatorId = operatorId;
    QJsonObject all = details;
    all.insert(u"operation"_s, QString(u"firmware.library."_s + operation));
    event.details = all;
    const Result<quint64> recorded = m_sink->record(event);
    if (!recorded)
        return recorded.error();
    return {};
}

Result<LibraryEntry> PackageLibrary::importPackage(const QString &path, const QString &operatorId)
{
    const QString fileName = QFileInfo(path).fileName();
    auto refuse = [&](const Error &error) -> Result<LibraryEntry> {
        // The refusal is recorded too; if even that fails, the refusal still stands.
        (void)audit(u"import"_s, false, operatorId, {{u"file"_s, fileName}, {u"code"_s, error.code()}});
        return error;
    };

    Result<QByteArray> contents = readPackageFile(path);
    if (!contents)
        return refuse(contents.error());
    const QByteArray bytes = *std::move(contents);
    Result<FirmwarePackage> package = FirmwarePackage::parse(bytes);
    if (!package)
        return refuse(package.error());
    const PackageManifest &manifest = package->manifest();

    Result<std::optional<LibraryEntry>> existing = find(manifest.packageId);
    if (!existing)
        return existing.error();
    if (*existing) {
        return refuse(Error(u"firmware.library_duplicate"_s,
                            QT_TRANSLATE_NOOP("pasban::Error",
                                              "A package with this id is already in the firmware library; remove it "
                                              "first to import it again."),
                            {}, manifest.packageId));
    }

    // No device is involved yet: verify as for a device of the first target model
    // with no firmware record, which exercises every package-level check
    // (signatures, chains, revocation, expiry, hashes, images, keys). The
    // device-level checks run again, for real, before a push.
    TargetDevice device;
    if (!manifest.targets.isEmpty()) {
        device.model = manifest.targets.first().model;
        if (!manifest.targets.first().hardwareRevisions.isEmpty())
            device.hardwareRevision = manifest.targets.first().hardwareRevisions.first();
    }
    const PackageVerifier verifier(m_trust, m_sink, m_clock);
    VerifyOptions options;
    options.operatorId = operatorId;
    const VerificationReport report = verifier.verify(*package, device, std::nullopt, options);
    if (!report.passed())
        return refuse(report.firstFailure().value_or(Error()));

    LibraryEntry entry;
    entry.packageId = manifest.packageId;
    entry.vendor = manifest.vendor;
    entry.version = manifest.version;
    entry.sequenceNumber = manifest.sequenceNumber;
    for (const ManifestTarget &t : manifest.targets) {
        entry.targets.append(describeTarget(t));
        entry.models.append(t.model);
    }
    entry.signerSubject = report.vendorSigner;
    const VerificationCheck *approval = report.check(u"approval"_s);
    entry.approved = !package->approvalSignature().isEmpty() && approval
        && approval->state == VerificationCheck::State::Passed && !report.approvalSigner.isEmpty();
    entry.approvedBy = entry.approved ? report.approvalSigner : QString();
    entry.verdict = u"verified"_s;
    entry.origin = u"package"_s;
    entry.cvesFixed = manifest.cvesFixed;
    entry.releaseNotes = manifest.releaseNotes;
    entry.sbomComponents = sbomComponents(package->sbom());
    entry.fileSha256 = crypto::sha256(bytes);
    entry.filePath = QDir(m_folder).filePath(QString::fromLatin1(entry.fileSha256.toHex()) + u".pasbanpkg"_s);
    entry.imported = m_clock.nowUtc();
    entry.importedBy = operatorId;

    if (Status s = audit(u"import"_s, true, operatorId,
                         {{u"file"_s, fileName},
                          {u"packageId"_s, entry.packageId},
                          {u"version"_s, entry.version.toString()},
                          {u"sequence"_s, qint64(entry.sequenceNumber)},
                          {u"signer"_s, entry.signerSubject},
                          {u"approved"_s, entry.approved},
                          {u"sha256"_s, QString::fromLatin1(entry.fileSha256.toHex())}});
        !s)
        return s.error();

    if (Status s = store(entry, bytes); !s)
        return s.error();
    return entry;
}

QString PackageLibrary::folderIn(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(u"firmware-packages"_s);
}

Status PackageLibrary::store(const LibraryEntry &entry, const QByteArray &bytes)
{
    if (!QDir().mkpath(m_folder)) {
        return Error(u"firmware.library_write_failed"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "The package could not be copied into the firmware library."),
                     {}, m_folder);
    }
    QSaveFile copy(entry.filePath);
    if (!copy.open(QIODevice::WriteOnly) || copy.write(bytes) != bytes.size() || !copy.commit()) {
        return Error(u"firmware.library_write_failed"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "The package could not be copied into the firmware library."),
                     {}, copy.errorString());
    }
    Result<storage::Statement> insert = m_db.prepare(
        u"INSERT INTO firmware_package (package_id, vendor, version, sequence_number, targets, signer_subject, "
        u"approved, approved_by, verdict, cves_fixed, release_notes, sbom_components, file_name, file_sha256, "
        u"imported_utc, imported_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    if (!insert)
        return insert.error();
    const QJsonArray targets = [&] {
        QJsonArray a;
        for (qsizetype i = 0; i < entry.targets.size(); ++i)
            a.append(QJsonObject {{u"model"_s, entry.models.at(i)}, {u"label"_s, entry.targets.at(i)}});
        return a;
    }();
    if (Status s = insert->bind(1, entry.packageId)
                       .bind(2, entry.vendor)
                       .bind(3, entry.version.toString())
                       .bind(4, qint64(entry.sequenceNumber))
                       .bind(5, QString::fromUtf8(QJsonDocument(targets).toJson(QJsonDocument::Compact)))
                       .bind(6, entry.signerSubject)
                       .bind(7, qint64(entry.approved ? 1 : 0))
                       .bind(8, entry.approvedBy)
                       .bind(9, entry.verdict)
                       .bind(10, jsonList(entry.cvesFixed))
                       .bind(11, entry.releaseNotes)
                       .bind(12, jsonList(entry.sbomComponents))
                       .bind(13, QFileInfo(entry.filePath).fileName())
                       .bind(14, entry.fileSha256)
                       .bind(15, iso(entry.imported))
                       .bind(16, entry.importedBy)
                       .run();
        !s) {
        QFile::remove(entry.filePath);
        return s;
    }
    return {};
}

Result<LibraryEntry> PackageLibrary::importUnverifiedImage(const QString &path, const QString &reason,
                                                           const QStringList &models, const QString &operatorId)
{
    const QString fileName = QFileInfo(path).fileName();
    auto refuse = [&](const Error &error) -> Result<LibraryEntry> {
        (void)audit(u"import_unverified"_s, false, operatorId,
                    {{u"file"_s, fileName}, {u"code"_s, error.code()}, {u"reason"_s, reason}});
        return error;
    };
    if (reason.trimmed().isEmpty()) {
        return refuse(Error(u"firmware.library_reason_required"_s,
                            QT_TRANSLATE_NOOP("pasban::Error",
                                              "An unverified image is imported only with a reason, which is recorded "
                                              "in the audit log.")));
    }
    Result<QByteArray> contents = readPackageFile(path);
    if (!contents)
        return refuse(contents.error());
    const QByteArray bytes = *std::move(contents);
    // A Nordic DFU package: its application image is what is imported.
    std::optional<NordicDfuImage> dfu;
    if (ZipReader::looksLikeZip(bytes)) {
        Result<NordicDfuImage> read = readNordicDfuZip(bytes);
        if (!read)
            return refuse(read.error());
        dfu = std::move(read).value();
    }
    const QByteArray &imageBytes = dfu ? dfu->image : bytes;
    // Even without a signature the image must be an MCUboot image whose hash
    // matches its contents: a truncated or corrupt file is refused here.
    const Result<McubootImage> image = McubootImage::parse(imageBytes);
    if (!image)
        return refuse(image.error());
    if (const Status hash = image->verifyHash(); !hash)
        return refuse(hash.error());
    if (dfu && !dfu->manifestVersion.isEmpty()) {
        const std::optional<ImageVersion> stated = parseImageVersion(dfu->manifestVersion);
        if (!stated || *stated != image->version()) {
            return refuse(Error(u"firmware.dfu_version_mismatch"_s,
                                QT_TRANSLATE_NOOP("pasban::Error",
                                                  "The image in the DFU package is not the version its manifest "
                                                  "states."),
                                {}, dfu->manifestVersion + u" != "_s + image->version().toString()));
        }
    }

    LibraryEntry entry;
    entry.fileSha256 = crypto::sha256(imageBytes);
    entry.packageId = u"unverified-"_s + QString::fromLatin1(entry.fileSha256.toHex().left(16));
    Result<std::optional<LibraryEntry>> existing = find(entry.packageId);
    if (!existing)
        return existing.error();
    if (*existing) {
        return refuse(Error(u"firmware.library_duplicate"_s,
                            QT_TRANSLATE_NOOP("pasban::Error",
                                              "A package with this id is already in the firmware library; remove it "
                                              "first to import it again."),
                            {}, entry.packageId));
    }
    entry.version = image->version();
    for (const QString &model : models) {
        if (!model.trimmed().isEmpty()) {
            entry.models.append(model.trimmed());
            entry.targets.append(model.trimmed());
        }
    }
    entry.verdict = u"unverified"_s;
    entry.origin = dfu ? u"nordic-dfu-zip"_s : u"image"_s;
    entry.releaseNotes = dfu ? dfu->name : QString();
    entry.filePath =
        QDir(m_folder).filePath(QString::fromLatin1(entry.fileSha256.toHex()) + (dfu ? u".dfu.bin"_s : u".bin"_s));
    entry.imported = m_clock.nowUtc();
    entry.importedBy = operatorId;

    // The override is recorded as a security event before anything is stored.
    QJsonObject details {{u"file"_s, fileName},
                         {u"packageId"_s, entry.packageId},
                         {u"version"_s, entry.version.toString()},
                         {u"models"_s, QJsonArray::fromStringList(entry.models)},
                         {u"unverified"_s, true},
                         {u"reason"_s, reason},
                         {u"origin"_s, entry.origin},
                         {u"sha256"_s, QString::fromLatin1(entry.fileSha256.toHex())}};
    if (dfu) {
        details.insert(u"zipSha256"_s, QString::fromLatin1(crypto::sha256(bytes).toHex()));
        details.insert(u"zipEntry"_s, dfu->fileName);
        details.insert(u"board"_s, dfu->board);
        details.insert(u"soc"_s, dfu->soc);
    }
    if (Status s = audit(u"import_unverified"_s, true, operatorId, details); !s)
        return s.error();
    if (Status s = store(entry, imageBytes); !s)
        return s.error();
    return entry;
}

namespace {

const char16_t *const SelectColumns =
    u"SELECT package_id, vendor, version, sequence_number, targets, signer_subject, approved, approved_by, verdict, "
    u"cves_fixed, release_notes, sbom_components, file_name, file_sha256, imported_utc, imported_by "
    u"FROM firmware_package";

LibraryEntry readEntry(const storage::Statement &row, const QString &folder)
{
    LibraryEntry e;
    e.packageId = row.columnText(0);
    e.vendor = row.columnText(1);
    e.version = parseImageVersion(row.columnText(2)).value_or(ImageVersion {});
    e.sequenceNumber = quint64(row.columnInt64(3));
    const QJsonArray targets = QJsonDocument::fromJson(row.columnText(4).toUtf8()).array();
    for (const auto &v : targets) {
        e.models.append(v.toObject().value(u"model"_s).toString());
        e.targets.append(v.toObject().value(u"label"_s).toString());
    }
    e.signerSubject = row.columnText(5);
    e.approved = row.columnInt64(6) != 0;
    e.approvedBy = row.columnText(7);
    e.verdict = row.columnText(8);
    e.cvesFixed = listFromJson(row.columnText(9));
    e.releaseNotes = row.columnText(10);
    e.sbomComponents = listFromJson(row.columnText(11));
    e.filePath = QDir(folder).filePath(row.columnText(12));
    e.origin = e.filePath.endsWith(u".dfu.bin"_s) ? u"nordic-dfu-zip"_s
        : e.filePath.endsWith(u".bin"_s)          ? u"image"_s
                                                  : u"package"_s;
    e.fileSha256 = row.columnBlob(13);
    e.imported = QDateTime::fromString(row.columnText(14), Qt::ISODateWithMs).toUTC();
    e.importedBy = row.columnText(15);
    return e;
}

} // namespace

Result<QList<LibraryEntry>> PackageLibrary::list() const
{
    Result<storage::Statement> query =
        m_db.prepare(QString(QString::fromUtf16(SelectColumns) + u" ORDER BY vendor, package_id"_s));
    if (!query)
        return query.error();
    return query->collectRows([this](const storage::Statement &row) { return readEntry(row, m_folder); });
}

Result<std::optional<LibraryEntry>> PackageLibrary::find(const QString &packageId) const
{
    Result<storage::Statement> query =
        m_db.prepare(QString(QString::fromUtf16(SelectColumns) + u" WHERE package_id = ?1"_s));
    if (!query)
        return query.error();
    Result<bool> found = query->bind(1, packageId).step();
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<LibraryEntry>();
    return std::optional<LibraryEntry>(readEntry(*query, m_folder));
}

Status PackageLibrary::remove(const QString &packageId, const QString &operatorId)
{
    Result<std::optional<LibraryEntry>> entry = find(packageId);
    if (!entry)
        return entry.error();
    if (!*entry)
        return unknownPackage(packageId);
    if (Status s = audit(u"remove"_s, true, operatorId,
                         {{u"packageId"_s, packageId}, {u"version"_s, (*entry)->version.toString()}});
        !s)
        return s;
    Result<storage::Statement> del = m_db.prepare(u"DELETE FROM firmware_package WHERE package_id = ?1");
    if (!del)
        return del.error();
    if (Status s = del->bind(1, packageId).run(); !s)
        return s;
    // The index row is gone, so the package is out of the library even if the file
    // cannot be deleted now; a leftover file is harmless (it is verified again on use).
    QFile::remove((*entry)->filePath);
    return {};
}

Result<std::optional<LibraryEntry>> PackageLibrary::newestApprovedVersionForModel(const QString &model) const
{
    Result<QList<LibraryEntry>> all = list();
    if (!all)
        return all.error();
    std::optional<LibraryEntry> newest;
    for (const LibraryEntry &e : std::as_const(*all)) {
        if (!e.approved || !e.models.contains(model))
            continue;
        if (!newest || e.version > newest->version
            || (e.version == newest->version && e.sequenceNumber > newest->sequenceNumber))
            newest = e;
    }
    return newest;
}

} // namespace pasban::firmware
