#include "discovery/UsbClassification.h"
#include "discovery/UsbDescriptors.h"

#include <QTest>

#include <initializer_list>

using namespace Qt::Literals::StringLiterals;
using namespace pasban::discovery;

namespace {

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values)
        out.append(char(v));
    return out;
}

// USB 2.0 Table 9-8.
QByteArray device(quint16 vid, quint16 pid, int serialIndex, int configurations = 1)
{
    return bytes({18, 1, 0x00, 0x02, 0xEF, 0x02, 0x01, 64, vid & 0xFF, vid >> 8, pid & 0xFF, pid >> 8, 0x00, 0x01, 1, 2,
                  serialIndex, configurations});
}

QByteArray interface(int number, int cls, int sub, int proto, int endpoints)
{
    return bytes({9, 4, number, 0, endpoints, cls, sub, proto, 0});
}

QByteArray endpoint(int address, int attributes, int maxPacket)
{
    return bytes({7, 5, address, attributes, maxPacket & 0xFF, maxPacket >> 8, 1});
}

// USB 2.0 Table 9-10; wTotalLength covers the body.
QByteArray configuration(const QByteArray &body, int interfaces)
{
    const int total = 9 + int(body.size());
    return bytes({9, 2, total & 0xFF, total >> 8, interfaces, 1, 0, 0x80, 50}) + body;
}

// A dev board: CDC-ACM (IAD + control + data) and a DFU run-time interface.
QByteArray devBoardConfiguration()
{
    return configuration(bytes({8, 0x0B, 0, 2, 2, 2, 1, 0}) // IAD: interfaces 0-1, CDC ACM
                             + interface(0, 2, 2, 1, 1) + bytes({5, 0x24, 0x00, 0x10, 0x01}) // CDC header
                             + endpoint(0x82, 3, 8) + interface(1, 0x0A, 0, 0, 2) + endpoint(0x81, 2, 64)
                             + endpoint(0x01, 2, 64) + interface(2, 0xFE, 1, 1, 0)
                             + bytes({9, 0x21, 0x0B, 0xE8, 0x03, 0x00, 0x10, 0x10, 0x01}), // DFU functional
                         3);
}

} // namespace

