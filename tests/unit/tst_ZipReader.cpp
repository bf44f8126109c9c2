// The bounded ZIP reader and its DEFLATE decoder: archives built here (stored and
// deflated entries, zlib's output at several levels), then every kind of hostile
// archive, each refused with its own error and nothing read.
#include "../common/ZipBuilder.h"
#include "common/Inflate.h"
#include "common/ZipReader.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using pasban::test::ZipBuilder;
using pasban::test::ZipItem;

namespace {

// Text-like bytes (compress well, dynamic Huffman blocks), then random bytes
// (zlib falls back to stored blocks), then a long run (long back-references).
QByteArray mixedData(qsizetype size)
{
    QByteArray out;
    QRandomGenerator random(7);
    while (out.size() < size / 3)
        out += "SMP image upload chunk " + QByteArray::number(random.bounded(1000)) + ' ';
    while (out.size() < 2 * size / 3)
        out += char(random.bounded(256));
    out += QByteArray(size - out.size(), '\xff');
    return out;
}

QString errorCode(const Result<ZipReader> &zip)
{
    return zip ? QString() : zip.error().code();
}

// Opens ZIP and reads every entry: the first error's code, or empty.
QString readAllError(const QByteArray &zip)
{
    const Result<ZipReader> reader = ZipReader::open(zip);
    if (!reader)
        return reader.error().code();
    for (const ZipEntry &entry : reader->entries()) {
        const Result<QByteArray> data = reader->read(entry);
        if (!data)
            return data.error().code();
    }
    return {};
}

} // namespace

