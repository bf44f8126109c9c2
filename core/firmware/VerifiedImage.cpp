#include "VerifiedImage.h"

#include "crypto/Hash.h"
#include "crypto/PublicKey.h"
#include "firmware/FirmwarePackage.h"
#include "firmware/PackageVerifier.h"

#include <QDir>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace pasban::firmware {

Result<VerifiedImage> ImageVerifier::verifyBareImage(const QByteArray &file, const crypto::PublicKey &vendorKey,
                                                     const QString &source)
{
    Result<McubootImage> image = McubootImage::parse(file);
    if (!image)
        return image.error();
    if (Status signature = image->verifySignature(vendorKey); !signature)
        return signature.error();
    Result<QByteArray> keyHash = McubootImage::keyHashOf(vendorKey);
    VerifiedImage verified;
    verified.m_bytes = file;
    verified.m_version = image->version();
    verified.m_imageHash = image->hashTlv().value;
    verified.m_fileSha256 = crypto::sha256(file);
    verified.m_securityCounter = image->securityCounter();
    verified.m_source = source;
    verified.m_verifiedBy =
        u"bare image, vendor key SHA-256 %1"_s.arg(keyHash ? QString::fromLatin1(keyHash->toHex()) : u"unknown"_s);
    return verified;
}

Result<VerifiedImage> ImageVerifier::fromVerifiedPackage(const FirmwarePackage &package,
                                                         const VerificationReport &report)
{
    if (!report.passed() || report.checks.isEmpty()) {
        return Error(u"firmware.not_verified"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "The firmware package has not passed verification."));
    }
    const PackageManifest &manifest = package.manifest();
    if (manifest.images.size() != 1) {
        return Error(u"firmware.multi_image_unsupported"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The package holds %1 images; Pasban can only send single-image packages yet."),
                     {QString::number(manifest.images.size())});
    }
    const ManifestImage &entry = manifest.images.first();
    const QByteArray file = package.files().value(entry.file);
    Result<McubootImage> image = McubootImage::parse(file);
    if (!image)
        return image.error();
    if (Status hash = image->verifyHash(); !hash)
        return hash.error();
    if (image->hashTlv().value != entry.mcubootHash || crypto::sha256(file) != entry.sha256) {
        return Error(u"firmware.not_verified"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "The firmware package has not passed verification."), {},
                     u"image %1 differs from the manifest"_s.arg(entry.file));
    }
    VerifiedImage verified;
    verified.m_bytes = file;
    verified.m_version = image->version();
    verified.m_imageHash = entry.mcubootHash;
    verified.m_fileSha256 = entry.sha256;
    verified.m_securityCounter = image->securityCounter();
    verified.m_source = entry.file;
    verified.m_verifiedBy = u"package %1 %2 (sequence %3), signed by %4%5"_s.arg(
        manifest.packageId, manifest.version.toString(), QString::number(manifest.sequenceNumber), report.vendorSigner,
        report.approvalSigner.isEmpty() ? QString() : u", approved by %1"_s.arg(report.approvalSigner));
    return verified;
}

Result<ImageFileCheck> ImageVerifier::verifyImageFile(const QString &path, const crypto::PublicKey &vendorKey)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(u"firmware.file_unreadable"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "The firmware file %1 cannot be read."),
                     {QDir::toNativeSeparators(path)}, file.errorString());
    }
    const qint64 size = file.size();
    if (size > FirmwarePackage::MaxFileSize) {
        return Error(u"firmware.file_too_large"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The firmware file %1 is larger than any image Pasban accepts (%2 bytes)."),
                     {QDir::toNativeSeparators(path), QString::number(size)});
    }
    // Mapped, the bytes are hashed straight from the page cache: no copy and no
    // fresh buffer to fault in, which is most of the cost for a large image. The
    // image never leaves this function, so the unowned bytes cannot outlive the map.
    QByteArray bytes;
    uchar *mapped = size > 0 ? file.map(0, size) : nullptr;
    if (mapped)
        bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), qsizetype(size));
    else
        bytes = file.read(size);
    if (!mapped && bytes.size() != size) {
        return Error(u"firmware.file_unreadable"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "The firmware file %1 cannot be read."),
                     {QDir::toNativeSeparators(path)}, file.errorString());
    }

    ImageFileCheck check;
    {
        Result<McubootImage> image = McubootImage::parse(bytes);
        if (!image)
            return image.error();
        if (Status signature = image->verifySignature(vendorKey); !signature)
            return signature.error();
        check.version = image->version();
        check.imageHash = image->hashTlv().value; // parse() copied the TLV values
        check.securityCounter = image->securityCounter();
        check.fileSize = size;
    }
    bytes.clear();
    if (mapped)
        file.unmap(mapped);
    return check;
}

} // namespace pasban::firmware
