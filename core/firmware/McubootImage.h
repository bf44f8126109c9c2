#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <compare>
#include <optional>

namespace pasban::crypto {
class PublicKey;
}

namespace pasban::firmware {

// MCUboot's image version. Ordered field by field, build last.
struct ImageVersion
{
    quint8 major = 0;
    quint8 minor = 0;
    quint16 revision = 0;
    quint32 build = 0;

    // "1.2.3+4", imgtool's notation; "+build" is left out when build is 0.
    [[nodiscard]] QString toString() const;

    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads the defaulted <=>
    friend auto operator<=>(const ImageVersion &, const ImageVersion &) = default;
};

// TLV type numbers (bootutil/image.h). Read as full 16-bit values.
namespace TlvType {
inline constexpr quint16 KeyHash = 0x01;
inline constexpr quint16 PublicKey = 0x02;
inline constexpr quint16 Sha256 = 0x10;
inline constexpr quint16 Sha384 = 0x11;
inline constexpr quint16 Sha512 = 0x12;
inline constexpr quint16 RsaPss2048 = 0x20;
inline constexpr quint16 Ecdsa = 0x22;
inline constexpr quint16 RsaPss3072 = 0x23;
inline constexpr quint16 Ed25519 = 0x24;
inline constexpr quint16 SignaturePure = 0x25;
inline constexpr quint16 Dependency = 0x40;
inline constexpr quint16 SecurityCounter = 0x50;
inline constexpr quint16 BootRecord = 0x60;
inline constexpr quint16 VendorUuid = 0x74;
inline constexpr quint16 ClassUuid = 0x75;
} // namespace TlvType

struct ImageTlv
{
    quint16 type = 0;
    bool isProtected = false; // in the protected area, covered by hash and signature
    qsizetype offset = 0; // of the value, from the start of the file
    QByteArray value;
};

// An MCUboot image as imgtool writes it:
//   header (32 bytes, little-endian) | padding to hdr_size | payload (img_size bytes)
//   | protected TLV area (magic 0x6908, only if the header's size field is non-zero)
//   | TLV area (magic 0x6907) | anything after it (slot padding), ignored.
// parse() checks every offset and length before reading; a file that is cut short,
// inconsistent or overrunning is an error, never a partial image.
//
// What the signatures cover, as MCUboot's bootutil checks it: the hash TLV is the
// digest of header ‖ payload ‖ protected TLV area (signedRegion()). Ed25519 signs
// that digest's bytes (or, with a SIG_PURE TLV, the region itself); ECDSA P-256 and
// RSA-PSS sign the region with SHA-256 — one SHA-256 of the region, which is the same
// digest — so crypto::verify() is given the region and hashes it itself.
class McubootImage
{
public:
    static constexpr quint32 Magic = 0x96f3b83d;
    static constexpr qsizetype HeaderSize = 32;
    static constexpr quint16 ProtectedTlvInfoMagic = 0x6908;
    static constexpr quint16 TlvInfoMagic = 0x6907;
    static constexpr qsizetype TlvInfoSize = 4;
    static constexpr qsizetype TlvHeaderSize = 4;

    enum Flag : quint32 {
        PositionIndependent = 0x01,
        EncryptedAes128 = 0x04,
        EncryptedAes256 = 0x08,
        NonBootable = 0x10,
        RamLoad = 0x20,
        RomFixed = 0x100,
        CompressedLzma1 = 0x200,
        CompressedLzma2 = 0x400,
    };
    Q_DECLARE_FLAGS(Flags, Flag)

    [[nodiscard]] static Result<McubootImage> parse(QByteArrayView file);
    // The same, sharing `file`'s bytes instead of copying them (a 64 MiB image is
    // not duplicated; with QByteArray::fromRawData the caller keeps them alive).
    [[nodiscard]] static Result<McubootImage> parse(const QByteArray &file);

