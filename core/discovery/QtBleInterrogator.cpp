#include "QtBleInterrogator.h"

#include "Identification.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "smp/SmpMessage.h"
#include "smp/SmpRequests.h"

#include <QBluetoothDeviceInfo>
#include <QCoreApplication>
#include <QLowEnergyController>
#include <QLowEnergyService>
#include <QMetaEnum>
#include <QPointer>
#include <QTimer>

#if defined(PASBAN_HAVE_BLUEZ_DBUS)
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace pasban::discovery {

namespace {

constexpr const char *Context = "pasban::discovery";
constexpr qsizetype MaxNotifications = 10000; // a chatty or hostile device must not exhaust memory
constexpr quint8 SmpEchoSequence = 0x5A;
const QByteArray EnableNotify = QByteArray::fromHex("0100");
const QByteArray EnableIndicate = QByteArray::fromHex("0200");

QString phase(const char *text)
{
    return QCoreApplication::translate(Context, text);
}

Error interrogationError(const QString &code, const char *message, const QString &detail = {})
{
    return Error(code, message, {}, detail);
}

Error connectFailed(const QString &detail)
{
    return interrogationError(u"discovery.interrogation.connect"_s,
                              QT_TRANSLATE_NOOP("pasban::Error",
                                                "Could not connect to the device. Check that it is switched on, "
                                                "nearby and not busy with another phone or console, scan again and "
                                                "retry."),
                              detail);
}

QString textValue(const QByteArray &value)
{
    // Many devices pad their strings with NULs to a fixed length.
    qsizetype end = value.size();
    while (end > 0 && value[end - 1] == '\0')
        --end;
    return QString::fromUtf8(value.constData(), end).trimmed();
}

// Whether BlueZ holds a pairing (bond) with the device; nullopt when it cannot
// tell. A bonded link is encrypted without asking, so what an interrogation then
// reads says nothing about what a stranger could read.
std::optional<bool> pairedInBlueZ(const QString &address)
{
#if defined(PASBAN_HAVE_BLUEZ_DBUS)
    const QDBusMessage call = QDBusMessage::createMethodCall(
        u"org.bluez"_s, u"/"_s, u"org.freedesktop.DBus.ObjectManager"_s, u"GetManagedObjects"_s);
    const QDBusMessage reply = QDBusConnection::systemBus().call(call, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return std::nullopt;
    std::optional<bool> paired;
    const QDBusArgument objects = reply.arguments().constFirst().value<QDBusArgument>();
    objects.beginMap();
    while (!objects.atEnd()) {
        QDBusObjectPath path;
        objects.beginMapEntry();
        objects >> path;
        objects.beginMap();
        while (!objects.atEnd()) {
            QString interface;
            QVariantMap properties;
            objects.beginMapEntry();
            objects >> interface;
            objects.beginMap();
            while (!objects.atEnd()) {
                QString key;
                QDBusVariant value;
                objects.beginMapEntry();
                objects >> key >> value;
                objects.endMapEntry();
                properties.insert(key, value.variant());
            }
            objects.endMap();
            objects.endMapEntry();
            if (interface == u"org.bluez.Device1"
                && properties.value(u"Address"_s).toString().compare(address, Qt::CaseInsensitive) == 0)
                paired = properties.value(u"Paired"_s).toBool() || properties.value(u"Bonded"_s).toBool();
        }
        objects.endMap();
        objects.endMapEntry();
    }
    objects.endMap();
    return paired;
#else
    Q_UNUSED(address);
    return std::nullopt;
#endif
}

} // namespace

// One interrogation from connect to disconnect. GATT operations go one at a time:
// QtBluetooth's BlueZ backend runs them serially anyway, and its errors do not say
// which characteristic failed, so the one in flight is the one that failed.
class InterrogationRun : public QObject
{
    Q_OBJECT
public:
    InterrogationRun(const QString &address, const InterrogationOptions &options, QObject *parent);
    ~InterrogationRun() override;

    void start();
    void cancel();

Q_SIGNALS:
    void progress(const QString &phase, int percent);
    void notificationReceived(const pasban::discovery::NotificationRecord &notification);
    void finished(const pasban::discovery::Interrogation &interrogation);
    void failed(const pasban::Error &error);

private:
    enum class Purpose { DeviceInformation, SecurityLevels, ProbeRead, ProbeSubscribe, SmpSubscribe, SmpEcho };
    struct Operation
    {
        Purpose purpose;
        QPointer<QLowEnergyService> service;
        QBluetoothUuid characteristic;
    };

    void onConnected();
    void onServicesDiscovered();
    void discoverNextService();
    void onServiceState(QLowEnergyService *service, QLowEnergyService::ServiceState state);
    void planOperations();
    void runNextOperation();
    void completeOperation(bool ok, const QByteArray &value, const QString &detail);
    void onRead(QLowEnergyService *service, const QLowEnergyCharacteristic &characteristic, const QByteArray &value);
    void onDescriptorWritten(QLowEnergyService *service, const QLowEnergyDescriptor &descriptor);
    void onServiceError(QLowEnergyService *service, QLowEnergyService::ServiceError error);
    void onChanged(const QLowEnergyCharacteristic &characteristic, const QByteArray &value);
    void onControllerError(QLowEnergyController::Error error);
    void onDisconnected();
    void listen();
    void disconnectAndFinish();
    void emitFinished();
    void fail(const Error &error);
    void armTimeout(std::chrono::milliseconds timeout);
    void recordDeviceInformation(const QBluetoothUuid &uuid, const QByteArray &value);
    [[nodiscard]] QLowEnergyCharacteristic characteristicOf(const Operation &operation) const;

    enum class Stage { Idle, Connecting, Discovering, Details, Operations, Listening, Disconnecting, Done };

    QString m_address;
    InterrogationOptions m_options;
    Interrogation m_result;
    Stage m_stage = Stage::Idle;
    QLowEnergyController *m_controller = nullptr;
    QList<QBluetoothUuid> m_serviceUuids;
    qsizetype m_nextService = 0;
    QList<QLowEnergyService *> m_services;
    QList<Operation> m_operations;
    qsizetype m_operationCount = 0;
    std::optional<Operation> m_current;
    bool m_subscribed = false;
    std::optional<bool> m_pairedBefore;
    QTimer m_timeout;
    QTimer m_listenTicker;
    int m_listenedSeconds = 0;
};

InterrogationRun::InterrogationRun(const QString &address, const InterrogationOptions &options, QObject *parent)
    : QObject(parent)
    , m_address(address.toUpper())
    , m_options(options)
{
    m_timeout.setSingleShot(true);
    m_listenTicker.setInterval(1s);
}

InterrogationRun::~InterrogationRun() = default;

void InterrogationRun::start()
{
    if (m_stage != Stage::Idle)
        return; // cancelled before it began
    m_result.address = m_address;
    m_result.atUtc = Clock::system().nowUtc();
    m_pairedBefore = pairedInBlueZ(m_address);
    m_result.method = m_pairedBefore.value_or(false) ? u"ble-gatt-bonded"_s : u"ble-gatt-unauthenticated"_s;

    const QBluetoothAddress address(m_address);
    if (address.isNull()) {
        fail(connectFailed(u"not a Bluetooth address: %1"_s.arg(m_address)));
        return;
    }
    QBluetoothDeviceInfo info(address, QString(), 0);
    info.setCoreConfigurations(QBluetoothDeviceInfo::LowEnergyCoreConfiguration);
    m_controller = QLowEnergyController::createCentral(info, this);
    connect(m_controller, &QLowEnergyController::connected, this, &InterrogationRun::onConnected, Qt::QueuedConnection);
    connect(m_controller, &QLowEnergyController::discoveryFinished, this, &InterrogationRun::onServicesDiscovered,
            Qt::QueuedConnection);
    connect(m_controller, &QLowEnergyController::errorOccurred, this, &InterrogationRun::onControllerError);
    connect(m_controller, &QLowEnergyController::disconnected, this, &InterrogationRun::onDisconnected,
            Qt::QueuedConnection);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        switch (m_stage) {
        case Stage::Connecting:
        case Stage::Discovering:
            fail(interrogationError(u"discovery.interrogation.timeout"_s,
                                    QT_TRANSLATE_NOOP("pasban::Error",
                                                      "The device did not answer in time. Move closer to it, check "
                                                      "that it is switched on, and try again."),
                                    u"stage %1"_s.arg(int(m_stage))));
            break;
        case Stage::Details:
            m_result.problems.append(
                interrogationError(u"discovery.interrogation.service"_s,
                                   QT_TRANSLATE_NOOP("pasban::Error",
                                                     "The details of one service could not be read; it is listed "
                                                     "without its characteristics."),
                                   m_serviceUuids.value(m_nextService - 1).toString()));
            discoverNextService();
            break;
        case Stage::Operations:
            completeOperation(false, {}, u"timeout"_s);
            break;
        case Stage::Disconnecting:
            emitFinished();
            break;
        default:
            break;
        }
    });
    connect(&m_listenTicker, &QTimer::timeout, this, [this] {
        ++m_listenedSeconds;
        const auto total = std::max<qint64>(1, m_options.notifyFor.count());
        Q_EMIT progress(phase(QT_TRANSLATE_NOOP("pasban::discovery", "Listening for measurements")),
                        int(80 + 18 * std::min<qint64>(m_listenedSeconds, total) / total));
        if (m_listenedSeconds >= total)
            disconnectAndFinish();
    });

    m_stage = Stage::Connecting;
    Q_EMIT progress(phase(QT_TRANSLATE_NOOP("pasban::discovery", "Connecting")), 0);
    armTimeout(m_options.stepTimeout * 3); // a first connection may include BlueZ's own discovery
    m_controller->connectToDevice();
}

