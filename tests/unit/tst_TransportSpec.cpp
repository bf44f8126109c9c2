// firmware::parseTransportSpec, shared by `firmware push` (--serial, --udp, --ble,
// the fleet file) and the push wizard: what each link accepts and each refusal.
#include "firmware/TransportSpec.h"
#include "smp/SmpTransport.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::firmware;

class tst_TransportSpec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("serial") << u"serial"_s << u"/dev/ttyACM0"_s << u"serial:/dev/ttyACM0"_s;
        QTest::newRow("udp v4") << u"udp"_s << u"192.0.2.7:1337"_s << u"udp:192.0.2.7:1337"_s;
        QTest::newRow("udp v6") << u"udp"_s << u"[::1]:1337"_s << u"udp:[::1]:1337"_s;
        QTest::newRow("udp top port") << u"udp"_s << u"127.0.0.1:65535"_s << u"udp:127.0.0.1:65535"_s;
        QTest::newRow("ble") << u"ble"_s << u"aa:bb:cc:dd:ee:ff"_s << u"ble:AA:BB:CC:DD:EE:FF"_s;
    }

    void accepted()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(QString, text);
        const Result<TransportSpec> spec = parseTransportSpec(kind, value);
        QVERIFY2(spec.ok(), qPrintable(spec.ok() ? QString() : spec.error().code()));
        QCOMPARE(spec->text(), text);
        // A transport is made, not opened: nothing is contacted here.
        QVERIFY(spec->makeTransport() != nullptr);
    }

    void udpFields()
    {
        const Result<TransportSpec> spec = parseTransportSpec(u"udp"_s, u"10.1.2.3:9"_s);
        QVERIFY(spec.ok());
        QCOMPARE(spec->kind, TransportSpec::Kind::Udp);
        QCOMPARE(spec->host.toString(), u"10.1.2.3"_s);
        QCOMPARE(spec->udpPort, quint16(9));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const QString serialMessage = u"A serial link needs a port name."_s;
        const QString udpMessage = u"--udp needs HOST:PORT with a numeric address, e.g. 192.0.2.7:1337."_s;
        const QString bleMessage = u"--ble needs a Bluetooth address such as AA:BB:CC:DD:EE:FF."_s;
        QTest::newRow("serial without port") << u"serial"_s << QString() << u"cli.transport"_s << serialMessage;
        QTest::newRow("udp without port") << u"udp"_s << u"192.0.2.7"_s << u"cli.udp_address"_s << udpMessage;
        QTest::newRow("udp empty host") << u"udp"_s << u":1337"_s << u"cli.udp_address"_s << udpMessage;
        QTest::newRow("udp host name") << u"udp"_s << u"device.local:1337"_s << u"cli.udp_address"_s << udpMessage;
        QTest::newRow("udp port 0") << u"udp"_s << u"192.0.2.7:0"_s << u"cli.udp_address"_s << udpMessage;
        QTest::newRow("udp port too big") << u"udp"_s << u"192.0.2.7:65536"_s << u"cli.udp_address"_s << udpMessage;
        QTest::newRow("udp port not a number") << u"udp"_s << u"192.0.2.7:smp"_s << u"cli.udp_address"_s << udpMessage;
        QTest::newRow("ble not an address") << u"ble"_s << u"AA:BB:CC"_s << u"cli.ble_address"_s << bleMessage;
        QTest::newRow("ble empty") << u"ble"_s << QString() << u"cli.ble_address"_s << bleMessage;
        QTest::newRow("unknown kind") << u"usb"_s << u"1-2"_s << u"cli.transport"_s
                                      << u"Give exactly one of --serial, --udp or --ble."_s;
    }

    void refused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const Result<TransportSpec> spec = parseTransportSpec(kind, value);
        QVERIFY(!spec.ok());
        QCOMPARE(spec.error().code(), code);
        QCOMPARE(spec.error().message(), message);
    }
};

QTEST_GUILESS_MAIN(tst_TransportSpec)
#include "tst_TransportSpec.moc"
