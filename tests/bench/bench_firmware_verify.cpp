// Verifying an MCUboot image file (ImageVerifier::verifyImageFile: read, parse,
// recompute the hash TLV, check the signature; what `mcuboot verify` and imports
// do) against `openssl dgst -sha256` on the same file (spawned, so it includes
// reading the file, as ours does) and against a plain SHA-256 loop over the bytes
// in memory (core/crypto's EVP facade). Issue #5's target: ≥ 0.8× openssl.
// Also shown: loading an image for a push (read into memory once, then
// verifyBareImage, which also hashes the whole file for the upload's "sha").
#include "BenchSupport.h"
#include "PackageFixture.h"
#include "crypto/Hasher.h"
#include "firmware/McubootImage.h"
#include "firmware/VerifiedImage.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace pasban;

namespace {

bool verifyFile(const QString &path, const crypto::PublicKey &key)
{
    return firmware::ImageVerifier::verifyImageFile(path, key).ok();
}

bool loadForPush(const QString &path, const crypto::PublicKey &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.read(file.size());
    return firmware::ImageVerifier::verifyBareImage(bytes, key, path).ok();
}

bool opensslDigest(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("openssl"), {QStringLiteral("dgst"), QStringLiteral("-sha256"), path});
    return process.waitForFinished(300000) && process.exitCode() == 0;
}

} // namespace

int main(int argc, char **argv)
{
    const bool smoke = bench::isSmoke(argc, argv);
    const qsizetype payload = smoke ? 64 * 1024 : qsizetype(64) * 1024 * 1024;
    const int rounds = smoke ? 1 : 5;
    bench::printHeader("bench_firmware_verify", smoke ? "64 KiB image (smoke)" : "64 MiB image");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("image.bin"));
    const crypto::PrivateKey key = *crypto::PrivateKey::generate(crypto::SignatureAlgorithm::Ed25519);
    const crypto::PublicKey publicKey = *key.publicKey();
    const QByteArray image = test::buildImage(key, {1, 0, 0, 0}, 1, 1, payload);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(image) != image.size())
            return 1;
    }
    if (!verifyFile(path, publicKey) || !loadForPush(path, publicKey)) {
        std::fprintf(stderr, "the benchmark image does not verify\n");
        return 1;
    }
    if (smoke)
        return opensslDigest(path) ? 0 : 1;

    const double mib = double(image.size()) / (1024.0 * 1024.0);
    const double ours = bench::medianSeconds(rounds, [&] { (void)verifyFile(path, publicKey); });
    const double openssl = bench::medianSeconds(rounds, [&] { (void)opensslDigest(path); });
    const double push = bench::medianSeconds(rounds, [&] { (void)loadForPush(path, publicKey); });
    const double loop = bench::medianSeconds(rounds, [&] {
        crypto::Hasher hasher(crypto::Hasher::Algorithm::Sha256);
        for (qsizetype at = 0; at < image.size(); at += 1024 * 1024)
            hasher.addData(QByteArrayView(image).sliced(at, std::min<qsizetype>(1024 * 1024, image.size() - at)));
        (void)hasher.result();
    });
    bench::printRate("verify Ed25519 image (read+parse+hash+signature)", mib / ours, "MiB/s", "openssl dgst -sha256",
                     mib / openssl);
    bench::printRate("verify Ed25519 image (read+parse+hash+signature)", mib / ours, "MiB/s",
                     "EVP SHA-256 loop in memory", mib / loop);
    bench::printRate("load for a push (read into memory, verify, file SHA-256)", mib / push, "MiB/s",
                     "openssl dgst -sha256", mib / openssl);
    return 0;
}
