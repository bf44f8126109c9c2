#include "discovery/DeviceJson.h"
#include "discovery/Identification.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban::discovery;

namespace {
DeviceRecord oximeter()
{
    DeviceRecord d;
    d.id = u"ble:C4:7F:51:3A:22:10"_s;
    d.address = u"C4:7F:51:3A:22:10"_s;
    d.addressType = AddressType::RandomStatic;
    d.name = u"OX-200 Oximeter"_s;
    d.rssi = -58;
    d.companyId = 0x0059;
    d.manufacturer = u"Nordic Semiconductor ASA"_s;
    d.appearance = 0x0C41;
    d.deviceClass = DeviceClass::PulseOximeter;
    d.services = {QBluetoothUuid(quint16(0x1822)), smpServiceUuid()};
    d.smp = true;
    d.firstSeen = QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC);
    d.lastSeen = d.firstSeen.addSecs(2);
    return d;
}
} // namespace

// The CLI's JSON (issue 3): field names and value forms are an interface.
class TestDeviceJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deviceSeenOnly()
    {
        const QJsonObject json = toJson(oximeter());
        QCOMPARE(json.value(u"id").toString(), u"ble:C4:7F:51:3A:22:10"_s);
        QCOMPARE(json.value(u"transport").toString(), u"ble"_s);
        QCOMPARE(json.value(u"addressType").toString(), u"random-static"_s);
        QCOMPARE(json.value(u"rssi").toInt(), -58);
        QCOMPARE(json.value(u"companyId").toInt(), 0x0059);
        QCOMPARE(json.value(u"appearance").toInt(), 0x0C41);
        QCOMPARE(json.value(u"deviceClass").toString(), u"pulse-oximeter"_s);
        QCOMPARE(json.value(u"services").toArray(),
                 (QJsonArray {u"00001822-0000-1000-8000-00805f9b34fb"_s, u"8d53dc1d-1db7-4cd3-868b-8a527460aa84"_s}));
        QCOMPARE(json.value(u"smp").toBool(), true);
        QCOMPARE(json.value(u"firstSeen").toString(), u"2025-03-14T09:30:00.000Z"_s);
        QVERIFY(json.value(u"dis").isNull());
        QVERIFY(json.value(u"smpOpen").isNull()); // not probed
        QVERIFY(json.value(u"probe").toObject().isEmpty());
    }

    void unknownCompanyIsNull()
    {
        DeviceRecord d = oximeter();
        d.companyId.reset();
        d.appearance.reset();
        const QJsonObject json = toJson(d);
        QVERIFY(json.value(u"companyId").isNull());
        QVERIFY(json.value(u"appearance").isNull());
    }

    void interrogatedDevice()
    {
        DeviceRecord d = oximeter();
        Interrogation i;
        i.dis.manufacturer = u"Karun Medical"_s;
        i.dis.model = u"OX-200"_s;
        i.dis.serial = u"OX200-0001"_s;
        i.dis.firmware = u"2.1.0"_s;
        i.probe.insert(QBluetoothUuid(quint16(0x2A5F)), {ProbeVerdict::Open, u"notify"_s, {}});
        i.probe.insert(QBluetoothUuid(quint16(0x2A5E)), {ProbeVerdict::Protected, u"indicate"_s, u"x"_s});
        i.smpOpen = true;
        i.securityLevels = QByteArray::fromHex("0101");
        i.notifications.append({QBluetoothUuid(quint16(0x2A5F)), QByteArray::fromHex("0061004800"), d.lastSeen});
        d.interrogation = i;

        const QJsonObject json = toJson(d);
        const QJsonObject dis = json.value(u"dis").toObject();
        QCOMPARE(dis.value(u"model").toString(), u"OX-200"_s);
        QCOMPARE(dis.value(u"serial").toString(), u"OX200-0001"_s);
        QVERIFY(dis.value(u"hardware").isNull()); // not read
        const QJsonObject probe = json.value(u"probe").toObject();
        QCOMPARE(probe.value(u"00002a5f-0000-1000-8000-00805f9b34fb").toString(), u"open"_s);
        QCOMPARE(probe.value(u"00002a5e-0000-1000-8000-00805f9b34fb").toString(), u"protected"_s);
        QCOMPARE(json.value(u"smpOpen").toBool(), true);

        const QJsonObject full = toJson(i);
        QCOMPARE(full.value(u"securityLevels").toString(), u"0101"_s);
        QCOMPARE(full.value(u"notifications").toArray().at(0).toObject().value(u"value").toString(), u"0061004800"_s);
        QCOMPARE(full.value(u"probe")
                     .toObject()
                     .value(u"00002a5e-0000-1000-8000-00805f9b34fb")
                     .toObject()
                     .value(u"operation"),
                 u"indicate"_s);
    }
};

QTEST_GUILESS_MAIN(TestDeviceJson)
#include "tst_DeviceJson.moc"
