#include "SimFirmwareImage.h"

#include "crypto/Hash.h"
#include "crypto/PrivateKey.h"
#include "crypto/PublicKey.h"
#include "crypto/Signature.h"
#include "firmware/McubootImage.h"

#include <QtEndian>

namespace pasban::sim {

namespace {

constexpr quint16 HeaderSize = 0x200;

void putLe16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void putLe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void putTlv(QByteArray &out, quint16 type, const QByteArray &value)
{
    putLe16(out, type);
    putLe16(out, quint16(value.size()));
    out.append(value);
}

QByteArray tlvArea(quint16 magic, const QByteArray &body)
{
    QByteArray area;
    putLe16(area, magic);
    putLe16(area, quint16(body.size() + 4));
    area.append(body);
    return area;
}

} // namespace

QByteArray SimFirmwareImage::signedRegion() const
{
    QByteArray counter;
    putLe32(counter, (quint32(major) << 24) | (quint32(minor) << 16) | revision);
    QByteArray protectedBody;
    putTlv(protectedBody, firmware::TlvType::SecurityCounter, counter);
    const QByteArray protectedArea = tlvArea(firmware::McubootImage::ProtectedTlvInfoMagic, protectedBody);

    QByteArray image;
    putLe32(image, firmware::McubootImage::Magic);
    putLe32(image, 0); // load address
    putLe16(image, HeaderSize);
    putLe16(image, quint16(protectedArea.size()));
    putLe32(image, quint32(payloadSize));
    putLe32(image, 0); // flags
    image.append(char(major));
    image.append(char(minor));
    putLe16(image, revision);
    putLe32(image, buildNumber);
    putLe32(image, 0); // padding
    image.append(QByteArray(HeaderSize - image.size(), '\0'));
    // A simple generator: recognisable, different per version and seed, not compressible to nothing.
    quint32 state = seed * 2654435761u + (quint32(major) << 16) + (quint32(minor) << 8) + revision + 1;
    QByteArray payload(payloadSize, Qt::Uninitialized);
    for (qsizetype i = 0; i < payloadSize; ++i) {
        state = state * 1664525u + 1013904223u;
        payload[i] = char(state >> 24);
    }
    image.append(payload);
    image.append(protectedArea);
    return image;
}

QByteArray SimFirmwareImage::build() const
{
    QByteArray image = signedRegion();
    QByteArray body;
    putTlv(body, firmware::TlvType::Sha256, crypto::sha256(image));
    image.append(tlvArea(firmware::McubootImage::TlvInfoMagic, body));
    return image;
}

Result<QByteArray> SimFirmwareImage::buildSigned(const crypto::PrivateKey &ed25519) const
{
    QByteArray image = signedRegion();
    const QByteArray digest = crypto::sha256(image);
    Result<crypto::PublicKey> publicKey = ed25519.publicKey();
    if (!publicKey)
        return publicKey.error();
    Result<QByteArray> keyHash = firmware::McubootImage::keyHashOf(*publicKey);
    if (!keyHash)
        return keyHash.error();
    Result<QByteArray> signature = crypto::sign(ed25519, digest);
    if (!signature)
        return signature.error();
    QByteArray body;
    putTlv(body, firmware::TlvType::KeyHash, *keyHash);
    putTlv(body, firmware::TlvType::Sha256, digest);
    putTlv(body, firmware::TlvType::Ed25519, *signature);
    image.append(tlvArea(firmware::McubootImage::TlvInfoMagic, body));
    return image;
}

} // namespace pasban::sim
