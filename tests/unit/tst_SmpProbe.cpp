// The SMP probe over a real serial transport on a pseudo-terminal, against the
// simulated MCUboot device (SimPtyServer), and against a pseudo-terminal where
// nothing answers.
#include "sim/SimFirmwareImage.h"
#include "sim/SimPtyServer.h"
#include "sim/SimSmpDevice.h"
#include "sim/SimSmpServer.h"
#include "smp/SmpProbe.h"
#include "smp/SmpSerialTransport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::smp;

namespace {

SmpProbeOptions fastOptions()
{
    SmpProbeOptions options;
    options.client.timeoutMs = 300;
    options.client.retries = 1;
    return options;
}

// Runs PROBE to its end; counts finished() so a double report is seen.
std::optional<Result<SmpProbeResult>> runProbe(SmpProbe &probe, int *finishedCount = nullptr,
                                               const std::function<void()> &whileRunning = {})
{
    std::optional<Result<SmpProbeResult>> outcome;
    int count = 0;
    QEventLoop loop;
    QObject::connect(&probe, &SmpProbe::finished, &loop, [&](const Result<SmpProbeResult> &result) {
        outcome = result;
        ++count;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    probe.start();
    if (whileRunning)
        QTimer::singleShot(0, &loop, whileRunning);
    loop.exec();
    QTest::qWait(50); // a second finished() would arrive here
    if (finishedCount)
        *finishedCount = count;
    return outcome;
}

// A simulated device on a pseudo-terminal.
struct PtyDevice
{
    explicit PtyDevice(quint8 minor, sim::SimFaults faults = {})
    {
        sim::SimFirmwareImage image;
        image.major = 2;
        image.minor = minor;
        image.revision = 7;
        device = std::make_unique<sim::SimSmpDevice>(image.build(), sim::SimDeviceConfig {}, faults);
        server = std::make_unique<sim::SimSmpServer>(device.get());
        pty = std::make_unique<sim::SimPtyServer>(server.get());
        opened = pty->open();
    }
    std::unique_ptr<sim::SimSmpDevice> device;
    std::unique_ptr<sim::SimSmpServer> server;
    std::unique_ptr<sim::SimPtyServer> pty;
    Status opened;
};

} // namespace

class tst_SmpProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsWhatTheDeviceRuns();
    void unsupportedCommandsAreLeftOut();
    void deviceErrorEndsTheProbe();
    void silentPortIsNotAnSmpDevice();
    void missingPortFailsToOpen();
    void cancelEndsAtOnceAndOnce();
    void modeNames();
};

void tst_SmpProbe::readsWhatTheDeviceRuns()
{
    PtyDevice served(3);
    QVERIFY2(served.opened.ok(), "no pseudo-terminal");
    SmpProbe *probe = SmpProbe::forSerialPort(served.pty->slavePath(), fastOptions(), this);
    QStringList steps;
    connect(probe, &SmpProbe::progress, this, [&steps](const QString &step, int, int) { steps << step; });
    const auto outcome = runProbe(*probe);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok(), qPrintable(outcome->ok() ? QString() : outcome->error().toString()));
    const SmpProbeResult &result = outcome->value();
    QVERIFY(result.echo);
    QCOMPARE(result.peer, u"serial:"_s + served.pty->slavePath());
    QVERIFY(result.parameters);
    QCOMPARE(result.parameters->bufferSize, served.device->config().bufSize);
    QCOMPARE(result.parameters->bufferCount, served.device->config().bufCount);
    QVERIFY(result.osInfo);
    QVERIFY(!result.osInfo->isEmpty());
    QVERIFY(result.bootloader);
    QCOMPARE(result.bootloader->name, u"MCUboot"_s);
    QCOMPARE(result.bootloader->mode, std::optional<qint64>(served.device->config().bootloaderMode));
    QVERIFY(result.images);
    const ImageSlotState *active = result.activeImage();
    QVERIFY(active);
    QCOMPARE(active->version, u"2.3.7"_s);
    QCOMPARE(active->hash, served.device->primary().hash);
    QVERIFY(active->confirmed);
    QVERIFY(!active->pending);
    QCOMPARE(steps.size(), 6);

    const QJsonObject json = toJson(result, served.pty->slavePath());
    QCOMPARE(json.value(u"port"_s).toString(), served.pty->slavePath());
    QCOMPARE(json.value(u"echo"_s).toBool(), true);
    QCOMPARE(json.value(u"bootloader"_s).toObject().value(u"modeName"_s).toString(), u"swap-move"_s);
    const QJsonObject slot0 = json.value(u"images"_s).toArray().first().toObject();
    QCOMPARE(slot0.value(u"version"_s).toString(), u"2.3.7"_s);
    QCOMPARE(slot0.value(u"hash"_s).toString(), QString::fromLatin1(served.device->primary().hash.toHex()));
    QCOMPARE(slot0.value(u"active"_s).toBool(), true);
    QVERIFY(!probe->isRunning());

