#include "discovery/Types.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban::discovery;

class TestDiscoveryTypes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Core 5.4 Vol 6 Part B §1.3: the two most significant bits of a random
    // device address: 0b11 static, 0b01 resolvable private, 0b00 non-resolvable
    // private; 0b10 is reserved for future use.
    void randomAddressKindFromTopBits_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<AddressType>("expected");
        QTest::newRow("11 static") << u"C4:7F:51:3A:22:10"_s << AddressType::RandomStatic;
        QTest::newRow("11 static, all ones") << u"FF:FF:FF:FF:FF:FF"_s << AddressType::RandomStatic;
        QTest::newRow("01 resolvable") << u"5A:3C:11:8E:20:07"_s << AddressType::ResolvablePrivate;
        QTest::newRow("01 lowest") << u"40:00:00:00:00:00"_s << AddressType::ResolvablePrivate;
        QTest::newRow("00 non-resolvable") << u"3F:FF:FF:FF:FF:FF"_s << AddressType::NonResolvablePrivate;
        QTest::newRow("10 reserved") << u"80:11:22:33:44:55"_s << AddressType::Unknown;
        QTest::newRow("10 reserved, high") << u"BF:11:22:33:44:55"_s << AddressType::Unknown;
    }
    void randomAddressKindFromTopBits()
    {
        QFETCH(QString, address);
        QFETCH(AddressType, expected);
        const QBluetoothAddress bt(address);
        QCOMPARE(classifyRandomAddress(bt), expected);
        QCOMPARE(classifyRandomAddress(bt.toUInt64()), expected);
    }

    void machineNamesAreStable()
    {
        // These strings are the CLI's and the inventory's interface.
        QCOMPARE(jsonName(AddressType::Public), u"public"_s);
        QCOMPARE(jsonName(AddressType::RandomStatic), u"random-static"_s);
        QCOMPARE(jsonName(AddressType::ResolvablePrivate), u"resolvable-private"_s);
        QCOMPARE(jsonName(AddressType::NonResolvablePrivate), u"non-resolvable-private"_s);
        QCOMPARE(jsonName(Transport::Ble), u"ble"_s);
        QCOMPARE(jsonName(Transport::Usb), u"usb"_s);
        QCOMPARE(jsonName(DeviceClass::PulseOximeter), u"pulse-oximeter"_s);
        QCOMPARE(jsonName(DeviceClass::ContinuousGlucoseMonitor), u"continuous-glucose-monitor"_s);
        QCOMPARE(jsonName(ProbeVerdict::Open), u"open"_s);
        QCOMPARE(jsonName(ProbeVerdict::Protected), u"protected"_s);
        QCOMPARE(jsonName(ProbeVerdict::Error), u"error"_s);
        QCOMPARE(jsonName(AdapterState::NoAdapter), u"no-adapter"_s);
    }

    void namesReadBack()
    {
        for (auto type : {AddressType::Public, AddressType::RandomStatic, AddressType::ResolvablePrivate,
                          AddressType::NonResolvablePrivate, AddressType::Unknown})
            QCOMPARE(addressTypeFromJsonName(jsonName(type)), type);
        QStringList seen;
        for (int i = int(DeviceClass::Unknown); i <= int(DeviceClass::GenericHealthSensor); ++i) {
            const auto deviceClass = DeviceClass(i);
            QCOMPARE(deviceClassFromJsonName(jsonName(deviceClass)), deviceClass);
            QVERIFY2(!seen.contains(jsonName(deviceClass)), qPrintable(jsonName(deviceClass)));
            seen.append(jsonName(deviceClass));
            QVERIFY(!displayName(deviceClass).isEmpty());
        }
        QCOMPARE(addressTypeFromJsonName(u"Public"), std::nullopt); // exact names only
        QCOMPARE(deviceClassFromJsonName(u"toaster"), std::nullopt);
    }

    void onlyReadyNeedsNoAdvice()
    {
        QVERIFY(adapterAdvice(AdapterState::Ready).isEmpty());
        for (auto state : {AdapterState::NoAdapter, AdapterState::PoweredOff, AdapterState::NoPermission})
            QVERIFY(!adapterAdvice(state).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryTypes)
#include "tst_DiscoveryTypes.moc"