void InterrogationRun::cancel()
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    m_timeout.stop();
    m_listenTicker.stop();
    if (m_controller)
        m_controller->disconnectFromDevice();
    Q_EMIT failed(interrogationError(u"discovery.interrogation.cancelled"_s,
                                     QT_TRANSLATE_NOOP("pasban::Error", "The interrogation was cancelled.")));
}

void InterrogationRun::armTimeout(std::chrono::milliseconds timeout)
{
    m_timeout.start(timeout);
}

void InterrogationRun::onConnected()
{
    if (m_stage != Stage::Connecting)
        return;
    m_stage = Stage::Discovering;
    Q_EMIT progress(phase(QT_TRANSLATE_NOOP("pasban::discovery", "Discovering services")), 10);
    armTimeout(m_options.stepTimeout);
    m_controller->discoverServices();
}

void InterrogationRun::onServicesDiscovered()
{
    if (m_stage != Stage::Discovering)
        return;
    m_serviceUuids = m_controller->services();
    if (m_serviceUuids.isEmpty()) {
        fail(interrogationError(u"discovery.interrogation.noservices"_s,
                                QT_TRANSLATE_NOOP("pasban::Error",
                                                  "The device offered no services to read. It may require pairing "
                                                  "first, or it is not a GATT device."),
                                m_address));
        return;
    }
    m_stage = Stage::Details;
    m_nextService = 0;
    discoverNextService();
}

