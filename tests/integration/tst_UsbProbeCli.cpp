// pasban-cli usb probe against pasban-devsim on a pseudo-terminal (as a USB
// CDC-ACM device with the mcumgr serial transport appears), against a
// pseudo-terminal where nothing answers, and against a port that does not exist.
#include "CliRunner.h"
#include "DevsimProcess.h"
#include "firmware/McubootImage.h"
#include "sim/SimFirmwareImage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using pasban::test::CliRun;

namespace {

const QByteArray Passphrase = "USB probe passphrase 5c1e";

} // namespace

class tst_UsbProbeCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void probeReportsWhatTheSimulatorRuns();
    void humanOutputNamesTheVersion();
    void probeIsAudited();
    void silentPortIsExitOne();
    void missingPortIsExitTwo();
    void usageErrors();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::CliRunner> m_cli;
    test::DevsimProcess m_devsim;
    QString m_pty;
    QByteArray m_hash;
    QString m_passphraseFile;
};

void tst_UsbProbeCli::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("pasban-devsim serves SMP on a pseudo-terminal on POSIX only");
#endif
    QVERIFY(m_dir.isValid());
    m_cli = std::make_unique<test::CliRunner>(QStringLiteral(PASBAN_CLI), m_dir);
    m_passphraseFile = m_dir.filePath(u"passphrase.txt"_s);
    QFile passphrase(m_passphraseFile);
    QVERIFY(passphrase.open(QIODevice::WriteOnly));
    passphrase.write(Passphrase + "\n");
    passphrase.close();

    // The image the simulator runs: its version and MCUboot hash are what the
    // probe must report.
    sim::SimFirmwareImage spec;
    spec.major = 4;
    spec.minor = 2;
    spec.revision = 19;
    spec.seed = 7;
    const QByteArray image = spec.build();
    const Result<firmware::McubootImage> parsed = firmware::McubootImage::parse(image);
    QVERIFY(parsed);
    m_hash = parsed->hashTlv().value;
    QVERIFY(!m_hash.isEmpty());
    const QString imagePath = m_dir.filePath(u"primary.bin"_s);
    QFile file(imagePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(image);
    file.close();

    m_pty = m_devsim.start(QStringLiteral(PASBAN_DEVSIM), {u"--pty"_s, u"--image"_s, imagePath, u"--chatty"_s});
    QVERIFY2(!m_pty.isEmpty(), m_devsim.error().constData());
}

void tst_UsbProbeCli::cleanupTestCase()
{
    m_devsim.stop();
}

void tst_UsbProbeCli::probeReportsWhatTheSimulatorRuns()
{
    const CliRun run = m_cli->run({u"usb"_s, u"probe"_s, u"--serial"_s, m_pty, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json().object();
    QCOMPARE(json.value(u"port"_s).toString(), m_pty);
    QCOMPARE(json.value(u"echo"_s).toBool(), true);
    const QJsonObject os = json.value(u"os"_s).toObject();
    QVERIFY(!os.value(u"info"_s).toString().isEmpty());
    QCOMPARE(os.value(u"bufferSize"_s).toInt(), 2475); // pasban-devsim's default buf_size
    QCOMPARE(os.value(u"bufferCount"_s).toInt(), 4);
    const QJsonObject bootloader = json.value(u"bootloader"_s).toObject();
    QCOMPARE(bootloader.value(u"name"_s).toString(), u"MCUboot"_s);
    QCOMPARE(bootloader.value(u"modeName"_s).toString(), u"swap-move"_s);
    const QJsonArray images = json.value(u"images"_s).toArray();
    QCOMPARE(images.size(), 1); // the secondary slot is empty
    const QJsonObject primary = images.first().toObject();
    QCOMPARE(primary.value(u"slot"_s).toInt(), 0);
    QCOMPARE(primary.value(u"version"_s).toString(), u"4.2.19"_s);
    QCOMPARE(primary.value(u"hash"_s).toString(), QString::fromLatin1(m_hash.toHex()));
    QCOMPARE(primary.value(u"active"_s).toBool(), true);
    QCOMPARE(primary.value(u"confirmed"_s).toBool(), true);
    QCOMPARE(primary.value(u"pending"_s).toBool(), false);
    QCOMPARE(primary.value(u"bootable"_s).toBool(), true);
}

void tst_UsbProbeCli::humanOutputNamesTheVersion()
{
    const CliRun run = m_cli->run({u"usb"_s, u"probe"_s, u"--serial"_s, m_pty});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("4.2.19") && run.out.contains("MCUboot") && run.out.contains(m_hash.toHex()),
             run.out.constData());
}

void tst_UsbProbeCli::probeIsAudited()
{
    const CliRun run =
        m_cli->run({u"usb"_s, u"probe"_s, u"--serial"_s, m_pty, u"--json"_s, u"--passphrase-file"_s, m_passphraseFile});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const CliRun tail =
        m_cli->run({u"audit"_s, u"tail"_s, u"-n"_s, u"1"_s, u"--json"_s, u"--passphrase-file"_s, m_passphraseFile});
    QVERIFY2(tail.exitCode == 0, tail.err.constData());
    QVERIFY2(tail.out.contains("smp-probe") && tail.out.contains("4.2.19") && tail.out.contains(m_pty.toUtf8()),
             tail.out.constData());
    // Once the log exists, a probe without its passphrase is refused (not run unaudited).
    const CliRun refused = m_cli->run({u"usb"_s, u"probe"_s, u"--serial"_s, m_pty});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("passphrase-file"), refused.err.constData());
}

void tst_UsbProbeCli::silentPortIsExitOne()
{
#ifdef Q_OS_UNIX
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
    const QString slave = QString::fromLocal8Bit(::ptsname(master));
    const CliRun run = m_cli->run({u"usb"_s, u"probe"_s, u"--serial"_s, slave, u"--timeout"_s, u"200"_s, u"--json"_s,
                                   u"--passphrase-file"_s, m_passphraseFile});
    ::close(master);
    QCOMPARE(run.exitCode, 1);
    // The reason: the echo, the first request, was not answered in time.
    const QJsonObject error = run.json().object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"smp.probe.no_answer"_s);
    QVERIFY2(error.value(u"message"_s).toString().contains(u"answered an SMP echo"_s), run.out.constData());
    QVERIFY2(run.err.contains(slave.toUtf8()), run.err.constData());
#endif
}

void tst_UsbProbeCli::missingPortIsExitTwo()
{
    const CliRun run = m_cli->run({u"usb"_s, u"probe"_s, u"--serial"_s, m_dir.filePath(u"no-such-tty"_s), u"--json"_s,
                                   u"--passphrase-file"_s, m_passphraseFile});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.contains("smp.open_failed"), run.out.constData());
}

void tst_UsbProbeCli::usageErrors()
{
    QCOMPARE(m_cli->run({u"usb"_s, u"probe"_s}).exitCode, 2);
    QCOMPARE(m_cli->run({u"usb"_s, u"list"_s}).exitCode, 2);
    QCOMPARE(m_cli->run({u"usb"_s, u"probe"_s, u"--serial"_s, m_pty, u"--timeout"_s, u"soon"_s}).exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_UsbProbeCli)
#include "tst_UsbProbeCli.moc"
