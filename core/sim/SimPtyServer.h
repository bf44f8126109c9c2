#pragma once

#include "common/Result.h"
#include "smp/SmpSerialDecoder.h"

#include <QObject>
#include <QString>

class QSocketNotifier;

namespace pasban::sim {

class SimSmpServer;

// Serves a SimSmpServer on a pseudo-terminal, with mcumgr's serial framing: the
// console opens slavePath() like any serial port (it behaves as a USB CDC-ACM
// device would). POSIX only (posix_openpt); on Windows open() returns
// sim.pty_unsupported — use the UDP server there. While the simulated link is
// down, input is discarded and nothing is answered.
class SimPtyServer : public QObject
{
    Q_OBJECT
public:
    explicit SimPtyServer(SimSmpServer *server, QObject *parent = nullptr);
    ~SimPtyServer() override;

    [[nodiscard]] Status open();
    [[nodiscard]] QString slavePath() const { return m_slavePath; }
    // Also prints a log line between frames now and then, as a real console does.
    void setChatty(bool chatty) { m_chatty = chatty; }

private:
    void onReadable();
    void write(const QByteArray &bytes);
    void flush();

    SimSmpServer *m_server;
    int m_master = -1;
    int m_slave = -1; // kept open so the master never sees a hang-up between clients
    QString m_slavePath;
    QSocketNotifier *m_notifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QByteArray m_output;
    smp::SmpSerialDecoder m_decoder;
    bool m_chatty = false;
    quint64 m_replies = 0;
};

} // namespace pasban::sim
