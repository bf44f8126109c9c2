// Expected bytes are worked out by hand: the SMP header from REFERENCE.md §2, the
// CBOR from RFC 8949 §3 (a1 = map of 1, 6n = text of n bytes, 58 20 = byte string
// of 32, 19 xx xx = 16-bit unsigned, f4/f5 = false/true). Field names and types are
// the ones Zephyr's handlers decode (os_mgmt.c, img_mgmt.c); "force" is a boolean
// there.

#include "smp/SmpIds.h"
#include "smp/SmpRequests.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::smp;

namespace {
template<typename T> QString codeOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().code();
}

QByteArray bytesOf(const SmpMessage &message)
{
    const Result<QByteArray> encoded = message.encode();
    return encoded.ok() ? *encoded : QByteArray();
}

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + 3) & 0xff);
    return bytes;
}
} // namespace

class TestSmpRequests : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodingVectors_data()
    {
        QTest::addColumn<QByteArray>("actual");
        QTest::addColumn<QByteArray>("expected");
        // 0a = version 1 (v2) | op 2 (write); 08 = v2 | op 0 (read).
        QTest::newRow("echo hi") << bytesOf(SmpRequests::echo(u"hi"_s))
                                 << hex("0a00000600000000"
                                        "a1 6164 626869");
        QTest::newRow("reset") << bytesOf(SmpRequests::reset())
                               << hex("0a00000100000005"
                                      "a0");
        QTest::newRow("reset force") << bytesOf(SmpRequests::reset(true))
                                     << hex("0a00000800000005"
                                            "a1 65666f726365 f5");
        QTest::newRow("params") << bytesOf(SmpRequests::parameters())
                                << hex("0800000100000006"
                                       "a0");
        QTest::newRow("os info") << bytesOf(SmpRequests::osInfo())
                                 << hex("0800000100000007"
                                        "a0");
        QTest::newRow("os info s") << bytesOf(SmpRequests::osInfo(u"s"_s))
                                   << hex("0800000a00000007"
                                          "a1 66666f726d6174 6173");
        QTest::newRow("bootloader") << bytesOf(SmpRequests::bootloaderInfo())
                                    << hex("0800000100000008"
                                           "a0");
        QTest::newRow("bootloader mode") << bytesOf(SmpRequests::bootloaderInfo(u"mode"_s))
                                         << hex("0800000c00000008"
                                                "a1 657175657279 646d6f6465");
        QTest::newRow("image list") << bytesOf(SmpRequests::imageStateRead())
                                    << hex("0800000100010000"
                                           "a0");
        QTest::newRow("test image") << bytesOf(SmpRequests::imageStateWrite(QByteArray(32, '\x11'), false))
                                    << QByteArray(hex("0a00003100010000"
                                                      "a2 6468617368 5820")
                                                  + QByteArray(32, '\x11') + hex("67636f6e6669726d f4"));
        QTest::newRow("confirm running") << bytesOf(SmpRequests::imageStateWrite({}, true))
                                         << hex("0a00000a00010000"
                                                "a1 67636f6e6669726d f5");

        UploadChunk first;
        first.offset = 0;
        first.data = hex("010203");
        first.totalLength = 1000;
        first.sha = QByteArray(32, '\xab');
        first.image = 1;
        first.upgrade = true;
        QTest::newRow("upload first chunk") << bytesOf(SmpRequests::imageUpload(first))
                                            << QByteArray(hex("0a00004c00010001"
                                                              "a6"
                                                              "65696d616765 01" // "image": 1
                                                              "636c656e 1903e8" // "len": 1000
                                                              "636f6666 00" // "off": 0
                                                              "63736861 5820")
                                                          + QByteArray(32, '\xab')
                                                          + hex("6775706772616465 f5" // "upgrade": true
                                                                "6464617461 43010203")); // "data": h'010203'

        // The session fields are not repeated after offset 0.
        UploadChunk later = first;
        later.offset = 512;
        later.data = hex("0405");
        QTest::newRow("upload later chunk") << bytesOf(SmpRequests::imageUpload(later))
                                            << hex("0a00001000010001"
                                                   "a2 636f6666 190200 6464617461 420405");
    }
    void encodingVectors()
    {
        QFETCH(QByteArray, actual);
        QFETCH(QByteArray, expected);
        QCOMPARE(actual.toHex(' '), expected.toHex(' '));
    }

    void v1HeaderIsOneBitAway()
    {
        SmpMessage echo = SmpRequests::echo(u"hi"_s);
        echo.header.version = SmpVersion::V1;
        echo.header.sequence = 42;
        QCOMPARE(bytesOf(echo),
                 hex("0200000600002a00"
                     "a16164626869"));
    }

    void uploadCapacityIsExactForManyLimits_data()
    {
        QTest::addColumn<quint32>("offset");
        QTest::addColumn<bool>("firstChunkFields");
        QTest::newRow("first chunk") << quint32(0) << true;
        QTest::newRow("first chunk, bare") << quint32(0) << false;
        QTest::newRow("offset 23") << quint32(23) << false;
        QTest::newRow("offset 24") << quint32(24) << false;
        QTest::newRow("offset 65536") << quint32(65536) << false;
        QTest::newRow("offset 2^32-1") << quint32(0xffffffff) << false;
    }
    void uploadCapacityIsExactForManyLimits()
    {
        QFETCH(quint32, offset);
        QFETCH(bool, firstChunkFields);
        UploadChunk chunk;
        chunk.offset = offset;
        chunk.totalLength = 0x12345678;
        if (firstChunkFields) {
            chunk.sha = QByteArray(32, '\x5a');
            chunk.image = 2;
            chunk.upgrade = true;
        }
        QList<qsizetype> limits;
        for (qsizetype limit = 1; limit <= 700; ++limit) // every byte across the 1/2/3-byte data heads
            limits.append(limit);
        limits << 1024 << 2475 << 4096 << 65000 << 65543 << 65544 << 100000;

        for (const qsizetype limit : limits) {
            const qsizetype capacity = SmpRequests::uploadCapacity(chunk, limit);
            QVERIFY(capacity >= 0);
            if (capacity > 0) {
                chunk.data = QByteArray(capacity, 'x');
                const Result<QByteArray> fits = SmpRequests::imageUpload(chunk).encode();
                QVERIFY2(fits.ok() && fits->size() <= limit, qPrintable(u"limit %1"_s.arg(limit)));
            }
            // One byte more must not fit: the capacity is the largest that does.
            chunk.data = QByteArray(capacity + 1, 'x');
            const Result<QByteArray> tooMuch = SmpRequests::imageUpload(chunk).encode();
            QVERIFY2(!tooMuch.ok() || tooMuch->size() > limit, qPrintable(u"limit %1"_s.arg(limit)));
        }
    }

    void nextUploadCoversTheFileInOrder()
    {
        const QByteArray file = pattern(5000);
        UploadChunk session;
        session.sha = QCryptographicHash::hash(file, QCryptographicHash::Sha256);
        const qsizetype limit = 256;

        QByteArray received;
        quint32 offset = 0;
        int requests = 0;
        while (offset < file.size()) {
            const Result<SmpMessage> request = SmpRequests::nextUpload(file, offset, session, limit);
            QVERIFY(request.ok());
            const Result<QByteArray> encoded = request->encode();
            QVERIFY(encoded.ok());
            QVERIFY(encoded->size() <= limit);
            QCOMPARE(request->header.group, Group::Image);
            QCOMPARE(request->header.command, ImageCommand::Upload);
            const QCborMap &payload = request->payload;
            QCOMPARE(payload.value(u"off"_s).toInteger(), qint64(offset));
            QCOMPARE(payload.contains(u"len"_s), offset == 0);
            QCOMPARE(payload.contains(u"sha"_s), offset == 0);
            if (offset == 0) {
                QCOMPARE(payload.value(u"len"_s).toInteger(), qint64(file.size()));
                QCOMPARE(payload.value(u"sha"_s).toByteArray(), session.sha);
            }
            const QByteArray data = payload.value(u"data"_s).toByteArray();
            QVERIFY(!data.isEmpty());
            received.append(data);
            offset += quint32(data.size());
            ++requests;
        }
        QCOMPARE(received, file);
        QVERIFY(requests > 20); // ~220 data bytes per 256-byte message
    }

    void nextUploadRefusesImpossibleRequests()
    {
        const QByteArray file = pattern(100);
        QCOMPARE(codeOf(SmpRequests::nextUpload(file, 100, {}, 256)), u"smp.upload_offset"_s);
        QCOMPARE(codeOf(SmpRequests::nextUpload(file, 5000, {}, 256)), u"smp.upload_offset"_s);
        QCOMPARE(codeOf(SmpRequests::nextUpload(file, 0, {}, 20)), u"smp.upload_buffer_too_small"_s);
        QCOMPARE(codeOf(SmpRequests::nextUpload(file, 0, {}, 40)), QString());
    }
};

QTEST_GUILESS_MAIN(TestSmpRequests)
#include "tst_SmpRequests.moc"