class TestUsbDescriptors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesTheDeviceDescriptor()
    {
        const auto d = UsbDescriptors::parseDevice(device(0x2FE3, 0x0100, 3));
        QVERIFY(d.ok());
        QCOMPARE(d->vendorId, quint16(0x2FE3));
        QCOMPARE(d->productId, quint16(0x0100));
        QCOMPARE(d->usbVersion, quint16(0x0200));
        QCOMPARE(d->deviceClass, quint8(0xEF));
        QCOMPARE(d->serialNumberIndex, quint8(3));
        QCOMPARE(d->configurationCount, quint8(1));
    }

    void rejectsAShortOrMistypedDeviceDescriptor()
    {
        const auto shortOne = UsbDescriptors::parseDevice(device(1, 2, 0).first(17));
        QVERIFY(!shortOne.ok());
        QCOMPARE(shortOne.error().code(), u"discovery.usb.malformed"_s);
        QByteArray wrongType = device(1, 2, 0);
        wrongType[1] = 2;
        QVERIFY(!UsbDescriptors::parseDevice(wrongType).ok());
    }

    void parsesACompositeConfiguration()
    {
        const auto c = UsbDescriptors::parseConfiguration(devBoardConfiguration());
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().detail()));
        QCOMPARE(c->interfaces.size(), 3);
        QCOMPARE(c->associations.size(), 1);
        QCOMPARE(c->associations[0].interfaceCount, quint8(2));
        QCOMPARE(c->associations[0].functionClass, quint8(2));
        QCOMPARE(c->interfaces[0].endpoints.size(), 1);
        QCOMPARE(c->interfaces[0].endpoints[0].address, quint8(0x82));
        QCOMPARE(c->interfaces[1].endpoints.size(), 2);
        QCOMPARE(c->interfaces[1].endpoints[1].maxPacketSize, quint16(64));
        QVERIFY(!c->interfaces[0].dfu.has_value());
        QVERIFY(c->interfaces[2].dfu.has_value());
        QCOMPARE(c->interfaces[2].dfu->detachTimeoutMs, quint16(1000));
        QCOMPARE(c->interfaces[2].dfu->transferSize, quint16(4096));
        QCOMPARE(c->interfaces[2].dfu->dfuVersion, quint16(0x0110));
        QCOMPARE(c->maxPowerUnits, quint8(50));
    }

    void acceptsADfu10FunctionalDescriptor()
    {
        const auto c = UsbDescriptors::parseConfiguration(
            configuration(interface(0, 0xFE, 1, 2, 0) + bytes({7, 0x21, 0x03, 0xFF, 0x00, 0x00, 0x08}), 1));
        QVERIFY(c.ok());
        QVERIFY(c->interfaces[0].dfu.has_value());
        QCOMPARE(c->interfaces[0].dfu->transferSize, quint16(2048));
        QCOMPARE(c->interfaces[0].dfu->dfuVersion, quint16(0));
    }

    void treats0x21OutsideDfuAsAnotherClassDescriptor()
    {
        // HID class descriptor (HID 1.11 §6.2.1) has the same type code.
        const auto c = UsbDescriptors::parseConfiguration(configuration(
            interface(0, 3, 1, 1, 1) + bytes({9, 0x21, 0x11, 0x01, 0, 1, 0x22, 0x3F, 0}) + endpoint(0x81, 3, 8), 1));
        QVERIFY(c.ok());
        QVERIFY(!c->interfaces[0].dfu.has_value());
        QCOMPARE(c->interfaces[0].endpoints.size(), 1);
    }

    void rejectsBrokenLengths_data()
    {
        QTest::addColumn<QByteArray>("input");
        const QByteArray good = devBoardConfiguration();
        QByteArray totalTooLong = good;
        totalTooLong[2] = char(good.size() + 1);
        QTest::newRow("wTotalLength beyond the data") << totalTooLong;
        QByteArray totalTooShort = good;
        totalTooShort[2] = 8;
        QTest::newRow("wTotalLength shorter than the header") << totalTooShort;
        QTest::newRow("zero-length descriptor") << configuration(bytes({0, 4}) + interface(0, 3, 0, 0, 0), 1);
        QTest::newRow("descriptor overruns") << configuration(bytes({9, 4, 0, 0}), 1);
        QTest::newRow("short interface") << configuration(bytes({8, 4, 0, 0, 0, 3, 0, 0}), 1);
        QTest::newRow("short endpoint") << configuration(interface(0, 3, 0, 0, 1) + bytes({6, 5, 0x81, 3, 8, 0}), 1);
        QTest::newRow("endpoint before interface") << configuration(endpoint(0x81, 2, 64), 0);
        QTest::newRow("short IAD") << configuration(bytes({7, 0x0B, 0, 2, 2, 2, 1}), 0);
        QTest::newRow("short DFU functional")
            << configuration(interface(0, 0xFE, 1, 1, 0) + bytes({8, 0x21, 0, 0, 0, 0, 0, 0}), 1);
        QTest::newRow("one byte left") << configuration(interface(0, 3, 0, 0, 0) + bytes({2}), 1);
        QTest::newRow("empty") << QByteArray();
    }

    void rejectsBrokenLengths()
    {
        QFETCH(QByteArray, input);
        const auto c = UsbDescriptors::parseConfiguration(input);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code(), u"discovery.usb.malformed"_s);
    }

    void parsesASysfsDescriptorSet()
    {
        const auto set =
            UsbDescriptors::parseDescriptorSet(QByteArray(device(0x2FE3, 0x0100, 3) + devBoardConfiguration()));
        QVERIFY(set.ok());
        QCOMPARE(set->device.productId, quint16(0x0100));
        QCOMPARE(set->configurations.size(), 1);
        QCOMPARE(set->configurations[0].interfaces.size(), 3);

        // Only the device descriptor: the kernel could not read a configuration.
        QVERIFY(UsbDescriptors::parseDescriptorSet(device(1, 2, 0)).ok());
        // More configurations than the device declares.
        QVERIFY(!UsbDescriptors::parseDescriptorSet(
                     QByteArray(device(1, 2, 0) + devBoardConfiguration() + devBoardConfiguration()))
                     .ok());
        QVERIFY(!UsbDescriptors::parseDescriptorSet(QByteArray(device(1, 2, 0) + bytes({9, 2}))).ok());
    }

    void classifiesInterfaces_data()
    {
        QTest::addColumn<int>("cls");
        QTest::addColumn<int>("sub");
        QTest::addColumn<int>("proto");
        QTest::addColumn<int>("function");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::newRow("cdc-acm") << 0x02 << 0x02 << 0x01 << int(UsbFunction::CdcAcm) << u"CDC-ACM"_s
                                 << u"usb-cdc-acm"_s;
        QTest::newRow("cdc-ecm") << 0x02 << 0x06 << 0x00 << int(UsbFunction::Other) << u"CDC Control"_s << QString();
        QTest::newRow("dfu-runtime") << 0xFE << 0x01 << 0x01 << int(UsbFunction::DfuRuntime) << u"DFU (run-time)"_s
                                     << u"usb-dfu-runtime"_s;
        QTest::newRow("dfu-mode") << 0xFE << 0x01 << 0x02 << int(UsbFunction::DfuMode) << u"DFU (DFU mode)"_s
                                  << u"usb-dfu-mode"_s;
        QTest::newRow("irda bridge") << 0xFE << 0x02 << 0x00 << int(UsbFunction::Other) << u"Class 0xfe"_s << QString();
        QTest::newRow("phdc") << 0x0F << 0x00 << 0x00 << int(UsbFunction::PersonalHealthcare)
                              << u"Personal Healthcare"_s << u"usb-phdc"_s;
        QTest::newRow("msc") << 0x08 << 0x06 << 0x50 << int(UsbFunction::MassStorage) << u"Mass Storage"_s
                             << u"usb-mass-storage"_s;
        QTest::newRow("hid") << 0x03 << 0x00 << 0x00 << int(UsbFunction::Hid) << u"HID"_s << u"usb-hid"_s;
        QTest::newRow("vendor") << 0xFF << 0x00 << 0x00 << int(UsbFunction::Vendor) << u"Vendor Specific"_s
                                << u"usb-vendor"_s;
        QTest::newRow("cdc data") << 0x0A << 0x00 << 0x00 << int(UsbFunction::CdcData) << u"CDC Data"_s << QString();
    }

    void classifiesInterfaces()
    {
        QFETCH(int, cls);
        QFETCH(int, sub);
        QFETCH(int, proto);
        QFETCH(int, function);
        QFETCH(QString, name);
        QFETCH(QString, kind);
        UsbInterface i;
        i.interfaceClass = quint8(cls);
        i.interfaceSubClass = quint8(sub);
        i.interfaceProtocol = quint8(proto);
        QCOMPARE(int(UsbClassification::classify(i)), function);
        QCOMPARE(UsbClassification::className(i), name);
        QCOMPARE(UsbClassification::observationKind(UsbClassification::classify(i)), kind);
    }
};

QTEST_GUILESS_MAIN(TestUsbDescriptors)
#include "tst_UsbDescriptors.moc"
