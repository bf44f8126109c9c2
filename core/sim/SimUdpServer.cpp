#include "SimUdpServer.h"

#include "SimSmpServer.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

using namespace Qt::Literals::StringLiterals;

namespace pasban::sim {

SimUdpServer::SimUdpServer(SimSmpServer *server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_socket(new QUdpSocket(this))
{
    connect(m_socket, &QUdpSocket::readyRead, this, [this] {
        while (m_socket->hasPendingDatagrams()) {
            const QNetworkDatagram datagram = m_socket->receiveDatagram(65536);
            m_peer = datagram.senderAddress();
            m_peerPort = quint16(datagram.senderPort());
            m_server->receive(datagram.data());
        }
    });
    connect(server, &SimSmpServer::reply, this, [this](const QByteArray &message) {
        if (m_peerPort != 0)
            m_socket->writeDatagram(message, m_peer, m_peerPort);
    });
}

Status SimUdpServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_socket->bind(address, port)) {
        return Error(u"sim.listen_failed"_s,
                     QT_TRANSLATE_NOOP("pasban::Error", "The device simulator could not open UDP port %1."),
                     {QString::number(port)}, m_socket->errorString());
    }
    return {};
}

quint16 SimUdpServer::port() const
{
    return m_socket->localPort();
}

} // namespace pasban::sim
