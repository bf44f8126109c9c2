// The update engine against the simulated device on the in-process (BLE-like)
// link: every mode, resume, restarts, faults, downgrade refusal, cancel, and 50
// runs with the link dropped at random points.
#include "SmpTestSupport.h"

#include "firmware/FirmwareJobStore.h"
#include "sim/SimSmpDevice.h"
#include "sim/SimSmpServer.h"
#include "sim/SimSmpTransport.h"
#include "smp/SmpError.h"
#include "storage/ConsoleSchema.h"
#include "storage/Database.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::firmware;
using pasban::test::RecordingAuditSink;
using pasban::test::TestSigner;

namespace {

sim::SimDeviceConfig fastDevice()
{
    sim::SimDeviceConfig config;
    config.rebootMs = 10;
    config.linkDownMs = 40;
    return config;
}

// A device, its server and the console's transport to it.
struct Bench
{
    Bench(const QByteArray &primary, sim::SimDeviceConfig config = fastDevice(), sim::SimFaults faults = {})
        : device(primary, config, faults)
        , server(&device)
        , transport(&server, 247)
    {
    }
    sim::SimSmpDevice device;
    sim::SimSmpServer server;
    sim::SimSmpTransport transport;
};

storage::Database jobDatabase()
{
    storage::Database db = storage::Database::openInMemory().value();
    if (!storage::migrate(db, storage::consoleMigrations()))
        qFatal("migration failed");
    return db;
}

} // namespace

class tst_FirmwareUpdate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void testAndConfirm();
    void confirmOnly();
    void testOnlyRevertsAtTheNextReset();
    void alreadyInstalledSendsNothing();
    void downgradeRefusedBeforeSending();
    void deviceRefusesADowngrade();
    void deviceResetMidUploadRestartsCleanly();
    void rebootWithLinkLossResumes();
    void corruptReplyAndStallAreRetried();
    void deviceErrorFailsWithItsReason();
    void cancelThenResumeFromThePersistedJob();
    void linkDroppedAtRandom50Times();

private:
    TestSigner m_signer;
    QByteArray m_old;
    QByteArray m_new;
};

void tst_FirmwareUpdate::initTestCase()
{
    m_old = m_signer.image(1, 0, 0, 6000);
    m_new = m_signer.image(1, 1, 0, 12000);
}

void tst_FirmwareUpdate::testAndConfirm()
{
    Bench bench(m_old);
    RecordingAuditSink audit;
    storage::Database db = jobDatabase();
    FirmwareJobStore jobs(db);
    const VerifiedImage image = m_signer.verified(m_new);
    FirmwareUpdate update(image, &bench.transport, test::fastOptions(), &audit, &jobs);
    const auto outcome = test::runUpdate(update);
    QVERIFY(outcome.has_value());
    QVERIFY2(outcome->ok(), qPrintable(outcome->ok() ? QString() : outcome->error().toString()));
    QVERIFY((*outcome)->confirmed);
    QVERIFY(!(*outcome)->alreadyInstalled);
    QCOMPARE((*outcome)->version.toString(), u"1.1.0"_s);
    QCOMPARE(bench.device.primary().hash, image.imageHash());
    QVERIFY(bench.device.primaryConfirmed());
    QCOMPARE(bench.device.reboots(), 1);
    const QStringList steps = audit.steps();
    for (const QString &step :
         {u"start"_s, u"upload"_s, u"uploaded"_s, u"marked-test"_s, u"reset"_s, u"confirmed"_s, u"done"_s})
        QVERIFY2(steps.contains(step), qPrintable(steps.join(u',')));
    QCOMPARE(jobs.find(bench.transport.peerName()).value()->state, u"done"_s);
    // The confirmed image survives the next reset.
    bench.device.reboot();
    QCOMPARE(bench.device.primary().hash, image.imageHash());
}

void tst_FirmwareUpdate::confirmOnly()
{
    Bench bench(m_old);
    RecordingAuditSink audit;
    FirmwareUpdateOptions options = test::fastOptions();
    options.mode = UpdateMode::ConfirmOnly;
    const VerifiedImage image = m_signer.verified(m_new);
    FirmwareUpdate update(image, &bench.transport, options, &audit);
    const auto outcome = test::runUpdate(update);
    QVERIFY(outcome && outcome->ok());
    QVERIFY((*outcome)->confirmed);
    QVERIFY(audit.steps().contains(u"marked-permanent"_s));
    QVERIFY(!audit.steps().contains(u"confirmed"_s)); // permanent from the start
    QCOMPARE(bench.device.primary().hash, image.imageHash());
    QVERIFY(bench.device.primaryConfirmed());
}

void tst_FirmwareUpdate::testOnlyRevertsAtTheNextReset()
{
    Bench bench(m_old);
    FirmwareUpdateOptions options = test::fastOptions();
    options.mode = UpdateMode::TestOnly;
    const VerifiedImage image = m_signer.verified(m_new);
    FirmwareUpdate update(image, &bench.transport, options);
    const auto outcome = test::runUpdate(update);
    QVERIFY(outcome && outcome->ok());
    QVERIFY(!(*outcome)->confirmed);
    QCOMPARE(bench.device.primary().hash, image.imageHash());
    QVERIFY(!bench.device.primaryConfirmed());
    bench.device.reboot();
    QCOMPARE(bench.device.primary().version.toString(), u"1.0.0"_s);
    QVERIFY(bench.device.primaryConfirmed());
}

