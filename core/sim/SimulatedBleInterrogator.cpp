#include "SimulatedBleInterrogator.h"

#include "discovery/Identification.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace pasban::sim {

namespace {

constexpr qint64 TickMs = 100;

quint8 propertiesFrom(const QStringList &flags)
{
    quint8 properties = 0;
    if (flags.contains(u"read"_s))
        properties |= 0x02;
    if (flags.contains(u"write-without-response"_s))
        properties |= 0x04;
    if (flags.contains(u"write"_s))
        properties |= 0x08;
    if (flags.contains(u"notify"_s))
        properties |= 0x10;
    if (flags.contains(u"indicate"_s))
        properties |= 0x20;
    return properties;
}

bool subscribable(const discovery::ScenarioCharacteristic &c)
{
    return c.flags.contains(u"notify"_s) || c.flags.contains(u"indicate"_s);
}

QString phase(const char *text)
{
    return QCoreApplication::translate("pasban::discovery", text);
}

void readDeviceInformation(const discovery::ScenarioService &service, discovery::DeviceInformation &dis)
{
    for (const discovery::ScenarioCharacteristic &c : service.characteristics) {
        if (c.isProtected)
            continue;
        const QString text = QString::fromUtf8(c.value);
        switch (c.uuid.toUInt16()) {
        case 0x2A29:
            dis.manufacturer = text;
            break;
        case 0x2A24:
            dis.model = text;
            break;
        case 0x2A25:
            dis.serial = text;
            break;
        case 0x2A27:
            dis.hardware = text;
            break;
        case 0x2A26:
            dis.firmware = text;
            break;
        case 0x2A28:
            dis.software = text;
            break;
        case 0x2A50:
            dis.pnpId = c.value;
            break;
        case 0x2A23:
            dis.systemId = c.value;
            break;
        case 0x2A2A:
            dis.has11073Certification = true;
            break;
        default:
            break;
        }
    }
}

} // namespace

SimulatedBleInterrogator::SimulatedBleInterrogator(discovery::BleScenario scenario, QObject *parent)
    : discovery::BleInterrogator(parent)
    , m_scenario(std::move(scenario))
{
    m_notifyTimer.setInterval(std::chrono::milliseconds {TickMs});
    connect(&m_notifyTimer, &QTimer::timeout, this, &SimulatedBleInterrogator::notifyTick);
}

bool SimulatedBleInterrogator::isBusy() const
{
    return m_busy;
}

