#pragma once

#include "SmpReassembler.h"
#include "SmpTransport.h"

#include <QBluetoothAddress>
#include <QBluetoothUuid>
#include <QLowEnergyCharacteristic>

class QLowEnergyController;
class QLowEnergyService;

namespace pasban::smp {

// SMP over BLE GATT: the SMP service's one characteristic, written without
// response, answering by notification. A request larger than one ATT write
// (MTU − 3) is sent in pieces (the device reassembles up to its buf_size); the
// answers' pieces are joined by the SMP header's length (SmpReassembler).
class SmpBleTransport final : public SmpTransport
{
    Q_OBJECT
public:
    static QBluetoothUuid serviceUuid();
    static QBluetoothUuid characteristicUuid();
    // Messages above this are not sent; the device's buf_size is usually smaller.
    static constexpr qsizetype MaxMessage = 4096;

    explicit SmpBleTransport(QBluetoothAddress address, QObject *parent = nullptr);
    ~SmpBleTransport() override;

    void open() override;
    void close() override;
    [[nodiscard]] bool isOpen() const override { return m_ready; }
    [[nodiscard]] Status send(const QByteArray &message) override;
    [[nodiscard]] qsizetype maxMessageSize() const override { return MaxMessage; }
    [[nodiscard]] QString peerName() const override;
    // Bytes per ATT write: the negotiated MTU minus the 3-byte ATT header.
    [[nodiscard]] qsizetype fragmentSize() const;

private:
    void onServicesDiscovered();
    void onServiceState();
    void fail(const QString &detail);

    QBluetoothAddress m_address;
    QLowEnergyController *m_controller = nullptr;
    QLowEnergyService *m_service = nullptr;
    QLowEnergyCharacteristic m_characteristic;
    SmpReassembler m_reassembler;
    bool m_ready = false;
};

} // namespace pasban::smp
