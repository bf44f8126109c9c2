#pragma once

#include "SmpTransport.h"

#include <QHostAddress>

class QUdpSocket;

namespace pasban::smp {

// SMP over UDP (Zephyr's UDP transport, port 1337 by default): one message per
// datagram, no framing, no connection. A lost datagram shows up as a timeout.
class SmpUdpTransport final : public SmpTransport
{
    Q_OBJECT
public:
    static constexpr quint16 DefaultPort = 1337;
    // One datagram without IP fragmentation on Ethernet (1500 − IPv4 − UDP).
    static constexpr qsizetype MaxDatagram = 1472;

    SmpUdpTransport(QHostAddress host, quint16 port, QObject *parent = nullptr);
    ~SmpUdpTransport() override;

    void open() override;
    void close() override;
    [[nodiscard]] bool isOpen() const override;
    [[nodiscard]] Status send(const QByteArray &message) override;
    [[nodiscard]] qsizetype maxMessageSize() const override { return MaxDatagram; }
    [[nodiscard]] QString peerName() const override;

private:
    void onReadyRead();

    QHostAddress m_host;
    quint16 m_port;
    QUdpSocket *m_socket = nullptr;
};

} // namespace pasban::smp
