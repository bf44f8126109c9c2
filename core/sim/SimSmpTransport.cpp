#include "SimSmpTransport.h"

#include "SimSmpServer.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace pasban::sim {

SimSmpTransport::SimSmpTransport(SimSmpServer *server, int mtu, qsizetype maxMessage, QObject *parent)
    : smp::SmpTransport(parent)
    , m_server(server)
    , m_mtu(std::max(23, mtu))
    , m_maxMessage(maxMessage)
    , m_toDevice(maxMessage)
    , m_fromDevice(maxMessage)
{
    connect(server, &SimSmpServer::reply, this, [this](const QByteArray &message) {
        if (!m_open)
            return;
        // Notifications of MTU − 3 bytes each.
        for (qsizetype at = 0; at < message.size(); at += m_mtu - 3) {
            for (Result<QByteArray> &whole : m_fromDevice.feed(
                     QByteArrayView(message).sliced(at, std::min<qsizetype>(m_mtu - 3, message.size() - at)))) {
                if (whole)
                    Q_EMIT received(*whole);
                else
                    Q_EMIT receiveError(whole.error());
            }
        }
    });
    connect(server, &SimSmpServer::linkDown, this, [this] {
        if (!m_open)
            return;
        m_open = false;
        Q_EMIT closed(smp::TransportErrors::linkLost(peerName(), u"simulated link dropped"_s));
    });
}

QString SimSmpTransport::peerName() const
{
    return u"sim:%1"_s.arg(quintptr(m_server.data()), 0, 16);
}

void SimSmpTransport::open()
{
    QTimer::singleShot(0, this, [this] {
        if (!m_server || !m_server->isLinkUp()) {
            Q_EMIT closed(smp::TransportErrors::openFailed(peerName(), u"simulated device out of reach"_s));
            return;
        }
        m_open = true;
        m_toDevice.reset();
        m_fromDevice.reset();
        Q_EMIT opened();
    });
}

void SimSmpTransport::close()
{
    m_open = false;
}

Status SimSmpTransport::send(const QByteArray &message)
{
    if (!m_open || !m_server)
        return smp::TransportErrors::notOpen(peerName());
    if (message.size() > m_maxMessage)
        return smp::TransportErrors::tooLarge(message.size(), m_maxMessage);
    for (qsizetype at = 0; at < message.size(); at += m_mtu - 3) {
        for (Result<QByteArray> &whole :
             m_toDevice.feed(QByteArrayView(message).sliced(at, std::min<qsizetype>(m_mtu - 3, message.size() - at)))) {
            if (whole)
                m_server->receive(*whole);
        }
    }
    return {};
}

} // namespace pasban::sim
