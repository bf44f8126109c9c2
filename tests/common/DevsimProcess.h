#pragma once

// pasban-devsim as a child process for a test: started with ARGUMENTS, the line
// it prints beginning with PREFIX ("pty: " or "udp: ") read as where it serves,
// and stopped (terminate, then kill) when the object goes.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace pasban::test {

class DevsimProcess
{
public:
    DevsimProcess() = default;
    DevsimProcess(const DevsimProcess &) = delete;
    DevsimProcess &operator=(const DevsimProcess &) = delete;
    ~DevsimProcess() { stop(); }

    // Where the simulator serves (a pty path, host:port); empty when it did not
    // start or said nothing within 10 s — then error() says why.
    QString start(const QString &program, const QStringList &arguments, const QByteArray &prefix = "pty: ")
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(program, arguments);
        if (!m_process.waitForStarted())
            return {};
        while (m_process.canReadLine() || m_process.waitForReadyRead(10000)) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith(prefix))
                return QString::fromLocal8Bit(line.mid(prefix.size()));
        }
        return {};
    }

    [[nodiscard]] QByteArray error()
    {
        return m_process.errorString().toLocal8Bit() + ' ' + m_process.readAllStandardError();
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }

private:
    QProcess m_process;
};

} // namespace pasban::test