// One service at a time: with Qt 6.4 and BlueZ over D-Bus, a service without
// readable characteristics (SMP) can stay RemoteServiceDiscovering forever when its
// details are requested while another service's are still in flight.
void InterrogationRun::discoverNextService()
{
    if (m_stage != Stage::Details)
        return;
    if (m_nextService >= m_serviceUuids.size()) {
        m_timeout.stop();
        planOperations();
        return;
    }
    const QBluetoothUuid uuid = m_serviceUuids[m_nextService++];
    Q_EMIT progress(phase(QT_TRANSLATE_NOOP("pasban::discovery", "Reading service details")),
                    int(20 + 20 * m_nextService / std::max<qsizetype>(1, m_serviceUuids.size())));
    QLowEnergyService *service = m_controller->createServiceObject(uuid, this);
    if (!service) {
        QTimer::singleShot(0, this, &InterrogationRun::discoverNextService);
        return;
    }
    m_services.append(service);
    connect(service, &QLowEnergyService::stateChanged, this,
            [this, service](QLowEnergyService::ServiceState state) { onServiceState(service, state); });
    connect(service, &QLowEnergyService::characteristicRead, this,
            [this, service](const QLowEnergyCharacteristic &c, const QByteArray &v) { onRead(service, c, v); });
    connect(service, &QLowEnergyService::descriptorWritten, this,
            [this, service](const QLowEnergyDescriptor &d, const QByteArray &) { onDescriptorWritten(service, d); });
    connect(service, &QLowEnergyService::errorOccurred, this,
            [this, service](QLowEnergyService::ServiceError e) { onServiceError(service, e); });
    connect(service, &QLowEnergyService::characteristicChanged, this, &InterrogationRun::onChanged);
    armTimeout(m_options.stepTimeout);
    // Values are read one by one afterwards, never all at once: a read of a
    // protected value is a probe with consequences (BlueZ may start pairing).
    service->discoverDetails(QLowEnergyService::SkipValueDiscovery);
}

