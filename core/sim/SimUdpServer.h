#pragma once

#include "common/Result.h"

#include <QHostAddress>
#include <QObject>

class QUdpSocket;

namespace pasban::sim {

class SimSmpServer;

// Serves a SimSmpServer on a UDP port (one SMP message per datagram), answering
// whoever sent the request. While the simulated link is down, datagrams are lost.
class SimUdpServer : public QObject
{
    Q_OBJECT
public:
    SimUdpServer(SimSmpServer *server, QObject *parent = nullptr);

    // Port 0 picks a free one (see port()).
    [[nodiscard]] Status listen(const QHostAddress &address, quint16 port);
    [[nodiscard]] quint16 port() const;

private:
    SimSmpServer *m_server;
    QUdpSocket *m_socket;
    QHostAddress m_peer;
    quint16 m_peerPort = 0;
};

} // namespace pasban::sim
