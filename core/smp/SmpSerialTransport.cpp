#include "SmpSerialTransport.h"

#include "SmpSerialFraming.h"

#include <QSerialPort>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace pasban::smp {

SmpSerialTransport::SmpSerialTransport(QString portName, qint32 baudRate, QObject *parent)
    : SmpTransport(parent)
    , m_portName(std::move(portName))
    , m_baudRate(baudRate)
{
}

SmpSerialTransport::~SmpSerialTransport()
{
    close();
}

QString SmpSerialTransport::peerName() const
{
    return u"serial:"_s + m_portName;
}

void SmpSerialTransport::open()
{
    if (isOpen()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT opened(); });
        return;
    }
    delete m_port;
    m_port = new QSerialPort(m_portName, this);
    m_port->setBaudRate(m_baudRate);
    m_decoder.reset();
    if (!m_port->open(QIODevice::ReadWrite)) {
        const Error error = TransportErrors::openFailed(peerName(), m_port->errorString());
        delete m_port;
        m_port = nullptr;
        QTimer::singleShot(0, this, [this, error] { Q_EMIT closed(error); });
        return;
    }
    connect(m_port, &QSerialPort::readyRead, this, &SmpSerialTransport::onReadyRead);
    connect(m_port, &QSerialPort::errorOccurred, this, &SmpSerialTransport::onError);
    QTimer::singleShot(0, this, [this] { Q_EMIT opened(); });
}

void SmpSerialTransport::close()
{
    if (!m_port)
        return;
    m_port->disconnect(this);
    m_port->close();
    m_port->deleteLater();
    m_port = nullptr;
}

bool SmpSerialTransport::isOpen() const
{
    return m_port && m_port->isOpen();
}

Status SmpSerialTransport::send(const QByteArray &message)
{
    if (!isOpen())
        return TransportErrors::notOpen(peerName());
    if (message.size() > maxMessageSize())
        return TransportErrors::tooLarge(message.size(), maxMessageSize());
    Result<QByteArray> framed = SmpSerialFraming::encode(message);
    if (!framed)
        return framed.error();
    if (m_port->write(*framed) != framed->size())
        return TransportErrors::linkLost(peerName(), m_port->errorString());
    return {};
}

void SmpSerialTransport::onReadyRead()
{
    const QByteArray bytes = m_port->readAll();
    for (Result<QByteArray> &packet : m_decoder.feed(bytes)) {
        if (packet)
            Q_EMIT received(*packet);
        else
            Q_EMIT receiveError(packet.error());
    }
}

void SmpSerialTransport::onError()
{
    if (!m_port || m_port->error() == QSerialPort::NoError || m_port->error() == QSerialPort::TimeoutError)
        return;
    const Error error = TransportErrors::linkLost(peerName(), m_port->errorString());
    close();
    Q_EMIT closed(error);
}

} // namespace pasban::smp
