#include "discovery/BleScenario.h"
#include "discovery/Identification.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban::discovery;

namespace {
QByteArray scenarioWith(const QJsonObject &device)
{
    const QJsonObject root {
        {u"format"_s, u"pasban-ble-scenario"_s}, {u"version"_s, 1}, {u"devices"_s, QJsonArray {device}}};
    return QJsonDocument(root).toJson();
}

QJsonObject validDevice()
{
    return QJsonObject {
        {u"key"_s, u"x"_s}, {u"address"_s, u"C4:00:00:00:00:01"_s}, {u"addressType"_s, u"random-static"_s}};
}
} // namespace

class TestBleScenario : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shippedWardLoads()
    {
        const auto ward = BleScenario::ward();
        QVERIFY2(ward.ok(), qPrintable(ward.ok() ? QString() : ward.error().detail()));
        QCOMPARE(ward->devices.size(), 5);
        for (const QString &key : {u"oximeter"_s, u"hr-strap"_s, u"thermometer"_s, u"smp-bridge"_s, u"glucose-rpa"_s})
            QVERIFY2(ward->device(key), qPrintable(key));

        const ScenarioDevice *oximeter = ward->device(u"oximeter"_s);
        QCOMPARE(oximeter->advertisement.address, u"C4:7F:51:3A:22:10"_s);
        QCOMPARE(oximeter->advertisement.addressType, AddressType::RandomStatic);
        QCOMPARE(oximeter->advertisement.manufacturerData.value(0x0059), QByteArray::fromHex("0102"));
        QCOMPARE(oximeter->advertisement.appearance, std::optional<quint16>(0x0C41));
        QCOMPARE(oximeter->gatt.size(), 2);
        QCOMPARE(oximeter->gatt[0].characteristics[0].value, QByteArray("Karun Medical"));
        const ScenarioCharacteristic &plx = oximeter->gatt[1].characteristics[0];
        QCOMPARE(plx.uuid, QBluetoothUuid(quint16(0x2A5F)));
        QCOMPARE(plx.notifications.size(), 3);
        QCOMPARE(plx.notifyIntervalMs, 200);
        QVERIFY(ward->device(u"hr-strap"_s)->gatt[0].characteristics[0].isProtected);
        QCOMPARE(ward->device(u"smp-bridge"_s)->gatt[1].characteristics[0].behaviour, u"smp-echo"_s);
    }

    // The expectations the integration test checks must follow from the
    // advertisements by Pasban's own rules, or the scenario is wrong.
    void wardExpectationsAgreeWithIdentification()
    {
        const auto ward = BleScenario::ward();
        QVERIFY(ward.ok());
        for (const ScenarioDevice &device : ward->devices) {
            const Advertisement &ad = device.advertisement;
            QCOMPARE(jsonName(inferDeviceClass(ad.services, ad.appearance)),
                     device.expect.value(u"deviceClass").toString());
            QCOMPARE(hasSmpService(ad.services), device.expect.value(u"smp").toBool());
            if (device.expect.value(u"dis").isNull()) {
                QCOMPARE(companyName(ad.manufacturerData.keys().first()),
                         device.expect.value(u"manufacturer").toString());
            }
        }
    }

    void invalidScenariosAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QJsonObject d = validDevice();
        QTest::newRow("not JSON") << QByteArray("{");
        QTest::newRow("wrong format") << QByteArray(R"({"format":"other","version":1,"devices":[]})");
        QTest::newRow("future version") << QByteArray(R"({"format":"pasban-ble-scenario","version":2,"devices":[]})");
        d.insert(u"address"_s, u"5A:00:00:00:00:01"_s); // 01 top bits: resolvable, not static
        QTest::newRow("address bits disagree with type") << scenarioWith(d);
        d = validDevice();
        d.insert(u"addressType"_s, u"unknown"_s);
        QTest::newRow("unknown address type") << scenarioWith(d);
        d = validDevice();
        d.insert(u"address"_s, u"C4:00:00:00:01"_s);
        QTest::newRow("short address") << scenarioWith(d);
        d = validDevice();
        d.insert(u"manufacturerData"_s, QJsonObject {{u"0x0059"_s, u"0g"_s}});
        QTest::newRow("bad hex") << scenarioWith(d);
        d = validDevice();
        d.insert(u"gatt"_s,
                 QJsonArray {QJsonObject {
                     {u"uuid"_s, u"0x180D"_s},
                     {u"characteristics"_s,
                      QJsonArray {QJsonObject {{u"uuid"_s, u"0x2A37"_s}, {u"behaviour"_s, u"self-destruct"_s}}}}}});
        QTest::newRow("unknown behaviour") << scenarioWith(d);
        d = validDevice();
        d.insert(u"services"_s, QJsonArray {u"0x18"_s});
        QTest::newRow("bad uuid") << scenarioWith(d);
        const QJsonObject twice {{u"format"_s, u"pasban-ble-scenario"_s},
                                 {u"version"_s, 1},
                                 {u"devices"_s, QJsonArray {validDevice(), validDevice()}}};
        QTest::newRow("duplicate key") << QJsonDocument(twice).toJson();
    }
    void invalidScenariosAreRefused()
    {
        QFETCH(QByteArray, json);
        const auto scenario = BleScenario::fromJson(json);
        QVERIFY(!scenario.ok());
        QCOMPARE(scenario.error().code(), u"discovery.scenario.invalid"_s);
    }

    void minimalDeviceIsAccepted()
    {
        const auto scenario = BleScenario::fromJson(scenarioWith(validDevice()));
        QVERIFY(scenario.ok());
        QCOMPARE(scenario->devices.size(), 1);
        QVERIFY(scenario->devices[0].connectable);
        QVERIFY(scenario->devices[0].gatt.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBleScenario)
#include "tst_BleScenario.moc"
