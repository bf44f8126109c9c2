#include "QtBleScanner.h"

#include "Types.h"
#include "common/Clock.h"
#include "common/Logging.h"

#include <QBluetoothLocalDevice>
#include <QHash>

#include <algorithm>
#include <limits>

#if defined(PASBAN_HAVE_BLUEZ_DBUS)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

using namespace Qt::Literals::StringLiterals;

namespace pasban::discovery {

namespace {

Error scanError(QBluetoothDeviceDiscoveryAgent::Error error, const QString &detail)
{
    switch (error) {
    case QBluetoothDeviceDiscoveryAgent::PoweredOffError:
        return Error(u"discovery.adapter.off"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "Bluetooth is switched off. Switch it on in the system settings, then scan "
                                       "again."),
                     {}, detail);
    case QBluetoothDeviceDiscoveryAgent::InvalidBluetoothAdapterError:
        return Error(u"discovery.adapter.missing"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "No Bluetooth adapter was found. Plug in a Bluetooth adapter or start the "
                                       "Bluetooth service, then scan again."),
                     {}, detail);
    case QBluetoothDeviceDiscoveryAgent::MissingPermissionsError:
        return Error(u"discovery.adapter.permission"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "Pasban is not allowed to use Bluetooth. Allow it in the system's privacy "
                                       "settings, then scan again."),
                     {}, detail);
    default:
        return Error(u"discovery.scan.failed"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The Bluetooth scan stopped because of an error. Scan again; if it keeps "
                                       "failing, restart the Bluetooth service or the computer."),
                     {}, detail);
    }
}

// BlueZ's Device1.Alias falls back to the address with dashes when the device
// sent no name; that is not a name.
QString realName(const QBluetoothDeviceInfo &info)
{
    const QString name = info.name();
    QString dashed = info.address().toString();
    dashed.replace(u':', u'-');
    return name.compare(dashed, Qt::CaseInsensitive) == 0 ? QString() : name;
}

} // namespace

// What QtBluetooth leaves out of QBluetoothDeviceInfo on Linux — whether an address
// is public or random, and the appearance — asked from BlueZ directly, once per
// address, asynchronously. The first advertisement of an address is held until
// the answer arrives (or fails), so every Advertisement already carries its type.
struct QtBleScanner::BlueZ
{
    struct Extras
    {
        AddressType addressType = AddressType::Unknown;
        std::optional<quint16> appearance;
        std::optional<qint8> txPower;
    };

    QString adapterPath;
    QHash<QString, Extras> known;
    QHash<QString, Advertisement> held;

    static Extras extrasFrom(const QString &address, const QVariantMap &properties)
    {
        Extras extras;
        const QString type = properties.value(u"AddressType"_s).toString();
        if (type == u"public")
            extras.addressType = AddressType::Public;
        else if (type == u"random")
            extras.addressType = classifyRandomAddress(QBluetoothAddress(address));
        bool ok = false;
        const uint appearance = properties.value(u"Appearance"_s).toUInt(&ok);
        if (ok && properties.contains(u"Appearance"_s) && appearance <= 0xFFFF)
            extras.appearance = quint16(appearance);
        const int tx = properties.value(u"TxPower"_s).toInt(&ok);
        if (ok && properties.contains(u"TxPower"_s) && tx >= -128 && tx <= 127)
            extras.txPower = qint8(tx);
        return extras;
    }

