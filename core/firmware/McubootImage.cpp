#include "McubootImage.h"

#include "crypto/Hash.h"
#include "crypto/PublicKey.h"
#include "crypto/Signature.h"

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace pasban::firmware {

namespace {

quint16 u16le(QByteArrayView bytes, qsizetype at)
{
    return quint16(quint8(bytes[at]) | quint8(bytes[at + 1]) << 8);
}

quint32 u32le(QByteArrayView bytes, qsizetype at)
{
    return quint32(quint8(bytes[at])) | quint32(quint8(bytes[at + 1])) << 8 | quint32(quint8(bytes[at + 2])) << 16
        | quint32(quint8(bytes[at + 3])) << 24;
}

Error notAnImage(const QString &detail)
{
    return Error(u"firmware.not_mcuboot_image"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "This file is not an MCUboot firmware image. Check that you chose the right "
                                   "file."),
                 {}, detail);
}

Error truncated(const QString &detail)
{
    return Error(u"firmware.image_truncated"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The firmware file is incomplete: it ends before the image does. Copy or "
                                   "download it again."),
                 {}, detail);
}

Error malformed(const QString &detail)
{
    return Error(u"firmware.image_malformed"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The firmware image is damaged or not built correctly, so it cannot be checked. "
                                   "Do not install it; get the firmware again from the manufacturer."),
                 {}, detail);
}

Error signatureUnsupported(const QString &detail)
{
    return Error(u"firmware.signature_unsupported"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The firmware image is hashed or signed in a way Pasban cannot check. Do not "
                                   "install it until the manufacturer confirms how it is signed."),
                 {}, detail);
}

bool isHashType(quint16 type)
{
    return type == TlvType::Sha256 || type == TlvType::Sha384 || type == TlvType::Sha512;
}

qsizetype hashLength(quint16 type)
{
    switch (type) {
    case TlvType::Sha256:
        return 32;
    case TlvType::Sha384:
        return 48;
    case TlvType::Sha512:
        return 64;
    default:
        return 0;
    }
}

bool isSignatureType(quint16 type)
{
    return type == TlvType::RsaPss2048 || type == TlvType::Ecdsa || type == TlvType::RsaPss3072
        || type == TlvType::Ed25519;
}

// Reads the TLVs filling [begin, end) exactly. The caller has checked that the
// range lies inside the file.
Status readTlvs(QByteArrayView file, qsizetype begin, qsizetype end, bool isProtected, QList<ImageTlv> &out)
{
    const QString area = isProtected ? u"protected TLV area"_s : u"TLV area"_s;
    qsizetype at = begin;
    while (at < end) {
        if (end - at < McubootImage::TlvHeaderSize)
            return malformed(u"%1 ends inside a TLV header at offset %2"_s.arg(area).arg(at));
        const quint16 type = u16le(file, at);
        const quint16 length = u16le(file, at + 2);
        const qsizetype valueAt = at + McubootImage::TlvHeaderSize;
        if (length > end - valueAt) {
            return malformed(
                u"TLV 0x%1 at offset %2 claims %3 bytes, %4 left in the %5"_s.arg(uint(type), 2, 16, QLatin1Char('0'))
                    .arg(at)
                    .arg(length)
                    .arg(end - valueAt)
                    .arg(area));
        }
        out.append(ImageTlv {type, isProtected, valueAt, file.sliced(valueAt, length).toByteArray()});
        at = valueAt + length;
    }
    return {};
}