void tst_FirmwareUpdate::alreadyInstalledSendsNothing()
{
    Bench bench(m_new);
    FirmwareUpdate update(m_signer.verified(m_new), &bench.transport, test::fastOptions());
    const auto outcome = test::runUpdate(update);
    QVERIFY(outcome && outcome->ok());
    QVERIFY((*outcome)->alreadyInstalled);
    QCOMPARE(bench.device.uploadedBytes(), 0);
    QCOMPARE(bench.device.reboots(), 0);
}

void tst_FirmwareUpdate::downgradeRefusedBeforeSending()
{
    Bench bench(m_signer.image(2, 0, 0, 4000));
    RecordingAuditSink audit;
    FirmwareUpdate update(m_signer.verified(m_new), &bench.transport, test::fastOptions(), &audit);
    const auto outcome = test::runUpdate(update);
    QVERIFY(outcome && !outcome->ok());
    QCOMPARE(outcome->error().code(), u"firmware.downgrade_refused"_s);
    QCOMPARE(bench.device.uploadedBytes(), 0);
    QVERIFY(bench.device.secondary().isEmpty());
    QCOMPARE(bench.device.primary().version.toString(), u"2.0.0"_s);
    QVERIFY(audit.steps().contains(u"downgrade-refused"_s));
    QVERIFY(audit.steps().contains(u"failed"_s));
}

void tst_FirmwareUpdate::deviceRefusesADowngrade()
{
    sim::SimFaults faults;
    faults.refuseDowngrade = true;
    Bench bench(m_signer.image(2, 0, 0, 4000), fastDevice(), faults);
    FirmwareUpdateOptions options = test::fastOptions();
    options.allowDowngrade = true; // the console lets it through; the device does not
    FirmwareUpdate update(m_signer.verified(m_new), &bench.transport, options);
    const auto outcome = test::runUpdate(update);
    QVERIFY(outcome && !outcome->ok());
    QCOMPARE(outcome->error().code(),
             smp::SmpError(smp::SmpError::Form::V2, smp::SmpError::CurrentVersionIsNewer, 1).toError().code());
    QCOMPARE(bench.device.primary().version.toString(), u"2.0.0"_s);
    QVERIFY(bench.device.primaryConfirmed());
}

void tst_FirmwareUpdate::deviceResetMidUploadRestartsCleanly()
{
    // A watchdog reset the console does not see as a lost link: the device
    // answers off = 0 to the next chunk, and the upload starts again (resuming
    // by SHA-256 from what is in flash).
    Bench bench(m_old);
    RecordingAuditSink audit;
    FirmwareUpdateOptions options = test::fastOptions();
    options.window = 1;
    const VerifiedImage image = m_signer.verified(m_new);
    FirmwareUpdate update(image, &bench.transport, options, &audit);
    bool resetDone = false;
    connect(&update, &FirmwareUpdate::progress, this, [&](const UpdateProgress &progress) {
        if (!resetDone && progress.bytes > 5000) {
            resetDone = true;
            bench.device.reboot();
        }
    });
    const auto outcome = test::runUpdate(update);
    QVERIFY(outcome && outcome->ok());
    QVERIFY(resetDone);
    QCOMPARE((*outcome)->restarts, 1);
    QVERIFY(audit.steps().contains(u"upload-restarted"_s));
    QCOMPARE(bench.device.primary().hash, image.imageHash());
    QVERIFY(bench.device.primaryConfirmed());
}

void tst_FirmwareUpdate::rebootWithLinkLossResumes()
{
    sim::SimFaults faults;
    faults.rebootAtOffset = 7000;
    Bench bench(m_old, fastDevice(), faults);
    const VerifiedImage image = m_signer.verified(m_new);
    FirmwareUpdate update(image, &bench.transport, test::fastOptions());
    const auto outcome = test::runUpdate(update);
    QVERIFY(outcome && outcome->ok());
    QVERIFY((*outcome)->reconnects >= 2); // the fault and the update's own reset
    QVERIFY((*outcome)->resumedFrom > 0);
    QVERIFY((*outcome)->resumedFrom <= 7000);
    QCOMPARE(bench.device.primary().hash, image.imageHash());
}

void tst_FirmwareUpdate::corruptReplyAndStallAreRetried()
{
    sim::SimFaults faults;
    faults.corruptReplyNumber = 5;
    faults.stallAtOffset = 9000;
    faults.stallMs = 300;
    Bench bench(m_old, fastDevice(), faults);
    const VerifiedImage image = m_signer.verified(m_new);
    FirmwareUpdate update(image, &bench.transport, test::fastOptions());
    const auto outcome = test::runUpdate(update);
    QVERIFY2(outcome && outcome->ok(), outcome && !outcome->ok() ? qPrintable(outcome->error().toString()) : "");
    QCOMPARE(bench.device.primary().hash, image.imageHash());
    QVERIFY(bench.device.primaryConfirmed());
}

