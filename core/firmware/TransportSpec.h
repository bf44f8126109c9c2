#pragma once

#include "common/Result.h"

#include <QBluetoothAddress>
#include <QHostAddress>
#include <QString>

#include <memory>

namespace pasban::smp {
class SmpTransport;
}

namespace pasban::firmware {

// Where a device's SMP server is reached, as an operator types it: a serial port
// name (USB CDC-ACM, UART, pseudo-terminal), a UDP HOST:PORT with a numeric
// address ([v6]:port too), or a Bluetooth LE address. The CLI (--serial, --udp,
// --ble and the fleet file) and the push wizard both parse it here, so they accept
// exactly the same text.
struct TransportSpec
{
    enum class Kind { Serial, Udp, Ble };

    Kind kind = Kind::Serial;
    QString port; // Serial
    QHostAddress host; // Udp
    quint16 udpPort = 0; // Udp
    QBluetoothAddress bluetooth; // Ble

    // "serial:/dev/ttyACM0", "udp:192.0.2.7:1337", "ble:AA:BB:CC:DD:EE:FF".
    [[nodiscard]] QString text() const;
    // A new, unopened transport for this link; BAUD applies to serial only.
    [[nodiscard]] std::unique_ptr<smp::SmpTransport> makeTransport(qint32 baud = 115200) const;
};

// KIND is "serial", "udp" or "ble"; VALUE what goes with it. The error codes
// keep the names the CLI has always reported (scripts match them):
// cli.transport (no port name, or an unknown kind), cli.udp_address (not
// HOST:PORT with a numeric address and a port 1-65535), cli.ble_address.
[[nodiscard]] Result<TransportSpec> parseTransportSpec(const QString &kind, const QString &value);

} // namespace pasban::firmware