void InterrogationRun::onServiceState(QLowEnergyService *service, QLowEnergyService::ServiceState state)
{
    if (m_stage != Stage::Details || state != QLowEnergyService::RemoteServiceDiscovered)
        return;
    if (m_services.isEmpty() || m_services.last() != service)
        return;
    m_timeout.stop();
    // The backend may report this from inside discoverDetails(); continue afresh.
    QTimer::singleShot(0, this, &InterrogationRun::discoverNextService);
}

void InterrogationRun::planOperations()
{
    const QBluetoothUuid cccd(QBluetoothUuid::DescriptorType::ClientCharacteristicConfiguration);
    const QBluetoothUuid dis(DeviceInformationServiceUuid16);
    const QBluetoothUuid securityLevels(SecurityLevelsCharacteristicUuid16);
    const bool subscribe = m_options.probe || m_options.notifyFor.count() > 0;

    QList<Operation> smp;
    for (QLowEnergyService *service : std::as_const(m_services)) {
        ServiceInfo info {service->serviceUuid(), serviceName(service->serviceUuid()), {}};
        for (const QLowEnergyCharacteristic &c : service->characteristics()) {
            info.characteristics.append({c.uuid(), characteristicName(c.uuid()), quint8(c.properties().toInt())});
            const bool readable = c.properties().testFlag(QLowEnergyCharacteristic::Read);
            const bool notifiable =
                c.properties() & (QLowEnergyCharacteristic::Notify | QLowEnergyCharacteristic::Indicate);
            if (service->serviceUuid() == dis) {
                if (c.uuid() == QBluetoothUuid(quint16(0x2A2A)))
                    m_result.dis.has11073Certification = true;
                else if (readable)
                    m_operations.append({Purpose::DeviceInformation, service, c.uuid()});
            } else if (c.uuid() == securityLevels && readable) {
                m_operations.append({Purpose::SecurityLevels, service, c.uuid()});
            } else if (isHealthMeasurementCharacteristic(c.uuid())) {
                if (notifiable && subscribe && c.descriptor(cccd).isValid())
                    m_operations.append({Purpose::ProbeSubscribe, service, c.uuid()});
                else if (readable && m_options.probe)
                    m_operations.append({Purpose::ProbeRead, service, c.uuid()});
            } else if (c.uuid() == smpCharacteristicUuid() && m_options.smpEcho) {
                if (c.properties().testFlag(QLowEnergyCharacteristic::Notify) && c.descriptor(cccd).isValid()) {
                    smp.append({Purpose::SmpSubscribe, service, c.uuid()});
                } else {
                    m_result.problems.append(
                        interrogationError(u"discovery.smp.nonotify"_s,
                                           QT_TRANSLATE_NOOP("pasban::Error",
                                                             "The firmware update (SMP) characteristic cannot send "
                                                             "answers, so whether it is open was not tested.")));
                }
            }
        }
        m_result.services.append(info);
    }
    m_operations.append(smp); // last: it depends on no other step and others must not wait for it
    m_operationCount = m_operations.size();
    m_stage = Stage::Operations;
    runNextOperation();
}

