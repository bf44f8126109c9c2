// Nordic DFU packages (dfu_application.zip): the manifest and its one application
// image, from the NCS-shaped fixtures (tests/data/firmware/dfu/make_dfu_zips.py)
// and from archives built here; then the library's unverified import of such a
// package, and every refusal leaving the library untouched.
#include "../common/MockClock.h"
#include "../common/RecordingAuditSink.h"
#include "../common/ZipBuilder.h"
#include "firmware/NordicDfuZip.h"
#include "firmware/PackageLibrary.h"
#include "storage/ConsoleSchema.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::firmware;
using pasban::test::ZipBuilder;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QByteArray fixtureImage()
{
    return readFile(QStringLiteral(PASBAN_TEST_DATA_DIR "/firmware/ed25519-1.2.3+4.bin"));
}

QString fixtureZip(const QString &name)
{
    return QStringLiteral(PASBAN_TEST_DATA_DIR "/firmware/dfu/") + name;
}

// The NCS manifest for one application image; FILES replaces the whole list.
QByteArray manifestJson(const QJsonArray &files)
{
    return QJsonDocument(QJsonObject {{u"format-version"_s, 0}, {u"time"_s, 1715947200}, {u"files"_s, files}}).toJson();
}

QJsonObject applicationFile(const QString &file, qsizetype size, const QString &version = u"1.2.3+4"_s)
{
    return {{u"type"_s, u"application"_s},
            {u"board"_s, u"nrf52840dk_nrf52840"_s},
            {u"soc"_s, u"nRF52840_QIAA"_s},
            {u"image_index"_s, u"0"_s},
            {u"version_MCUBOOT"_s, version},
            {u"size"_s, double(size)},
            {u"file"_s, file}};
}

QByteArray dfuZip(const QByteArray &image, bool deflate, const QString &version = u"1.2.3+4"_s)
{
    return ZipBuilder()
        .add(u"app_update.bin"_s, image, deflate)
        .add(u"manifest.json"_s, manifestJson({applicationFile(u"app_update.bin"_s, image.size(), version)}), deflate)
        .build();
}

storage::Database database()
{
    Result<storage::Database> db = storage::Database::openInMemory();
    if (!db || !storage::migrate(*db, storage::consoleMigrations()))
        qFatal("no database");
    return std::move(db).value();
}

} // namespace

