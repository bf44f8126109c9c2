// pasban-cli firmware push --ble through the real QtBluetooth (BlueZ D-Bus
// backend) against the fake BlueZ, whose SMP characteristic (write without
// response + notify) forwards to pasban-devsim: the BLE transport's pieces,
// notifications and reassembly, end to end.
#include "SmpTestSupport.h"
#include "fakebluez/FakeBlueZ.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_SmpBle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pushOverBle();

private:
    QTemporaryDir m_dir;
    QProcess m_devsim;
    FakeBlueZ m_fake;
    pasban::test::TestSigner m_signer;
};

static const char *const Address = "E8:31:CD:07:5B:92";

void tst_SmpBle::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_devsim.start(QStringLiteral(PASBAN_DEVSIM), {u"--udp"_s, u"0"_s, u"--reboot-ms"_s, u"100"_s});
    QVERIFY(m_devsim.waitForStarted(10000));
    QVERIFY(m_devsim.waitForReadyRead(10000));
    const QByteArray line = m_devsim.readLine().trimmed();
    QVERIFY2(line.startsWith("udp: "), line.constData());
    const int port = line.mid(5).toInt();

    const QJsonObject characteristic {{u"uuid"_s, u"da2e7828-fbce-4e01-ae9e-261174997c48"_s},
                                      {u"flags"_s, QJsonArray {u"write-without-response"_s, u"notify"_s}},
                                      {u"behaviour"_s, u"smp-udp"_s},
                                      {u"smpUdpPort"_s, port}};
    const QJsonObject device {{u"key"_s, u"smp-device"_s},
                              {u"address"_s, QString::fromLatin1(Address)},
                              {u"addressType"_s, u"public"_s},
                              {u"name"_s, u"Simulated pump"_s},
                              {u"rssi"_s, -50},
                              {u"services"_s, QJsonArray {u"8d53dc1d-1db7-4cd3-868b-8a527460aa84"_s}},
                              {u"gatt"_s,
                               QJsonArray {QJsonObject {{u"uuid"_s, u"8d53dc1d-1db7-4cd3-868b-8a527460aa84"_s},
                                                        {u"characteristics"_s, QJsonArray {characteristic}}}}}};
    const QJsonObject scenario {
        {u"format"_s, u"pasban-ble-scenario"_s}, {u"version"_s, 1}, {u"devices"_s, QJsonArray {device}}};
    QFile file(m_dir.filePath(u"scenario.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(scenario).toJson());
    file.close();
    QVERIFY2(m_fake.start(file.fileName()), qPrintable(m_fake.error()));
}

void tst_SmpBle::cleanupTestCase()
{
    m_fake.stop();
    m_devsim.terminate();
    if (!m_devsim.waitForFinished(5000))
        m_devsim.kill();
}

void tst_SmpBle::pushOverBle()
{
    const QString image = m_dir.filePath(u"app.bin"_s);
    const QString key = m_dir.filePath(u"vendor.pub.pem"_s);
    {
        QFile file(image);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_signer.image(1, 4, 0, 3000));
        QFile pem(key);
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(m_signer.publicKeyPem());
    }
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(PASBAN_CLI),
              {u"--data-dir"_s, m_dir.filePath(u"data"_s), u"--json"_s, u"firmware"_s, u"push"_s, image, u"--key"_s,
               key, u"--ble"_s, QString::fromLatin1(Address), u"--timeout-ms"_s, u"3000"_s, u"--reconnect-ms"_s,
               u"300"_s});
    QVERIFY(cli.waitForFinished(240000));
    const QByteArray errors = cli.readAllStandardError();
    QVERIFY2(cli.exitCode() == 0, errors.constData());
    const QJsonObject result = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QCOMPARE(result.value(u"version"_s).toString(), u"1.4.0"_s);
    QVERIFY(result.value(u"confirmed"_s).toBool());
    QVERIFY(result.value(u"device"_s).toString().startsWith(u"ble:"_s));
}

QTEST_GUILESS_MAIN(tst_SmpBle)
#include "tst_SmpBle.moc"
