// Firmware updates end to end against the simulated device:
// - in this process, over a real pseudo-terminal (SmpSerialTransport ⇄ SimPtyServer)
//   and over UDP on loopback (SmpUdpTransport ⇄ SimUdpServer): a full
//   test-and-confirm update, then 50 runs each with the link dropped at random
//   points (seeded);
// - as processes: pasban-cli firmware push against pasban-devsim, killed with
//   SIGKILL mid-upload and started again (it resumes from the persisted job and
//   the device's offset); a downgrade refused; an image with the wrong key refused.
#include "SmpTestSupport.h"

#include "firmware/FirmwareJobStore.h"
#include "sim/SimPtyServer.h"
#include "sim/SimSmpDevice.h"
#include "sim/SimSmpServer.h"
#include "sim/SimUdpServer.h"
#include "smp/SmpSerialTransport.h"
#include "smp/SmpUdpTransport.h"
#include "storage/ConsoleSchema.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::firmware;

namespace {

sim::SimDeviceConfig fastDevice()
{
    sim::SimDeviceConfig config;
    config.rebootMs = 20;
    config.linkDownMs = 200;
    return config;
}

// One simulated device served over one kind of link, and the console's transport.
struct Served
{
    std::unique_ptr<sim::SimSmpDevice> device;
    std::unique_ptr<sim::SimSmpServer> server;
    std::unique_ptr<QObject> frontEnd;
    std::unique_ptr<smp::SmpTransport> transport;
};

enum class Link { Pty, Udp };

Served serve(Link link, const QByteArray &primary, sim::SimDeviceConfig config, sim::SimFaults faults)
{
    Served served;
    served.device = std::make_unique<sim::SimSmpDevice>(primary, config, faults);
    served.server = std::make_unique<sim::SimSmpServer>(served.device.get());
    if (link == Link::Pty) {
        auto pty = std::make_unique<sim::SimPtyServer>(served.server.get());
        if (!pty->open())
            qFatal("no pseudo-terminal");
        served.transport = std::make_unique<smp::SmpSerialTransport>(pty->slavePath());
        served.frontEnd = std::move(pty);
    } else {
        auto udp = std::make_unique<sim::SimUdpServer>(served.server.get());
        if (!udp->listen(QHostAddress::LocalHost, 0))
            qFatal("no UDP port");
        served.transport = std::make_unique<smp::SmpUdpTransport>(QHostAddress::LocalHost, udp->port());
        served.frontEnd = std::move(udp);
    }
    return served;
}

QString lineStartingWith(QProcess &process, const QByteArray &prefix)
{
    while (process.waitForReadyRead(10000) || process.canReadLine()) {
        while (process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            if (line.startsWith(prefix))
                return QString::fromUtf8(line.mid(prefix.size()));
        }
    }
    return {};
}

} // namespace

class tst_SmpEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void fullUpdate_data();
    void fullUpdate();
    void linkDroppedAtRandom_data();
    void linkDroppedAtRandom();
    void consoleKilledMidUploadResumes();
    void downgradeRefusedByTheCli();
    void wrongKeySendsNothing();

private:
    [[nodiscard]] QProcess *startDevsim(const QStringList &arguments, QString *where);
    [[nodiscard]] QStringList pushArguments(const QString &image, const QStringList &link) const;

    test::TestSigner m_signer;
    QByteArray m_old;
    QByteArray m_new;
    QTemporaryDir m_dir;
    QString m_keyFile;
    QList<QProcess *> m_processes;
};

void tst_SmpEndToEnd::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_old = m_signer.image(1, 0, 0, 8000);
    m_new = m_signer.image(1, 2, 0, 20000);
    m_keyFile = m_dir.filePath(u"vendor.pub.pem"_s);
    QFile key(m_keyFile);
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(m_signer.publicKeyPem());
}

void tst_SmpEndToEnd::cleanup()
{
    // Stop what the test started, also after a failure.
    for (QProcess *process : std::as_const(m_processes)) {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(5000);
        }
        delete process;
    }
    m_processes.clear();
}

void tst_SmpEndToEnd::fullUpdate_data()
{
    QTest::addColumn<Link>("link");
    QTest::newRow("pty") << Link::Pty;
    QTest::newRow("udp") << Link::Udp;
}