// Rules that make the TLVs mean one thing only.
Status checkTlvs(const QList<ImageTlv> &tlvs, qsizetype &hashIndex)
{
    hashIndex = -1;
    for (qsizetype i = 0; i < tlvs.size(); ++i) {
        const ImageTlv &tlv = tlvs[i];
        const QString name = u"TLV 0x%1"_s.arg(uint(tlv.type), 2, 16, QLatin1Char('0'));
        const bool mustBeUnprotected = isHashType(tlv.type) || isSignatureType(tlv.type) || tlv.type == TlvType::KeyHash
            || tlv.type == TlvType::PublicKey;
        if (mustBeUnprotected && tlv.isProtected)
            return malformed(name + u" inside the protected area, which it cannot cover"_s);
        if (isHashType(tlv.type)) {
            if (hashIndex >= 0)
                return malformed(u"more than one image hash TLV"_s);
            if (tlv.value.size() != hashLength(tlv.type))
                return malformed(u"%1 holds %2 bytes"_s.arg(name).arg(tlv.value.size()));
            hashIndex = i;
        }
        if (tlv.type == TlvType::KeyHash && tlv.value.size() != 32 && tlv.value.size() != 48
            && tlv.value.size() != 64) {
            return malformed(u"key hash of %1 bytes"_s.arg(tlv.value.size()));
        }
        if (tlv.type == TlvType::SecurityCounter && tlv.value.size() != 4)
            return malformed(u"security counter of %1 bytes"_s.arg(tlv.value.size()));
        if (tlv.type == TlvType::SignaturePure && tlv.value.size() != 1)
            return malformed(u"SIG_PURE of %1 bytes"_s.arg(tlv.value.size()));
    }
    if (hashIndex < 0)
        return malformed(u"no image hash TLV"_s);
    return {};
}

// Images from imgtool before MCUboot 1.5 pad ECDSA signatures with zeros to 72
// bytes; the DER length says where the signature really ends.
QByteArrayView withoutEcdsaPadding(QByteArrayView signature)
{
    if (signature.size() < 2 || quint8(signature[0]) != 0x30 || quint8(signature[1]) >= 0x80)
        return signature;
    const qsizetype derLength = quint8(signature[1]) + 2;
    if (derLength >= signature.size())
        return signature;
    for (qsizetype i = derLength; i < signature.size(); ++i) {
        if (signature[i] != '\0')
            return signature;
    }
    return signature.first(derLength);
}

} // namespace

QString ImageVersion::toString() const
{
    QString text = u"%1.%2.%3"_s.arg(major).arg(minor).arg(revision);
    if (build != 0)
        text += u"+%1"_s.arg(build);
    return text;
}

Result<McubootImage> McubootImage::parse(QByteArrayView file)
{
    return parse(file.toByteArray());
}

Result<McubootImage> McubootImage::parse(const QByteArray &bytes)
{
    const QByteArrayView file(bytes);
    const qsizetype size = file.size();
    if (size < 4)
        return truncated(u"%1 bytes, no room for the magic"_s.arg(size));
    if (const quint32 magic = u32le(file, 0); magic != Magic)
        return notAnImage(u"magic 0x%1"_s.arg(magic, 8, 16, QLatin1Char('0')));
    if (size < HeaderSize)
        return truncated(u"%1 bytes, shorter than the %2-byte header"_s.arg(size).arg(HeaderSize));

    McubootImage image;
    image.m_loadAddress = u32le(file, 4);
    image.m_headerSize = u16le(file, 8);
    image.m_protectedTlvSize = u16le(file, 10);
    image.m_imageSize = u32le(file, 12);
    image.m_flags = u32le(file, 16);
    image.m_version = ImageVersion {quint8(file[20]), quint8(file[21]), u16le(file, 22), u32le(file, 24)};

    if (image.m_headerSize < HeaderSize)
        return malformed(u"header size %1 is below %2"_s.arg(image.m_headerSize).arg(HeaderSize));
    // 64-bit arithmetic: header size and image size come from the file.
    const qint64 tlvStart = qint64(image.m_headerSize) + qint64(image.m_imageSize);
    if (tlvStart > size)
        return truncated(u"payload ends at %1, file has %2 bytes"_s.arg(tlvStart).arg(size));

    QList<ImageTlv> tlvs;
    const qint64 protectedSize = image.m_protectedTlvSize;
    if (protectedSize != 0) {
        if (protectedSize < TlvInfoSize)
            return malformed(u"protected TLV size %1 is below its own header"_s.arg(protectedSize));
        if (tlvStart + protectedSize > size)
            return truncated(u"protected TLVs end at %1, file has %2 bytes"_s.arg(tlvStart + protectedSize).arg(size));
        if (const quint16 magic = u16le(file, tlvStart); magic != ProtectedTlvInfoMagic)
            return malformed(u"protected TLV magic 0x%1"_s.arg(uint(magic), 4, 16, QLatin1Char('0')));
        if (const quint16 total = u16le(file, tlvStart + 2); total != protectedSize)
            return malformed(u"protected TLV area says %1 bytes, header says %2"_s.arg(total).arg(protectedSize));
        if (Status s = readTlvs(file, tlvStart + TlvInfoSize, tlvStart + protectedSize, true, tlvs); !s)
            return s.error();
    } else if (tlvStart + TlvInfoSize <= size && u16le(file, tlvStart) == ProtectedTlvInfoMagic) {
        return malformed(u"protected TLV area present but not declared in the header"_s);
    }

    const qint64 unprotectedStart = tlvStart + protectedSize;
    if (unprotectedStart + TlvInfoSize > size)
        return truncated(u"TLV area header at %1, file has %2 bytes"_s.arg(unprotectedStart).arg(size));
    if (const quint16 magic = u16le(file, unprotectedStart); magic != TlvInfoMagic)
        return malformed(
            u"TLV magic 0x%1 at offset %2"_s.arg(uint(magic), 4, 16, QLatin1Char('0')).arg(unprotectedStart));
    const qint64 unprotectedSize = u16le(file, unprotectedStart + 2);
    if (unprotectedSize < TlvInfoSize)
        return malformed(u"TLV area size %1 is below its own header"_s.arg(unprotectedSize));
    if (unprotectedStart + unprotectedSize > size)
        return truncated(u"TLVs end at %1, file has %2 bytes"_s.arg(unprotectedStart + unprotectedSize).arg(size));
    if (Status s = readTlvs(file, unprotectedStart + TlvInfoSize, unprotectedStart + unprotectedSize, false, tlvs); !s)
        return s.error();
    if (Status s = checkTlvs(tlvs, image.m_hashTlvIndex); !s)
        return s.error();

    image.m_imageEnd = unprotectedStart + unprotectedSize;
    image.m_tlvs = std::move(tlvs);
    image.m_bytes = bytes;
    return image;
}

