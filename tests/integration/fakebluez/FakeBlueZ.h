#pragma once

// A private D-Bus bus standing in for the system bus, with the fake BlueZ of
// fakebluez.py on it, for integration tests of anything that uses QtBluetooth —
// in this process or in a child process such as pasban-cli:
//
//     FakeBlueZ fake;
//     QVERIFY2(fake.start(), qPrintable(fake.error()));   // in initTestCase
//     ... QtBluetooth here, or QProcess children, see the fake ...
//     fake.stop();                                         // in cleanupTestCase
//
// start() points DBUS_SYSTEM_BUS_ADDRESS (and DBUS_SESSION_BUS_ADDRESS) of this
// process at the private bus, so children started afterwards inherit it. QtDBus
// opens the system bus on first use: call start() before anything touches
// QtBluetooth or QtDBus in this process. Needs dbus-daemon and python3-dbusmock.

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class FakeBlueZ
{
public:
    FakeBlueZ() = default;
    FakeBlueZ(const FakeBlueZ &) = delete;
    FakeBlueZ &operator=(const FakeBlueZ &) = delete;
    ~FakeBlueZ() { stop(); }

    // scenario: a pasban-ble-scenario file; empty = the shipped ward.
    bool start(const QString &scenario = {})
    {
        using namespace Qt::Literals::StringLiterals;
        if (!m_dir.isValid())
            return fail(u"no temporary folder"_s);
        if (!QFile::exists(u"/usr/bin/python3"_s))
            return fail(u"/usr/bin/python3 is needed for the fake BlueZ"_s);
        QProcess probe;
        probe.start(u"/usr/bin/python3"_s, {u"-c"_s, u"import dbusmock"_s});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
            return fail(u"python3-dbusmock is needed (apt-get install python3-dbusmock)"_s);

        m_bus.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        if (!m_bus.waitForStarted(10000))
            return fail(u"dbus-daemon is needed (apt-get install dbus)"_s);
        QByteArray output;
        if (!waitForLine(m_bus, "\n", 10000, output))
            return fail(u"dbus-daemon printed no address"_s);
        m_address = output.trimmed();
        if (!m_address.startsWith("unix:"))
            return fail(u"unexpected bus address "_s + QString::fromUtf8(m_address));
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_address);
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address); // nothing may reach the real session bus either

        QStringList arguments {QStringLiteral(PASBAN_SOURCE_DIR "/tests/integration/fakebluez/fakebluez.py"),
                               u"--log"_s, logPath()};
        if (!scenario.isEmpty())
            arguments << u"--scenario"_s << scenario;
        m_fake.start(u"/usr/bin/python3"_s, arguments);
        if (!m_fake.waitForStarted(10000))
            return fail(u"the fake BlueZ did not start"_s);
        output.clear();
        if (!waitForLine(m_fake, "FAKEBLUEZ READY", 60000, output))
            return fail(u"the fake BlueZ did not get ready: "_s
                        + QString::fromUtf8(output + m_fake.readAllStandardError()));
        return true;
    }

    void stop()
    {
        for (QProcess *process : {&m_fake, &m_bus}) {
            if (process->state() == QProcess::NotRunning)
                continue;
            process->terminate();
            if (!process->waitForFinished(5000)) {
                process->kill();
                process->waitForFinished(5000);
            }
        }
    }

    [[nodiscard]] QByteArray busAddress() const { return m_address; }
    // dbusmock's log of every method call the fake received.
    [[nodiscard]] QString logPath() const { return m_dir.filePath(QStringLiteral("fakebluez.log")); }
    [[nodiscard]] QString error() const { return m_error; }

private:
    bool fail(const QString &why)
    {
        m_error = why;
        stop();
        return false;
    }

    static bool waitForLine(QProcess &process, const QByteArray &marker, int timeoutMs, QByteArray &seen)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (process.state() == QProcess::NotRunning)
                return false;
            process.waitForReadyRead(200);
            seen += process.readAllStandardOutput();
            if (seen.contains(marker))
                return true;
        }
        return false;
    }

    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_fake;
    QByteArray m_address;
    QString m_error;
};