QLowEnergyCharacteristic InterrogationRun::characteristicOf(const Operation &operation) const
{
    return operation.service ? operation.service->characteristic(operation.characteristic) : QLowEnergyCharacteristic();
}

void InterrogationRun::runNextOperation()
{
    if (m_stage != Stage::Operations)
        return;
    if (m_operations.isEmpty()) {
        m_current.reset();
        listen();
        return;
    }
    m_current = m_operations.takeFirst();
    const int percent =
        int(40 + 40 * (m_operationCount - m_operations.size()) / std::max<qsizetype>(1, m_operationCount));
    const QLowEnergyCharacteristic c = characteristicOf(*m_current);
    if (!c.isValid()) {
        completeOperation(false, {}, u"characteristic vanished"_s);
        return;
    }
    armTimeout(m_options.stepTimeout);
    switch (m_current->purpose) {
    case Purpose::DeviceInformation:
    case Purpose::SecurityLevels:
        Q_EMIT progress(phase(QT_TRANSLATE_NOOP("pasban::discovery", "Reading device information")), percent);
        m_current->service->readCharacteristic(c);
        break;
    case Purpose::ProbeRead:
        Q_EMIT progress(phase(QT_TRANSLATE_NOOP("pasban::discovery", "Testing protection of health data")), percent);
        m_current->service->readCharacteristic(c);
        break;
    case Purpose::ProbeSubscribe:
    case Purpose::SmpSubscribe: {
        Q_EMIT progress(m_current->purpose == Purpose::SmpSubscribe
                            ? phase(QT_TRANSLATE_NOOP("pasban::discovery", "Testing firmware update access"))
                            : phase(QT_TRANSLATE_NOOP("pasban::discovery", "Testing protection of health data")),
                        percent);
        // Subscribing is a write to the CCCD descriptor, never to the value.
        const bool notify = c.properties().testFlag(QLowEnergyCharacteristic::Notify);
        m_current->service->writeDescriptor(
            c.descriptor(QBluetoothUuid(QBluetoothUuid::DescriptorType::ClientCharacteristicConfiguration)),
            notify ? EnableNotify : EnableIndicate);
        break;
    }
    case Purpose::SmpEcho: {
        // The only value Pasban writes, and never to a clinical characteristic.
        if (isClinicalCharacteristic(c.uuid()) || c.uuid() != smpCharacteristicUuid()) {
            completeOperation(false, {}, u"refused to write a clinical characteristic"_s);
            return;
        }
        smp::SmpMessage echo = smp::SmpRequests::echo(u"pasban"_s);
        echo.header.version = smp::SmpVersion::V1; // every SMP server understands V1
        echo.header.sequence = SmpEchoSequence;
        const auto bytes = echo.encode();
        if (!bytes) {
            completeOperation(false, {}, bytes.error().detail());
            return;
        }
        m_current->service->writeCharacteristic(c, *bytes, QLowEnergyService::WriteWithoutResponse);
        // The answer arrives as a notification (onChanged) or not at all.
        armTimeout(std::min<std::chrono::milliseconds>(m_options.stepTimeout, 5s));
        break;
    }
    }
}