    static void apply(const Extras &extras, Advertisement &advertisement)
    {
        advertisement.addressType = extras.addressType;
        if (extras.appearance)
            advertisement.appearance = extras.appearance;
        if (extras.txPower)
            advertisement.txPower = extras.txPower;
    }

#if defined(PASBAN_HAVE_BLUEZ_DBUS)
    // One synchronous look at BlueZ's objects when a scan starts (QtBluetooth does
    // the same): the adapter QtBluetooth will use and the devices BlueZ already knows.
    void refresh()
    {
        QDBusMessage call = QDBusMessage::createMethodCall(
            u"org.bluez"_s, u"/"_s, u"org.freedesktop.DBus.ObjectManager"_s, u"GetManagedObjects"_s);
        const QDBusMessage reply = QDBusConnection::systemBus().call(call, QDBus::Block, 5000);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return;
        const QDBusArgument objects = reply.arguments().constFirst().value<QDBusArgument>();
        QStringList adapters;
        objects.beginMap();
        while (!objects.atEnd()) {
            QDBusObjectPath path;
            QMap<QString, QVariantMap> interfaces;
            objects.beginMapEntry();
            objects >> path;
            objects.beginMap();
            while (!objects.atEnd()) {
                QString name;
                QVariantMap properties;
                objects.beginMapEntry();
                objects >> name;
                readProperties(objects, properties);
                objects.endMapEntry();
                interfaces.insert(name, properties);
            }
            objects.endMap();
            objects.endMapEntry();
            if (interfaces.contains(u"org.bluez.Adapter1"_s))
                adapters.append(path.path());
            const auto device = interfaces.constFind(u"org.bluez.Device1"_s);
            if (device != interfaces.constEnd()) {
                const QString address = device->value(u"Address"_s).toString().toUpper();
                if (!address.isEmpty())
                    known.insert(address, extrasFrom(address, *device));
            }
        }
        objects.endMap();
        adapters.sort();
        if (!adapters.isEmpty())
            adapterPath = adapters.constFirst(); // QtBluetooth's default adapter is the first
    }

    static void readProperties(const QDBusArgument &argument, QVariantMap &properties)
    {
        argument.beginMap();
        while (!argument.atEnd()) {
            QString key;
            QDBusVariant value;
            argument.beginMapEntry();
            argument >> key >> value;
            argument.endMapEntry();
            properties.insert(key, value.variant());
        }
        argument.endMap();
    }
#endif
};

QtBleScanner::QtBleScanner(QObject *parent)
    : BleScanner(parent)
    , m_agent(new QBluetoothDeviceDiscoveryAgent(this))
    , m_bluez(std::make_unique<BlueZ>())
{
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::deviceDiscovered, this, &QtBleScanner::onDevice);
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::deviceUpdated, this,
            [this](const QBluetoothDeviceInfo &info, QBluetoothDeviceInfo::Fields) { onDevice(info); });
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::errorOccurred, this, &QtBleScanner::onError);
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::finished, this, &QtBleScanner::onFinished);
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::canceled, this, &QtBleScanner::onFinished);
}

QtBleScanner::~QtBleScanner() = default;

void QtBleScanner::start(std::chrono::milliseconds duration)
{
    if (m_active)
        m_agent->stop();
    const AdapterState state = probeAdapter();
    setAdapterState(state);
    if (state == AdapterState::NoAdapter) {
        Q_EMIT errorOccurred(scanError(QBluetoothDeviceDiscoveryAgent::InvalidBluetoothAdapterError, {}));
        return;
    }
    if (state == AdapterState::PoweredOff) {
        Q_EMIT errorOccurred(scanError(QBluetoothDeviceDiscoveryAgent::PoweredOffError, {}));
        return;
    }
#if defined(PASBAN_HAVE_BLUEZ_DBUS)
    m_bluez->refresh();
#endif
    m_agent->setLowEnergyDiscoveryTimeout(
        int(std::clamp<qint64>(duration.count(), 0, std::numeric_limits<int>::max())));
    m_active = true;
    m_agent->start(QBluetoothDeviceDiscoveryAgent::LowEnergyMethod);
    if (!m_agent->isActive() && m_agent->error() != QBluetoothDeviceDiscoveryAgent::NoError)
        m_active = false; // onError has reported it
}

void QtBleScanner::stop()
{
    if (m_agent->isActive())
        m_agent->stop(); // canceled → onFinished
    else if (m_active)
        onFinished();
}

bool QtBleScanner::isActive() const
{
    return m_active;
}

AdapterState QtBleScanner::adapterState() const
{
    if (m_adapterState == AdapterState::Unknown)
        m_adapterState = probeAdapter();
    return m_adapterState;
}