void tst_SmpEndToEnd::fullUpdate()
{
    QFETCH(Link, link);
    Served served = serve(link, m_old, fastDevice(), {});
    test::RecordingAuditSink audit;
    const VerifiedImage image = m_signer.verified(m_new);
    FirmwareUpdate update(image, served.transport.get(), test::fastOptions(), &audit);
    const auto outcome = test::runUpdate(update);
    QVERIFY(outcome.has_value());
    QVERIFY2(outcome->ok(), outcome->ok() ? "" : qPrintable(outcome->error().toString()));
    QVERIFY((*outcome)->confirmed);
    QCOMPARE(served.device->primary().hash, image.imageHash());
    QVERIFY(served.device->primaryConfirmed());
    QCOMPARE(served.device->reboots(), 1);
    QVERIFY(audit.steps().contains(u"confirmed"_s));
}

void tst_SmpEndToEnd::linkDroppedAtRandom_data()
{
    fullUpdate_data();
}

void tst_SmpEndToEnd::linkDroppedAtRandom()
{
    QFETCH(Link, link);
    QRandomGenerator random(link == Link::Pty ? 1128 : 2026);
    const VerifiedImage image = m_signer.verified(m_new);
    int completed = 0;
    for (int run = 0; run < 50; ++run) {
        sim::SimFaults faults;
        sim::SimDeviceConfig config = fastDevice();
        const bool permanent = run % 5 == 4; // the link never comes back
        if (run % 2 == 0)
            faults.dropAtOffset = random.bounded(qint64(m_new.size()));
        else
            faults.dropAfterMessages = random.bounded(1, 20);
        if (permanent)
            config.linkDownMs = 600000;
        Served served = serve(link, m_old, config, faults);
        FirmwareUpdateOptions options = test::fastOptions();
        if (permanent)
            options.reconnectAttempts = 2;
        FirmwareUpdate update(image, served.transport.get(), options);
        const auto outcome = test::runUpdate(update);
        QVERIFY2(outcome.has_value(), qPrintable(u"run %1 did not finish"_s.arg(run)));
        if (!permanent) {
            QVERIFY2(outcome->ok(),
                     qPrintable(u"run %1: %2"_s.arg(run).arg(outcome->ok() ? QString() : outcome->error().toString())));
        }
        sim::SimSmpDevice &device = *served.device;
        if (!outcome->ok()) {
            // Power cycle (twice if a test image was pending): MCUboot settles.
            device.reboot();
            if (!device.primaryConfirmed())
                device.reboot();
        }
        QVERIFY2(device.primaryConfirmed(), qPrintable(u"run %1"_s.arg(run)));
        QVERIFY(!device.secondaryPending());
        const bool isNew = device.primary().hash == image.imageHash();
        const bool isOld = device.primary().bytes == m_old;
        QVERIFY2(isNew != isOld, qPrintable(u"run %1"_s.arg(run)));
        if (outcome->ok())
            QVERIFY(isNew);
        completed += outcome->ok() ? 1 : 0;
    }
    QCOMPARE(completed, 40);
}

QProcess *tst_SmpEndToEnd::startDevsim(const QStringList &arguments, QString *where)
{
    auto *process = new QProcess;
    m_processes.append(process);
    process->start(QStringLiteral(PASBAN_DEVSIM), arguments);
    if (!process->waitForStarted(10000))
        return nullptr;
    *where = lineStartingWith(*process, arguments.contains(u"--udp"_s) ? "udp: " : "pty: ");
    return where->isEmpty() ? nullptr : process;
}

QStringList tst_SmpEndToEnd::pushArguments(const QString &image, const QStringList &link) const
{
    return QStringList {u"--data-dir"_s,     m_dir.filePath(u"data"_s),
                        u"--json"_s,         u"firmware"_s,
                        u"push"_s,           image,
                        u"--key"_s,          m_keyFile,
                        u"--timeout-ms"_s,   u"1000"_s,
                        u"--reconnect-ms"_s, u"50"_s}
    + link;
}