    const QJsonObject observed = probeObservationValue(result, served.pty->slavePath());
    QCOMPARE(observed.value(u"activeVersion"_s).toString(), u"2.3.7"_s);
    QCOMPARE(observed.value(u"activeHash"_s).toString(), QString::fromLatin1(served.device->primary().hash.toHex()));
    QCOMPARE(observed.value(u"bootloaderMode"_s).toString(), u"swap-move"_s);
    QCOMPARE(QString::fromUtf16(ProbeObservationKind), u"usb-smp-open"_s); // posture reads "usb-" kinds
}

void tst_SmpProbe::unsupportedCommandsAreLeftOut()
{
    sim::SimFaults faults;
    faults.errorGroup = 0; // OS group, command 7 (OS info): rc 8 "not supported"
    faults.errorCommand = 7;
    faults.errorRc = 8;
    faults.errorCount = 1;
    PtyDevice served(1, faults);
    QVERIFY2(served.opened.ok(), "no pseudo-terminal");
    SmpProbe *probe = SmpProbe::forSerialPort(served.pty->slavePath(), fastOptions(), this);
    const auto outcome = runProbe(*probe);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok(), qPrintable(outcome->ok() ? QString() : outcome->error().toString()));
    QVERIFY(!outcome->value().osInfo);
    QVERIFY(outcome->value().images);
    QCOMPARE(outcome->value().activeImage()->version, u"2.1.7"_s);
    QVERIFY(toJson(outcome->value(), u"x"_s).value(u"os"_s).toObject().value(u"info"_s).isNull());
}

void tst_SmpProbe::deviceErrorEndsTheProbe()
{
    sim::SimFaults faults;
    faults.errorGroup = 1; // image list: busy
    faults.errorCommand = 0;
    faults.errorRc = 10;
    faults.errorCount = 5;
    PtyDevice served(1, faults);
    QVERIFY2(served.opened.ok(), "no pseudo-terminal");
    SmpProbe *probe = SmpProbe::forSerialPort(served.pty->slavePath(), fastOptions(), this);
    const auto outcome = runProbe(*probe);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error().code(), u"smp.device.busy"_s);
}

void tst_SmpProbe::silentPortIsNotAnSmpDevice()
{
#ifdef Q_OS_UNIX
    // A pseudo-terminal whose other end never answers (a console that is not
    // mcumgr, or a device that ignores SMP frames).
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
    const QString slave = QString::fromLocal8Bit(::ptsname(master));
    SmpProbe *probe = SmpProbe::forSerialPort(slave, fastOptions(), this);
    int finished = 0;
    const auto outcome = runProbe(*probe, &finished);
    ::close(master);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error().code(), u"smp.probe.no_answer"_s);
    QVERIFY(outcome->error().message().contains(slave));
    QVERIFY(outcome->error().detail().contains(u"smp.timeout"_s));
    QCOMPARE(finished, 1);
#else
    QSKIP("pseudo-terminals are POSIX only");
#endif
}

void tst_SmpProbe::missingPortFailsToOpen()
{
    SmpProbe *probe = SmpProbe::forSerialPort(u"/dev/pasban-no-such-port"_s, fastOptions(), this);
    int finished = 0;
    const auto outcome = runProbe(*probe, &finished);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error().code(), u"smp.open_failed"_s);
    QCOMPARE(finished, 1);
}

void tst_SmpProbe::cancelEndsAtOnceAndOnce()
{
    PtyDevice served(1);
    QVERIFY2(served.opened.ok(), "no pseudo-terminal");
    served.server->dropLink(-1); // the device is silent: the probe would wait for its timeouts
    SmpProbe *probe = SmpProbe::forSerialPort(served.pty->slavePath(), fastOptions(), this);
    connect(probe, &SmpProbe::progress, probe, &SmpProbe::cancel); // cancel at the first step
    int finished = 0;
    const auto outcome = runProbe(*probe, &finished);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error().code(), u"smp.cancelled"_s);
    QCOMPARE(finished, 1);
    QVERIFY(!probe->isRunning());
}

void tst_SmpProbe::modeNames()
{
    QCOMPARE(bootloaderModeName(BootloaderInfo::SwapUsingMove), u"swap-move"_s);
    QCOMPARE(bootloaderModeName(BootloaderInfo::OverwriteOnly), u"overwrite-only"_s);
    QCOMPARE(bootloaderModeName(99), u"unknown"_s);
    QVERIFY(bootloaderModeText(99).contains(u"99"_s));
}

QTEST_GUILESS_MAIN(tst_SmpProbe)
#include "tst_SmpProbe.moc"
