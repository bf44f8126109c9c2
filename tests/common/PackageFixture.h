#pragma once

// Signed firmware packages for tests: MCUboot images laid out as imgtool writes
// them, a manifest describing them, and CMS signatures by the certificates of
// TestPki. Attacks are made by changing what this builds.

#include "TestPki.h"
#include "crypto/Certificate.h"
#include "crypto/Cms.h"
#include "crypto/Hash.h"
#include "crypto/PrivateKey.h"
#include "crypto/Signature.h"
#include "firmware/FirmwarePackage.h"
#include "firmware/McubootImage.h"
#include "firmware/PackageManifest.h"

#include <QMap>

namespace pasban::test {

inline QByteArray le16(quint16 v)
{
    QByteArray b(2, '\0');
    b[0] = char(v & 0xff);
    b[1] = char(v >> 8);
    return b;
}

inline QByteArray le32(quint32 v)
{
    return QByteArray(le16(quint16(v & 0xffff)) + le16(quint16(v >> 16)));
}

inline QByteArray tlv(quint16 type, const QByteArray &value)
{
    return QByteArray(le16(type) + le16(quint16(value.size())) + value);
}

// An image signed as imgtool signs it: Ed25519 over the SHA-256 digest, ECDSA and
// RSA-PSS over the region; protected security counter; KEYHASH TLV.
inline QByteArray buildImage(const crypto::PrivateKey &key, firmware::ImageVersion version, quint32 securityCounter,
                             int payloadSeed, qsizetype payloadSize = 1000)
{
    using namespace firmware;
    QByteArray payload(payloadSize, '\0');
    for (qsizetype i = 0; i < payloadSize; ++i)
        payload[i] = char((i * 31 + payloadSeed * 7 + 3) & 0xff);
    const QByteArray protectedBody = tlv(TlvType::SecurityCounter, le32(securityCounter));
    const QByteArray protectedArea =
        QByteArray(le16(McubootImage::ProtectedTlvInfoMagic) + le16(quint16(4 + protectedBody.size())) + protectedBody);
    QByteArray header;
    header.append(le32(McubootImage::Magic)).append(le32(0));
    header.append(le16(0x200)).append(le16(quint16(protectedArea.size())));
    header.append(le32(quint32(payload.size()))).append(le32(0));
    header.append(char(version.major)).append(char(version.minor));
    header.append(le16(version.revision)).append(le32(version.build)).append(le32(0));
    header.append(QByteArray(0x200 - 32, '\0'));
    const QByteArray region = QByteArray(header + payload + protectedArea);
    const QByteArray digest = crypto::sha256(region);
    const crypto::PublicKey publicKey = *key.publicKey();
    QByteArray body = tlv(TlvType::Sha256, digest);
    body.append(tlv(TlvType::KeyHash, *McubootImage::keyHashOf(publicKey)));
    const bool ed25519 = key.algorithm() == crypto::SignatureAlgorithm::Ed25519;
    const quint16 type = ed25519                                         ? TlvType::Ed25519
        : key.algorithm() == crypto::SignatureAlgorithm::EcdsaP256Sha256 ? TlvType::Ecdsa
                                                                         : TlvType::RsaPss2048;
    body.append(tlv(type, *crypto::sign(key, ed25519 ? digest : region)));
    return QByteArray(region + le16(McubootImage::TlvInfoMagic) + le16(quint16(4 + body.size())) + body);
}

// The manifest entry that truthfully describes IMAGE.
inline firmware::ManifestImage describe(const QString &file, const QByteArray &image, const crypto::PrivateKey &key)
{
    using namespace firmware;
    const McubootImage parsed = *McubootImage::parse(image);
    ManifestImage m;
    m.file = file;
    m.size = image.size();
    m.sha256 = crypto::sha256(image);
    m.mcubootHash = parsed.hashTlv().value;
    m.version = parsed.version();
    m.securityCounter = parsed.securityCounter().value_or(0);
    const crypto::PublicKey publicKey = *key.publicKey();
    m.keyHash = *McubootImage::keyHashOf(publicKey);
    m.mcubootKey = *publicKey.toDer();
    return m;
}

class PackageFixture
{
public:
    // Empty on success.
    QString create()
    {
        QString error = m_pki.create();
        if (!error.isEmpty())
            return error;
        Result<crypto::PrivateKey> key = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::Ed25519);
        if (!key)
            return QStringLiteral("key generation failed");
        m_vendorKey = *key;
        return {};
    }

    TestPki &pki() { return m_pki; }
    const crypto::PrivateKey &vendorKey() const { return *m_vendorKey; }

    crypto::Certificate certificate(const QString &name) const
    {
        return *crypto::Certificate::fromPem(m_pki.read(name + QStringLiteral(".crt")));
    }
    crypto::PrivateKey privateKey(const QString &name) const
    {
        return *crypto::PrivateKey::fromPem(m_pki.read(name + QStringLiteral(".key")));
    }

    // A manifest for a PX-100 rev A/B, version 2.1.0, sequence 7, valid from yesterday
    // for a year, with IMAGES (file name → bytes) described truthfully.
    firmware::PackageManifest manifest(const QMap<QString, QByteArray> &images,
                                       const std::optional<crypto::PrivateKey> &key = std::nullopt) const
    {
        firmware::PackageManifest m;
        m.packageId = QStringLiteral("acme-px100-2.1.0");
        m.vendor = QStringLiteral("Acme Medical");
        m.targets = {{QStringLiteral("PX-100"), {QStringLiteral("A"), QStringLiteral("B")}}};
        m.version = {2, 1, 0, 0};
        m.sequenceNumber = 7;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m.issued = QDateTime(now.date().addDays(-1), QTime(0, 0), Qt::UTC);
        m.expires = m.issued.addDays(365);
        m.minimumConsoleVersion = QStringLiteral("0.1.0");
        for (auto it = images.constBegin(); it != images.constEnd(); ++it) {
            m.images.append(describe(it.key(), it.value(), key.value_or(vendorKey())));
            m.installSet.append(it.key());
        }
        m.releaseNotes = QStringLiteral("Fixes the alarm volume reset.");
        m.cvesFixed = {QStringLiteral("CVE-2026-12345")};
        return m;
    }

    // A package of MANIFEST's JSON and FILES, signed by SIGNER (a TestPki name; empty:
    // unsigned) and, if given, approved by APPROVER.
    firmware::FirmwarePackage package(const QByteArray &manifestJson, const QMap<QString, QByteArray> &files,
                                      const QString &signer = QStringLiteral("signer"),
                                      const QString &approver = {}) const
    {
        firmware::FirmwarePackage p = *firmware::FirmwarePackage::create(manifestJson, files);
        if (!signer.isEmpty())
            p.setVendorSignature(*crypto::cmsSignDetached(manifestJson, certificate(signer), privateKey(signer)));
        if (!approver.isEmpty())
            p.setApprovalSignature(*crypto::cmsSignDetached(manifestJson, certificate(approver), privateKey(approver)));
        return p;
    }

    // The usual good package: one image "app.bin" at 2.1.0, counter 0x02010000.
    QMap<QString, QByteArray> goodImages() const
    {
        return {{QStringLiteral("app.bin"), buildImage(vendorKey(), {2, 1, 0, 0}, 0x02010000, 1)}};
    }

private:
    TestPki m_pki;
    std::optional<crypto::PrivateKey> m_vendorKey;
};

} // namespace pasban::test
