#pragma once

#include "SmpSerialDecoder.h"
#include "SmpTransport.h"

class QSerialPort;

namespace pasban::smp {

// SMP over a serial console (UART, USB CDC-ACM, or a pseudo-terminal): mcumgr's
// base64 line framing with CRC-16/XMODEM (SmpSerialFraming / SmpSerialDecoder).
// Log lines the device prints between frames are skipped.
class SmpSerialTransport final : public SmpTransport
{
    Q_OBJECT
public:
    explicit SmpSerialTransport(QString portName, qint32 baudRate = 115200, QObject *parent = nullptr);
    ~SmpSerialTransport() override;

    void open() override;
    void close() override;
    [[nodiscard]] bool isOpen() const override;
    [[nodiscard]] Status send(const QByteArray &message) override;
    // Zephyr's serial transport reassembles into one buffer; the device's
    // buf_size is the real bound, this only stops absurd sizes.
    [[nodiscard]] qsizetype maxMessageSize() const override { return SmpSerialDecoder::DefaultMaxPacketSize; }
    [[nodiscard]] QString peerName() const override;

private:
    void onReadyRead();
    void onError();

    QString m_portName;
    qint32 m_baudRate;
    QSerialPort *m_port = nullptr;
    SmpSerialDecoder m_decoder;
};

} // namespace pasban::smp