void InterrogationRun::onRead(QLowEnergyService *service, const QLowEnergyCharacteristic &characteristic,
                              const QByteArray &value)
{
    if (!m_current || m_current->service != service || m_current->characteristic != characteristic.uuid())
        return;
    if (m_current->purpose == Purpose::DeviceInformation || m_current->purpose == Purpose::SecurityLevels
        || m_current->purpose == Purpose::ProbeRead)
        completeOperation(true, value, {});
}

void InterrogationRun::onDescriptorWritten(QLowEnergyService *service, const QLowEnergyDescriptor &descriptor)
{
    if (!m_current || m_current->service != service
        || descriptor.uuid() != QBluetoothUuid(QBluetoothUuid::DescriptorType::ClientCharacteristicConfiguration))
        return;
    if (m_current->purpose == Purpose::ProbeSubscribe || m_current->purpose == Purpose::SmpSubscribe)
        completeOperation(true, {}, {});
}

void InterrogationRun::onServiceError(QLowEnergyService *service, QLowEnergyService::ServiceError error)
{
    if (!m_current || m_current->service != service)
        return;
    completeOperation(false, {},
                      QString::fromLatin1(QMetaEnum::fromType<QLowEnergyService::ServiceError>().valueToKey(error)));
}

void InterrogationRun::completeOperation(bool ok, const QByteArray &value, const QString &detail)
{
    if (!m_current)
        return;
    m_timeout.stop();
    const Operation operation = *std::exchange(m_current, std::nullopt);
    // QtBluetooth reports a refused read or subscription without the ATT error code;
    // a refusal is "protected", a timeout or vanished characteristic is no evidence.
    const bool timedOut = detail == u"timeout" || detail == u"characteristic vanished";
    const ProbeVerdict verdict = ok ? ProbeVerdict::Open : timedOut ? ProbeVerdict::Error : ProbeVerdict::Protected;
    switch (operation.purpose) {
    case Purpose::DeviceInformation:
        if (ok)
            recordDeviceInformation(operation.characteristic, value);
        else
            m_result.problems.append(interrogationError(
                u"discovery.dis.unreadable"_s,
                QT_TRANSLATE_NOOP("pasban::Error", "Part of the device information could not be read."),
                u"%1: %2"_s.arg(operation.characteristic.toString(), detail)));
        break;
    case Purpose::SecurityLevels:
        if (ok)
            m_result.securityLevels = value;
        break;
    case Purpose::ProbeRead:
        m_result.probe.insert(operation.characteristic, {verdict, u"read"_s, ok ? QString() : detail});
        break;
    case Purpose::ProbeSubscribe: {
        const QLowEnergyCharacteristic c = characteristicOf(operation);
        const bool notify = !c.isValid() || c.properties().testFlag(QLowEnergyCharacteristic::Notify);
        if (m_options.probe)
            m_result.probe.insert(operation.characteristic,
                                  {verdict, notify ? u"notify"_s : u"indicate"_s, ok ? QString() : detail});
        m_subscribed = m_subscribed || ok;
        break;
    }
    case Purpose::SmpSubscribe:
        if (ok)
            m_operations.prepend({Purpose::SmpEcho, operation.service, operation.characteristic});
        else
            m_result.smpOpen = false;
        break;
    case Purpose::SmpEcho:
        m_result.smpOpen = ok;
        break;
    }
    // Let the backend finish its own bookkeeping before the next request.
    QTimer::singleShot(0, this, &InterrogationRun::runNextOperation);
}

