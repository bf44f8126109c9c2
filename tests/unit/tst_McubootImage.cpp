// Two sources of images: files written by tests/data/firmware/make_images.py, an
// independent Python implementation of the MCUboot format and of imgtool's signing
// rules (see its docstring), whose expected values are in images.json; and images
// built here with core/crypto, for the damaged and unusual cases.

#include "crypto/Hash.h"
#include "crypto/PrivateKey.h"
#include "crypto/PublicKey.h"
#include "crypto/Signature.h"
#include "firmware/McubootImage.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::firmware;

Q_DECLARE_METATYPE(pasban::crypto::SignatureAlgorithm)

namespace {

template<typename T> QString codeOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().code();
}

template<typename T> QByteArray failure(const Result<T> &result)
{
    return result.ok() ? QByteArray() : (result.error().code() + u": "_s + result.error().detail()).toUtf8();
}

QString dataPath(const QString &name)
{
    return QStringLiteral(PASBAN_TEST_DATA_DIR "/firmware/") + name;
}

QByteArray readFile(const QString &name)
{
    QFile file(dataPath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject manifest()
{
    return QJsonDocument::fromJson(readFile(u"images.json"_s)).object();
}

crypto::PublicKey publicKeyFile(const QString &name)
{
    Result<crypto::PublicKey> key = crypto::PublicKey::fromPem(readFile(name));
    if (!key)
        qFatal("cannot read test key %s", qPrintable(name));
    return *key;
}

QByteArray le16(quint16 value)
{
    QByteArray bytes(2, '\0');
    bytes[0] = char(value & 0xff);
    bytes[1] = char(value >> 8);
    return bytes;
}

QByteArray le32(quint32 value)
{
    return QByteArray(le16(quint16(value & 0xffff)) + le16(quint16(value >> 16)));
}

QByteArray tlv(quint16 type, const QByteArray &value)
{
    return QByteArray(le16(type) + le16(quint16(value.size())) + value);
}

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 37 + 11) & 0xff);
    return bytes;
}

QByteArray flipped(QByteArray bytes, qsizetype index)
{
    bytes[index] = char(bytes[index] ^ 0x01);
    return bytes;
}

QByteArray patched(QByteArray bytes, qsizetype index, const QByteArray &with)
{
    bytes.replace(index, with.size(), with);
    return bytes;
}

// Builds an image the way imgtool lays it out (see make_images.py).
struct ImageSpec
{
    quint16 headerSize = 32;
    QByteArray payload = pattern(100);
    ImageVersion version {1, 2, 3, 4};
    quint32 flags = 0;
    QList<std::pair<quint16, QByteArray>> protectedTlvs {{TlvType::SecurityCounter, le32(0x01020003)}};
    std::optional<quint16> protectedSizeOverride;
    bool hash = true;
    std::optional<crypto::PrivateKey> key;
    bool pure = false; // Ed25519 signs the region, not the digest
    QList<std::pair<quint16, QByteArray>> extraTlvs; // after hash, key hash and signature
};