void tst_SmpEndToEnd::consoleKilledMidUploadResumes()
{
    const QString imagePath = m_dir.filePath(u"big.bin"_s);
    const QByteArray big = m_signer.image(1, 3, 0, 60000);
    {
        QFile file(imagePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(big);
    }
    QString pty;
    QProcess *devsim = startDevsim({u"--pty"_s, u"--bandwidth"_s, u"20000"_s, u"--reboot-ms"_s, u"50"_s}, &pty);
    QVERIFY(devsim);

    // The first console: killed with SIGKILL once a third of the image is across.
    auto *first = new QProcess;
    m_processes.append(first);
    first->start(QStringLiteral(PASBAN_CLI), pushArguments(imagePath, {u"--serial"_s, pty}));
    QVERIFY(first->waitForStarted(10000));
    first->setReadChannel(QProcess::StandardError);
    qint64 sentWhenKilled = 0;
    while (sentWhenKilled == 0 && first->waitForReadyRead(20000)) {
        while (first->canReadLine()) {
            const QString line = QString::fromUtf8(first->readLine());
            if (!line.startsWith(u"Sent "_s))
                continue;
            const qint64 bytes = line.section(u' ', 1, 1).toLongLong();
            if (bytes > big.size() / 3) {
                sentWhenKilled = bytes;
                first->kill(); // SIGKILL: no chance to clean up
                break;
            }
        }
    }
    QVERIFY(sentWhenKilled > 0);
    QVERIFY(first->waitForFinished(10000));
    QCOMPARE(first->exitStatus(), QProcess::CrashExit);

    // The job survived in the console database.
    {
        storage::Database db = storage::openConsoleDatabase(m_dir.filePath(u"data/pasban.sqlite"_s)).value();
        FirmwareJobStore jobs(db);
        const std::optional<FirmwareJob> job = jobs.find(u"serial:"_s + pty).value();
        QVERIFY(job.has_value());
        QCOMPARE(job->state, u"uploading"_s);
        QCOMPARE(job->size, qint64(big.size()));
    }

    // The console again: resumes, finishes, proves the result.
    QProcess second;
    second.start(QStringLiteral(PASBAN_CLI), pushArguments(imagePath, {u"--serial"_s, pty}));
    QVERIFY(second.waitForFinished(120000));
    const QByteArray errors = second.readAllStandardError();
    QVERIFY2(second.exitCode() == 0, errors.constData());
    const QJsonObject result = QJsonDocument::fromJson(second.readAllStandardOutput()).object();
    QCOMPARE(result.value(u"version"_s).toString(), u"1.3.0"_s);
    QVERIFY(result.value(u"confirmed"_s).toBool());
    QVERIFY2(result.value(u"resumedFrom"_s).toInteger() > big.size() / 4, errors.constData());
    QVERIFY(!result.value(u"alreadyInstalled"_s).toBool());

    // Pushing the same image again finds it installed and sends nothing.
    QProcess third;
    third.start(QStringLiteral(PASBAN_CLI), pushArguments(imagePath, {u"--serial"_s, pty}));
    QVERIFY(third.waitForFinished(60000));
    QCOMPARE(third.exitCode(), 0);
    QVERIFY(QJsonDocument::fromJson(third.readAllStandardOutput()).object().value(u"alreadyInstalled"_s).toBool());
}

void tst_SmpEndToEnd::downgradeRefusedByTheCli()
{
    QString port;
    QProcess *devsim = startDevsim({u"--udp"_s, u"0"_s, u"--version"_s, u"3.0.0"_s, u"--no-downgrade"_s}, &port);
    QVERIFY(devsim);
    const QString imagePath = m_dir.filePath(u"older.bin"_s);
    {
        QFile file(imagePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_new);
    }
    QProcess cli;
    cli.start(QStringLiteral(PASBAN_CLI), pushArguments(imagePath, {u"--udp"_s, u"127.0.0.1:"_s + port}));
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    const QJsonObject error =
        QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"firmware.downgrade_refused"_s);
    // The simulator reports at exit: still on 3.0.0, confirmed, never reset.
    devsim->terminate();
    QVERIFY(devsim->waitForFinished(10000));
    const QByteArray summary = devsim->readAllStandardError();
    QVERIFY2(summary.contains("primary 3.0.0, confirmed") && summary.contains("0 resets"), summary.constData());
}

void tst_SmpEndToEnd::wrongKeySendsNothing()
{
    QString port;
    QProcess *devsim = startDevsim({u"--udp"_s, u"0"_s}, &port);
    QVERIFY(devsim);
    test::TestSigner other;
    const QString imagePath = m_dir.filePath(u"foreign.bin"_s);
    {
        QFile file(imagePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(other.image(1, 5, 0, 4000));
    }
    QProcess cli;
    cli.start(QStringLiteral(PASBAN_CLI), pushArguments(imagePath, {u"--udp"_s, u"127.0.0.1:"_s + port}));
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    const QJsonObject error =
        QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(u"error"_s).toObject();
    QVERIFY2(error.value(u"code"_s).toString().startsWith(u"firmware."_s)
                 || error.value(u"code"_s).toString().startsWith(u"crypto."_s),
             qPrintable(error.value(u"code"_s).toString()));
    devsim->terminate();
    QVERIFY(devsim->waitForFinished(10000));
    QVERIFY(devsim->readAllStandardError().contains("; 0 requests"));
}

QTEST_GUILESS_MAIN(tst_SmpEndToEnd)
#include "tst_SmpEndToEnd.moc"