class tst_NordicDfuZip : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::MockClock m_clock;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsTheNcsFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("stored, as the SDK writes it") << u"dfu_application.zip"_s;
        QTest::newRow("deflated by Python's zlib") << u"dfu_application-deflated.zip"_s;
    }

    void readsTheNcsFixtures()
    {
        QFETCH(QString, file);
        const Result<NordicDfuImage> dfu = readNordicDfuZip(readFile(fixtureZip(file)));
        QVERIFY2(dfu.ok(), qPrintable(dfu.ok() ? QString() : dfu.error().toString() + dfu.error().detail()));
        QCOMPARE(dfu->fileName, u"app_update.bin"_s);
        QVERIFY(dfu->image == fixtureImage());
        QCOMPARE(dfu->board, u"nrf52840dk_nrf52840"_s);
        QCOMPARE(dfu->soc, u"nRF52840_QIAA"_s);
        QCOMPARE(dfu->manifestVersion, u"1.2.3+4"_s);
        QCOMPARE(dfu->name, u"pulse-oximeter application 1.2.3"_s);
    }

    void readsArchivesBuiltHere()
    {
        for (const bool deflate : {false, true}) {
            const Result<NordicDfuImage> dfu = readNordicDfuZip(dfuZip(fixtureImage(), deflate));
            QVERIFY(dfu.ok());
            QVERIFY(dfu->image == fixtureImage());
        }
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("zip");
        QTest::addColumn<QString>("code");
        const QByteArray image = fixtureImage();
        const QJsonObject app = applicationFile(u"app_update.bin"_s, image.size());

        QTest::newRow("no manifest") << ZipBuilder().add(u"app_update.bin"_s, image).build()
                                     << u"firmware.dfu_manifest_missing"_s;
        QTest::newRow("manifest not JSON")
            << ZipBuilder().add(u"app_update.bin"_s, image).add(u"manifest.json"_s, "{nope").build()
            << u"firmware.dfu_manifest_invalid"_s;
        QTest::newRow("manifest without files")
            << ZipBuilder().add(u"manifest.json"_s, R"({"format-version": 0})").build()
            << u"firmware.dfu_manifest_invalid"_s;
        QTest::newRow("nRF5 SDK legacy")
            << ZipBuilder()
                   .add(u"manifest.json"_s,
                        R"({"manifest": {"application": {"bin_file": "app.bin", "dat_file": "app.dat"}}})")
                   .add(u"app.bin"_s, image)
                   .build()
            << u"firmware.dfu_legacy"_s;
        QJsonObject net = app;
        net.insert(u"file"_s, u"net_core_app_update.bin"_s);
        net.insert(u"image_index"_s, u"1"_s);
        QTest::newRow("two images") << ZipBuilder()
                                           .add(u"app_update.bin"_s, image)
                                           .add(u"net_core_app_update.bin"_s, image)
                                           .add(u"manifest.json"_s, manifestJson({app, net}))
                                           .build()
                                    << u"firmware.dfu_multiple_images"_s;
        QJsonObject bootloader = app;
        bootloader.insert(u"type"_s, u"mcuboot"_s);
        QTest::newRow("no application")
            << ZipBuilder().add(u"app_update.bin"_s, image).add(u"manifest.json"_s, manifestJson({bootloader})).build()
            << u"firmware.dfu_no_application"_s;
        QTest::newRow("empty file list") << ZipBuilder().add(u"manifest.json"_s, manifestJson({})).build()
                                         << u"firmware.dfu_no_application"_s;
        QTest::newRow("image missing") << ZipBuilder().add(u"manifest.json"_s, manifestJson({app})).build()
                                       << u"firmware.dfu_image_missing"_s;
        QTest::newRow("image size differs")
            << ZipBuilder().add(u"app_update.bin"_s, image + "x").add(u"manifest.json"_s, manifestJson({app})).build()
            << u"firmware.dfu_size_mismatch"_s;
        QTest::newRow("traversal name")
            << ZipBuilder().add(u"../app_update.bin"_s, image).add(u"manifest.json"_s, manifestJson({app})).build()
            << u"zip.unsafe_name"_s;
        QTest::newRow("not a zip") << QByteArray("PK\x03\x04 and then nothing") << u"zip.not_zip"_s;
    }

    void refusals()
    {
        QFETCH(QByteArray, zip);
        QFETCH(QString, code);
        const Result<NordicDfuImage> dfu = readNordicDfuZip(zip);
        QVERIFY(!dfu.ok());
        QCOMPARE(dfu.error().code(), code);
        QVERIFY(!dfu.error().message().isEmpty());
    }

    // The library keeps the application image, unverified, recording where it came from.
    void libraryImportsTheApplicationImage()
    {
        storage::Database db = database();
        test::RecordingAuditSink sink;
        const QString folder = m_dir.filePath(u"library-ok"_s);
        PackageLibrary library(db, folder, TrustSnapshot(), &sink, m_clock);

        Result<LibraryEntry> entry =
            library.importUnverifiedImage(fixtureZip(u"dfu_application.zip"_s), u"  "_s, {}, u"bob"_s);
        QVERIFY(!entry.ok());
        QCOMPARE(entry.error().code(), u"firmware.library_reason_required"_s);

        entry = library.importUnverifiedImage(fixtureZip(u"dfu_application.zip"_s), u"vendor hotfix"_s, {u"PX-100"_s},
                                              u"bob"_s);
        QVERIFY2(entry.ok(), qPrintable(entry.ok() ? QString() : entry.error().toString()));
        QVERIFY(entry->packageId.startsWith(u"unverified-"_s));
        QCOMPARE(entry->verdict, u"unverified"_s);
        QCOMPARE(entry->origin, u"nordic-dfu-zip"_s);
        QCOMPARE(entry->version.toString(), u"1.2.3+4"_s);
        QCOMPARE(entry->releaseNotes, u"pulse-oximeter application 1.2.3"_s);
        QVERIFY(readFile(entry->filePath) == fixtureImage());

        const Result<std::optional<LibraryEntry>> found = library.find(entry->packageId);
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->origin, u"nordic-dfu-zip"_s);
        QCOMPARE((*found)->models, QStringList {u"PX-100"_s});

        const audit::AuditEvent &last = sink.events.last();
        QCOMPARE(last.type, audit::EventType::SecurityAlert);
        QCOMPARE(last.details.value(u"operation"_s).toString(), u"firmware.library.import_unverified"_s);
        QCOMPARE(last.details.value(u"origin"_s).toString(), u"nordic-dfu-zip"_s);
        QCOMPARE(last.details.value(u"zipEntry"_s).toString(), u"app_update.bin"_s);
        QCOMPARE(last.details.value(u"board"_s).toString(), u"nrf52840dk_nrf52840"_s);
        QCOMPARE(last.details.value(u"reason"_s).toString(), u"vendor hotfix"_s);
        QCOMPARE(last.details.value(u"zipSha256"_s).toString().size(), 64);

        // The same image, bare or from the deflated twin: already there.
        for (const QString &again : {QStringLiteral(PASBAN_TEST_DATA_DIR "/firmware/ed25519-1.2.3+4.bin"),
                                     fixtureZip(u"dfu_application-deflated.zip"_s)}) {
            const Result<LibraryEntry> duplicate = library.importUnverifiedImage(again, u"again"_s, {}, u"bob"_s);
            QVERIFY(!duplicate.ok());
            QCOMPARE(duplicate.error().code(), u"firmware.library_duplicate"_s);
        }
    }

    void bareImageKeepsItsOrigin()
    {
        storage::Database db = database();
        PackageLibrary library(db, m_dir.filePath(u"library-bare"_s), TrustSnapshot(), nullptr, m_clock);
        const Result<LibraryEntry> entry = library.importUnverifiedImage(
            QStringLiteral(PASBAN_TEST_DATA_DIR "/firmware/ed25519-1.2.3+4.bin"), u"lab"_s, {}, {});
        QVERIFY(entry.ok());
        QCOMPARE(entry->origin, u"image"_s);
        QCOMPARE((*library.find(entry->packageId))->origin, u"image"_s);
    }

    // Every hostile or inconsistent package: refused with its reason, the refusal
    // audited, nothing in the index or the library folder.
    void libraryRefusalsImportNothing_data()
    {
        QTest::addColumn<QByteArray>("zip");
        QTest::addColumn<QString>("code");
        const QByteArray image = fixtureImage();
        QByteArray corruptImage = image;
        corruptImage[0x210] = char(corruptImage[0x210] ^ 1);
        const QByteArray good = dfuZip(image, false);
        QByteArray truncatedDirectory =
            good.left(test::endRecordOffset(good) - 10) + good.mid(test::endRecordOffset(good));
        QByteArray offsetPastEnd = good;
        offsetPastEnd.replace(test::endRecordOffset(good) + 16, 4, ZipBuilder::le32(0x40000000));
        test::ZipItem huge;
        huge.name = u"app_update.bin"_s;
        huge.data = image;
        huge.deflate = true;
        huge.uncompressedSize = 0x7ffffff0;
        test::ZipItem bomb;
        bomb.name = u"app_update.bin"_s;
        bomb.data = QByteArray(8 * 1024 * 1024, '\0');
        bomb.deflate = true;

        QTest::newRow("truncated central directory") << truncatedDirectory << u"zip.corrupt"_s;
        QTest::newRow("directory offset past the end") << offsetPastEnd << u"zip.corrupt"_s;
        QTest::newRow("huge declared size")
            << ZipBuilder().add(huge).add(u"manifest.json"_s, manifestJson({})).build() << u"zip.entry_too_large"_s;
        QTest::newRow("zip bomb") << ZipBuilder().add(bomb).add(u"manifest.json"_s, manifestJson({})).build()
                                  << u"zip.ratio"_s;
        QTest::newRow("../ name") << ZipBuilder().add(u"../../app_update.bin"_s, image).build() << u"zip.unsafe_name"_s;
        QTest::newRow("missing manifest")
            << ZipBuilder().add(u"app_update.bin"_s, image).build() << u"firmware.dfu_manifest_missing"_s;
        QTest::newRow("missing image")
            << ZipBuilder().add(u"manifest.json"_s, manifestJson({applicationFile(u"app_update.bin"_s, 10)})).build()
            << u"firmware.dfu_image_missing"_s;
        QTest::newRow("corrupt image") << dfuZip(corruptImage, true) << u"firmware.hash_mismatch"_s;
        QTest::newRow("manifest states another version")
            << dfuZip(image, false, u"1.2.4"_s) << u"firmware.dfu_version_mismatch"_s;
    }

    void libraryRefusalsImportNothing()
    {
        QFETCH(QByteArray, zip);
        QFETCH(QString, code);
        storage::Database db = database();
        test::RecordingAuditSink sink;
        const QString folder = m_dir.filePath(u"library-refused"_s);
        PackageLibrary library(db, folder, TrustSnapshot(), &sink, m_clock);
        const QString path = write(u"hostile.zip"_s, zip);

        const Result<LibraryEntry> entry = library.importUnverifiedImage(path, u"test"_s, {}, u"bob"_s);
        QVERIFY(!entry.ok());
        QCOMPARE(entry.error().code(), code);
        QVERIFY(library.list()->isEmpty());
        QVERIFY(QDir(folder).isEmpty());
        QCOMPARE(sink.events.size(), 1);
        QCOMPARE(sink.events.first().outcome, audit::Outcome::MinorFailure);
        QCOMPARE(sink.events.first().details.value(u"code"_s).toString(), code);
    }
};

QTEST_GUILESS_MAIN(tst_NordicDfuZip)
#include "tst_NordicDfuZip.moc"