    [[nodiscard]] quint32 loadAddress() const { return m_loadAddress; }
    [[nodiscard]] quint16 headerSize() const { return m_headerSize; }
    [[nodiscard]] quint16 protectedTlvSize() const { return m_protectedTlvSize; }
    [[nodiscard]] quint32 imageSize() const { return m_imageSize; }
    [[nodiscard]] ImageVersion version() const { return m_version; }
    // All 32 bits as stored, including any this version of Pasban has no name for.
    [[nodiscard]] quint32 rawFlags() const { return m_flags; }
    [[nodiscard]] Flags flags() const { return Flags::fromInt(m_flags); }
    [[nodiscard]] bool isEncrypted() const { return (m_flags & (EncryptedAes128 | EncryptedAes256)) != 0; }
    [[nodiscard]] bool isCompressed() const { return (m_flags & (CompressedLzma1 | CompressedLzma2)) != 0; }
    // Stable names of the flags set ("encrypted-aes128", "non-bootable", "0x800" for
    // an unnamed bit), for details and logs.
    [[nodiscard]] QStringList flagNames() const;

    // The firmware payload, between header and TLVs.
    [[nodiscard]] QByteArrayView payload() const;
    // header ‖ payload ‖ protected TLV area: what the hash TLV and signatures cover.
    [[nodiscard]] QByteArrayView signedRegion() const;
    // Bytes up to the end of the TLV area; the file may be longer (slot padding).
    [[nodiscard]] qsizetype imageEnd() const { return m_imageEnd; }
    [[nodiscard]] qsizetype fileSize() const { return m_bytes.size(); }

    // Every TLV, protected ones first, in file order.
    [[nodiscard]] const QList<ImageTlv> &tlvs() const { return m_tlvs; }
    [[nodiscard]] std::optional<ImageTlv> findTlv(quint16 type) const;
    // From the protected area only, as MCUboot reads it.
    [[nodiscard]] std::optional<quint32> securityCounter() const;
    [[nodiscard]] QByteArray keyHash() const; // empty if absent
    [[nodiscard]] QByteArray publicKey() const; // empty if absent
    // The one SHA-256/384/512 TLV; parse() refuses an image with none or several.
    [[nodiscard]] ImageTlv hashTlv() const;
    // RSA-2048-PSS, ECDSA, RSA-3072-PSS and Ed25519 signature TLVs.
    [[nodiscard]] QList<ImageTlv> signatureTlvs() const;

    // SHA-256 of signedRegion().
    [[nodiscard]] QByteArray computeHash() const;
    // Recomputes the digest with the hash TLV's algorithm and compares.
    // firmware.hash_mismatch if they differ; firmware.signature_unsupported for a
    // SHA-384 hash or an encrypted image (whose hash covers the plaintext).
    [[nodiscard]] Status verifyHash() const;
    // The hash first, then a signature TLV of the key's kind that verifies with it.
    [[nodiscard]] Status verifySignature(const crypto::PublicKey &key) const;

    // The KEYHASH an image signed by `key` carries: SHA-256 of the key as imgtool
    // embeds it — the DER SubjectPublicKeyInfo for ECDSA and Ed25519, the PKCS#1
    // RSAPublicKey for RSA.
    [[nodiscard]] static Result<QByteArray> keyHashOf(const crypto::PublicKey &key);

private:
    McubootImage() = default;
    // The digest of signedRegion() with the hash TLV's algorithm.
    [[nodiscard]] Result<QByteArray> digest() const;
    // digest(), or firmware.hash_mismatch when it differs from the hash TLV.
    [[nodiscard]] Result<QByteArray> verifiedDigest() const;

    QByteArray m_bytes;
    quint32 m_loadAddress = 0;
    quint16 m_headerSize = 0;
    quint16 m_protectedTlvSize = 0;
    quint32 m_imageSize = 0;
    quint32 m_flags = 0;
    ImageVersion m_version;
    qsizetype m_imageEnd = 0;
    QList<ImageTlv> m_tlvs;
    qsizetype m_hashTlvIndex = -1;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(McubootImage::Flags)

} // namespace pasban::firmware