void tst_FirmwareUpdate::deviceErrorFailsWithItsReason()
{
    sim::SimFaults faults;
    faults.errorGroup = 1;
    faults.errorCommand = 0;
    faults.errorRc = smp::SmpError::Busy;
    faults.errorCount = 1;
    Bench bench(m_old, fastDevice(), faults);
    FirmwareUpdate update(m_signer.verified(m_new), &bench.transport, test::fastOptions());
    const auto outcome = test::runUpdate(update);
    QVERIFY(outcome && !outcome->ok());
    QCOMPARE(outcome->error().code(), smp::SmpError(smp::SmpError::Form::V1, smp::SmpError::Busy).toError().code());
    QCOMPARE(bench.device.uploadedBytes(), 0);
}

void tst_FirmwareUpdate::cancelThenResumeFromThePersistedJob()
{
    Bench bench(m_old);
    storage::Database db = jobDatabase();
    FirmwareJobStore jobs(db);
    const VerifiedImage image = m_signer.verified(m_new);
    FirmwareUpdateOptions options = test::fastOptions();
    options.persistEveryBytes = 1000;
    {
        FirmwareUpdate update(image, &bench.transport, options, nullptr, &jobs);
        connect(&update, &FirmwareUpdate::progress, &update, [&](const UpdateProgress &progress) {
            if (progress.bytes > 6000)
                update.cancel();
        });
        const auto outcome = test::runUpdate(update);
        QVERIFY(outcome && !outcome->ok());
        QCOMPARE(outcome->error().code(), u"firmware.update_cancelled"_s);
    }
    QCOMPARE(bench.device.primary().version.toString(), u"1.0.0"_s);
    QVERIFY(bench.device.primaryConfirmed());
    const std::optional<FirmwareJob> job = jobs.find(bench.transport.peerName()).value();
    QVERIFY(job.has_value());
    QCOMPARE(job->state, u"cancelled"_s);
    QVERIFY(job->offset > 0);
    QCOMPARE(job->fileSha256, image.fileSha256());

    RecordingAuditSink audit;
    bench.transport.close();
    FirmwareUpdate again(image, &bench.transport, options, &audit, &jobs);
    const auto outcome = test::runUpdate(again);
    QVERIFY(outcome && outcome->ok());
    QVERIFY((*outcome)->resumedFrom >= job->offset);
    QVERIFY(audit.steps().contains(u"resume-job"_s));
    QCOMPARE(bench.device.primary().hash, image.imageHash());
}

void tst_FirmwareUpdate::linkDroppedAtRandom50Times()
{
    QRandomGenerator random(20261128);
    const VerifiedImage image = m_signer.verified(m_new);
    int completed = 0;
    int leftOnOld = 0;
    for (int run = 0; run < 50; ++run) {
        sim::SimFaults faults;
        sim::SimDeviceConfig config = fastDevice();
        // Every fifth run the link never comes back: the update must fail cleanly.
        const bool permanent = run % 5 == 4;
        if (run % 2 == 0)
            faults.dropAtOffset = random.bounded(qint64(m_new.size()));
        else
            faults.dropAfterMessages = random.bounded(1, 16);
        if (permanent)
            config.linkDownMs = 600000;
        Bench bench(m_old, config, faults);
        FirmwareUpdateOptions options = test::fastOptions();
        if (permanent)
            options.reconnectAttempts = 2;
        FirmwareUpdate update(image, &bench.transport, options);
        const auto outcome = test::runUpdate(update);
        QVERIFY2(outcome.has_value(), qPrintable(u"run %1 did not finish"_s.arg(run)));
        if (!permanent)
            QVERIFY2(outcome->ok(),
                     qPrintable(u"run %1: %2"_s.arg(run).arg(outcome->ok() ? QString() : outcome->error().toString())));
        // Power the device off and on (twice when a test image was pending): it
        // must then run a confirmed image, the old or the new, never a mix.
        if (!outcome->ok()) {
            bench.device.reboot();
            if (!bench.device.primaryConfirmed())
                bench.device.reboot();
        }
        QVERIFY2(bench.device.primaryConfirmed(), qPrintable(u"run %1"_s.arg(run)));
        QVERIFY(!bench.device.secondaryPending());
        const bool isNew = bench.device.primary().hash == image.imageHash();
        const bool isOld = bench.device.primary().bytes == m_old;
        QVERIFY2(isNew != isOld, qPrintable(u"run %1"_s.arg(run)));
        if (outcome->ok())
            QVERIFY(isNew);
        completed += outcome->ok() ? 1 : 0;
        leftOnOld += isOld ? 1 : 0;
    }
    QCOMPARE(completed, 40);
    qInfo("50 runs: %d completed through resume, %d left on the previous image", completed, leftOnOld);
}

QTEST_GUILESS_MAIN(tst_FirmwareUpdate)
#include "tst_FirmwareUpdate.moc"
