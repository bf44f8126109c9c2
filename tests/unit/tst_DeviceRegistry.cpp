#include "discovery/DeviceRegistry.h"
#include "discovery/Identification.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban::discovery;
using namespace std::chrono_literals;

namespace {

const QDateTime T0 = QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC);

Advertisement ad(const QString &address, AddressType type, qint16 rssi, int secondsAfterT0 = 0)
{
    Advertisement a;
    a.address = address;
    a.addressType = type;
    a.rssi = rssi;
    a.seenUtc = T0.addSecs(secondsAfterT0);
    return a;
}

Interrogation withDis(const QString &model, const QString &serial)
{
    Interrogation i;
    i.atUtc = T0;
    i.method = u"ble-gatt-unauthenticated"_s;
    i.dis.manufacturer = u"Karun Medical"_s;
    i.dis.model = model;
    i.dis.serial = serial;
    return i;
}

// The identity the header documents: 16 hex digits of SHA-256(model NUL serial).
QString disId(const QString &model, const QString &serial)
{
    QByteArray material = model.toUtf8();
    material.append('\0');
    material.append(serial.toUtf8());
    return u"ble:dis:"_s
        + QString::fromLatin1(QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex().left(16));
}

QStringList allIds(const QSignalSpy &spy)
{
    QStringList ids;
    for (const auto &emission : spy)
        ids += emission.at(0).toStringList();
    return ids;
}

} // namespace

class TestDeviceRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstAdvertisementCreatesADevice()
    {
        DeviceRegistry registry;
        registry.setCoalesceInterval(0ms);
        QSignalSpy added(&registry, &DeviceRegistry::devicesAdded);
        Advertisement a = ad(u"C4:7F:51:3A:22:10"_s, AddressType::RandomStatic, -58);
        a.name = u"OX-200 Oximeter"_s;
        a.services = {QBluetoothUuid(quint16(0x1822))};
        a.appearance = 0x0C41;
        a.manufacturerData.insert(0x0059, QByteArray("\x01\x02", 2));
        registry.ingest(a);

        QVERIFY(added.wait(1000));
        QCOMPARE(added.at(0).at(0).toStringList(), QStringList {u"ble:C4:7F:51:3A:22:10"_s});
        const auto device = registry.device(u"ble:C4:7F:51:3A:22:10"_s);
        QVERIFY(device);
        QCOMPARE(device->transport, Transport::Ble);
        QCOMPARE(device->addressType, AddressType::RandomStatic);
        QCOMPARE(device->name, u"OX-200 Oximeter"_s);
        QCOMPARE(device->rssi, qint16(-58));
        QCOMPARE(device->companyId, std::optional<quint16>(0x0059));
        QCOMPARE(device->manufacturer, u"Nordic Semiconductor ASA"_s);
        QCOMPARE(device->deviceClass, DeviceClass::PulseOximeter);
        QCOMPARE(device->firstSeen, T0);
        QCOMPARE(device->lastSeen, T0);
        QVERIFY(!device->smp);
    }

    void laterAdvertisementsUpdateTheSameDevice()
    {
        DeviceRegistry registry;
        registry.ingest(ad(u"00:1B:DC:44:12:9E"_s, AddressType::Public, -71, 0));
        Advertisement later = ad(u"00:1b:dc:44:12:9e"_s, AddressType::Public, -65, 5); // lower case: same device
        later.services = {smpServiceUuid(), QBluetoothUuid(quint16(0xFE59))};
        registry.ingest(later);
        QCOMPARE(registry.size(), 1);
        const DeviceRecord *device = registry.find(u"ble:00:1B:DC:44:12:9E"_s);
        QVERIFY(device);
        QCOMPARE(device->rssi, qint16(-65));
        QCOMPARE(device->rssiTrend, (QList<qint16> {-71, -65}));
        QCOMPARE(device->firstSeen, T0);
        QCOMPARE(device->lastSeen, T0.addSecs(5));
        QCOMPARE(device->advertisementCount, quint64(2));
        QVERIFY(device->smp);
        QVERIFY(device->nordicDfu);
    }

    void rssiTrendKeepsTheNewest()
    {
        DeviceRegistry registry;
        for (int i = 0; i < 40; ++i)
            registry.ingest(ad(u"00:1B:DC:44:12:9E"_s, AddressType::Public, qint16(-100 + i), i));
        const DeviceRecord *device = registry.find(u"ble:00:1B:DC:44:12:9E"_s);
        QCOMPARE(device->rssiTrend.size(), DeviceRecord::RssiTrendLength);
        QCOMPARE(device->rssiTrend.first(), qint16(-100 + 40 - DeviceRecord::RssiTrendLength));
        QCOMPARE(device->rssiTrend.last(), qint16(-61));
    }

    void changesAreCoalesced()
    {
        DeviceRegistry registry;
        registry.setCoalesceInterval(50ms);
        QSignalSpy added(&registry, &DeviceRegistry::devicesAdded);
        QSignalSpy changed(&registry, &DeviceRegistry::devicesChanged);
        const QStringList addresses {u"C4:00:00:00:00:01"_s, u"C4:00:00:00:00:02"_s, u"C4:00:00:00:00:03"_s};
        for (int round = 0; round < 1000; ++round)
            registry.ingest(ad(addresses[round % 3], AddressType::RandomStatic, qint16(-40 - round % 7), round));
        QCOMPARE(added.count(), 0); // nothing before the interval ends
        QVERIFY(added.wait(1000));
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).toStringList(),
                 (QStringList {u"ble:C4:00:00:00:00:01"_s, u"ble:C4:00:00:00:00:02"_s, u"ble:C4:00:00:00:00:03"_s}));
        QCOMPARE(changed.count(), 0); // added and changed in one interval: only "added"

        for (int round = 0; round < 500; ++round)
            registry.ingest(ad(addresses[round % 2], AddressType::RandomStatic, -50, 2000 + round));
        QVERIFY(changed.wait(1000));
        QTest::qWait(120); // a second interval with no ingest must stay silent
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toStringList(),
                 (QStringList {u"ble:C4:00:00:00:00:01"_s, u"ble:C4:00:00:00:00:02"_s}));
        QCOMPARE(added.count(), 1);
    }

    void flushEmitsAtOnce()
    {
        DeviceRegistry registry;
        registry.setCoalesceInterval(10s);
        QSignalSpy added(&registry, &DeviceRegistry::devicesAdded);
        registry.ingest(ad(u"C4:00:00:00:00:01"_s, AddressType::RandomStatic, -40));
        registry.flush();
        QCOMPARE(added.count(), 1);
        registry.flush(); // nothing pending: nothing emitted
        QCOMPARE(added.count(), 1);
    }

    void privateAddressesMergeByDeviceInformation()
    {
        DeviceRegistry registry;
        registry.setCoalesceInterval(0ms);
        QSignalSpy added(&registry, &DeviceRegistry::devicesAdded);
        QSignalSpy removed(&registry, &DeviceRegistry::devicesRemoved);
        // The same glucose meter under two resolvable private addresses (rotated).
        registry.ingest(ad(u"5A:3C:11:8E:20:07"_s, AddressType::ResolvablePrivate, -77, 0));
        registry.ingest(ad(u"4B:01:02:03:04:05"_s, AddressType::ResolvablePrivate, -70, 900));
        registry.flush();
        QCOMPARE(registry.size(), 2);

        const QString expectedId = disId(u"GM-5"_s, u"GM5-88231"_s);
        const QString first =
            registry.mergeInterrogation(u"ble:5A:3C:11:8E:20:07"_s, withDis(u"GM-5"_s, u"GM5-88231"_s));
        QCOMPARE(first, expectedId);
        QVERIFY(!first.contains(u"GM5-88231"_s)); // no serial in clear
        registry.flush();
        QCOMPARE(allIds(removed), QStringList {u"ble:5A:3C:11:8E:20:07"_s});
        QVERIFY(allIds(added).contains(expectedId));
        QCOMPARE(registry.idForAddress(u"5A:3C:11:8E:20:07"_s), expectedId);

        const QString second =
            registry.mergeInterrogation(u"ble:4B:01:02:03:04:05"_s, withDis(u"GM-5"_s, u"GM5-88231"_s));
        QCOMPARE(second, expectedId);
        registry.flush();
        QCOMPARE(registry.size(), 1);
        QVERIFY(allIds(removed).contains(u"ble:4B:01:02:03:04:05"_s));
        const DeviceRecord *merged = registry.find(expectedId);
        QVERIFY(merged);
        QCOMPARE(merged->firstSeen, T0);
        QCOMPARE(merged->lastSeen, T0.addSecs(900));
        QCOMPARE(merged->address, u"4B:01:02:03:04:05"_s); // the most recent address
        QCOMPARE(merged->advertisementCount, quint64(2));
        QCOMPARE(merged->manufacturer, u"Karun Medical"_s);

        // Either old address still leads to the merged device.
        registry.ingest(ad(u"5A:3C:11:8E:20:07"_s, AddressType::ResolvablePrivate, -60, 1000));
        QCOMPARE(registry.size(), 1);
        QCOMPARE(registry.find(expectedId)->rssi, qint16(-60));
    }

    void publicAddressKeepsItsIdentity()
    {
        DeviceRegistry registry;
        registry.ingest(ad(u"00:1B:DC:44:12:9E"_s, AddressType::Public, -71));
        Interrogation i = withDis(u"HR-20"_s, u"HR20-1"_s);
        i.services.append({QBluetoothUuid(quint16(0x180D)), u"Heart Rate"_s, {}});
        QCOMPARE(registry.mergeInterrogation(u"ble:00:1B:DC:44:12:9E"_s, i), u"ble:00:1B:DC:44:12:9E"_s);
        const DeviceRecord *device = registry.find(u"ble:00:1B:DC:44:12:9E"_s);
        QVERIFY(device->interrogation);
        QCOMPARE(device->deviceClass, DeviceClass::HeartRateMonitor); // from the discovered service
        QVERIFY(device->services.contains(QBluetoothUuid(quint16(0x180D))));

        // A private-address entry with the same DIS identity folds into it.
        registry.ingest(ad(u"5A:00:00:00:00:01"_s, AddressType::ResolvablePrivate, -80));
        QCOMPARE(registry.mergeInterrogation(u"ble:5A:00:00:00:00:01"_s, withDis(u"HR-20"_s, u"HR20-1"_s)),
                 u"ble:00:1B:DC:44:12:9E"_s);
        QCOMPARE(registry.size(), 1);
    }

    void interrogationWithoutSerialLeavesIdentity()
    {
        DeviceRegistry registry;
        registry.ingest(ad(u"5A:3C:11:8E:20:07"_s, AddressType::ResolvablePrivate, -77));
        Interrogation i;
        i.dis.model = u"GM-5"_s; // no serial: not enough to identify
        QCOMPARE(registry.mergeInterrogation(u"ble:5A:3C:11:8E:20:07"_s, i), u"ble:5A:3C:11:8E:20:07"_s);
        QCOMPARE(registry.mergeInterrogation(u"ble:nobody"_s, i), QString());
    }

    void clearReportsEveryDevice()
    {
        DeviceRegistry registry;
        registry.ingest(ad(u"C4:00:00:00:00:01"_s, AddressType::RandomStatic, -40));
        registry.ingest(ad(u"C4:00:00:00:00:02"_s, AddressType::RandomStatic, -40));
        registry.flush();
        QSignalSpy removed(&registry, &DeviceRegistry::devicesRemoved);
        QSignalSpy added(&registry, &DeviceRegistry::devicesAdded);
        QSignalSpy changed(&registry, &DeviceRegistry::devicesChanged);
        registry.clear();
        QCOMPARE(registry.size(), 0);
        // Seen again within the same interval: for a listener it merely changed.
        registry.ingest(ad(u"C4:00:00:00:00:01"_s, AddressType::RandomStatic, -41));
        registry.flush();
        QCOMPARE(allIds(removed), QStringList {u"ble:C4:00:00:00:00:02"_s});
        QCOMPARE(added.count(), 0);
        QCOMPARE(allIds(changed), QStringList {u"ble:C4:00:00:00:00:01"_s});
    }

    void devicesKeepTheirOrder()
    {
        DeviceRegistry registry;
        for (int i = 0; i < 5; ++i)
            registry.ingest(ad(u"C4:00:00:00:00:0%1"_s.arg(i), AddressType::RandomStatic, -40));
        registry.ingest(ad(u"C4:00:00:00:00:02"_s, AddressType::RandomStatic, -30));
        QCOMPARE(registry.ids().size(), 5);
        QCOMPARE(registry.ids().first(), u"ble:C4:00:00:00:00:00"_s);
        QCOMPARE(registry.devices().at(2).rssi, qint16(-30));
    }
};

QTEST_GUILESS_MAIN(TestDeviceRegistry)
#include "tst_DeviceRegistry.moc"
