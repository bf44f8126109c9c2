#pragma once

#include "PackageManifest.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QMap>
#include <QString>

namespace pasban::firmware {

// A Pasban firmware package: one file, a CBOR map (docs/firmware-package.md):
//   "format": "pasban-firmware-package", "formatVersion": 1,
//   "manifest": bytes (the manifest's JSON, exactly as signed),
//   "files": {name: bytes} (the MCUboot images),
//   "sbom": bytes (CycloneDX JSON, optional),
//   "signatures": {"vendor": bytes, "approval": bytes (optional)} (detached CMS, DER,
//   each over the manifest bytes).
// parse() is strict: one definite CBOR map and nothing after it, known keys only,
// sizes limited; it checks the manifest's syntax but trusts nothing — that is
// PackageVerifier's job.
class FirmwarePackage
{
public:
    static constexpr qint64 MaxFileSize = qint64(512) * 1024 * 1024;
    static constexpr qsizetype MaxSbomSize = 8 * 1024 * 1024;
    static constexpr qsizetype MaxSignatureSize = 64 * 1024;
    static constexpr const char *FileSuffix = ".pasbanpkg";

    [[nodiscard]] static Result<FirmwarePackage> parse(QByteArrayView bytes);
    // A package without signatures from a manifest and its files; files not named
    // by the manifest, or named but missing, are refused.
    [[nodiscard]] static Result<FirmwarePackage>
    create(const QByteArray &manifestJson, const QMap<QString, QByteArray> &files, const QByteArray &sbom = {});

    [[nodiscard]] QByteArray serialize() const;

    [[nodiscard]] const QByteArray &manifestBytes() const { return m_manifestBytes; }
    [[nodiscard]] const PackageManifest &manifest() const { return m_manifest; }
    [[nodiscard]] const QMap<QString, QByteArray> &files() const { return m_files; }
    [[nodiscard]] const QByteArray &sbom() const { return m_sbom; }
    [[nodiscard]] const QByteArray &vendorSignature() const { return m_vendorSignature; }
    [[nodiscard]] const QByteArray &approvalSignature() const { return m_approvalSignature; }

    void setVendorSignature(const QByteArray &cms) { m_vendorSignature = cms; }
    void setApprovalSignature(const QByteArray &cms) { m_approvalSignature = cms; }
    // For tests and tools that build attacks: replaces a file's bytes as they are.
    void replaceFile(const QString &name, const QByteArray &bytes) { m_files[name] = bytes; }

private:
    FirmwarePackage() = default;

    QByteArray m_manifestBytes;
    PackageManifest m_manifest;
    QMap<QString, QByteArray> m_files;
    QByteArray m_sbom;
    QByteArray m_vendorSignature;
    QByteArray m_approvalSignature;
};

} // namespace pasban::firmware