class tst_ZipReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inflateMatchesZlib_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("level");
        QTest::newRow("one byte") << QByteArray("x") << 9;
        QTest::newRow("mixed, best") << mixedData(300 * 1024) << 9;
        QTest::newRow("mixed, fastest") << mixedData(300 * 1024) << 1;
        QTest::newRow("mixed, stored blocks") << mixedData(100 * 1024) << 0;
        QTest::newRow("run longer than a window") << QByteArray(200 * 1024, 'a') << 6;
    }

    void inflateMatchesZlib()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, level);
        const Result<QByteArray> out = inflateRaw(test::rawDeflate(data, level), data.size());
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().detail()));
        QCOMPARE(out->size(), data.size());
        QVERIFY(*out == data);
    }

    void inflateEmptyStream()
    {
        // An empty fixed block, as zip tools write for an empty file.
        const Result<QByteArray> out = inflateRaw(QByteArray("\x03\x00", 2), 0);
        QVERIFY(out.ok());
        QVERIFY(out->isEmpty());
    }

    void inflateStopsAtTheDeclaredSize()
    {
        const QByteArray data(100 * 1024, 'z');
        const Result<QByteArray> out = inflateRaw(test::rawDeflate(data), 1000);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code(), u"zip.corrupt"_s);
        QVERIFY(out.error().detail().contains(u"longer"_s));
        // Shorter than declared is an error too.
        QVERIFY(!inflateRaw(test::rawDeflate(data), data.size() + 1).ok());
    }

    void inflateRefusesGarbageAndTruncation()
    {
        const QByteArray packed = test::rawDeflate(mixedData(20000));
        QVERIFY(!inflateRaw(packed.left(packed.size() / 2), 20000).ok());
        QVERIFY(!inflateRaw(QByteArray(), 1).ok());
        // Block type 3 is reserved.
        QVERIFY(!inflateRaw(QByteArray("\x07", 1), 0).ok());
        // A stored block whose length and complement disagree.
        QVERIFY(!inflateRaw(QByteArray("\x01\x05\x00\x00\x00hello", 10), 5).ok());
        // A back-reference before the start: fixed block, length 3, distance 1, nothing written yet.
        QVERIFY(!inflateRaw(QByteArray("\x03\x02", 2), 3).ok());
    }

    void crc32KnownValue() { QCOMPARE(crc32("123456789"), 0xcbf43926u); }

    void readsStoredAndDeflatedEntries()
    {
        const QByteArray text = "{\"format-version\": 0}";
        const QByteArray big = mixedData(200 * 1024);
        const QByteArray zip =
            ZipBuilder().add(u"manifest.json"_s, text).add(u"app_update.bin"_s, big, true).add(u"docs/"_s, {}).build();
        QVERIFY(ZipReader::looksLikeZip(zip));
        const Result<ZipReader> reader = ZipReader::open(zip);
        QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().detail()));
        QCOMPARE(reader->entries().size(), 3);
        const ZipEntry *manifest = reader->find(u"manifest.json"_s);
        const ZipEntry *image = reader->find(u"app_update.bin"_s);
        QVERIFY(manifest && image);
        QCOMPARE(manifest->method, quint16(0));
        QCOMPARE(image->method, quint16(8));
        QCOMPARE(*reader->read(*manifest), text);
        QVERIFY(*reader->read(*image) == big);
        QVERIFY(!reader->find(u"MANIFEST.JSON"_s));
    }

    void emptyArchive()
    {
        const Result<ZipReader> reader = ZipReader::open(ZipBuilder().build());
        QVERIFY(reader.ok());
        QVERIFY(reader->entries().isEmpty());
    }

    void notAZip()
    {
        QVERIFY(!ZipReader::looksLikeZip("\x3d\xb8\xf3\x96"));
        QCOMPARE(errorCode(ZipReader::open("short")), u"zip.not_zip"_s);
        QCOMPARE(errorCode(ZipReader::open(QByteArray(4096, 'x'))), u"zip.not_zip"_s);
    }

    void truncatedArchives()
    {
        const QByteArray zip = ZipBuilder().add(u"a.bin"_s, mixedData(5000)).add(u"b.bin"_s, "b").build();
        // Cut anywhere: the end record is gone.
        for (const qsizetype keep : {qsizetype(10), qsizetype(100), zip.size() - 30, zip.size() - 1})
            QCOMPARE(errorCode(ZipReader::open(zip.left(keep))), u"zip.not_zip"_s);
        // The end record kept, part of the central directory cut out before it.
        const qsizetype end = test::endRecordOffset(zip);
        const QByteArray cut = zip.left(end - 20) + zip.mid(end);
        QCOMPARE(errorCode(ZipReader::open(cut)), u"zip.corrupt"_s);
    }

    void offsetsPastTheEnd()
    {
        QByteArray zip = ZipBuilder().add(u"a.bin"_s, "payload").build();
        QByteArray far = zip;
        far.replace(test::endRecordOffset(far) + 16, 4, ZipBuilder::le32(0x7fffff00));
        QCOMPARE(errorCode(ZipReader::open(far)), u"zip.corrupt"_s);

        ZipItem item;
        item.name = u"a.bin"_s;
        item.data = "payload";
        item.localOffset = 0x00ffffff;
        QCOMPARE(errorCode(ZipReader::open(ZipBuilder().add(item).build())), u"zip.corrupt"_s);

        // Declared packed size runs into the central directory.
        item.localOffset.reset();
        item.compressedSize = 5000;
        item.uncompressedSize = 5000;
        QCOMPARE(errorCode(ZipReader::open(ZipBuilder().add(item).build())), u"zip.corrupt"_s);
    }

    void hugeDeclaredSizes()
    {
        ZipItem item;
        item.name = u"app_update.bin"_s;
        item.data = "tiny";
        item.deflate = true;
        item.uncompressedSize = 0xfffffff0u;
        QCOMPARE(errorCode(ZipReader::open(ZipBuilder().add(item).build())), u"zip.entry_too_large"_s);
        item.uncompressedSize = 0xffffffffu; // the ZIP64 marker
        QCOMPARE(errorCode(ZipReader::open(ZipBuilder().add(item).build())), u"zip.unsupported"_s);
        // Each within the per-entry limit, together over the total.
        ZipReader::Limits limits;
        limits.maxEntrySize = 1000;
        limits.maxTotalSize = 1500;
        const QByteArray two = ZipBuilder().add(u"a"_s, QByteArray(900, 'a')).add(u"b"_s, QByteArray(900, 'b')).build();
        QCOMPARE(errorCode(ZipReader::open(two, limits)), u"zip.entry_too_large"_s);
    }

    void zipBombs()
    {
        // Ten megabytes of zeros deflate to about ten kilobytes: refused on the ratio
        // before a byte is inflated.
        const QByteArray zeros(10 * 1024 * 1024, '\0');
        const QByteArray bomb = ZipBuilder().add(u"app_update.bin"_s, zeros, true).build();
        QVERIFY(bomb.size() < 64 * 1024);
        const Result<ZipReader> reader = ZipReader::open(bomb);
        QCOMPARE(errorCode(reader), u"zip.ratio"_s);
        QVERIFY(reader.error().message().contains(u"100"_s));

        // The same stream declared small: inflating stops at the declared size.
        ZipItem liar;
        liar.name = u"app_update.bin"_s;
        liar.data = QByteArray(1000, '\0');
        liar.packed = test::rawDeflate(zeros);
        liar.method = 8;
        liar.crc = crc32(liar.data);
        QCOMPARE(readAllError(ZipBuilder().add(liar).build()), u"zip.corrupt"_s);
    }

    void unsafeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << u"../app_update.bin"_s;
        QTest::newRow("parent inside") << u"a/../../etc/passwd"_s;
        QTest::newRow("absolute") << u"/etc/passwd"_s;
        QTest::newRow("backslash") << u"..\\..\\boot.ini"_s;
        QTest::newRow("drive") << u"C:evil.bin"_s;
        QTest::newRow("dot") << u"./manifest.json"_s;
        QTest::newRow("double slash") << u"a//b"_s;
        QTest::newRow("control") << u"app\nupdate.bin"_s;
    }

    void unsafeNames()
    {
        QFETCH(QString, name);
        const Result<ZipReader> reader = ZipReader::open(ZipBuilder().add(name, "x").build());
        QCOMPARE(errorCode(reader), u"zip.unsafe_name"_s);
    }

    void limitsOnEntriesAndNames()
    {
        ZipBuilder many;
        for (int i = 0; i < 65; ++i)
            many.add(u"f%1"_s.arg(i), "x");
        QCOMPARE(errorCode(ZipReader::open(many.build())), u"zip.too_many_entries"_s);
        QCOMPARE(errorCode(ZipReader::open(ZipBuilder().add(QString(256, u'n'), "x").build())), u"zip.name_too_long"_s);
        QCOMPARE(errorCode(ZipReader::open(ZipBuilder().add(u"a"_s, "1").add(u"a"_s, "2").build())),
                 u"zip.duplicate_name"_s);
    }

    void unsupportedFeatures()
    {
        ZipItem encrypted;
        encrypted.name = u"a"_s;
        encrypted.data = "secret";
        encrypted.flags = 1;
        QCOMPARE(errorCode(ZipReader::open(ZipBuilder().add(encrypted).build())), u"zip.unsupported"_s);
        ZipItem bzip2;
        bzip2.name = u"a"_s;
        bzip2.data = "data";
        bzip2.method = 12;
        QCOMPARE(errorCode(ZipReader::open(ZipBuilder().add(bzip2).build())), u"zip.unsupported"_s);
        QByteArray multiDisk = ZipBuilder().add(u"a"_s, "x").build();
        multiDisk.replace(test::endRecordOffset(multiDisk) + 4, 2, ZipBuilder::le16(1));
        QCOMPARE(errorCode(ZipReader::open(multiDisk)), u"zip.unsupported"_s);
    }

    void checksumAndHeaderMismatch()
    {
        ZipItem wrongCrc;
        wrongCrc.name = u"a.bin"_s;
        wrongCrc.data = mixedData(3000);
        wrongCrc.deflate = true;
        wrongCrc.crc = 0x12345678;
        QCOMPARE(readAllError(ZipBuilder().add(wrongCrc).build()), u"zip.checksum"_s);

        // The local header names another file than the directory does.
        QByteArray zip = ZipBuilder().add(u"good.bin"_s, "x").build();
        zip.replace(30, 8, "evil.bin");
        QCOMPARE(errorCode(ZipReader::open(zip)), u"zip.corrupt"_s);
    }

    void overlappingEntriesAreRefused()
    {
        // Entry "a" stores, as its data, a complete local header and data of "b";
        // the directory lists both: the same bytes would be read twice.
        const QByteArray inner = ZipBuilder().add(u"b"_s, "inner").build();
        const qsizetype innerLocalSize = 30 + 1 + 5;
        ZipItem a;
        a.name = u"a"_s;
        a.data = inner.left(innerLocalSize);
        ZipItem b;
        b.name = u"b"_s;
        b.data = "inner";
        b.packed = QByteArray(); // nothing of its own
        b.compressedSize = 5;
        b.uncompressedSize = 5;
        b.localOffset = 30 + 1; // inside "a"'s data
        ZipBuilder builder;
        builder.add(a).add(b);
        const Result<ZipReader> reader = ZipReader::open(builder.build());
        QCOMPARE(errorCode(reader), u"zip.corrupt"_s);
        QCOMPARE(reader.error().detail(), u"two entries share bytes"_s);
    }
};

QTEST_GUILESS_MAIN(tst_ZipReader)
#include "tst_ZipReader.moc"