QStringList McubootImage::flagNames() const
{
    static constexpr std::array<std::pair<quint32, const char *>, 8> Names {{
        {PositionIndependent, "position-independent"},
        {EncryptedAes128, "encrypted-aes128"},
        {EncryptedAes256, "encrypted-aes256"},
        {NonBootable, "non-bootable"},
        {RamLoad, "ram-load"},
        {RomFixed, "rom-fixed"},
        {CompressedLzma1, "compressed-lzma1"},
        {CompressedLzma2, "compressed-lzma2"},
    }};
    QStringList names;
    for (quint32 bit = 1; bit != 0; bit <<= 1) {
        if (!(m_flags & bit))
            continue;
        const auto named = std::find_if(Names.begin(), Names.end(), [bit](const auto &n) { return n.first == bit; });
        names.append(named != Names.end() ? QString::fromLatin1(named->second) : u"0x%1"_s.arg(bit, 0, 16));
    }
    return names;
}

QByteArrayView McubootImage::payload() const
{
    return QByteArrayView(m_bytes).sliced(m_headerSize, m_imageSize);
}

QByteArrayView McubootImage::signedRegion() const
{
    return QByteArrayView(m_bytes).first(qsizetype(m_headerSize) + m_imageSize + m_protectedTlvSize);
}

std::optional<ImageTlv> McubootImage::findTlv(quint16 type) const
{
    for (const ImageTlv &tlv : m_tlvs) {
        if (tlv.type == type)
            return tlv;
    }
    return std::nullopt;
}

std::optional<quint32> McubootImage::securityCounter() const
{
    for (const ImageTlv &tlv : m_tlvs) {
        if (tlv.isProtected && tlv.type == TlvType::SecurityCounter)
            return u32le(tlv.value, 0);
    }
    return std::nullopt;
}

QByteArray McubootImage::keyHash() const
{
    const std::optional<ImageTlv> tlv = findTlv(TlvType::KeyHash);
    return tlv ? tlv->value : QByteArray();
}

QByteArray McubootImage::publicKey() const
{
    const std::optional<ImageTlv> tlv = findTlv(TlvType::PublicKey);
    return tlv ? tlv->value : QByteArray();
}

ImageTlv McubootImage::hashTlv() const
{
    return m_tlvs.at(m_hashTlvIndex);
}

QList<ImageTlv> McubootImage::signatureTlvs() const
{
    QList<ImageTlv> signatures;
    for (const ImageTlv &tlv : m_tlvs) {
        if (isSignatureType(tlv.type))
            signatures.append(tlv);
    }
    return signatures;
}

QByteArray McubootImage::computeHash() const
{
    return crypto::sha256(signedRegion());
}

