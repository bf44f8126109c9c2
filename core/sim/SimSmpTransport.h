#pragma once

#include "smp/SmpReassembler.h"
#include "smp/SmpTransport.h"

#include <QPointer>

namespace pasban::sim {

class SimSmpServer;

// The console's end of a simulated BLE link to a SimSmpServer, in-process: each
// message is cut into ATT-sized pieces (MTU − 3) and joined again on the other
// side, as on air; the link going down closes the transport (a BLE disconnect),
// and open() fails until it is back. The demo fleet, tests and the benchmark use it.
class SimSmpTransport final : public smp::SmpTransport
{
    Q_OBJECT
public:
    SimSmpTransport(SimSmpServer *server, int mtu = 247, qsizetype maxMessage = 4096, QObject *parent = nullptr);

    void open() override;
    void close() override;
    [[nodiscard]] bool isOpen() const override { return m_open; }
    [[nodiscard]] Status send(const QByteArray &message) override;
    [[nodiscard]] qsizetype maxMessageSize() const override { return m_maxMessage; }
    [[nodiscard]] QString peerName() const override;

private:
    QPointer<SimSmpServer> m_server;
    int m_mtu;
    qsizetype m_maxMessage;
    smp::SmpReassembler m_toDevice;
    smp::SmpReassembler m_fromDevice;
    bool m_open = false;
};

} // namespace pasban::sim
