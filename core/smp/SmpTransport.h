#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace pasban::smp {

// One link to one SMP server (a device): serial port, UDP socket, BLE GATT
// characteristic or the simulator. It moves whole SMP messages (header + CBOR);
// framing, fragmentation and reassembly are its business. Asynchronous, on the
// thread that owns it; SmpClient is its only user.
class SmpTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts connecting; emits opened() or closed(error). Calling open() on an
    // open transport emits opened() again.
    virtual void open() = 0;
    // Closes without emitting closed().
    virtual void close() = 0;
    [[nodiscard]] virtual bool isOpen() const = 0;
    // Queues one complete SMP message. An error when the transport is closed or
    // the message is larger than maxMessageSize().
    [[nodiscard]] virtual Status send(const QByteArray &message) = 0;
    // The largest message one send() may carry on this link (e.g. the BLE
    // reassembly limit, one UDP datagram). The device's buf_size may be smaller.
    [[nodiscard]] virtual qsizetype maxMessageSize() const = 0;
    // "serial:/dev/ttyACM0", "udp:10.0.0.5:1337", "ble:AA:BB:..": stable names for
    // jobs, logs and audit events.
    [[nodiscard]] virtual QString peerName() const = 0;

Q_SIGNALS:
    void opened();
    // The link was lost (or could not be opened). Pending requests are lost with it.
    void closed(const pasban::Error &reason);
    void received(const QByteArray &message);
    // Bytes arrived that are not a message (bad checksum, garbled frame). Counted,
    // logged; the request they belonged to times out and is retried.
    void receiveError(const pasban::Error &error);
};

// Errors every transport reports the same way.
namespace TransportErrors {
[[nodiscard]] Error notOpen(const QString &peer);
[[nodiscard]] Error tooLarge(qsizetype size, qsizetype limit);
[[nodiscard]] Error linkLost(const QString &peer, const QString &detail);
[[nodiscard]] Error openFailed(const QString &peer, const QString &detail);
} // namespace TransportErrors

} // namespace pasban::smp
