// The package manifest (JSON) and container (CBOR) parsers: what they accept and,
// mostly, what they refuse.
#include "../common/PackageFixture.h"
#include "firmware/FirmwarePackage.h"
#include "firmware/PackageManifest.h"

#include <QCborMap>
#include <QCborValue>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::firmware;

namespace {

QJsonObject validManifest()
{
    const QByteArray key = *crypto::PrivateKey::generate(crypto::SignatureAlgorithm::Ed25519)->publicKey()->toDer();
    return QJsonObject {
        {u"format"_s, u"pasban-firmware-manifest"_s},
        {u"formatVersion"_s, 1},
        {u"packageId"_s, u"acme-1"_s},
        {u"vendor"_s, u"Acme"_s},
        {u"targets"_s, QJsonArray {QJsonObject {{u"model"_s, u"PX-100"_s}}}},
        {u"version"_s, u"1.2.3+4"_s},
        {u"sequenceNumber"_s, 3},
        {u"issued"_s, u"2026-01-01T00:00:00Z"_s},
        {u"expires"_s, u"2027-01-01T00:00:00Z"_s},
        {u"minimumConsoleVersion"_s, u"0.1.0"_s},
        {u"images"_s,
         QJsonArray {QJsonObject {
             {u"file"_s, u"app.bin"_s},
             {u"imageNumber"_s, 0},
             {u"size"_s, 10},
             {u"sha256"_s, QString(64, u'a')},
             {u"mcubootHash"_s, QString(64, u'b')},
             {u"version"_s, u"1.2.3+4"_s},
             {u"securityCounter"_s, 16908291},
             {u"keyHash"_s, QString(64, u'c')},
             {u"mcubootKey"_s, QString::fromLatin1(key.toBase64())},
         }}},
        {u"installSet"_s, QJsonArray {u"app.bin"_s}},
        {u"upgradePolicy"_s, QJsonObject {{u"allowDowngrade"_s, false}, {u"mode"_s, u"test-confirm"_s}}},
        {u"releaseNotes"_s, u"notes"_s},
        {u"cvesFixed"_s, QJsonArray {u"CVE-2026-1234"_s}},
    };
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject withImageField(const QString &key, const QJsonValue &value)
{
    QJsonObject m = validManifest();
    QJsonArray images = m.value(u"images"_s).toArray();
    QJsonObject image = images[0].toObject();
    if (value.isUndefined())
        image.remove(key);
    else
        image.insert(key, value);
    images[0] = image;
    m.insert(u"images"_s, images);
    return m;
}

QJsonObject with(const QString &key, const QJsonValue &value)
{
    QJsonObject m = validManifest();
    if (value.isUndefined())
        m.remove(key);
    else
        m.insert(key, value);
    return m;
}

} // namespace

class TestFirmwarePackage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manifestParses()
    {
        const Result<PackageManifest> m = PackageManifest::parse(json(validManifest()));
        QVERIFY2(m.ok(), qPrintable(m ? QString() : m.error().message()));
        QCOMPARE(m->packageId, u"acme-1"_s);
        QCOMPARE(m->version, (ImageVersion {1, 2, 3, 4}));
        QCOMPARE(m->images.size(), 1);
        QCOMPARE(m->images[0].securityCounter, defaultSecurityCounter({1, 2, 3, 4}));
        QCOMPARE(m->images[0].sha256, QByteArray(32, '\xaa'));
        QCOMPARE(m->issued, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(m->targetsDevice(u"PX-100"_s, u"anything"_s));
        QVERIFY(!m->targetsDevice(u"PX-200"_s, u"A"_s));
        // Round trip through the JSON the console writes.
        const Result<PackageManifest> again = PackageManifest::parse(m->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->toJson(), m->toJson());
    }

