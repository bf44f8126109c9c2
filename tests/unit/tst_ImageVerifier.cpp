// ImageVerifier: the one producer of VerifiedImage, and the in-place file check
// used by `mcuboot verify` and imports.
#include "PackageFixture.h"
#include "crypto/Hash.h"
#include "firmware/VerifiedImage.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::firmware;

class TestImageVerifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    crypto::PrivateKey m_key = *crypto::PrivateKey::generate(crypto::SignatureAlgorithm::Ed25519);

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private slots:
    void fileCheckAgreesWithTheInMemoryVerifier()
    {
        const QByteArray image = test::buildImage(m_key, {3, 2, 1, 0}, 7, 1, 300000);
        const QString path = write(u"app.bin"_s, image);
        const ImageFileCheck check = ImageVerifier::verifyImageFile(path, *m_key.publicKey()).value();
        const VerifiedImage verified = ImageVerifier::verifyBareImage(image, *m_key.publicKey(), path).value();
        QCOMPARE(check.version.toString(), u"3.2.1"_s);
        QCOMPARE(check.version, verified.version());
        QCOMPARE(check.imageHash, verified.imageHash());
        QCOMPARE(check.securityCounter, std::optional<quint32>(7));
        QCOMPARE(check.fileSize, qint64(image.size()));
        QCOMPARE(verified.bytes(), image);
        QCOMPARE(verified.fileSha256(), crypto::sha256(image));
    }

    void aChangedPayloadByteIsRefused()
    {
        QByteArray image = test::buildImage(m_key, {1, 0, 0, 0}, 1, 1, 4096);
        image[0x200 + 100] = char(image[0x200 + 100] ^ 0x01); // a payload byte (header is 0x200)
        const QString path = write(u"tampered.bin"_s, image);
        QCOMPARE(ImageVerifier::verifyImageFile(path, *m_key.publicKey()).error().code(), u"firmware.hash_mismatch"_s);
        QCOMPARE(ImageVerifier::verifyBareImage(image, *m_key.publicKey(), path).error().code(),
                 u"firmware.hash_mismatch"_s);
    }

    void anotherKeyIsRefused()
    {
        const crypto::PrivateKey other = *crypto::PrivateKey::generate(crypto::SignatureAlgorithm::Ed25519);
        const QString path = write(u"app.bin"_s, test::buildImage(m_key, {1, 0, 0, 0}, 1, 1, 4096));
        QVERIFY(!ImageVerifier::verifyImageFile(path, *other.publicKey()).ok());
    }

    void missingEmptyAndForeignFilesAreErrors()
    {
        QCOMPARE(ImageVerifier::verifyImageFile(m_dir.filePath(u"missing.bin"_s), *m_key.publicKey()).error().code(),
                 u"firmware.file_unreadable"_s);
        const QString empty = write(u"empty.bin"_s, {});
        QVERIFY(!ImageVerifier::verifyImageFile(empty, *m_key.publicKey()).ok());
        const QString foreign = write(u"foreign.bin"_s, QByteArray(4096, 'x'));
        QVERIFY(!ImageVerifier::verifyImageFile(foreign, *m_key.publicKey()).ok());
    }
};

QTEST_GUILESS_MAIN(TestImageVerifier)
#include "tst_ImageVerifier.moc"
