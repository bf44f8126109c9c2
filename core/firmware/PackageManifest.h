#pragma once

#include "McubootImage.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pasban::firmware {

// One MCUboot image of a package, as the vendor declares it (docs/firmware-package.md).
struct ManifestImage
{
    QString file; // name inside the package: [A-Za-z0-9._-], 1-100 characters
    int imageNumber = 0; // MCUboot image number (multi-image devices), 0-15
    qint64 size = 0; // bytes of the file
    QByteArray sha256; // of the whole file (SMP's upload "sha")
    QByteArray mcubootHash; // the image's hash TLV (what the device's image list shows)
    ImageVersion version;
    quint32 securityCounter = 0;
    QByteArray keyHash; // SHA-256 of mcubootKey as MCUboot embeds it
    QByteArray mcubootKey; // the vendor's MCUboot public key, DER SubjectPublicKeyInfo
};

struct ManifestTarget
{
    QString model;
    QStringList hardwareRevisions; // empty: any revision of the model
};

// What a package says about itself; the vendor signs these bytes.
struct PackageManifest
{
    static constexpr int FormatVersion = 1;
    static constexpr qsizetype MaxSize = 256 * 1024;
    static constexpr qsizetype MaxImages = 16;
    static constexpr qsizetype MaxTargets = 64;

    QString packageId;
    QString vendor;
    QList<ManifestTarget> targets;
    ImageVersion version;
    quint64 sequenceNumber = 0;
    QDateTime issued; // UTC
    QDateTime expires; // UTC
    QString minimumConsoleVersion; // "major.minor.patch"
    QList<ManifestImage> images;
    QStringList installSet; // files installed together, all or nothing
    bool allowDowngrade = false;
    QString updateMode = QStringLiteral("test-confirm"); // test-confirm | confirm-only | test-only
    QString releaseNotes;
    QStringList cvesFixed;

    // Strict: UTF-8 JSON, known keys only, every type, length and range checked.
    // firmware.manifest_invalid names what is wrong.
    [[nodiscard]] static Result<PackageManifest> parse(QByteArrayView json);
    // The JSON form (indented, for people to read); parse(toJson()) gives the same manifest.
    [[nodiscard]] QByteArray toJson() const;

    [[nodiscard]] const ManifestImage *image(const QString &file) const;
    [[nodiscard]] bool targetsDevice(const QString &model, const QString &hardwareRevision) const;
};

// "1.2.3" or "1.2.3+4", each part within MCUboot's field sizes.
[[nodiscard]] std::optional<ImageVersion> parseImageVersion(QStringView text);
// imgtool's default security counter for a version: (major << 24) | (minor << 16) | revision.
[[nodiscard]] quint32 defaultSecurityCounter(const ImageVersion &version);

} // namespace pasban::firmware