    void manifestRefusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("{");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("too large") << QByteArray(PackageManifest::MaxSize + 1, ' ');
        QTest::newRow("unknown field") << json(with(u"extra"_s, 1));
        QTest::newRow("wrong format") << json(with(u"format"_s, u"x"_s));
        QTest::newRow("newer format") << json(with(u"formatVersion"_s, 2));
        QTest::newRow("no vendor") << json(with(u"vendor"_s, QJsonValue::Undefined));
        QTest::newRow("vendor not text") << json(with(u"vendor"_s, 5));
        QTest::newRow("empty package id") << json(with(u"packageId"_s, u""_s));
        QTest::newRow("version too big") << json(with(u"version"_s, u"256.0.0"_s));
        QTest::newRow("version text") << json(with(u"version"_s, u"latest"_s));
        QTest::newRow("negative sequence") << json(with(u"sequenceNumber"_s, -1));
        QTest::newRow("fractional sequence") << json(with(u"sequenceNumber"_s, 1.5));
        QTest::newRow("huge sequence") << json(with(u"sequenceNumber"_s, 1e300));
        QTest::newRow("local time") << json(with(u"issued"_s, u"2026-01-01T00:00:00"_s));
        QTest::newRow("expires before issued") << json(with(u"expires"_s, u"2025-01-01T00:00:00Z"_s));
        QTest::newRow("no targets") << json(with(u"targets"_s, QJsonArray {}));
        QTest::newRow("target without model") << json(with(u"targets"_s, QJsonArray {QJsonObject {}}));
        QTest::newRow("no images") << json(with(u"images"_s, QJsonArray {}));
        QTest::newRow("install set names unknown image") << json(with(u"installSet"_s, QJsonArray {u"other.bin"_s}));
        QTest::newRow("install set twice") << json(with(u"installSet"_s, QJsonArray {u"app.bin"_s, u"app.bin"_s}));
        QTest::newRow("bad mode") << json(
            with(u"upgradePolicy"_s, QJsonObject {{u"allowDowngrade"_s, false}, {u"mode"_s, u"yolo"_s}}));
        QTest::newRow("bad CVE") << json(with(u"cvesFixed"_s, QJsonArray {u"CVE-1"_s}));
        QTest::newRow("path in file name") << json(withImageField(u"file"_s, u"../app.bin"_s));
        QTest::newRow("short sha256") << json(withImageField(u"sha256"_s, QString(62, u'a')));
        QTest::newRow("upper-case hex") << json(withImageField(u"sha256"_s, QString(64, u'A')));
        QTest::newRow("zero size") << json(withImageField(u"size"_s, 0));
        QTest::newRow("counter too big") << json(withImageField(u"securityCounter"_s, 4294967296.0));
        QTest::newRow("image number") << json(withImageField(u"imageNumber"_s, 16));
        QTest::newRow("key not base64") << json(withImageField(u"mcubootKey"_s, u"!!"_s));
        QTest::newRow("unknown image field") << json(withImageField(u"x"_s, 1));
        QTest::newRow("missing key hash") << json(withImageField(u"keyHash"_s, QJsonValue::Undefined));
    }
    void manifestRefusals()
    {
        QFETCH(QByteArray, bytes);
        const Result<PackageManifest> m = PackageManifest::parse(bytes);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code(), u"firmware.manifest_invalid"_s);
        QVERIFY(!m.error().arguments().isEmpty()); // says what is wrong
    }

    void versions()
    {
        QCOMPARE(parseImageVersion(u"0.0.0"), (ImageVersion {}));
        QCOMPARE(parseImageVersion(u"255.255.65535+4294967295"), (ImageVersion {255, 255, 65535, 4294967295u}));
        QVERIFY(!parseImageVersion(u"1.2"));
        QVERIFY(!parseImageVersion(u"1.2.65536"));
        QVERIFY(!parseImageVersion(u"1.2.3+4294967296"));
        QVERIFY(!parseImageVersion(u" 1.2.3"));
        QCOMPARE(defaultSecurityCounter({2, 1, 0, 9}), 0x02010000u);
    }

    void containerRoundTrip()
    {
        const QByteArray manifest = json(withImageField(u"size"_s, 3));
        const Result<FirmwarePackage> p =
            FirmwarePackage::create(manifest, {{u"app.bin"_s, "abc"}}, R"({"bomFormat":"CycloneDX"})");
        QVERIFY(p.ok());
        FirmwarePackage signedPackage = *p;
        signedPackage.setVendorSignature("sig");
        const Result<FirmwarePackage> again = FirmwarePackage::parse(signedPackage.serialize());
        QVERIFY(again.ok());
        QCOMPARE(again->manifestBytes(), manifest);
        QCOMPARE(again->files().value(u"app.bin"_s), QByteArray("abc"));
        QCOMPARE(again->vendorSignature(), QByteArray("sig"));
        QVERIFY(again->approvalSignature().isEmpty());
        QVERIFY(again->sbom().contains("CycloneDX"));
    }

    void createRefusesMismatchedFiles()
    {
        const QByteArray manifest = json(validManifest());
        QVERIFY(!FirmwarePackage::create(manifest, {}).ok());
        QVERIFY(!FirmwarePackage::create(manifest, {{u"app.bin"_s, "a"}, {u"extra.bin"_s, "b"}}).ok());
        QVERIFY(!FirmwarePackage::create(manifest, {{u"app.bin"_s, "a"}}, "not json").ok());
    }

    void containerRefusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray manifest = json(validManifest());
        const QCborMap base {{u"format"_s, u"pasban-firmware-package"_s},
                             {u"formatVersion"_s, 1},
                             {u"manifest"_s, manifest},
                             {u"files"_s, QCborMap {{u"app.bin"_s, QByteArray("abc")}}}};
        auto variant = [&base](const QString &key, const QCborValue &value) {
            QCborMap m = base;
            if (value.isUndefined())
                m.remove(key);
            else
                m.insert(key, value);
            return m.toCborValue().toCbor();
        };
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not CBOR") << QByteArray("\xff\xff");
        QTest::newRow("array") << QCborValue(QCborArray {}).toCbor();
        QTest::newRow("trailing bytes") << QByteArray(base.toCborValue().toCbor() + "x");
        QTest::newRow("truncated") << base.toCborValue().toCbor().chopped(1);
        QTest::newRow("wrong format") << variant(u"format"_s, u"zip"_s);
        QTest::newRow("newer format") << variant(u"formatVersion"_s, 2);
        QTest::newRow("unknown key") << variant(u"extra"_s, 1);
        QTest::newRow("manifest as text") << variant(u"manifest"_s, QString::fromUtf8(manifest));
        QTest::newRow("no manifest") << variant(u"manifest"_s, QCborValue());
        QTest::newRow("bad manifest") << variant(u"manifest"_s, QByteArray("{}"));
        QTest::newRow("file missing") << variant(u"files"_s, QCborMap {});
        QTest::newRow("file not in manifest")
            << variant(u"files"_s, QCborMap {{u"app.bin"_s, QByteArray("a")}, {u"x.bin"_s, QByteArray("b")}});
        QTest::newRow("file as text") << variant(u"files"_s, QCborMap {{u"app.bin"_s, u"abc"_s}});
        QTest::newRow("empty file") << variant(u"files"_s, QCborMap {{u"app.bin"_s, QByteArray()}});
        QTest::newRow("integer key") << variant(u"files"_s, QCborMap {{1, QByteArray("a")}});
        QTest::newRow("sbom not JSON") << variant(u"sbom"_s, QByteArray("nope"));
        QTest::newRow("signatures not a map") << variant(u"signatures"_s, 1);
        QTest::newRow("unknown signature") << variant(u"signatures"_s, QCborMap {{u"other"_s, QByteArray("x")}});
        QTest::newRow("signature too large") << variant(
            u"signatures"_s, QCborMap {{u"vendor"_s, QByteArray(FirmwarePackage::MaxSignatureSize + 1, 'x')}});
        // A duplicate key, written by hand: map(5) with "format" twice.
        QByteArray duplicate = base.toCborValue().toCbor();
        duplicate[0] = char(0xa5);
        duplicate.append(QCborValue(u"format"_s).toCbor()).append(QCborValue(u"pasban-firmware-package"_s).toCbor());
        QTest::newRow("duplicate key") << duplicate;
    }
    void fuzzSeedsReachTheEnd()
    {
        // The fuzz corpus starts from inputs that parse, so fuzzing explores past the first check.
        const QString corpus = QStringLiteral(PASBAN_SOURCE_DIR "/tests/fuzz/corpus/");
        QFile manifest(corpus + u"firmware_manifest/valid.json"_s);
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QVERIFY(PackageManifest::parse(manifest.readAll()).ok());
        QFile package(corpus + u"firmware_package/signed-shape.cbor"_s);
        QVERIFY(package.open(QIODevice::ReadOnly));
        const Result<FirmwarePackage> parsed = FirmwarePackage::parse(package.readAll());
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message()));
        QCOMPARE(parsed->files().size(), 1);
    }

    void containerRefusals()
    {
        QFETCH(QByteArray, bytes);
        const Result<FirmwarePackage> p = FirmwarePackage::parse(bytes);
        QVERIFY(!p.ok());
        QVERIFY2(p.error().code() == u"firmware.package_invalid"_s
                     || p.error().code() == u"firmware.manifest_invalid"_s,
                 qPrintable(p.error().code()));
    }
};

QTEST_GUILESS_MAIN(TestFirmwarePackage)
#include "tst_FirmwarePackage.moc"
