#include "SmpUdpTransport.h"

#include <QNetworkDatagram>
#include <QTimer>
#include <QUdpSocket>

using namespace Qt::Literals::StringLiterals;

namespace pasban::smp {

SmpUdpTransport::SmpUdpTransport(QHostAddress host, quint16 port, QObject *parent)
    : SmpTransport(parent)
    , m_host(host)
    , m_port(port)
{
}

SmpUdpTransport::~SmpUdpTransport()
{
    close();
}

QString SmpUdpTransport::peerName() const
{
    if (m_host.protocol() == QAbstractSocket::IPv6Protocol)
        return u"udp:[%1]:%2"_s.arg(m_host.toString()).arg(m_port);
    return u"udp:%1:%2"_s.arg(m_host.toString()).arg(m_port);
}

void SmpUdpTransport::open()
{
    if (!m_socket) {
        m_socket = new QUdpSocket(this);
        const QHostAddress any =
            m_host.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress::AnyIPv6 : QHostAddress::AnyIPv4;
        if (!m_socket->bind(any, 0)) {
            const Error error = TransportErrors::openFailed(peerName(), m_socket->errorString());
            delete m_socket;
            m_socket = nullptr;
            QTimer::singleShot(0, this, [this, error] { Q_EMIT closed(error); });
            return;
        }
        connect(m_socket, &QUdpSocket::readyRead, this, &SmpUdpTransport::onReadyRead);
    }
    QTimer::singleShot(0, this, [this] { Q_EMIT opened(); });
}

void SmpUdpTransport::close()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->close();
    m_socket->deleteLater();
    m_socket = nullptr;
}

bool SmpUdpTransport::isOpen() const
{
    return m_socket != nullptr;
}

Status SmpUdpTransport::send(const QByteArray &message)
{
    if (!m_socket)
        return TransportErrors::notOpen(peerName());
    if (message.size() > MaxDatagram)
        return TransportErrors::tooLarge(message.size(), MaxDatagram);
    // A send error (ICMP unreachable, full buffer) is a lost datagram: the request
    // times out and is sent again.
    m_socket->writeDatagram(message, m_host, m_port);
    return {};
}

void SmpUdpTransport::onReadyRead()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(MaxDatagram + 1);
        // Only the device we talk to; anything else on this port is noise.
        if (datagram.senderPort() != m_port || !datagram.senderAddress().isEqual(m_host))
            continue;
        Q_EMIT received(datagram.data());
    }
}

} // namespace pasban::smp
