#include "discovery/UsbIds.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban::discovery;

namespace {
const QString fixture = QStringLiteral(PASBAN_TEST_DATA_DIR "/usb/usb.ids");
}

class TestUsbIds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsVendorsAndProducts()
    {
        QFile file(fixture);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto ids = UsbIds::parse(file.readAll());
        QVERIFY(ids.ok());
        QCOMPARE(ids->vendorName(0x0483), u"STMicroelectronics"_s);
        QCOMPARE(ids->productName(0x0483, 0xDF11), u"STM Device in DFU Mode"_s);
        QCOMPARE(ids->productName(0x2FE3, 0x0100), u"USB-DEV"_s);
        // A product ID under another vendor is not confused with it.
        QCOMPARE(ids->productName(0x2FE3, 0xDF11), QString());
        QCOMPARE(ids->vendorName(0x1234), QString());
        // The class section after the vendor list is not read as vendors.
        QCOMPARE(ids->vendorCount(), 3);
        QCOMPARE(ids->vendorName(0x0002), QString());
    }

    void acceptsWindowsLineEndings()
    {
        const auto ids = UsbIds::parse("0483  STMicroelectronics\r\n\tdf11  DFU\r\n");
        QVERIFY(ids.ok());
        QCOMPARE(ids->productName(0x0483, 0xDF11), u"DFU"_s);
    }

    void rejectsAFileWithoutVendors()
    {
        const auto ids = UsbIds::parse("# only a comment\n\tzzzz  nothing\n");
        QVERIFY(!ids.ok());
        QCOMPARE(ids.error().code(), u"discovery.usb.ids_empty"_s);
        QVERIFY(!UsbIds::parse("").ok());
    }

    void theEnvironmentOverrideComesFirst()
    {
        qputenv("PASBAN_USB_IDS", fixture.toUtf8());
        QCOMPARE(UsbIds::searchPaths().value(0), fixture);
        const auto ids = UsbIds::loadDefault();
        QVERIFY(ids.ok());
        QCOMPARE(ids->vendorCount(), 3);
        qunsetenv("PASBAN_USB_IDS");
        QVERIFY(UsbIds::searchPaths().contains(u"/usr/share/misc/usb.ids"_s));
        QVERIFY(UsbIds::searchPaths().contains(u"/usr/share/hwdata/usb.ids"_s));
    }
};

QTEST_GUILESS_MAIN(TestUsbIds)
#include "tst_UsbIds.moc"
