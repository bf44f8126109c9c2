// Header layout from REFERENCE.md §2 (Zephyr's struct smp_hdr): byte 0 holds
// reserved(3) | version(2) | op(3), then flags, length (BE), group (BE), sequence,
// command.

#include "smp/SmpHeader.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::smp;

Q_DECLARE_METATYPE(pasban::smp::SmpOp)
Q_DECLARE_METATYPE(pasban::smp::SmpVersion)

namespace {
template<typename T> QString codeOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().code();
}
} // namespace

class TestSmpHeader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodesFieldsBigEndian()
    {
        SmpHeader header;
        header.op = SmpOp::Write;
        header.version = SmpVersion::V2;
        header.flags = 0x5a;
        header.length = 0x1234;
        header.group = 0xabcd;
        header.sequence = 0xfe;
        header.command = 7;
        // op 2 in bits 0-2, version 1 in bits 3-4: 0b000'01'010 = 0x0a.
        QCOMPARE(header.encode(), QByteArray::fromHex("0a5a1234abcdfe07"));
    }

    void roundTripsEveryOpAndVersion_data()
    {
        QTest::addColumn<SmpOp>("op");
        QTest::addColumn<SmpVersion>("version");
        QTest::addColumn<quint8>("firstByte");
        QTest::newRow("read v1") << SmpOp::Read << SmpVersion::V1 << quint8(0x00);
        QTest::newRow("read-rsp v1") << SmpOp::ReadResponse << SmpVersion::V1 << quint8(0x01);
        QTest::newRow("write v1") << SmpOp::Write << SmpVersion::V1 << quint8(0x02);
        QTest::newRow("write-rsp v1") << SmpOp::WriteResponse << SmpVersion::V1 << quint8(0x03);
        QTest::newRow("read v2") << SmpOp::Read << SmpVersion::V2 << quint8(0x08);
        QTest::newRow("write-rsp v2") << SmpOp::WriteResponse << SmpVersion::V2 << quint8(0x0b);
    }
    void roundTripsEveryOpAndVersion()
    {
        QFETCH(SmpOp, op);
        QFETCH(SmpVersion, version);
        QFETCH(quint8, firstByte);
        SmpHeader header;
        header.op = op;
        header.version = version;
        header.length = 300;
        header.group = 63;
        header.sequence = 255;
        header.command = 8;
        const QByteArray bytes = header.encode();
        QCOMPARE(bytes.size(), SmpHeader::Size);
        QCOMPARE(quint8(bytes[0]), firstByte);
        const Result<SmpHeader> decoded = SmpHeader::decode(bytes);
        QVERIFY(decoded.ok());
        QCOMPARE(*decoded, header);
    }

    void decodeReadsOnlyTheFirstEightBytes()
    {
        const Result<SmpHeader> decoded = SmpHeader::decode(QByteArray::fromHex("0300000600000700a16172626869"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->op, SmpOp::WriteResponse);
        QCOMPARE(decoded->version, SmpVersion::V1);
        QCOMPARE(decoded->length, quint16(6));
        QCOMPARE(decoded->group, quint16(0));
        QCOMPARE(decoded->sequence, quint8(7));
        QCOMPARE(decoded->command, quint8(0));
        QVERIFY(decoded->isResponse());
    }

    void shortInputIsRefused()
    {
        const QByteArray full = QByteArray::fromHex("0a00000100000000");
        for (qsizetype size = 0; size < SmpHeader::Size; ++size)
            QCOMPARE(codeOf(SmpHeader::decode(full.first(size))), u"smp.bad_header"_s);
    }

    void undefinedBitsAreRefused_data()
    {
        QTest::addColumn<quint8>("firstByte");
        QTest::newRow("reserved bit 5") << quint8(0x20);
        QTest::newRow("reserved bit 7") << quint8(0x82);
        QTest::newRow("version 2") << quint8(0x10);
        QTest::newRow("version 3") << quint8(0x18);
        QTest::newRow("op 4") << quint8(0x04);
        QTest::newRow("op 7") << quint8(0x0f);
    }
    void undefinedBitsAreRefused()
    {
        QFETCH(quint8, firstByte);
        QByteArray bytes = QByteArray::fromHex("0000000100000000");
        bytes[0] = char(firstByte);
        QCOMPARE(codeOf(SmpHeader::decode(bytes)), u"smp.bad_header"_s);
    }

    void requestsAreNotResponses()
    {
        SmpHeader header;
        header.op = SmpOp::Read;
        QVERIFY(!header.isResponse());
        header.op = SmpOp::Write;
        QVERIFY(!header.isResponse());
        header.op = SmpOp::ReadResponse;
        QVERIFY(header.isResponse());
    }
};

QTEST_GUILESS_MAIN(TestSmpHeader)
#include "tst_SmpHeader.moc"
