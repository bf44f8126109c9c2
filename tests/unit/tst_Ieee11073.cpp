#include "health/ByteReader.h"
#include "health/DeviceDateTime.h"
#include "health/Ieee11073.h"
#include "health/MedicalFloat.h"

#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace pasban::health;

using Kind = MedicalFloat::Kind;

// Vectors are worked out by hand from IEEE 11073-20601 Annex F.8 as restated in
// the Bluetooth GATT Specification Supplement (medfloat16 / medfloat32):
// value = mantissa × 10^exponent, exponent and mantissa two's-complement.
class TestIeee11073 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sfloatSpecials_data()
    {
        QTest::addColumn<quint16>("raw");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("machine");
        QTest::newRow("NaN 0x07FF") << quint16(0x07FF) << Kind::NaN << u"not a number"_s << u"NaN"_s;
        QTest::newRow("NRes 0x0800") << quint16(0x0800) << Kind::NRes << u"not at this resolution"_s << u"NRes"_s;
        QTest::newRow("+INF 0x07FE") << quint16(0x07FE) << Kind::PositiveInfinity << u"+infinity"_s << u"+INF"_s;
        QTest::newRow("-INF 0x0802") << quint16(0x0802) << Kind::NegativeInfinity << u"−infinity"_s << u"-INF"_s;
        QTest::newRow("reserved 0x0801") << quint16(0x0801) << Kind::Reserved << u"reserved value"_s << u"reserved"_s;
    }
    void sfloatSpecials()
    {
        QFETCH(quint16, raw);
        QFETCH(Kind, kind);
        QFETCH(QString, name);
        QFETCH(QString, machine);
        const MedicalFloat value = decodeSfloat(raw);
        QCOMPARE(value.kind(), kind);
        QVERIFY(!value.isFinite());
        // Shown as words, never as a number (UX rule), and each special its own words.
        QCOMPARE(value.toString(QLocale::c()), name);
        QCOMPARE(value.toMachineString(), machine);
        QCOMPARE(encodeSfloat(value), std::optional<quint16>(raw));
    }

    void specialsAreDistinctAsDoubles()
    {
        QVERIFY(std::isnan(decodeSfloat(0x07FF).toDouble()));
        QVERIFY(std::isnan(decodeSfloat(0x0800).toDouble()));
        QVERIFY(std::isnan(decodeSfloat(0x0801).toDouble()));
        QVERIFY(std::isinf(decodeSfloat(0x07FE).toDouble()) && decodeSfloat(0x07FE).toDouble() > 0);
        QVERIFY(std::isinf(decodeSfloat(0x0802).toDouble()) && decodeSfloat(0x0802).toDouble() < 0);
        // The doubles collapse NaN, NRes and reserved; the values must not.
        QVERIFY(decodeSfloat(0x07FF) != decodeSfloat(0x0800));
        QVERIFY(decodeSfloat(0x0800) != decodeSfloat(0x0801));
        QVERIFY(decodeFloat(0x007FFFFF) != decodeFloat(0x00800000));
    }

    void sfloatNumbers_data()
    {
        QTest::addColumn<quint16>("raw");
        QTest::addColumn<qint64>("mantissa");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<QString>("text");
        // 0xF072: exponent nibble 0xF = −1, mantissa 0x072 = 114 → 114 × 10⁻¹ = 11.4
        QTest::newRow("0xF072 = 11.4") << quint16(0xF072) << qint64(114) << -1 << u"11.4"_s;
        QTest::newRow("0x0072 = 114") << quint16(0x0072) << qint64(114) << 0 << u"114"_s;
        // 0xE16C: exponent 0xE = −2, mantissa 0x16C = 364 → 3.64
        QTest::newRow("0xE16C = 3.64") << quint16(0xE16C) << qint64(364) << -2 << u"3.64"_s;
        // 0xFF9C: exponent −1, mantissa 0xF9C = 3996 − 4096 = −100 → −10.0 (the zero is precision)
        QTest::newRow("0xFF9C = -10.0") << quint16(0xFF9C) << qint64(-100) << -1 << u"-10.0"_s;
        // 0x0FFF: exponent 0, mantissa 0xFFF = −1
        QTest::newRow("0x0FFF = -1") << quint16(0x0FFF) << qint64(-1) << 0 << u"-1"_s;
        // 0x8001: exponent 0x8 = −8 (most negative), mantissa 1
        QTest::newRow("0x8001 = 1e-8") << quint16(0x8001) << qint64(1) << -8 << u"0.00000001"_s;
        // 0x7001: exponent 7 (most positive), mantissa 1
        QTest::newRow("0x7001 = 1e7") << quint16(0x7001) << qint64(1) << 7 << u"10000000"_s;
        // NaN's mantissa with exponent 1 is an ordinary number: the specials are whole codes.
        QTest::newRow("0x17FF = 20470") << quint16(0x17FF) << qint64(2047) << 1 << u"20470"_s;
        // NRes's mantissa (−2048) with exponent −1 is −204.8.
        QTest::newRow("0xF800 = -204.8") << quint16(0xF800) << qint64(-2048) << -1 << u"-204.8"_s;
        QTest::newRow("0x07FD = 2045") << quint16(0x07FD) << qint64(2045) << 0 << u"2045"_s;
        QTest::newRow("0x0803 = -2045") << quint16(0x0803) << qint64(-2045) << 0 << u"-2045"_s;
        QTest::newRow("0x0000 = 0") << quint16(0x0000) << qint64(0) << 0 << u"0"_s;
        // 0xF000: zero with one decimal: "0.0", not "0"
        QTest::newRow("0xF000 = 0.0") << quint16(0xF000) << qint64(0) << -1 << u"0.0"_s;
    }
    void sfloatNumbers()
    {
        QFETCH(quint16, raw);
        QFETCH(qint64, mantissa);
        QFETCH(int, exponent);
        QFETCH(QString, text);
        const MedicalFloat value = decodeSfloat(raw);
        QVERIFY(value.isFinite());
        QCOMPARE(value.mantissa(), mantissa);
        QCOMPARE(value.exponent(), exponent);
        QCOMPARE(value.toString(QLocale::c()), text);
        QCOMPARE(value.toMachineString(), text);
        QCOMPARE(value.toDouble(), text.toDouble());
    }

    void floatSpecials_data()
    {
        QTest::addColumn<quint32>("raw");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("NaN 0x007FFFFF") << quint32(0x007FFFFF) << Kind::NaN;
        QTest::newRow("NRes 0x00800000") << quint32(0x00800000) << Kind::NRes;
        QTest::newRow("+INF 0x007FFFFE") << quint32(0x007FFFFE) << Kind::PositiveInfinity;
        QTest::newRow("-INF 0x00800002") << quint32(0x00800002) << Kind::NegativeInfinity;
        QTest::newRow("reserved 0x00800001") << quint32(0x00800001) << Kind::Reserved;
    }
    void floatSpecials()
    {
        QFETCH(quint32, raw);
        QFETCH(Kind, kind);
        QCOMPARE(decodeFloat(raw).kind(), kind);
        QCOMPARE(encodeFloat(decodeFloat(raw)), std::optional<quint32>(raw));
    }

    void floatNumbers_data()
    {
        QTest::addColumn<quint32>("raw");
        QTest::addColumn<qint64>("mantissa");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<QString>("text");
        // 0xFF00016C: exponent 0xFF = −1, mantissa 0x00016C = 364 → 36.4 (a body temperature)
        QTest::newRow("0xFF00016C = 36.4") << quint32(0xFF00016C) << qint64(364) << -1 << u"36.4"_s;
        // 0xFE000E4E: exponent −2, mantissa 0xE4E = 3662 → 36.62
        QTest::newRow("0xFE000E4E = 36.62") << quint32(0xFE000E4E) << qint64(3662) << -2 << u"36.62"_s;
        // 0x00FFFFFF: exponent 0, mantissa 0xFFFFFF = −1
        QTest::newRow("0x00FFFFFF = -1") << quint32(0x00FFFFFF) << qint64(-1) << 0 << u"-1"_s;
        // 0xFD800000: exponent −3, mantissa 0x800000 = −8388608 (NRes's mantissa, but exponent ≠ 0)
        QTest::newRow("0xFD800000") << quint32(0xFD800000) << qint64(-8388608) << -3 << u"-8388.608"_s;
        QTest::newRow("0x007FFFFD = 8388605") << quint32(0x007FFFFD) << qint64(8388605) << 0 << u"8388605"_s;
        // 0x02000019: exponent 2, mantissa 25 → 2500
        QTest::newRow("0x02000019 = 2500") << quint32(0x02000019) << qint64(25) << 2 << u"2500"_s;
        // The 8-bit exponent's ends: −128 and +127, shown in scientific notation.
        QTest::newRow("0x80000001 = 1e-128") << quint32(0x80000001) << qint64(1) << -128 << u"1e-128"_s;
        QTest::newRow("0x7F00000C = 12e127") << quint32(0x7F00000C) << qint64(12) << 127 << u"1.2e+128"_s;
    }
    void floatNumbers()
    {
        QFETCH(quint32, raw);
        QFETCH(qint64, mantissa);
        QFETCH(int, exponent);
        QFETCH(QString, text);
        const MedicalFloat value = decodeFloat(raw);
        QVERIFY(value.isFinite());
        QCOMPARE(value.mantissa(), mantissa);
        QCOMPARE(value.exponent(), exponent);
        QCOMPARE(value.toMachineString(), text);
        QCOMPARE(value.toDouble(), text.toDouble());
    }

    void everySfloatRoundTrips()
    {
        for (quint32 raw = 0; raw <= 0xFFFF; ++raw) {
            const auto encoded = encodeSfloat(decodeSfloat(quint16(raw)));
            QVERIFY2(encoded && *encoded == raw, qPrintable(u"0x%1"_s.arg(raw, 4, 16, QChar(u'0'))));
        }
    }

    void floatRoundTrips()
    {
        // Every exponent with the mantissa's extremes, zero and a few ordinary ones.
        const quint32 mantissas[] = {0x000000, 0x000001, 0x7FFFFD, 0x7FFFFF, 0x800000, 0x800003, 0xFFFFFF, 0x12345};
        for (quint32 exponent = 0; exponent <= 0xFF; ++exponent) {
            for (const quint32 mantissa : mantissas) {
                const quint32 raw = (exponent << 24) | mantissa;
                const auto encoded = encodeFloat(decodeFloat(raw));
                QVERIFY2(encoded && *encoded == raw, qPrintable(u"0x%1"_s.arg(raw, 8, 16, QChar(u'0'))));
            }
        }
    }

    void encodeNormalisesOnlyWithoutLoss()
    {
        // 20000 does not fit 12 bits; 2000 × 10¹ does: exponent 1, mantissa 0x7D0.
        QCOMPARE(encodeSfloat(MedicalFloat::finite(20000, 0)), std::optional<quint16>(0x17D0));
        // 5 × 10⁹: exponent 9 > 7, so 500 × 10⁷: exponent 7, mantissa 0x1F4.
        QCOMPARE(encodeSfloat(MedicalFloat::finite(5, 9)), std::optional<quint16>(0x71F4));
        // 12345 would need rounding.
        QCOMPARE(encodeSfloat(MedicalFloat::finite(12345, 0)), std::nullopt);
        // 2047 × 10⁰ and 2046 × 10⁰ are the NaN and +INF codes, not numbers.
        QCOMPARE(encodeSfloat(MedicalFloat::finite(2047, 0)), std::nullopt);
        QCOMPARE(encodeSfloat(MedicalFloat::finite(2046, 0)), std::nullopt);
        QCOMPARE(encodeFloat(MedicalFloat::finite(8388607, 0)), std::nullopt);
        // "Measurement unsuccessful" is a Weight Scale value, not an 11073 one.
        QCOMPARE(encodeSfloat(MedicalFloat::special(Kind::Unsuccessful)), std::nullopt);
        QCOMPARE(encodeFloat(MedicalFloat::finite(364, -1)), std::optional<quint32>(0xFF00016C));
    }

    void defaultValueIsNotANumber()
    {
        const MedicalFloat value;
        QCOMPARE(value.kind(), Kind::NaN);
        QCOMPARE(MedicalFloat::special(Kind::Finite).kind(), Kind::NaN);
    }

    void toStringKeepsPrecisionInTheLocalesDigits()
    {
        const MedicalFloat value = MedicalFloat::finite(360, -1);
        QCOMPARE(value.toString(QLocale::c()), u"36.0"_s);
        // Persian: Persian digits and the Arabic decimal separator (U+066B), one decimal kept.
        QCOMPARE(value.toString(QLocale(QLocale::Persian, QLocale::Iran)), u"۳۶٫۰"_s);
        QCOMPARE(MedicalFloat::finite(-1005, -1).toMachineString(), u"-100.5"_s);
        QCOMPARE(MedicalFloat::special(Kind::Unsuccessful).toString(QLocale::c()), u"measurement unsuccessful"_s);
        QCOMPARE(MedicalFloat::special(Kind::Unsuccessful).toMachineString(), u"unsuccessful"_s);
    }

    void byteReaderReadsLittleEndian()
    {
        const QByteArray data = QByteArray::fromHex("0102030405060708090A0BFFFF");
        ByteReader reader(data);
        QCOMPARE(reader.u8(), quint8(0x01));
        QCOMPARE(reader.u16(), quint16(0x0302));
        QCOMPARE(reader.u24(), quint32(0x060504));
        QCOMPARE(reader.u32(), quint32(0x0A090807));
        QCOMPARE(reader.position(), 10);
        QCOMPARE(reader.u8(), quint8(0x0B));
        QCOMPARE(reader.s16(), qint16(-1));
        QVERIFY(reader.atEnd());
        QVERIFY(reader.ok());

        const QByteArray fortyBits = QByteArray::fromHex("EFCDAB8967");
        ByteReader forty(fortyBits);
        QCOMPARE(forty.u40(), quint64(0x6789ABCDEF));
    }

    void byteReaderFailsPastTheEnd()
    {
        const QByteArray data = QByteArray::fromHex("010203");
        ByteReader reader(data);
        QCOMPARE(reader.u16(), quint16(0x0201));
        QCOMPARE(reader.u32(), quint32(0)); // one octet left: nothing read
        QVERIFY(!reader.ok());
        QCOMPARE(reader.position(), 2);
        // Failure sticks: the octet that is there is not read either.
        QCOMPARE(reader.u8(), quint8(0));
        QVERIFY(!reader.ok());

        const QByteArray oneOctet = QByteArray::fromHex("72");
        ByteReader numbers(oneOctet);
        QCOMPARE(numbers.sfloat().kind(), Kind::NaN);
        QVERIFY(!numbers.ok());

        ByteReader empty {QByteArrayView()};
        QCOMPARE(empty.float32().kind(), Kind::NaN);
        QVERIFY(!empty.ok());

        ByteReader view(data);
        QCOMPARE(view.bytes(4), QByteArrayView());
        QVERIFY(!view.ok());
        ByteReader negative(data);
        QCOMPARE(negative.bytes(-1), QByteArrayView());
        QVERIFY(!negative.ok());
    }

    void byteReaderDateTime()
    {
        // 2020 = 0x07E4 → E4 07; March 5, 14:07:09.
        const QByteArray bytes = QByteArray::fromHex("E40703050E0709");
        ByteReader reader(bytes);
        const DeviceDateTime t = reader.dateTime();
        QVERIFY(reader.ok());
        QCOMPARE(t.year, quint16(2020));
        QVERIFY(t.isValid());
        QCOMPARE(t.toIsoString(), u"2020-03-05T14:07:09"_s);

        const QByteArray sixOctets = QByteArray::fromHex("E40703050E07");
        ByteReader shortReader(sixOctets);
        QCOMPARE(shortReader.dateTime(), DeviceDateTime());
        QVERIFY(!shortReader.ok());
        QCOMPARE(shortReader.position(), 0);
    }

    void dateTimeValidity_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("year 0 = not known") << QByteArray::fromHex("00000305000000") << false;
        QTest::newRow("month 0 = not known") << QByteArray::fromHex("E4070005000000") << false;
        QTest::newRow("day 0 = not known") << QByteArray::fromHex("E4070300000000") << false;
        QTest::newRow("month 13") << QByteArray::fromHex("E4070D01000000") << false;
        QTest::newRow("February 30") << QByteArray::fromHex("E407021E000000") << false;
        QTest::newRow("24 h") << QByteArray::fromHex("E4070301180000") << false;
        QTest::newRow("60 s") << QByteArray::fromHex("E407030100003C") << false;
        QTest::newRow("1582-01-01, first year allowed") << QByteArray::fromHex("2E060101000000") << true;
        QTest::newRow("1581") << QByteArray::fromHex("2D060101000000") << false;
        QTest::newRow("9999-12-31 23:59:59") << QByteArray::fromHex("0F270C1F173B3B") << true;
        QTest::newRow("2024-02-29 leap day") << QByteArray::fromHex("E807021D000000") << true;
    }
    void dateTimeValidity()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        ByteReader reader(bytes);
        const DeviceDateTime t = reader.dateTime();
        QVERIFY(reader.ok());
        QCOMPARE(t.isValid(), valid);
        QCOMPARE(t.date().isValid(), valid);
        QCOMPARE(t.toIsoString().isEmpty(), !valid);
    }
};

QTEST_GUILESS_MAIN(TestIeee11073)
#include "tst_Ieee11073.moc"
