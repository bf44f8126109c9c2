// Framing from REFERENCE.md §2 and Zephyr's serial_util.c. The CRC check value is
// the catalogue's (CRC-16/XMODEM: "123456789" -> 0x31C3); the echo vector below was
// computed independently with Python's binascii.crc_hqx (the same CRC) and base64.

#include "smp/Crc16.h"
#include "smp/SmpSerialFraming.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::smp;

namespace {
template<typename T> QString codeOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().code();
}

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 131 + 17) & 0xff);
    return bytes;
}
} // namespace

class TestSmpSerialFraming : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void crcCheckValue()
    {
        QCOMPARE(crc16Xmodem("123456789"), quint16(0x31c3));
        QCOMPARE(crc16Xmodem({}), quint16(0));
        // A message followed by its own CRC (big-endian) leaves remainder 0.
        QCOMPARE(crc16Xmodem(QByteArray("123456789\x31\xc3")), quint16(0));
    }

    void crcContinuesAcrossPieces()
    {
        const QByteArray data = pattern(1000);
        QCOMPARE(crc16Xmodem(data.sliced(300), crc16Xmodem(data.first(300))), crc16Xmodem(data));
    }

    void echoVector()
    {
        // V1 echo request "hi": 02 00 00 06 00 00 00 00 a1 61 64 62 68 69; length field
        // 0x0010 = 14 + 2; CRC 0x0917.
        const QByteArray packet = QByteArray::fromHex("0200000600000000a16164626869");
        const Result<QByteArray> framed = SmpSerialFraming::encode(packet);
        QVERIFY(framed.ok());
        QCOMPARE(*framed,
                 QByteArray("\x06\x09"
                            "ABACAAAGAAAAAKFhZGJoaQkX\n"));
    }

    void framesStayWithinTheLineLimit_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::newRow("1 byte") << qsizetype(1);
        QTest::newRow("89 bytes: stream fills one frame exactly") << qsizetype(89);
        QTest::newRow("90 bytes") << qsizetype(90);
        QTest::newRow("100 bytes") << qsizetype(100);
        QTest::newRow("5000 bytes") << qsizetype(5000);
        QTest::newRow("largest") << SmpSerialFraming::MaxPacketSize;
    }
    void framesStayWithinTheLineLimit()
    {
        QFETCH(qsizetype, size);
        const QByteArray packet = pattern(size);
        const Result<QList<QByteArray>> frames = SmpSerialFraming::encodeFrames(packet);
        QVERIFY(frames.ok());
        // 2 length bytes + packet + 2 CRC bytes, 93 raw bytes per line.
        QCOMPARE(frames->size(), (size + 4 + 92) / 93);

        QByteArray stream;
        for (qsizetype i = 0; i < frames->size(); ++i) {
            const QByteArray &frame = frames->at(i);
            QVERIFY(frame.size() <= 127);
            QVERIFY(frame.endsWith('\n'));
            QCOMPARE(frame.first(2), i == 0 ? QByteArray("\x06\x09") : QByteArray("\x04\x14"));
            const QByteArray body = frame.sliced(2, frame.size() - 3);
            QCOMPARE(body.size() % 4, 0);
            const auto decoded = QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
            QVERIFY(decoded);
            stream.append(decoded.decoded);
        }
        QCOMPARE(stream.size(), size + 4);
        QCOMPARE(qsizetype(quint8(stream[0]) << 8 | quint8(stream[1])), size + 2);
        QCOMPARE(stream.sliced(2, size), packet);
        const quint16 crc = crc16Xmodem(packet);
        QCOMPARE(quint8(stream[size + 2]), quint8(crc >> 8));
        QCOMPARE(quint8(stream[size + 3]), quint8(crc & 0xff));
    }

    void packetsThatCannotBeFramedAreRefused()
    {
        QCOMPARE(codeOf(SmpSerialFraming::encode({})), u"smp.serial_packet_size"_s);
        QCOMPARE(codeOf(SmpSerialFraming::encode(pattern(SmpSerialFraming::MaxPacketSize + 1))),
                 u"smp.serial_packet_size"_s);
    }
};

QTEST_GUILESS_MAIN(TestSmpSerialFraming)
#include "tst_SmpSerialFraming.moc"
