#include "SmpBleTransport.h"

#include <QLowEnergyController>
#include <QLowEnergyDescriptor>
#include <QLowEnergyService>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace pasban::smp {

QBluetoothUuid SmpBleTransport::serviceUuid()
{
    return QBluetoothUuid(u"8d53dc1d-1db7-4cd3-868b-8a527460aa84"_s);
}

QBluetoothUuid SmpBleTransport::characteristicUuid()
{
    return QBluetoothUuid(u"da2e7828-fbce-4e01-ae9e-261174997c48"_s);
}

SmpBleTransport::SmpBleTransport(QBluetoothAddress address, QObject *parent)
    : SmpTransport(parent)
    , m_address(address)
    , m_reassembler(MaxMessage)
{
}

SmpBleTransport::~SmpBleTransport()
{
    close();
}

QString SmpBleTransport::peerName() const
{
    return u"ble:"_s + m_address.toString();
}

qsizetype SmpBleTransport::fragmentSize() const
{
    const int mtu = m_controller ? m_controller->mtu() : 23;
    return std::max(20, mtu - 3);
}

void SmpBleTransport::open()
{
    if (m_ready) {
        QTimer::singleShot(0, this, [this] { Q_EMIT opened(); });
        return;
    }
    close();
    m_reassembler.reset();
    m_controller = QLowEnergyController::createCentral(QBluetoothDeviceInfo(m_address, QString(), 0), this);
    connect(m_controller, &QLowEnergyController::connected, m_controller, &QLowEnergyController::discoverServices);
    connect(m_controller, &QLowEnergyController::discoveryFinished, this, &SmpBleTransport::onServicesDiscovered);
    connect(m_controller, &QLowEnergyController::errorOccurred, this,
            [this](QLowEnergyController::Error) { fail(m_controller->errorString()); });
    connect(m_controller, &QLowEnergyController::disconnected, this, [this] { fail(u"disconnected"_s); });
    m_controller->connectToDevice();
}

void SmpBleTransport::onServicesDiscovered()
{
    // Only the SMP service's details: QtBluetooth 6.4 can stall when several
    // services are discovered at once (REFERENCE §1).
    m_service = m_controller->createServiceObject(serviceUuid(), this);
    if (!m_service) {
        fail(u"the device has no SMP service"_s);
        return;
    }
    connect(m_service, &QLowEnergyService::stateChanged, this, &SmpBleTransport::onServiceState);
    connect(m_service, &QLowEnergyService::characteristicChanged, this,
            [this](const QLowEnergyCharacteristic &characteristic, const QByteArray &value) {
                if (characteristic.uuid() != characteristicUuid())
                    return;
                for (Result<QByteArray> &message : m_reassembler.feed(value)) {
                    if (message)
                        Q_EMIT received(*message);
                    else
                        Q_EMIT receiveError(message.error());
                }
            });
    connect(m_service, &QLowEnergyService::descriptorWritten, this, [this] {
        if (!m_ready) {
            m_ready = true;
            Q_EMIT opened();
        }
    });
    connect(m_service, &QLowEnergyService::errorOccurred, this,
            [this](QLowEnergyService::ServiceError error) { fail(u"GATT error %1"_s.arg(int(error))); });
    m_service->discoverDetails();
}

void SmpBleTransport::onServiceState()
{
    if (m_service->state() != QLowEnergyService::RemoteServiceDiscovered)
        return;
    m_characteristic = m_service->characteristic(characteristicUuid());
    if (!m_characteristic.isValid()) {
        fail(u"the SMP service has no SMP characteristic"_s);
        return;
    }
    const QLowEnergyDescriptor cccd =
        m_characteristic.descriptor(QBluetoothUuid::DescriptorType::ClientCharacteristicConfiguration);
    if (!cccd.isValid()) {
        fail(u"the SMP characteristic cannot notify"_s);
        return;
    }
    m_service->writeDescriptor(cccd, QLowEnergyCharacteristic::CCCDEnableNotification);
}

void SmpBleTransport::close()
{
    m_ready = false;
    if (m_service) {
        m_service->disconnect(this);
        m_service->deleteLater();
        m_service = nullptr;
    }
    if (m_controller) {
        m_controller->disconnect(this);
        m_controller->disconnectFromDevice();
        m_controller->deleteLater();
        m_controller = nullptr;
    }
}

void SmpBleTransport::fail(const QString &detail)
{
    const bool wasReady = m_ready;
    close();
    Q_EMIT closed(wasReady ? TransportErrors::linkLost(peerName(), detail)
                           : TransportErrors::openFailed(peerName(), detail));
}

Status SmpBleTransport::send(const QByteArray &message)
{
    if (!m_ready || !m_service)
        return TransportErrors::notOpen(peerName());
    if (message.size() > MaxMessage)
        return TransportErrors::tooLarge(message.size(), MaxMessage);
    const qsizetype piece = fragmentSize();
    for (qsizetype at = 0; at < message.size(); at += piece) {
        m_service->writeCharacteristic(m_characteristic, message.mid(at, piece),
                                       QLowEnergyService::WriteWithoutResponse);
    }
    return {};
}

} // namespace pasban::smp
