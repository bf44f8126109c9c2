// The decoder is fed frames from SmpSerialFraming (whose bytes tst_SmpSerialFraming
// checks against an independent vector) and hand-built frames for the faults.

#include "smp/Crc16.h"
#include "smp/SmpSerialDecoder.h"
#include "smp/SmpSerialFraming.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::smp;

namespace {
QByteArray pattern(qsizetype size, int seed = 0)
{
    QByteArray bytes(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 131 + 17 + seed) & 0xff);
    return bytes;
}

QByteArray framed(const QByteArray &packet)
{
    const Result<QByteArray> bytes = SmpSerialFraming::encode(packet);
    return bytes.ok() ? *bytes : QByteArray();
}

// Frames an arbitrary decoded stream (length field and CRC included by the caller),
// so tests can send lies.
QByteArray frameStream(const QByteArray &stream)
{
    QByteArray out;
    for (qsizetype offset = 0; offset < stream.size(); offset += SmpSerialFraming::RawBytesPerFrame) {
        out.append(offset == 0 ? "\x06\x09" : "\x04\x14");
        out.append(stream.mid(offset, SmpSerialFraming::RawBytesPerFrame).toBase64());
        out.append('\n');
    }
    return out;
}

QByteArray streamFor(const QByteArray &packet, quint16 crc)
{
    const quint16 length = quint16(packet.size() + 2);
    QByteArray stream;
    stream.append(char(length >> 8)).append(char(length & 0xff)).append(packet);
    stream.append(char(crc >> 8)).append(char(crc & 0xff));
    return stream;
}

QStringList describe(const QList<Result<QByteArray>> &results)
{
    QStringList out;
    for (const Result<QByteArray> &result : results)
        out.append(result.ok() ? u"packet %1"_s.arg(result->size()) : result.error().code());
    return out;
}

QList<Result<QByteArray>> feedInChunks(SmpSerialDecoder &decoder, const QByteArray &bytes, QRandomGenerator &random)
{
    QList<Result<QByteArray>> results;
    qsizetype offset = 0;
    while (offset < bytes.size()) {
        const qsizetype chunk = std::min<qsizetype>(random.bounded(1, 300), bytes.size() - offset);
        results.append(decoder.feed(QByteArrayView(bytes).sliced(offset, chunk)));
        offset += chunk;
    }
    return results;
}
} // namespace

class TestSmpSerialDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::newRow("1 byte") << qsizetype(1);
        QTest::newRow("100 bytes") << qsizetype(100);
        QTest::newRow("5000 bytes") << qsizetype(5000);
    }
    void roundTrip()
    {
        QFETCH(qsizetype, size);
        const QByteArray packet = pattern(size);
        const QByteArray bytes = framed(packet);

        SmpSerialDecoder whole;
        const QList<Result<QByteArray>> all = whole.feed(bytes);
        QCOMPARE(describe(all), QStringList {u"packet %1"_s.arg(size)});
        QCOMPARE(*all[0], packet);
        QVERIFY(!whole.isInsidePacket());

        // Nothing comes out until the final newline.
        SmpSerialDecoder byByte;
        for (qsizetype i = 0; i + 1 < bytes.size(); ++i)
            QVERIFY(byByte.feed(QByteArrayView(bytes).sliced(i, 1)).isEmpty());
        const QList<Result<QByteArray>> results = byByte.feed(QByteArrayView(bytes).last(1));
        QCOMPARE(describe(results), QStringList {u"packet %1"_s.arg(size)});
        QCOMPARE(*results[0], packet);
    }

    void randomChunksWithSeveralPackets()
    {
        QRandomGenerator random(20261128);
        QByteArray bytes;
        QList<QByteArray> packets;
        for (int i = 0; i < 20; ++i) {
            packets.append(pattern(random.bounded(1, 3000), i));
            bytes.append(framed(packets.last()));
        }
        SmpSerialDecoder decoder;
        const QList<Result<QByteArray>> results = feedInChunks(decoder, bytes, random);
        QCOMPARE(results.size(), packets.size());
        for (qsizetype i = 0; i < packets.size(); ++i) {
            QVERIFY(results[i].ok());
            QCOMPARE(*results[i], packets[i]);
        }
    }

    void logLinesBetweenFramesAreSkipped()
    {
        const QByteArray packet = pattern(500);
        const Result<QList<QByteArray>> frames = SmpSerialFraming::encodeFrames(packet);
        QVERIFY(frames.ok() && frames->size() > 3);
        // Zephyr log lines, a banner without a newline, and CR LF line ends.
        QByteArray bytes("*** Booting Zephyr OS build v3.6.0 ***\r\n[00:00:00.012,000] <inf> app: started\r\n");
        bytes.append("partial line with no end");
        for (qsizetype i = 0; i < frames->size(); ++i) {
            QByteArray frame = frames->at(i);
            if (i == 1)
                frame.insert(frame.size() - 1, '\r'); // CR LF after a frame
            bytes.append(frame);
            bytes.append("[00:00:01.000,000] <wrn> bt_hci_core: opcode 0x0c03 status 0x0c\n");
        }
        bytes.append(framed(pattern(10)));
        QRandomGenerator random(7);
        SmpSerialDecoder decoder;
        const QList<Result<QByteArray>> results = feedInChunks(decoder, bytes, random);
        QCOMPARE(describe(results), (QStringList {u"packet 500"_s, u"packet 10"_s}));
        QCOMPARE(*results[0], packet);
    }

    void badCrcIsRejectedThenDecodingResumes()
    {
        const QByteArray packet = pattern(200);
        QByteArray bytes = frameStream(streamFor(packet, quint16(crc16Xmodem(packet) ^ 0x0100)));
        bytes.append(framed(pattern(50)));
        SmpSerialDecoder decoder;
        const QList<Result<QByteArray>> results = decoder.feed(bytes);
        QCOMPARE(describe(results), (QStringList {u"smp.serial_bad_crc"_s, u"packet 50"_s}));
        QCOMPARE(*results[1], pattern(50));
    }

    void damagedFramesAreReportedOnce_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        const QByteArray good = framed(pattern(300));
        QByteArray badCharacter = good;
        badCharacter[10] = '*';
        QTest::newRow("character outside base64") << badCharacter << u"smp.serial_bad_base64"_s;
        QByteArray cutShort = good;
        cutShort.remove(20, 1); // body no longer a multiple of 4
        QTest::newRow("base64 length") << cutShort << u"smp.serial_bad_base64"_s;
        QTest::newRow("padding in the middle") << QByteArray("\x06\x09"
                                                             "AA==AAAA\n")
                                               << u"smp.serial_bad_base64"_s;
        QTest::newRow("empty first frame") << QByteArray("\x06\x09\n") << u"smp.serial_bad_base64"_s;
        // Length field 0x0010 says 14 + 2 bytes, but 20 + 2 follow in the same frame.
        QByteArray longer = streamFor(pattern(20), crc16Xmodem(pattern(20)));
        longer[1] = char(0x10);
        QTest::newRow("more data than the length") << frameStream(longer) << u"smp.serial_length_mismatch"_s;
        QTest::newRow("length below packet + CRC")
            << frameStream(QByteArray::fromHex("0002aabb")) << u"smp.serial_length_mismatch"_s;
        QTest::newRow("first frame of one byte")
            << QByteArray(QByteArray("\x06\x09") + QByteArray("\x01").toBase64() + '\n')
            << u"smp.serial_length_mismatch"_s;
        QTest::newRow("line too long") << QByteArray(QByteArray("\x06\x09") + QByteArray(2000, 'A') + '\n')
                                       << u"smp.serial_bad_frame"_s;
        // A new first frame while a packet is still incomplete.
        const Result<QList<QByteArray>> frames = SmpSerialFraming::encodeFrames(pattern(300));
        QTest::newRow("packet cut off by a new one") << frames->at(0) << u"smp.serial_length_mismatch"_s;
    }
    void damagedFramesAreReportedOnce()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        const QByteArray next = framed(pattern(40));
        SmpSerialDecoder decoder;
        const QList<Result<QByteArray>> results = decoder.feed(QByteArray(bytes + next));
        QCOMPARE(describe(results), (QStringList {code, u"packet 40"_s}));
        QCOMPARE(*results.last(), pattern(40));
    }

    void oversizePacketIsRefusedAndItsRestSkipped()
    {
        SmpSerialDecoder decoder(100);
        QByteArray bytes = framed(pattern(5000));
        bytes.append(framed(pattern(100)));
        bytes.append(framed(pattern(101)));
        const QList<Result<QByteArray>> results = decoder.feed(bytes);
        QCOMPARE(describe(results),
                 (QStringList {u"smp.serial_oversize"_s, u"packet 100"_s, u"smp.serial_oversize"_s}));
        QCOMPARE(results[0].error().arguments(), QStringList {u"5000"_s});
    }

    void continuationWithoutStartIsIgnored()
    {
        const Result<QList<QByteArray>> frames = SmpSerialFraming::encodeFrames(pattern(400));
        QVERIFY(frames.ok());
        SmpSerialDecoder decoder;
        // Joined mid-packet: the tail of one packet, then a whole one.
        QByteArray bytes;
        for (qsizetype i = 1; i < frames->size(); ++i)
            bytes.append(frames->at(i));
        bytes.append(framed(pattern(7)));
        QCOMPARE(describe(decoder.feed(bytes)), QStringList {u"packet 7"_s});
    }

    void resetForgetsAPartialPacket()
    {
        const Result<QList<QByteArray>> frames = SmpSerialFraming::encodeFrames(pattern(400));
        QVERIFY(frames.ok());
        SmpSerialDecoder decoder;
        QVERIFY(decoder.feed(frames->at(0)).isEmpty());
        QVERIFY(decoder.isInsidePacket());
        decoder.reset();
        QVERIFY(!decoder.isInsidePacket());
        // The rest of that packet is now just continuation noise.
        QVERIFY(decoder.feed(QByteArray(frames->at(1) + frames->at(2))).isEmpty());
        QCOMPARE(describe(decoder.feed(framed(pattern(3)))), QStringList {u"packet 3"_s});
    }
};

QTEST_GUILESS_MAIN(TestSmpSerialDecoder)
#include "tst_SmpSerialDecoder.moc"
