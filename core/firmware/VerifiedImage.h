#pragma once

#include "McubootImage.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pasban::crypto {
class PublicKey;
}

namespace pasban::firmware {

class FirmwarePackage;
struct VerificationReport;

// An MCUboot image that passed verification. Only ImageVerifier makes one (the
// constructor is private), so code that sends firmware to a device (FirmwareUpdate)
// cannot be handed bytes nobody checked: "nothing is sent before verification
// passes" holds by type, not by convention.
class VerifiedImage
{
public:
    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }
    [[nodiscard]] ImageVersion version() const { return m_version; }
    // MCUboot's hash TLV: what the device's image list reports.
    [[nodiscard]] QByteArray imageHash() const { return m_imageHash; }
    // SHA-256 of the whole file: the upload session's "sha".
    [[nodiscard]] QByteArray fileSha256() const { return m_fileSha256; }
    [[nodiscard]] std::optional<quint32> securityCounter() const { return m_securityCounter; }
    // Where it came from (file name), for audit details.
    [[nodiscard]] QString source() const { return m_source; }
    // How it was verified ("bare image, key SHA-256 …", later "package …").
    [[nodiscard]] QString verifiedBy() const { return m_verifiedBy; }

private:
    friend class ImageVerifier;
    VerifiedImage() = default;

    QByteArray m_bytes;
    ImageVersion m_version;
    QByteArray m_imageHash;
    QByteArray m_fileSha256;
    std::optional<quint32> m_securityCounter;
    QString m_source;
    QString m_verifiedBy;
};

// What checking an image file in place found (ImageVerifier::verifyImageFile).
struct ImageFileCheck
{
    ImageVersion version;
    QByteArray imageHash; // the hash TLV, recomputed and equal
    std::optional<quint32> securityCounter;
    qint64 fileSize = 0;
};

// The only producer of VerifiedImage. Today: a bare MCUboot image checked
// against one vendor key (pasban-cli firmware push IMAGE --key). The signed
// package verifier joins here: it makes its VerifiedImage through this class
// once manifest, chains, policy and the image itself are checked.
class ImageVerifier
{
public:
    // Parses the image, recomputes its hash TLV and verifies its signature with
    // `vendorKey`. Errors: the parser's (firmware.*), hash mismatch, bad signature.
    [[nodiscard]] static Result<VerifiedImage>
    verifyBareImage(const QByteArray &file, const crypto::PublicKey &vendorKey, const QString &source);

    // The package's image once PackageVerifier has passed it (`report` must be the
    // verdict on this package, every check passed). The image is parsed and its
    // hash TLV recomputed again here, and must equal what the manifest states, so
    // the bytes handed on are the ones the verdict was about. Only single-image
    // packages for now (firmware.multi_image_unsupported otherwise).
    [[nodiscard]] static Result<VerifiedImage> fromVerifiedPackage(const FirmwarePackage &package,
                                                                   const VerificationReport &report);

    // The same checks on a file, read where it lies (memory-mapped when the system
    // allows, else read once), keeping no copy: for "is this image genuine?"
    // (mcuboot verify, imports), not for sending — a push takes the bytes it
    // verified, through verifyBareImage, so a file changed afterwards cannot slip in.
    // Errors: firmware.file_unreadable, firmware.file_too_large, then as above.
    [[nodiscard]] static Result<ImageFileCheck> verifyImageFile(const QString &path,
                                                                const crypto::PublicKey &vendorKey);
};

} // namespace pasban::firmware
