#include "discovery/Identification.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban::discovery;

namespace {
QBluetoothUuid u16(quint16 value)
{
    return QBluetoothUuid(value);
}
} // namespace

class TestIdentification : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Names as in the Bluetooth SIG company identifier table shipped in
    // core/discovery/data/company_identifiers.tsv; REFERENCE.md §1 lists the IDs.
    void medicalVendorsAreNamed_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("name");
        QTest::newRow("Omron") << 0x020E << u"Omron Healthcare Co., LTD"_s;
        QTest::newRow("A&D") << 0x0069 << u"A&D Engineering, Inc."_s;
        QTest::newRow("Dexcom") << 0x00D0 << u"Dexcom, Inc."_s;
        QTest::newRow("Roche") << 0x0170 << u"Roche Diabetes Care AG"_s;
        QTest::newRow("Medtronic") << 0x01F9 << u"Medtronic Inc."_s;
        QTest::newRow("Masimo") << 0x0243 << u"Masimo Corp"_s;
        QTest::newRow("Insulet") << 0x0360 << u"Insulet Corporation"_s;
        QTest::newRow("Abbott") << 0x03BB << u"Abbott"_s;
        QTest::newRow("Philips") << 0x01DD << u"Koninklijke Philips N.V."_s;
        QTest::newRow("Draeger") << 0x04BC << u"Draegerwerk AG & Co. KGaA"_s;
        QTest::newRow("Baxter") << 0x0C94 << u"Baxter Healthcare Corporation"_s;
        QTest::newRow("GE HealthCare") << 0x0F02 << u"GE HEALTHCARE TECHNOLOGIES INC."_s;
        QTest::newRow("Nordic") << 0x0059 << u"Nordic Semiconductor ASA"_s;
        QTest::newRow("TI") << 0x000D << u"Texas Instruments Inc."_s;
        QTest::newRow("first entry") << 0x0000 << u"Ericsson AB"_s;
    }
    void medicalVendorsAreNamed()
    {
        QFETCH(int, id);
        QFETCH(QString, name);
        QCOMPARE(companyName(quint16(id)), name);
    }

    void wholeTableIsShipped()
    {
        QVERIFY2(companyTableSize() > 3000, "the full SIG table, not just a few vendors");
        QCOMPARE(companyName(0xF000), QString()); // not assigned
        // 0xFFFF is the SIG's reserved default ID (used for testing), listed as such.
        QVERIFY(companyName(0xFFFF).startsWith(u"Bluetooth SIG Specification Reserved"_s));
    }

    // Appearance: category in bits 15–6, sub-category in bits 5–0
    // (Assigned Numbers §2.6). 0x0C41 = category 0x031 (pulse oximeter), sub 1.
    void appearanceNames()
    {
        QCOMPARE(appearanceName(0x0C41), u"Pulse Oximeter: Fingertip Pulse Oximeter"_s);
        QCOMPARE(appearanceName(0x0C40), u"Pulse Oximeter"_s);
        QCOMPARE(appearanceName(0x0C7F), u"Pulse Oximeter"_s); // sub-category 0x3F unassigned: category alone
        QCOMPARE(appearanceName(0x0341), u"Heart Rate Sensor: Heart Rate Belt"_s);
        QCOMPARE(appearanceName(0x0300), u"Thermometer"_s);
        QCOMPARE(appearanceName(0xFFC0), QString()); // category 0x3FF unassigned
    }

    void classInference_data()
    {
        QTest::addColumn<QList<QBluetoothUuid>>("services");
        QTest::addColumn<int>("appearance"); // -1 = not advertised
        QTest::addColumn<DeviceClass>("expected");
        QTest::newRow("PLX service") << QList {u16(0x1822)} << -1 << DeviceClass::PulseOximeter;
        QTest::newRow("service beats appearance") << QList {u16(0x1822)} << 0x0300 << DeviceClass::PulseOximeter;
        QTest::newRow("oximeter that also offers heart rate")
            << QList {u16(0x180D), u16(0x1822)} << -1 << DeviceClass::PulseOximeter;
        QTest::newRow("BP monitor with heart rate")
            << QList {u16(0x180D), u16(0x1810)} << -1 << DeviceClass::BloodPressureMonitor;
        QTest::newRow("CGM beats glucose")
            << QList {u16(0x1808), u16(0x181F)} << -1 << DeviceClass::ContinuousGlucoseMonitor;
        QTest::newRow("insulin delivery") << QList {u16(0x183A), u16(0x181F)} << -1 << DeviceClass::InsulinPump;
        QTest::newRow("heart rate alone") << QList {u16(0x180D)} << -1 << DeviceClass::HeartRateMonitor;
        QTest::newRow("weight scale") << QList {u16(0x181D)} << -1 << DeviceClass::WeightScale;
        QTest::newRow("GHS") << QList {u16(0x1840)} << -1 << DeviceClass::GenericHealthSensor;
        QTest::newRow("thermometer service") << QList {u16(0x1809)} << -1 << DeviceClass::Thermometer;
        QTest::newRow("glucose service") << QList {u16(0x1808)} << -1 << DeviceClass::GlucoseMeter;
        QTest::newRow("appearance only: ear thermometer")
            << QList<QBluetoothUuid> {} << 0x0301 << DeviceClass::Thermometer;
        QTest::newRow("appearance only: wrist oximeter")
            << QList<QBluetoothUuid> {} << 0x0C42 << DeviceClass::PulseOximeter;
        QTest::newRow("appearance only: insulin pen") << QList<QBluetoothUuid> {} << 0x0D48 << DeviceClass::InsulinPump;
        QTest::newRow("appearance only: CGM")
            << QList<QBluetoothUuid> {} << 0x0D00 << DeviceClass::ContinuousGlucoseMonitor;
        QTest::newRow("appearance only: medication delivery")
            << QList<QBluetoothUuid> {} << 0x0D80 << DeviceClass::GenericHealthSensor;
        QTest::newRow("appearance only: spirometer")
            << QList<QBluetoothUuid> {} << 0x0DC1 << DeviceClass::GenericHealthSensor;
        QTest::newRow("appearance only: weight scale")
            << QList<QBluetoothUuid> {} << 0x0C80 << DeviceClass::WeightScale;
        QTest::newRow("DIS and battery only") << QList {u16(0x180A), u16(0x180F)} << 0x0000 << DeviceClass::Unknown;
        QTest::newRow("keyboard") << QList<QBluetoothUuid> {} << 0x03C1 << DeviceClass::Unknown;
        QTest::newRow("nothing") << QList<QBluetoothUuid> {} << -1 << DeviceClass::Unknown;
    }
    void classInference()
    {
        QFETCH(QList<QBluetoothUuid>, services);
        QFETCH(int, appearance);
        QFETCH(DeviceClass, expected);
        const std::optional<quint16> a = appearance < 0 ? std::nullopt : std::optional<quint16>(quint16(appearance));
        QCOMPARE(inferDeviceClass(services, a), expected);
    }

    void firmwareUpdateServices()
    {
        const QBluetoothUuid smp(u"8d53dc1d-1db7-4cd3-868b-8a527460aa84"_s);
        QCOMPARE(smpServiceUuid(), smp);
        QCOMPARE(smpCharacteristicUuid(), QBluetoothUuid(u"DA2E7828-FBCE-4E01-AE9E-261174997C48"_s));
        QVERIFY(hasSmpService({u16(0x180A), smp}));
        QVERIFY(!hasSmpService({u16(0x180A), smpCharacteristicUuid()}));
        QVERIFY(hasNordicDfu({u16(0xFE59)}));
        QVERIFY(hasNordicDfu({}, {{u16(0xFE59), QByteArray("\x01", 1)}})); // advertised as service data only
        QVERIFY(!hasNordicDfu({u16(0xFE5A)}));
    }

    void clinicalCharacteristicsAreKnown()
    {
        for (quint16 measurement :
             {0x2A37, 0x2A1C, 0x2A1E, 0x2A35, 0x2A36, 0x2A18, 0x2A5E, 0x2A5F, 0x2AA7, 0x2A9D, 0x2B21, 0x2B8B}) {
            QVERIFY2(isHealthMeasurementCharacteristic(u16(measurement)), qPrintable(QString::number(measurement, 16)));
            QVERIFY(isClinicalCharacteristic(u16(measurement)));
        }
        // Control points and features are clinical (never written) but not probed.
        for (quint16 other : {0x2A38, 0x2A39, 0x2A52, 0x2AAC, 0x2B25, 0x2BF4}) {
            QVERIFY(!isHealthMeasurementCharacteristic(u16(other)));
            QVERIFY(isClinicalCharacteristic(u16(other)));
        }
        QVERIFY(!isClinicalCharacteristic(smpCharacteristicUuid()));
        QVERIFY(!isClinicalCharacteristic(u16(0x2A29))); // DIS manufacturer name
    }

    void namesOfServicesAndCharacteristics()
    {
        QCOMPARE(serviceName(u16(0x1822)), u"Pulse Oximeter"_s);
        QCOMPARE(serviceName(smpServiceUuid()), u"SMP"_s);
        QCOMPARE(characteristicName(u16(0x2A5F)), u"PLX Continuous Measurement"_s);
        QCOMPARE(characteristicName(u16(0x2BF5)), u"LE GATT Security Levels"_s);
        QVERIFY(!serviceName(u16(0x180F)).isEmpty()); // battery: from Qt's own table
        QCOMPARE(serviceName(QBluetoothUuid(u"12345678-1234-5678-1234-567812345678"_s)), QString());
    }
};

QTEST_GUILESS_MAIN(TestIdentification)
#include "tst_Identification.moc"