void InterrogationRun::recordDeviceInformation(const QBluetoothUuid &uuid, const QByteArray &value)
{
    bool ok = false;
    switch (uuid.toUInt16(&ok)) {
    case 0x2A29:
        m_result.dis.manufacturer = textValue(value);
        break;
    case 0x2A24:
        m_result.dis.model = textValue(value);
        break;
    case 0x2A25:
        m_result.dis.serial = textValue(value);
        break;
    case 0x2A27:
        m_result.dis.hardware = textValue(value);
        break;
    case 0x2A26:
        m_result.dis.firmware = textValue(value);
        break;
    case 0x2A28:
        m_result.dis.software = textValue(value);
        break;
    case 0x2A23:
        m_result.dis.systemId = value;
        break;
    case 0x2A50:
        m_result.dis.pnpId = value;
        break;
    default:
        break;
    }
}

void InterrogationRun::onChanged(const QLowEnergyCharacteristic &characteristic, const QByteArray &value)
{
    if (characteristic.uuid() == smpCharacteristicUuid()) {
        if (!m_current || m_current->purpose != Purpose::SmpEcho)
            return;
        // Any well-formed answer to our request shows that an unpaired stranger
        // reaches the SMP server, whatever the server then says about echo itself.
        const auto answer = smp::SmpMessage::decode(value);
        if (answer && answer->header.isResponse() && answer->header.sequence == SmpEchoSequence
            && answer->header.group == 0 && answer->header.command == 0)
            completeOperation(true, {}, {});
        return;
    }
    if (m_stage == Stage::Done || m_stage == Stage::Disconnecting)
        return;
    if (m_result.notifications.size() >= MaxNotifications)
        return;
    NotificationRecord record {characteristic.uuid(), value, Clock::system().nowUtc()};
    m_result.notifications.append(record);
    Q_EMIT notificationReceived(record);
}

void InterrogationRun::listen()
{
    if (!m_subscribed || m_options.notifyFor.count() <= 0) {
        disconnectAndFinish();
        return;
    }
    m_stage = Stage::Listening;
    m_listenedSeconds = 0;
    Q_EMIT progress(phase(QT_TRANSLATE_NOOP("pasban::discovery", "Listening for measurements")), 80);
    m_listenTicker.start();
}

void InterrogationRun::disconnectAndFinish()
{
    if (m_stage == Stage::Done || m_stage == Stage::Disconnecting)
        return;
    m_listenTicker.stop();
    m_stage = Stage::Disconnecting;
    Q_EMIT progress(phase(QT_TRANSLATE_NOOP("pasban::discovery", "Disconnecting")), 98);
    if (m_controller->state() == QLowEnergyController::UnconnectedState) {
        emitFinished();
        return;
    }
    armTimeout(3s);
    m_controller->disconnectFromDevice();
}

void InterrogationRun::emitFinished()
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    m_timeout.stop();
    // bluetoothd answers "insufficient authentication/encryption" by raising the
    // link's security itself, which can pair without anyone asking (Just Works).
    // Pasban cannot stop that through QtBluetooth; it records it as evidence.
    if (!m_pairedBefore.value_or(true) && pairedInBlueZ(m_address).value_or(false))
        m_result.problems.append(interrogationError(
            u"discovery.interrogation.pairedbysystem"_s,
            QT_TRANSLATE_NOOP("pasban::Error",
                              "The computer's Bluetooth service paired with the device by itself during the test. "
                              "Remove the pairing in the system's Bluetooth settings if it is not wanted."),
            m_address));
    Q_EMIT progress(phase(QT_TRANSLATE_NOOP("pasban::discovery", "Done")), 100);
    Q_EMIT finished(m_result);
}

void InterrogationRun::fail(const Error &error)
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    m_timeout.stop();
    m_listenTicker.stop();
    if (m_controller && m_controller->state() != QLowEnergyController::UnconnectedState)
        m_controller->disconnectFromDevice();
    Q_EMIT failed(error);
}