Result<QByteArray> McubootImage::digest() const
{
    // imgtool hashes and signs before it encrypts: the hash TLV describes plaintext
    // we do not have, so a mismatch would wrongly say "altered".
    if (isEncrypted())
        return signatureUnsupported(u"encrypted image; its hash covers the plaintext"_s);
    QByteArray computed;
    switch (hashTlv().type) {
    case TlvType::Sha256:
        computed = crypto::sha256(signedRegion());
        break;
    case TlvType::Sha512:
        computed = crypto::sha512(signedRegion());
        break;
    default:
        // core/crypto offers SHA-256 and SHA-512 only.
        return signatureUnsupported(u"SHA-384 image hash"_s);
    }
    if (computed.isEmpty()) {
        return Error(u"firmware.hash_failed"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "Pasban could not compute the firmware image's checksum. Restart Pasban; if "
                                       "this keeps happening, report it."));
    }
    return computed;
}

Result<QByteArray> McubootImage::verifiedDigest() const
{
    Result<QByteArray> computed = digest();
    if (!computed)
        return computed;
    if (!crypto::constantTimeEquals(*computed, hashTlv().value)) {
        return Error(u"firmware.hash_mismatch"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The firmware image is damaged or has been altered: its checksum does not "
                                       "match. Do not install it; get the firmware again from the manufacturer."),
                     {},
                     u"hash TLV %1, computed %2"_s.arg(QString::fromLatin1(hashTlv().value.toHex()),
                                                       QString::fromLatin1(computed->toHex())));
    }
    return computed;
}

Status McubootImage::verifyHash() const
{
    const Result<QByteArray> verified = verifiedDigest();
    if (!verified)
        return verified.error();
    return {};
}

Status McubootImage::verifySignature(const crypto::PublicKey &key) const
{
    // The signature is only as good as the hash it stands on: check that first.
    const Result<QByteArray> computed = verifiedDigest();
    if (!computed)
        return computed.error();

    QList<quint16> types;
    QByteArrayView message;
    const bool sha256 = hashTlv().type == TlvType::Sha256;
    switch (key.algorithm()) {
    case crypto::SignatureAlgorithm::Ed25519: {
        types = {TlvType::Ed25519};
        const std::optional<ImageTlv> pure = findTlv(TlvType::SignaturePure);
        const bool signsRegion = pure && pure->value.size() == 1 && pure->value[0] == '\x01';
        message = signsRegion ? signedRegion() : QByteArrayView(*computed);
        break;
    }
    case crypto::SignatureAlgorithm::EcdsaP256Sha256:
        types = {TlvType::Ecdsa};
        message = signedRegion();
        if (!sha256)
            return signatureUnsupported(u"ECDSA P-256 with a hash other than SHA-256"_s);
        break;
    case crypto::SignatureAlgorithm::RsaPssSha256:
        types = {TlvType::RsaPss2048, TlvType::RsaPss3072};
        message = signedRegion();
        if (!sha256)
            return signatureUnsupported(u"RSA-PSS with a hash other than SHA-256"_s);
        break;
    }

    qsizetype candidates = 0;
    for (const ImageTlv &tlv : m_tlvs) {
        if (!types.contains(tlv.type))
            continue;
        ++candidates;
        const QByteArrayView signature =
            tlv.type == TlvType::Ecdsa ? withoutEcdsaPadding(tlv.value) : QByteArrayView(tlv.value);
        if (crypto::verify(key, message, signature))
            return {};
    }
    if (candidates == 0) {
        return Error(u"firmware.signature_missing"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The firmware image carries no signature of the kind the trusted key makes. "
                                       "Do not install it."),
                     {}, u"no %1 signature TLV"_s.arg(crypto::signatureAlgorithmName(key.algorithm())));
    }
    return Error(u"firmware.signature_invalid"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The firmware image's signature does not match the trusted key: it was signed by "
                                   "someone else or altered after signing. Do not install it."),
                 {}, u"%1 signature TLV(s) checked"_s.arg(candidates));
}

Result<QByteArray> McubootImage::keyHashOf(const crypto::PublicKey &key)
{
    const Result<QByteArray> bytes = key.mcubootKeyBytes();
    if (!bytes)
        return bytes.error();
    return crypto::sha256(*bytes);
}

} // namespace pasban::firmware