QByteArray buildImage(const ImageSpec &spec)
{
    QByteArray protectedArea;
    if (!spec.protectedTlvs.isEmpty()) {
        QByteArray body;
        for (const auto &[type, value] : spec.protectedTlvs)
            body.append(tlv(type, value));
        protectedArea = QByteArray(le16(McubootImage::ProtectedTlvInfoMagic) + le16(quint16(4 + body.size())) + body);
    }
    QByteArray header;
    header.append(le32(McubootImage::Magic)).append(le32(0));
    header.append(le16(spec.headerSize));
    header.append(le16(spec.protectedSizeOverride.value_or(quint16(protectedArea.size()))));
    header.append(le32(quint32(spec.payload.size()))).append(le32(spec.flags));
    header.append(char(spec.version.major)).append(char(spec.version.minor));
    header.append(le16(spec.version.revision)).append(le32(spec.version.build)).append(le32(0));
    header.append(QByteArray(spec.headerSize - 32, '\0'));

    const QByteArray region = QByteArray(header + spec.payload + protectedArea);
    const QByteArray digest = crypto::sha256(region);
    QByteArray body;
    if (spec.hash)
        body.append(tlv(TlvType::Sha256, digest));
    if (spec.key) {
        const Result<crypto::PublicKey> publicKey = spec.key->publicKey();
        body.append(tlv(TlvType::KeyHash, *McubootImage::keyHashOf(*publicKey)));
        const bool ed25519 = spec.key->algorithm() == crypto::SignatureAlgorithm::Ed25519;
        const QByteArray message = ed25519 && !spec.pure ? digest : region;
        const Result<QByteArray> signature = crypto::sign(*spec.key, message);
        const bool rsa = spec.key->algorithm() == crypto::SignatureAlgorithm::RsaPssSha256;
        // core/crypto generates 3072-bit RSA keys.
        body.append(tlv(ed25519 ? TlvType::Ed25519 : rsa ? TlvType::RsaPss3072 : TlvType::Ecdsa, *signature));
    }
    for (const auto &[type, value] : spec.extraTlvs)
        body.append(tlv(type, value));
    return QByteArray(region + le16(McubootImage::TlvInfoMagic) + le16(quint16(4 + body.size())) + body);
}

crypto::PrivateKey newKey(crypto::SignatureAlgorithm algorithm)
{
    Result<crypto::PrivateKey> key = crypto::PrivateKey::generate(algorithm);
    if (!key)
        qFatal("key generation failed");
    return *key;
}

// Offsets in the default built image: 32-byte header, 100-byte payload, protected
// area of 4 + 8 bytes, then the TLV area.
constexpr qsizetype DefaultTlvStart = 132;
constexpr qsizetype DefaultUnprotectedStart = 144;

} // namespace

