// CBOR byte vectors are written out by hand from RFC 8949 §3 (major type in the top
// three bits, argument in the low five) and commented item by item.

#include "smp/SmpCbor.h"
#include "smp/SmpMessage.h"

#include <QCborArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::smp;

namespace {
template<typename T> QString codeOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().code();
}

// A V1 write response (op 3), group 0, sequence 7, command 0, with `payload` and
// its true length in the header.
QByteArray response(const QByteArray &payload)
{
    QByteArray bytes = QByteArray::fromHex("0300000000000700");
    bytes[2] = char(payload.size() >> 8);
    bytes[3] = char(payload.size() & 0xff);
    return QByteArray(bytes + payload);
}

// {"d": <nested>}: a1 (map of 1), 61 64 ("d"), then `depth` arrays of one element
// (0x81 each) around the integer 0.
QByteArray nestedArrays(int depth)
{
    return QByteArray(QByteArray::fromHex("a16164") + QByteArray(depth, char(0x81)) + QByteArray(1, '\0'));
}
} // namespace

class TestSmpMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesAnEchoResponse()
    {
        // a1 map(1), 61 72 "r", 62 68 69 "hi"
        const Result<SmpMessage> message = SmpMessage::decode(response(QByteArray::fromHex("a16172626869")));
        QVERIFY(message.ok());
        QCOMPARE(message->header.op, SmpOp::WriteResponse);
        QCOMPARE(message->header.sequence, quint8(7));
        QCOMPARE(message->header.length, quint16(6));
        QCOMPARE(message->payload.value(u"r"_s).toString(), u"hi"_s);
    }

    void roundTripsEveryValueKind()
    {
        SmpMessage message;
        message.header.op = SmpOp::ReadResponse;
        message.header.group = 1;
        message.header.sequence = 200;
        message.payload.insert(u"text"_s, u"پاسبان"_s);
        message.payload.insert(u"bytes"_s, QByteArray("\x00\xff\x10", 3));
        message.payload.insert(u"negative"_s, -70000);
        message.payload.insert(u"big"_s, qint64(1) << 40);
        message.payload.insert(u"flag"_s, true);
        message.payload.insert(u"list"_s, QCborArray {1, u"two"_s, QCborMap {{u"three"_s, 3}}});
        const Result<QByteArray> encoded = message.encode();
        QVERIFY(encoded.ok());
        QCOMPARE(quint16(quint8((*encoded)[2]) << 8 | quint8((*encoded)[3])), quint16(encoded->size() - 8));

        const Result<SmpMessage> decoded = SmpMessage::decode(*encoded);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->header.group, quint16(1));
        QCOMPARE(decoded->header.sequence, quint8(200));
        QCOMPARE(decoded->header.length, quint16(encoded->size() - 8));
        QCOMPARE(decoded->payload, message.payload);
    }

    void lengthMustMatchThePayload()
    {
        QByteArray bytes = response(QByteArray::fromHex("a16172626869"));
        QCOMPARE(codeOf(SmpMessage::decode(bytes.chopped(1))), u"smp.length_mismatch"_s);
        QCOMPARE(codeOf(SmpMessage::decode(QByteArray(bytes + '\0'))), u"smp.length_mismatch"_s);
        QCOMPARE(codeOf(SmpMessage::decode(bytes.first(7))), u"smp.bad_header"_s);
    }

    void payloadMustBeOneWellFormedMap_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array, not map") << QByteArray::fromHex("80");
        QTest::newRow("integer, not map") << QByteArray::fromHex("01");
        QTest::newRow("map then another byte") << QByteArray::fromHex("a1616400"
                                                                      "00");
        QTest::newRow("truncated: key without value") << QByteArray::fromHex("a16164");
        QTest::newRow("stray break") << QByteArray::fromHex("a16164ff");
        QTest::newRow("indefinite map with odd items") << QByteArray::fromHex("bf6164ff");
        QTest::newRow("invalid UTF-8 value") << QByteArray::fromHex("a1616462fffe");
        QTest::newRow("invalid UTF-8 key") << QByteArray::fromHex("a162fffe00");
        QTest::newRow("string longer than the data") << QByteArray::fromHex("a161645b00000000ffffffff");
        // 9b: array with a 64-bit count; bb: map with a 64-bit count.
        QTest::newRow("array claims 2^64-1 elements") << QByteArray::fromHex("a161649bffffffffffffffff");
        QTest::newRow("map claims 2^64-1 pairs") << QByteArray::fromHex("a16164bbffffffffffffffff");
        QTest::newRow("array claims more than the bytes") << QByteArray::fromHex("a161649900100000");
        QTest::newRow("duplicate key") << QByteArray::fromHex("a26272630062726305");
        QTest::newRow("duplicate key nested") << QByteArray::fromHex("a16164a2616100616101");
        // Keys that are not text or integers: two NaNs with different payloads
        // (a fuzzer's find: distinct as read, the same NaN once written again),
        // a float, a date-time tag, a nested map with a byte-string key.
        QTest::newRow("NaN keys") << QByteArray::fromHex("a2fb7ff800000000000100fb7ff800000000000200");
        QTest::newRow("float key") << QByteArray::fromHex("a1f93c0000");
        QTest::newRow("date-time key") << QByteArray::fromHex("a1c10000");
        QTest::newRow("byte-string key nested") << QByteArray::fromHex("a16164a1416100");
        QTest::newRow("16 nested arrays") << nestedArrays(16);
        QTest::newRow("1000 nested arrays") << nestedArrays(1000);
        QTest::newRow("1000 nested tags")
            << QByteArray(QByteArray::fromHex("a16164") + QByteArray(1000, char(0xc1)) + QByteArray(1, '\0'));
    }
    void payloadMustBeOneWellFormedMap()
    {
        QFETCH(QByteArray, payload);
        QCOMPARE(codeOf(SmpMessage::decode(response(payload))), u"smp.bad_payload"_s);
    }

    void limitsLeaveRoomForRealMessages()
    {
        // The deepest nesting allowed: 15 arrays inside the top-level map.
        QVERIFY(SmpMessage::decode(response(nestedArrays(15))).ok());
        // Integer keys are allowed: {1: 0, "d": 0}.
        QVERIFY(SmpMessage::decode(response(QByteArray::fromHex("a20100616400"))).ok());
        // Indefinite-length map {"d": 0}: bf ... ff.
        QVERIFY(SmpMessage::decode(response(QByteArray::fromHex("bf616400ff"))).ok());
        // {"d": [4000 zeros]}: 99 0f a0 = array of 4000 — under the item limit.
        const QByteArray many = QByteArray(QByteArray::fromHex("a16164990fa0") + QByteArray(4000, '\0'));
        const Result<SmpMessage> message = SmpMessage::decode(response(many));
        QVERIFY(message.ok());
        QCOMPARE(message->payload.value(u"d"_s).toArray().size(), 4000);
    }

    void tooManyItemsAreRefused()
    {
        // 99 13 88 = array of 5000 zeros: more than SmpCbor::MaxItems.
        const QByteArray many = QByteArray(QByteArray::fromHex("a16164991388") + QByteArray(5000, '\0'));
        QVERIFY(5000 > SmpCbor::MaxItems);
        QCOMPARE(codeOf(SmpMessage::decode(response(many))), u"smp.bad_payload"_s);
    }

    void encodeRefusesAPayloadLargerThanTheLengthField()
    {
        SmpMessage message;
        message.payload.insert(u"data"_s, QByteArray(70000, 'x'));
        QCOMPARE(codeOf(message.encode()), u"smp.message_too_large"_s);
        message.payload.insert(u"data"_s, QByteArray(65000, 'x'));
        QVERIFY(message.encode().ok());
    }
};

QTEST_GUILESS_MAIN(TestSmpMessage)
#include "tst_SmpMessage.moc"
