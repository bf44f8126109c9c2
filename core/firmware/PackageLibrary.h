#pragma once

#include "PackageManifest.h"
#include "TrustSnapshot.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pasban::audit {
class AuditSink;
}
namespace pasban::storage {
class Database;
}

namespace pasban::firmware {

// One package in the library: what its manifest said and what the console
// concluded when it was imported.
struct LibraryEntry
{
    QString packageId;
    QString vendor;
    ImageVersion version;
    quint64 sequenceNumber = 0;
    QStringList targets; // "PX-100 (A, B)"; a model alone when any revision fits
    QStringList models; // the bare model names, for queries
    QString signerSubject; // the vendor signing certificate's subject
    bool approved = false; // a hospital approval countersignature verified
    QString approvedBy; // its signer's subject
    QString verdict; // "verified", or "unverified" for an image imported by override
    // What was imported: "package" (a signed Pasban package), "image" (a bare
    // MCUboot .bin) or "nordic-dfu-zip" (the application image of a Nordic DFU
    // package). Schema v8 has no column for it: the kept copy's name carries it
    // (<sha256>.pasbanpkg, <sha256>.bin, <sha256>.dfu.bin).
    QString origin;
    QStringList cvesFixed;
    QString releaseNotes;
    QStringList sbomComponents; // "name version" of each CycloneDX component
    QString filePath; // the copy kept in the library folder
    QByteArray fileSha256;
    QDateTime imported; // UTC
    QString importedBy;
};

// The console's firmware library (Firmware page; `pasban-cli package`): signed
// packages imported into the data folder, each verified against the trust store
// first. A package that does not verify is refused with the reason; nothing is
// stored for it. Imports and removals are audited before they are made, so a
// change that cannot be recorded is not made. Schema v8 holds the index; the
// package files live in FOLDER, named by their SHA-256.
class PackageLibrary
{
public:
    // Largest package file accepted (the format's own per-file limits apply inside).
    static constexpr qint64 MaxPackageFileSize = qint64(1) << 30;

    PackageLibrary(storage::Database &db, QString folder, TrustSnapshot trust, audit::AuditSink *sink,
                   const Clock &clock = Clock::system());

    // Reads, parses and verifies the package at PATH and keeps a copy.
    // firmware.library_duplicate when a package with that id is already there;
    // the verifier's first failure when it does not verify.
    [[nodiscard]] Result<LibraryEntry> importPackage(const QString &path, const QString &operatorId = {});
    // A bare MCUboot image (.bin) imported WITHOUT a signed manifest: nothing vouches
    // for its origin, so it is kept with the verdict "unverified", its id derived
    // from its SHA-256 ("unverified-<16 hex>"). The caller has already warned the
    // operator and checked their right to do this (Permission::ImportUnverifiedPackage);
    // REASON is required and goes into the audit record of the override. MODELS
    // are the device models the operator says it is for (may be empty).
    // A ZIP file at PATH is read as a Nordic DFU package (NordicDfuZip.h): its one
    // application image is imported the same way, with the origin
    // "nordic-dfu-zip" and the package's file, entry, board and SoC in the audit
    // record; the image's version must equal the manifest's version_MCUBOOT.
    [[nodiscard]] Result<LibraryEntry> importUnverifiedImage(const QString &path, const QString &reason,
                                                             const QStringList &models, const QString &operatorId = {});
    [[nodiscard]] Result<QList<LibraryEntry>> list() const;
    [[nodiscard]] Result<std::optional<LibraryEntry>> find(const QString &packageId) const;
    // firmware.library_unknown when there is no such package.
    [[nodiscard]] Status remove(const QString &packageId, const QString &operatorId = {});

    // For the posture view: the highest version among approved packages that
    // target MODEL (any hardware revision), or nothing when there is none.
    [[nodiscard]] Result<std::optional<LibraryEntry>> newestApprovedVersionForModel(const QString &model) const;

    // Where the console keeps its library: DATADIR/firmware-packages.
    [[nodiscard]] static QString folderIn(const QString &dataDirectory);

private:
    [[nodiscard]] Status store(const LibraryEntry &entry, const QByteArray &bytes);
    [[nodiscard]] Status audit(const QString &operation, bool success, const QString &operatorId,
                               const QJsonObject &details) const;

    storage::Database &m_db;
    QString m_folder;
    TrustSnapshot m_trust;
    audit::AuditSink *m_sink;
    const Clock &m_clock;
};

// The components a CycloneDX SBOM (JSON) lists, as "name version"; empty when it
// is absent or not CycloneDX JSON. At most MaxSbomComponents are returned.
inline constexpr qsizetype MaxSbomComponents = 10000;
[[nodiscard]] QStringList sbomComponents(const QByteArray &sbomJson);

} // namespace pasban::firmware