void InterrogationRun::onControllerError(QLowEnergyController::Error error)
{
    const QString detail = QString::fromLatin1(QMetaEnum::fromType<QLowEnergyController::Error>().valueToKey(error));
    qCInfo(lcDiscovery) << "interrogation controller error" << detail;
    switch (m_stage) {
    case Stage::Idle:
    case Stage::Connecting:
    case Stage::Discovering:
        if (error == QLowEnergyController::InvalidBluetoothAdapterError)
            fail(interrogationError(u"discovery.adapter.missing"_s,
                                    QT_TRANSLATE_NOOP("pasban::Error",
                                                      "No Bluetooth adapter was found. Plug in a Bluetooth adapter "
                                                      "or start the Bluetooth service, then scan again."),
                                    detail));
        else if (error == QLowEnergyController::UnknownRemoteDeviceError)
            fail(interrogationError(u"discovery.interrogation.unknown"_s,
                                    QT_TRANSLATE_NOOP("pasban::Error",
                                                      "The device is not known to this computer's Bluetooth "
                                                      "service. Scan again so it is seen, then retry."),
                                    detail));
        else
            fail(connectFailed(detail));
        break;
    case Stage::Details:
    case Stage::Operations:
    case Stage::Listening:
        m_result.problems.append(
            interrogationError(u"discovery.interrogation.linklost"_s,
                               QT_TRANSLATE_NOOP("pasban::Error",
                                                 "The connection to the device was lost before the "
                                                 "interrogation was complete; what was read is kept."),
                               detail));
        break;
    default:
        break;
    }
}

void InterrogationRun::onDisconnected()
{
    switch (m_stage) {
    case Stage::Connecting:
    case Stage::Discovering:
        fail(connectFailed(u"disconnected"_s));
        break;
    case Stage::Details:
    case Stage::Operations:
    case Stage::Listening:
        if (m_current)
            completeOperation(false, {}, u"timeout"_s); // records "error", not "protected"
        m_operations.clear();
        m_result.problems.append(
            interrogationError(u"discovery.interrogation.linklost"_s,
                               QT_TRANSLATE_NOOP("pasban::Error",
                                                 "The connection to the device was lost before the "
                                                 "interrogation was complete; what was read is kept."),
                               u"disconnected"_s));
        emitFinished();
        break;
    case Stage::Disconnecting:
        emitFinished();
        break;
    default:
        break;
    }
}

QtBleInterrogator::QtBleInterrogator(QObject *parent)
    : BleInterrogator(parent)
{
}

QtBleInterrogator::~QtBleInterrogator() = default;

void QtBleInterrogator::interrogate(const QString &address, const InterrogationOptions &options)
{
    if (m_run) {
        Q_EMIT failed(Error(u"discovery.interrogation.busy"_s,
                            QT_TRANSLATE_NOOP("pasban::Error",
                                              "Another device is being interrogated. Wait until it "
                                              "is finished or cancel it, then try again.")));
        return;
    }
    m_run = new InterrogationRun(address, options, this);
    InterrogationRun *run = m_run;
    connect(run, &InterrogationRun::progress, this, &BleInterrogator::progress);
    connect(run, &InterrogationRun::notificationReceived, this, &BleInterrogator::notificationReceived);
    connect(run, &InterrogationRun::finished, this, [this](const Interrogation &result) {
        finishRun();
        Q_EMIT finished(result);
    });
    connect(run, &InterrogationRun::failed, this, [this](const Error &error) {
        finishRun();
        Q_EMIT failed(error);
    });
    // Start from the event loop so no signal arrives before interrogate() returns.
    QTimer::singleShot(0, run, &InterrogationRun::start);
}

void QtBleInterrogator::cancel()
{
    if (m_run)
        m_run->cancel();
}

bool QtBleInterrogator::isBusy() const
{
    return m_run != nullptr;
}

void QtBleInterrogator::finishRun()
{
    // The run is still inside the call that emitted; delete it afterwards.
    if (m_run)
        std::exchange(m_run, nullptr)->deleteLater();
}

} // namespace pasban::discovery

#include "QtBleInterrogator.moc"