class TestMcubootImage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void generatedImagesParse_data()
    {
        QTest::addColumn<QString>("name");
        const QJsonObject images = manifest().value(u"images"_s).toObject();
        QVERIFY(images.size() >= 6);
        for (const QString &name : images.keys())
            QTest::newRow(qPrintable(name)) << name;
    }
    void generatedImagesParse()
    {
        QFETCH(QString, name);
        const QJsonObject expected = manifest().value(u"images"_s).toObject().value(name).toObject();
        const QByteArray file = readFile(expected.value(u"file"_s).toString());
        QCOMPARE(file.size(), expected.value(u"fileSize"_s).toInteger());

        const Result<McubootImage> image = McubootImage::parse(file);
        QVERIFY2(image.ok(), failure(image).constData());
        QCOMPARE(qint64(image->loadAddress()), expected.value(u"loadAddress"_s).toInteger());
        QCOMPARE(qint64(image->headerSize()), expected.value(u"headerSize"_s).toInteger());
        QCOMPARE(qint64(image->protectedTlvSize()), expected.value(u"protectedTlvSize"_s).toInteger());
        QCOMPARE(qint64(image->imageSize()), expected.value(u"imageSize"_s).toInteger());
        QCOMPARE(qint64(image->rawFlags()), expected.value(u"flags"_s).toInteger());
        QCOMPARE(qint64(image->imageEnd()), expected.value(u"imageEnd"_s).toInteger());
        const QJsonObject version = expected.value(u"version"_s).toObject();
        const ImageVersion v = image->version();
        QCOMPARE(qint64(v.major), version.value(u"major"_s).toInteger());
        QCOMPARE(qint64(v.minor), version.value(u"minor"_s).toInteger());
        QCOMPARE(qint64(v.revision), version.value(u"revision"_s).toInteger());
        QCOMPARE(qint64(v.build), version.value(u"build"_s).toInteger());
        QCOMPARE(image->payload().size(), qsizetype(image->imageSize()));
        QCOMPARE(image->payload().data() - image->signedRegion().data(), qsizetype(image->headerSize()));

        const QJsonValue counter = expected.value(u"securityCounter"_s);
        QCOMPARE(image->securityCounter().has_value(), !counter.isNull());
        if (!counter.isNull())
            QCOMPARE(qint64(*image->securityCounter()), counter.toInteger());

        QCOMPARE(qint64(image->hashTlv().type), expected.value(u"hashType"_s).toInteger());
        QCOMPARE(image->hashTlv().value.toHex(), expected.value(u"hash"_s).toString().toLatin1());
        if (image->hashTlv().type == TlvType::Sha256)
            QCOMPARE(image->computeHash().toHex(), expected.value(u"hash"_s).toString().toLatin1());
        QVERIFY2(image->verifyHash().ok(), failure(image->verifyHash()).constData());

        const QJsonValue keyHash = expected.value(u"keyHash"_s);
        QCOMPARE(image->keyHash().toHex(), keyHash.isNull() ? QByteArray() : keyHash.toString().toLatin1());
        const QJsonValue signatureType = expected.value(u"signatureType"_s);
        const QList<ImageTlv> signatures = image->signatureTlvs();
        QCOMPARE(signatures.size(), signatureType.isNull() ? 0 : 1);
        if (!signatureType.isNull())
            QCOMPARE(qint64(signatures[0].type), signatureType.toInteger());
    }

    void generatedSignaturesVerify_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::newRow("Ed25519 over the SHA-256 digest") << u"ed25519-1.2.3+4.bin"_s << u"test-ed25519.pub.pem"_s;
        QTest::newRow("Ed25519 over the SHA-512 digest") << u"ed25519-sha512-0.9.1.bin"_s << u"test-ed25519.pub.pem"_s;
        QTest::newRow("ECDSA P-256") << u"ecdsa-p256-2.0.7.bin"_s << u"test-p256.pub.pem"_s;
        QTest::newRow("ECDSA P-256, zero-padded to 72") << u"ecdsa-p256-padded.bin"_s << u"test-p256.pub.pem"_s;
        QTest::newRow("RSA-2048-PSS") << u"rsa2048-3.1.0.bin"_s << u"test-rsa2048.pub.pem"_s;
    }
    void generatedSignaturesVerify()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        const Result<McubootImage> image = McubootImage::parse(readFile(file));
        QVERIFY2(image.ok(), failure(image).constData());
        const Status verified = image->verifySignature(publicKeyFile(key));
        QVERIFY2(verified.ok(), failure(verified).constData());
    }

    void paddedEcdsaSignatureReallyIsPadded()
    {
        const Result<McubootImage> image = McubootImage::parse(readFile(u"ecdsa-p256-padded.bin"_s));
        QVERIFY(image.ok());
        const QByteArray signature = image->signatureTlvs().value(0).value;
        QCOMPARE(signature.size(), 72);
        QVERIFY(signature.endsWith('\0'));
        QVERIFY(quint8(signature[1]) + 2 < 72);
    }

    void keyHashMatchesImgtool_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("key");
        QTest::newRow("Ed25519: SubjectPublicKeyInfo") << u"ed25519"_s << u"test-ed25519.pub.pem"_s;
        QTest::newRow("P-256: SubjectPublicKeyInfo") << u"ecdsa"_s << u"test-p256.pub.pem"_s;
        QTest::newRow("RSA: PKCS#1 RSAPublicKey") << u"rsa"_s << u"test-rsa2048.pub.pem"_s;
    }
    void keyHashMatchesImgtool()
    {
        QFETCH(QString, image);
        QFETCH(QString, key);
        const QString expected =
            manifest().value(u"images"_s).toObject().value(image).toObject().value(u"keyHash"_s).toString();
        const Result<QByteArray> hash = McubootImage::keyHashOf(publicKeyFile(key));
        QVERIFY(hash.ok());
        QCOMPARE(QString::fromLatin1(hash->toHex()), expected);
    }

    void anotherKeyIsRefused()
    {
        const Result<McubootImage> ed = McubootImage::parse(readFile(u"ed25519-1.2.3+4.bin"_s));
        const Result<McubootImage> ec = McubootImage::parse(readFile(u"ecdsa-p256-2.0.7.bin"_s));
        const Result<McubootImage> rsa = McubootImage::parse(readFile(u"rsa2048-3.1.0.bin"_s));
        const Result<McubootImage> unsignedImage = McubootImage::parse(readFile(u"unsigned-padded.bin"_s));
        QVERIFY(ed.ok() && ec.ok() && rsa.ok() && unsignedImage.ok());
        const crypto::PublicKey otherEd = *newKey(crypto::SignatureAlgorithm::Ed25519).publicKey();
        const crypto::PublicKey otherEc = *newKey(crypto::SignatureAlgorithm::EcdsaP256Sha256).publicKey();

        QCOMPARE(codeOf(ed->verifySignature(otherEd)), u"firmware.signature_invalid"_s);
        QCOMPARE(codeOf(ec->verifySignature(otherEc)), u"firmware.signature_invalid"_s);
        // A key of another kind finds no signature it could have made.
        QCOMPARE(codeOf(ec->verifySignature(publicKeyFile(u"test-ed25519.pub.pem"_s))),
                 u"firmware.signature_missing"_s);
        QCOMPARE(codeOf(rsa->verifySignature(publicKeyFile(u"test-p256.pub.pem"_s))), u"firmware.signature_missing"_s);
        QCOMPARE(codeOf(unsignedImage->verifySignature(publicKeyFile(u"test-ed25519.pub.pem"_s))),
                 u"firmware.signature_missing"_s);
    }

    void everyTruncationFails_data()
    {
        QTest::addColumn<QString>("name");
        const QJsonObject images = manifest().value(u"images"_s).toObject();
        for (const QString &name : images.keys())
            QTest::newRow(qPrintable(name)) << name;
    }
    void everyTruncationFails()
    {
        QFETCH(QString, name);
        const QJsonObject expected = manifest().value(u"images"_s).toObject().value(name).toObject();
        const QByteArray file = readFile(expected.value(u"file"_s).toString());
        const qsizetype imageEnd = expected.value(u"imageEnd"_s).toInteger();
        QVERIFY(imageEnd > 0);
        for (qsizetype size = 0; size < imageEnd; ++size) {
            const QString code = codeOf(McubootImage::parse(file.first(size)));
            QVERIFY2(code == u"firmware.image_truncated"_s, qPrintable(u"%1 bytes: '%2'"_s.arg(size).arg(code)));
        }
        // Slot padding after the TLVs belongs to no image field.
        for (qsizetype size = imageEnd; size <= file.size(); ++size)
            QVERIFY(McubootImage::parse(file.first(size)).ok());
    }

    void builtImageVerifiesAndDetectsChanges_data()
    {
        QTest::addColumn<crypto::SignatureAlgorithm>("algorithm");
        QTest::addColumn<bool>("withProtectedTlvs");
        QTest::newRow("Ed25519") << crypto::SignatureAlgorithm::Ed25519 << true;
        QTest::newRow("ECDSA P-256") << crypto::SignatureAlgorithm::EcdsaP256Sha256 << true;
        QTest::newRow("RSA-3072-PSS") << crypto::SignatureAlgorithm::RsaPssSha256 << true;
        QTest::newRow("Ed25519, no protected TLVs") << crypto::SignatureAlgorithm::Ed25519 << false;
        QTest::newRow("ECDSA P-256, no protected TLVs") << crypto::SignatureAlgorithm::EcdsaP256Sha256 << false;
        QTest::newRow("RSA-3072-PSS, no protected TLVs") << crypto::SignatureAlgorithm::RsaPssSha256 << false;
    }
    void builtImageVerifiesAndDetectsChanges()
    {
        QFETCH(crypto::SignatureAlgorithm, algorithm);
        QFETCH(bool, withProtectedTlvs);
        ImageSpec spec;
        spec.key = newKey(algorithm);
        if (!withProtectedTlvs)
            spec.protectedTlvs.clear();
        const crypto::PublicKey key = *spec.key->publicKey();
        const QByteArray bytes = buildImage(spec);
        const Result<McubootImage> image = McubootImage::parse(bytes);
        QVERIFY2(image.ok(), failure(image).constData());
        QVERIFY2(image->verifySignature(key).ok(), failure(image->verifySignature(key)).constData());
        QCOMPARE(image->keyHash(), *McubootImage::keyHashOf(key));

        // Anything under the hash: header, payload, protected TLVs.
        QList<qsizetype> covered {20, 32, 131};
        if (withProtectedTlvs)
            covered.append(DefaultTlvStart + 8);
        QCOMPARE(image->securityCounter().has_value(), withProtectedTlvs);
        for (const qsizetype index : std::as_const(covered)) {
            const Result<McubootImage> changed = McubootImage::parse(flipped(bytes, index));
            QVERIFY(changed.ok());
            QCOMPARE(codeOf(changed->verifyHash()), u"firmware.hash_mismatch"_s);
            QCOMPARE(codeOf(changed->verifySignature(key)), u"firmware.hash_mismatch"_s);
        }
        // The signature itself (last TLV value's first byte, after its 4-byte header).
        const qsizetype signatureAt = image->signatureTlvs().value(0).offset;
        const Result<McubootImage> badSignature = McubootImage::parse(flipped(bytes, signatureAt + 10));
        QVERIFY(badSignature.ok());
        QVERIFY(badSignature->verifyHash().ok());
        QCOMPARE(codeOf(badSignature->verifySignature(key)), u"firmware.signature_invalid"_s);
        // The key hash is unprotected, as in MCUboot: changing it changes no verdict.
        const qsizetype keyHashAt = image->findTlv(TlvType::KeyHash)->offset;
        const Result<McubootImage> otherKeyHash = McubootImage::parse(flipped(bytes, keyHashAt));
        QVERIFY(otherKeyHash.ok());
        QVERIFY(otherKeyHash->verifySignature(key).ok());
    }

    void tlvsAreListedInFileOrder()
    {
        ImageSpec spec;
        spec.key = newKey(crypto::SignatureAlgorithm::Ed25519);
        spec.extraTlvs = {{0x1234, QByteArray("vendor")}};
        const QByteArray bytes = buildImage(spec);
        const Result<McubootImage> image = McubootImage::parse(bytes);
        QVERIFY(image.ok());
        QList<quint16> types;
        for (const ImageTlv &t : image->tlvs()) {
            types.append(t.type);
            QCOMPARE(bytes.sliced(t.offset, t.value.size()), t.value);
            QCOMPARE(t.isProtected, t.type == TlvType::SecurityCounter);
        }
        QCOMPARE(types,
                 (QList<quint16> {TlvType::SecurityCounter, TlvType::Sha256, TlvType::KeyHash, TlvType::Ed25519,
                                  quint16(0x1234)}));
        QCOMPARE(image->securityCounter(), std::optional<quint32>(0x01020003));
        QCOMPARE(image->findTlv(0x1234)->value, QByteArray("vendor"));
        QVERIFY(!image->findTlv(TlvType::PublicKey).has_value());
        QVERIFY(image->publicKey().isEmpty());
    }

    void securityCounterOnlyFromTheProtectedArea()
    {
        ImageSpec spec;
        spec.protectedTlvs.clear();
        spec.extraTlvs = {{TlvType::SecurityCounter, le32(99)}};
        const Result<McubootImage> image = McubootImage::parse(buildImage(spec));
        QVERIFY(image.ok());
        QCOMPARE(image->protectedTlvSize(), quint16(0));
        QVERIFY(!image->securityCounter().has_value());
        QVERIFY(image->findTlv(TlvType::SecurityCounter).has_value());
    }

    void pureEd25519SignsTheRegion()
    {
        ImageSpec spec;
        spec.key = newKey(crypto::SignatureAlgorithm::Ed25519);
        // imgtool puts SIG_PURE in the unprotected area.
        spec.extraTlvs = {{TlvType::SignaturePure, QByteArray(1, '\x01')}};
        spec.pure = true;
        const crypto::PublicKey key = *spec.key->publicKey();
        const Result<McubootImage> pure = McubootImage::parse(buildImage(spec));
        QVERIFY(pure.ok());
        QVERIFY2(pure->verifySignature(key).ok(), failure(pure->verifySignature(key)).constData());
        // The same TLV with a signature over the digest does not verify.
        spec.pure = false;
        const Result<McubootImage> mixed = McubootImage::parse(buildImage(spec));
        QVERIFY(mixed.ok());
        QCOMPARE(codeOf(mixed->verifySignature(key)), u"firmware.signature_invalid"_s);
    }

    void sha384CannotBeChecked()
    {
        ImageSpec spec;
        spec.hash = false;
        spec.extraTlvs = {{TlvType::Sha384, QByteArray(48, '\0')}};
        const Result<McubootImage> image = McubootImage::parse(buildImage(spec));
        QVERIFY(image.ok());
        QCOMPARE(codeOf(image->verifyHash()), u"firmware.signature_unsupported"_s);
    }

    void encryptedImagesCannotBeChecked()
    {
        // The hash of an encrypted image covers the plaintext; comparing it with the
        // ciphertext would wrongly report tampering.
        ImageSpec spec;
        spec.flags = McubootImage::EncryptedAes128;
        spec.key = newKey(crypto::SignatureAlgorithm::Ed25519);
        const Result<McubootImage> image = McubootImage::parse(buildImage(spec));
        QVERIFY(image.ok());
        QCOMPARE(codeOf(image->verifyHash()), u"firmware.signature_unsupported"_s);
        QCOMPARE(codeOf(image->verifySignature(*spec.key->publicKey())), u"firmware.signature_unsupported"_s);
    }

    void damagedImagesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        const QByteArray good = buildImage(ImageSpec());
        QVERIFY(McubootImage::parse(good).ok());
        QCOMPARE(qsizetype(quint8(good[DefaultTlvStart])), qsizetype(0x08)); // layout as assumed
        QCOMPARE(qsizetype(quint8(good[DefaultUnprotectedStart])), qsizetype(0x07));

        QTest::newRow("magic") << flipped(good, 0) << u"firmware.not_mcuboot_image"_s;
        QTest::newRow("old v1 magic") << patched(good, 0, le32(0x96f3b83c)) << u"firmware.not_mcuboot_image"_s;
        QTest::newRow("header size 31") << patched(good, 8, le16(31)) << u"firmware.image_malformed"_s;
        QTest::newRow("header size beyond file") << patched(good, 8, le16(0xffff)) << u"firmware.image_truncated"_s;
        QTest::newRow("image size 2^32-1") << patched(good, 12, le32(0xffffffff)) << u"firmware.image_truncated"_s;
        QTest::newRow("image size one more") << patched(good, 12, le32(101)) << u"firmware.image_malformed"_s;
        QTest::newRow("protected area undeclared") << patched(good, 10, le16(0)) << u"firmware.image_malformed"_s;
        QTest::newRow("protected size disagrees") << patched(good, 10, le16(16)) << u"firmware.image_malformed"_s;
        QTest::newRow("protected size below 4") << patched(good, 10, le16(2)) << u"firmware.image_malformed"_s;
        QTest::newRow("protected magic") << flipped(good, DefaultTlvStart) << u"firmware.image_malformed"_s;
        QTest::newRow("protected TLV overruns its area")
            << patched(good, DefaultTlvStart + 6, le16(5)) << u"firmware.image_malformed"_s;
        QTest::newRow("TLV area magic") << flipped(good, DefaultUnprotectedStart) << u"firmware.image_malformed"_s;
        const quint16 total = quint16(good.size() - DefaultUnprotectedStart);
        QTest::newRow("TLV area beyond the file")
            << patched(good, DefaultUnprotectedStart + 2, le16(total + 1)) << u"firmware.image_truncated"_s;
        QTest::newRow("TLV area cuts the last TLV")
            << patched(good, DefaultUnprotectedStart + 2, le16(total - 1)) << u"firmware.image_malformed"_s;
        QTest::newRow("TLV area below 4")
            << patched(good, DefaultUnprotectedStart + 2, le16(3)) << u"firmware.image_malformed"_s;
        QTest::newRow("TLV length overruns")
            << patched(good, DefaultUnprotectedStart + 6, le16(0xffff)) << u"firmware.image_malformed"_s;
        QTest::newRow("TLV area ends inside a TLV header")
            << QByteArray(patched(good, DefaultUnprotectedStart + 2, le16(total + 2)) + QByteArray(2, '\0'))
            << u"firmware.image_malformed"_s;

        ImageSpec noHash;
        noHash.hash = false;
        QTest::newRow("no hash TLV") << buildImage(noHash) << u"firmware.image_malformed"_s;
        ImageSpec twoHashes;
        twoHashes.extraTlvs = {{TlvType::Sha512, QByteArray(64, '\0')}};
        QTest::newRow("two hash TLVs") << buildImage(twoHashes) << u"firmware.image_malformed"_s;
        ImageSpec shortHash;
        shortHash.hash = false;
        shortHash.extraTlvs = {{TlvType::Sha256, QByteArray(31, '\0')}};
        QTest::newRow("hash of 31 bytes") << buildImage(shortHash) << u"firmware.image_malformed"_s;
        ImageSpec protectedHash;
        protectedHash.hash = false;
        protectedHash.protectedTlvs.append({TlvType::Sha256, QByteArray(32, '\0')});
        QTest::newRow("hash inside the protected area") << buildImage(protectedHash) << u"firmware.image_malformed"_s;
        ImageSpec shortCounter;
        shortCounter.protectedTlvs = {{TlvType::SecurityCounter, QByteArray(3, '\0')}};
        QTest::newRow("security counter of 3 bytes") << buildImage(shortCounter) << u"firmware.image_malformed"_s;
        ImageSpec badKeyHash;
        badKeyHash.extraTlvs = {{TlvType::KeyHash, QByteArray(20, '\0')}};
        QTest::newRow("key hash of 20 bytes") << buildImage(badKeyHash) << u"firmware.image_malformed"_s;
        QTest::newRow("empty file") << QByteArray() << u"firmware.image_truncated"_s;
        QTest::newRow("random bytes") << pattern(4096) << u"firmware.not_mcuboot_image"_s;
    }
    void damagedImagesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        const Result<McubootImage> image = McubootImage::parse(bytes);
        QCOMPARE(codeOf(image), code);
    }

    void versionText()
    {
        QCOMPARE((ImageVersion {1, 2, 3, 4}).toString(), u"1.2.3+4"_s);
        QCOMPARE((ImageVersion {2, 0, 7, 0}).toString(), u"2.0.7"_s);
        QCOMPARE((ImageVersion {255, 255, 65535, 4294967295u}).toString(), u"255.255.65535+4294967295"_s);
        QVERIFY((ImageVersion {1, 2, 3, 4}) < (ImageVersion {1, 2, 4, 0}));
        QVERIFY((ImageVersion {1, 10, 0, 0}) > (ImageVersion {1, 9, 65535, 0}));
        QVERIFY((ImageVersion {1, 2, 3, 4}) > (ImageVersion {1, 2, 3, 3}));
    }

    void flagsAreNamed()
    {
        ImageSpec spec;
        spec.flags = McubootImage::NonBootable | McubootImage::RomFixed | 0x800;
        const Result<McubootImage> image = McubootImage::parse(buildImage(spec));
        QVERIFY(image.ok());
        QCOMPARE(image->flagNames(), (QStringList {u"non-bootable"_s, u"rom-fixed"_s, u"0x800"_s}));
        QVERIFY(image->flags().testFlag(McubootImage::NonBootable));
        QVERIFY(!image->isEncrypted());
        QVERIFY(!image->isCompressed());
        spec.flags = McubootImage::EncryptedAes256 | McubootImage::CompressedLzma2;
        const Result<McubootImage> encrypted = McubootImage::parse(buildImage(spec));
        QVERIFY(encrypted.ok());
        QVERIFY(encrypted->isEncrypted());
        QVERIFY(encrypted->isCompressed());
    }
};

QTEST_GUILESS_MAIN(TestMcubootImage)
#include "tst_McubootImage.moc"