Advertisement QtBleScanner::toAdvertisement(const QBluetoothDeviceInfo &info, const QDateTime &seenUtc)
{
    Advertisement advertisement;
    // macOS and iOS hide addresses behind a per-host UUID.
    advertisement.address = info.address().isNull() ? info.deviceUuid().toString(QUuid::WithoutBraces).toUpper()
                                                    : info.address().toString().toUpper();
    advertisement.name = realName(info);
    advertisement.rssi = info.rssi();
    advertisement.manufacturerData = info.manufacturerData();
    const QMultiHash<QBluetoothUuid, QByteArray> serviceData = info.serviceData();
    for (auto it = serviceData.cbegin(); it != serviceData.cend(); ++it)
        advertisement.serviceData.insert(it.key(), it.value());
    advertisement.services = info.serviceUuids();
    advertisement.seenUtc = seenUtc;
    return advertisement;
}

void QtBleScanner::onDevice(const QBluetoothDeviceInfo &info)
{
    if (!(info.coreConfigurations() & QBluetoothDeviceInfo::LowEnergyCoreConfiguration))
        return;
    Advertisement advertisement = toAdvertisement(info, Clock::system().nowUtc());
    if (const auto it = m_bluez->known.constFind(advertisement.address); it != m_bluez->known.constEnd()) {
        BlueZ::apply(*it, advertisement);
        deliver(advertisement);
        return;
    }
#if defined(PASBAN_HAVE_BLUEZ_DBUS)
    if (!m_bluez->adapterPath.isEmpty() && !info.address().isNull()) {
        const QString address = advertisement.address;
        const bool alreadyAsked = m_bluez->held.contains(address);
        m_bluez->held.insert(address, advertisement); // the newest is the one to deliver
        if (alreadyAsked)
            return;
        QString path = m_bluez->adapterPath + u"/dev_"_s + address;
        path.replace(u':', u'_');
        QDBusMessage call =
            QDBusMessage::createMethodCall(u"org.bluez"_s, path, u"org.freedesktop.DBus.Properties"_s, u"GetAll"_s);
        call << u"org.bluez.Device1"_s;
        auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::systemBus().asyncCall(call, 5000), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, address](QDBusPendingCallWatcher *w) {
            w->deleteLater();
            const QDBusPendingReply<QVariantMap> reply = *w;
            const BlueZ::Extras extras = reply.isError() ? BlueZ::Extras {} : BlueZ::extrasFrom(address, reply.value());
            m_bluez->known.insert(address, extras);
            auto held = m_bluez->held.find(address);
            if (held == m_bluez->held.end())
                return;
            Advertisement ready = std::move(*held);
            m_bluez->held.erase(held);
            BlueZ::apply(extras, ready);
            deliver(ready);
        });
        return;
    }
#endif
    deliver(advertisement);
}

void QtBleScanner::deliver(const Advertisement &advertisement)
{
    Q_EMIT advertisementReceived(advertisement);
}

void QtBleScanner::onError(QBluetoothDeviceDiscoveryAgent::Error error)
{
    qCWarning(lcDiscovery) << "scan error" << error << m_agent->errorString();
    switch (error) {
    case QBluetoothDeviceDiscoveryAgent::PoweredOffError:
        setAdapterState(AdapterState::PoweredOff);
        break;
    case QBluetoothDeviceDiscoveryAgent::InvalidBluetoothAdapterError:
        setAdapterState(AdapterState::NoAdapter);
        break;
    case QBluetoothDeviceDiscoveryAgent::MissingPermissionsError:
        setAdapterState(AdapterState::NoPermission);
        break;
    default:
        break;
    }
    m_active = false;
    Q_EMIT errorOccurred(scanError(error, m_agent->errorString()));
}

void QtBleScanner::onFinished()
{
    if (!m_active)
        return;
    m_active = false;
    // Advertisements still waiting for their address type go out as they are.
    const auto held = std::exchange(m_bluez->held, {});
    for (const Advertisement &waiting : held)
        deliver(waiting);
    Q_EMIT scanFinished();
}

void QtBleScanner::setAdapterState(AdapterState state)
{
    if (state == m_adapterState)
        return;
    m_adapterState = state;
    Q_EMIT adapterStateChanged(state);
}

AdapterState QtBleScanner::probeAdapter() const
{
    if (QBluetoothLocalDevice::allDevices().isEmpty())
        return AdapterState::NoAdapter;
    const QBluetoothLocalDevice local;
    if (!local.isValid())
        return AdapterState::NoAdapter;
    return local.hostMode() == QBluetoothLocalDevice::HostPoweredOff ? AdapterState::PoweredOff : AdapterState::Ready;
}

} // namespace pasban::discovery
