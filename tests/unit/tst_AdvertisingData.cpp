#include "discovery/AdvertisingData.h"
#include "discovery/Identification.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban::discovery;

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}
} // namespace

// Layout: Core 5.4 Vol 3 Part C §11 (length, AD type, data); types and their
// data formats: Core Specification Supplement Part A §1.
class TestAdvertisingData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesATypicalOximeterAdvertisement()
    {
        const QByteArray payload = hex("020106" // flags: LE general discoverable, no BR/EDR
                                       "0503"
                                       "2218"
                                       "0a18" // complete 16-bit UUIDs 0x1822, 0x180A
                                       "0709"
                                       "4f582d323030" // complete local name "OX-200"
                                       "031941"
                                       "0c" // appearance 0x0C41
                                       "05ff"
                                       "5900"
                                       "0102" // manufacturer 0x0059, data 01 02
                                       "020af4" // TX power -12 dBm
                                       "041659fe00"); // service data 0xFE59: 00
        Advertisement ad;
        const auto status = AdvertisingData::parse(payload, ad);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().detail()));
        QCOMPARE(ad.services, (QList {QBluetoothUuid(quint16(0x1822)), QBluetoothUuid(quint16(0x180A))}));
        QCOMPARE(ad.name, u"OX-200"_s);
        QCOMPARE(ad.appearance, std::optional<quint16>(0x0C41));
        QCOMPARE(ad.manufacturerData.value(0x0059), hex("0102"));
        QCOMPARE(ad.txPower, std::optional<qint8>(-12));
        QCOMPARE(ad.serviceData.value(QBluetoothUuid(quint16(0xFE59))), hex("00"));
    }

    void uuidsOf32And128Bits()
    {
        // 128-bit UUIDs travel least significant octet first: the SMP service
        // 8D53DC1D-1DB7-4CD3-868B-8A527460AA84 reversed.
        const QByteArray payload = hex("1107"
                                       "84aa6074528a8b86d34cb71d1ddc538d"
                                       "0505"
                                       "78563412");
        Advertisement ad;
        QVERIFY(AdvertisingData::parse(payload, ad).ok());
        QCOMPARE(ad.services.size(), 2);
        QCOMPARE(ad.services[0], smpServiceUuid());
        QCOMPARE(ad.services[1], QBluetoothUuid(quint32(0x12345678)));
    }

    void zeroLengthEndsTheData()
    {
        // Vol 3 Part C §11: a zero length octet ends the significant part; the
        // rest of a 31-octet payload is padding and may hold anything.
        QByteArray payload = hex("0309"
                                 "4142"
                                 "00");
        payload.append(QByteArray(20, '\xff'));
        Advertisement ad;
        QVERIFY(AdvertisingData::parse(payload, ad).ok());
        QCOMPARE(ad.name, u"AB"_s);
    }

    void completeNameWinsOverShortened()
    {
        Advertisement ad;
        QVERIFY(AdvertisingData::parse(hex("0409"
                                           "414243"
                                           "0208"
                                           "41"),
                                       ad)
                    .ok());
        QCOMPARE(ad.name, u"ABC"_s);
        Advertisement other;
        QVERIFY(AdvertisingData::parse(hex("0208"
                                           "41"
                                           "0409"
                                           "414243"),
                                       other)
                    .ok());
        QCOMPARE(other.name, u"ABC"_s);
    }

    void unknownTypesAreSkipped()
    {
        Advertisement ad;
        QVERIFY(AdvertisingData::parse(hex("03"
                                           "2a"
                                           "0102"
                                           "0309"
                                           "4142"),
                                       ad)
                    .ok()); // 0x2A mesh message
        QCOMPARE(ad.name, u"AB"_s);
    }

    void malformedDataIsRefused_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("structure overruns payload") << hex("0509"
                                                           "4142");
        QTest::newRow("length octet alone at the end") << hex("03094142"
                                                              "05");
        QTest::newRow("odd 16-bit UUID list") << hex("0403"
                                                     "221801");
        QTest::newRow("128-bit list of 15 octets") << hex("1007"
                                                          "84aa6074528a8b86d34cb71d1ddc53");
        QTest::newRow("appearance of 1 octet") << hex("0219"
                                                      "41");
        QTest::newRow("appearance of 3 octets") << hex("0419"
                                                       "410c00");
        QTest::newRow("TX power of 2 octets") << hex("030a"
                                                     "f400");
        QTest::newRow("manufacturer data without full company ID") << hex("02ff"
                                                                          "59");
        QTest::newRow("service data shorter than its UUID") << hex("0216"
                                                                   "59");
        QTest::newRow("128-bit service data too short") << hex("0521"
                                                               "01020304");
    }
    void malformedDataIsRefused()
    {
        QFETCH(QByteArray, payload);
        Advertisement ad;
        const auto status = AdvertisingData::parse(payload, ad);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), u"discovery.ad.malformed"_s);
    }

    void manufacturerDataIsLittleEndian()
    {
        const auto parsed = AdvertisingData::parseManufacturerData(hex("0e02"
                                                                       "aabb"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->first, quint16(0x020E)); // Omron
        QCOMPARE(parsed->second, hex("aabb"));
        const auto empty = AdvertisingData::parseManufacturerData(hex("0e02"));
        QVERIFY(empty.ok());
        QVERIFY(empty->second.isEmpty());
        QVERIFY(!AdvertisingData::parseManufacturerData(hex("0e")).ok());
        QVERIFY(!AdvertisingData::parseManufacturerData({}).ok());
    }

    void encodeThenParseGivesTheSameFields()
    {
        Advertisement ad;
        ad.name = u"GM-5 Glucose"_s;
        ad.services = {QBluetoothUuid(quint16(0x1808)), smpServiceUuid()};
        ad.appearance = 0x0400;
        ad.txPower = 4;
        ad.manufacturerData.insert(0x000D, hex("0501"));
        ad.serviceData.insert(QBluetoothUuid(quint16(0xFE59)), hex("01"));
        const QByteArray bytes = AdvertisingData::encode(ad);
        QCOMPARE(bytes.left(3), hex("020106"));
        Advertisement back;
        QVERIFY(AdvertisingData::parse(bytes, back).ok());
        QCOMPARE(back.name, ad.name);
        QCOMPARE(back.services, ad.services);
        QCOMPARE(back.appearance, ad.appearance);
        QCOMPARE(back.txPower, ad.txPower);
        QCOMPARE(back.manufacturerData, ad.manufacturerData);
        QCOMPARE(back.serviceData, ad.serviceData);
    }
};

QTEST_GUILESS_MAIN(TestAdvertisingData)
#include "tst_AdvertisingData.moc"