void SimulatedBleInterrogator::interrogate(const QString &address, const discovery::InterrogationOptions &options)
{
    if (m_busy) {
        Q_EMIT failed(Error(
            u"discovery.interrogation.busy"_s,
            QT_TRANSLATE_NOOP("pasban::Error", "Another interrogation is still running. Wait for it or cancel it.")));
        return;
    }
    m_device = nullptr;
    for (const discovery::ScenarioDevice &device : std::as_const(m_scenario.devices)) {
        if (device.advertisement.address.compare(address, Qt::CaseInsensitive) == 0)
            m_device = &device;
    }
    if (!m_device || !m_device->connectable) {
        Q_EMIT failed(Error(u"discovery.interrogation.connect"_s,
                            QT_TRANSLATE_NOOP("pasban::Error",
                                              "Pasban could not connect to %1. Move closer to the device, check that "
                                              "it is switched on and not connected to another phone or console, and "
                                              "try again."),
                            {address}));
        return;
    }

    m_busy = true;
    m_result = discovery::Interrogation();
    m_result.address = m_device->advertisement.address;
    m_result.atUtc = QDateTime::currentDateTimeUtc();
    m_result.method = u"ble-gatt-unauthenticated (simulated)"_s;
    Q_EMIT progress(phase(QT_TRANSLATE_NOOP("pasban::discovery", "Connecting")), 5);
    Q_EMIT progress(phase(QT_TRANSLATE_NOOP("pasban::discovery", "Discovering services")), 20);

    for (const discovery::ScenarioService &service : m_device->gatt) {
        discovery::ServiceInfo info {service.uuid, discovery::serviceName(service.uuid), {}};
        for (const discovery::ScenarioCharacteristic &c : service.characteristics) {
            info.characteristics.append({c.uuid, discovery::characteristicName(c.uuid), propertiesFrom(c.flags)});
            if (c.uuid.toUInt16() == discovery::SecurityLevelsCharacteristicUuid16 && !c.isProtected)
                m_result.securityLevels = c.value;
            if (options.probe && discovery::isHealthMeasurementCharacteristic(c.uuid)) {
                discovery::ProbeResult probe;
                probe.operation =
                    subscribable(c) ? (c.flags.contains(u"notify"_s) ? u"notify"_s : u"indicate"_s) : u"read"_s;
                probe.verdict = c.isProtected ? discovery::ProbeVerdict::Protected : discovery::ProbeVerdict::Open;
                if (c.isProtected)
                    probe.detail = u"org.bluez.Error.NotPermitted (simulated)"_s;
                m_result.probe.insert(c.uuid, probe);
            }
            if (options.smpEcho && c.uuid == discovery::smpCharacteristicUuid())
                m_result.smpOpen = !c.isProtected && c.behaviour == u"smp-echo"_s;
        }
        if (service.uuid.toUInt16() == discovery::DeviceInformationServiceUuid16)
            readDeviceInformation(service, m_result.dis);
        m_result.services.append(info);
    }
    Q_EMIT progress(phase(QT_TRANSLATE_NOOP("pasban::discovery", "Reading Device Information")), 40);
    Q_EMIT progress(phase(QT_TRANSLATE_NOOP("pasban::discovery", "Listening to measurements")), 50);

    m_elapsedMs = 0;
    m_totalMs = qint64(options.notifyFor.count()) * 1000;
    if (m_totalMs <= 0) {
        QTimer::singleShot(0, this, &SimulatedBleInterrogator::complete);
        return;
    }
    m_notifyTimer.start();
}

void SimulatedBleInterrogator::notifyTick()
{
    m_elapsedMs += TickMs;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const discovery::ScenarioService &service : m_device->gatt) {
        for (const discovery::ScenarioCharacteristic &c : service.characteristics) {
            if (c.isProtected || !subscribable(c) || c.notifications.isEmpty()
                || !discovery::isHealthMeasurementCharacteristic(c.uuid))
                continue;
            const qint64 interval = qMax<qint64>(TickMs, c.notifyIntervalMs);
            if (m_elapsedMs % interval >= TickMs)
                continue;
            const qsizetype index = qsizetype(m_elapsedMs / interval - 1) % c.notifications.size();
            const discovery::NotificationRecord record {c.uuid, c.notifications[qMax<qsizetype>(0, index)], now};
            m_result.notifications.append(record);
            Q_EMIT notificationReceived(record);
        }
    }
    Q_EMIT progress(phase(QT_TRANSLATE_NOOP("pasban::discovery", "Listening to measurements")),
                    int(50 + 50 * qMin(m_elapsedMs, m_totalMs) / m_totalMs));
    if (m_elapsedMs >= m_totalMs)
        complete();
}

void SimulatedBleInterrogator::complete()
{
    m_notifyTimer.stop();
    if (!m_busy)
        return;
    m_busy = false;
    Q_EMIT progress(phase(QT_TRANSLATE_NOOP("pasban::discovery", "Done")), 100);
    Q_EMIT finished(m_result);
}

void SimulatedBleInterrogator::cancel()
{
    if (!m_busy)
        return;
    m_notifyTimer.stop();
    m_busy = false;
    Q_EMIT failed(Error(u"discovery.interrogation.cancelled"_s,
                        QT_TRANSLATE_NOOP("pasban::Error", "The interrogation was cancelled. Nothing was changed.")));
}

} // namespace pasban::sim
