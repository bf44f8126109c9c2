#include "DiscoverySession.h"

#include "DeviceInventorySync.h"
#include "audit/AuditSink.h"
#include "common/Logging.h"
#include "discovery/BleScanner.h"
#include "discovery/DeviceJson.h"
#include "discovery/DeviceRegistry.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace pasban {

namespace {

// What an audit reader needs to judge an interrogation: how it was done and what
// each probe found. Measured values stay out: they are patient data, and the
// inventory keeps them as evidence under its own protection.
QJsonObject interrogationDetails(const discovery::Interrogation &interrogation)
{
    QJsonObject probe;
    for (auto it = interrogation.probe.cbegin(); it != interrogation.probe.cend(); ++it)
        probe.insert(discovery::uuidString(it.key()), discovery::jsonName(it->verdict));
    return QJsonObject {
        {u"event"_s, u"interrogation"_s},
        {u"method"_s, interrogation.method},
        {u"probe"_s, probe},
        {u"smpOpen"_s, interrogation.smpOpen ? QJsonValue(*interrogation.smpOpen) : QJsonValue()},
        {u"services"_s, int(interrogation.services.size())},
        {u"identified"_s, interrogation.dis.identifiesDevice()},
        {u"problems"_s, int(interrogation.problems.size())},
    };
}

} // namespace

DiscoverySession::DiscoverySession(discovery::BleScanner &scanner, discovery::DeviceRegistry &registry,
                                   DeviceInventorySync *inventory, audit::AuditSink *audit, QObject *parent)
    : QObject(parent)
    , m_scanner(scanner)
    , m_registry(registry)
    , m_inventory(inventory)
    , m_audit(audit)
{
    m_progressTimer.setInterval(ProgressInterval);
    connect(&m_progressTimer, &QTimer::timeout, this,
            [this] { Q_EMIT progress(elapsed().count(), qint64(m_duration.count())); });
    connect(&m_scanner, &discovery::BleScanner::advertisementReceived, &m_registry, &discovery::DeviceRegistry::ingest);
    connect(&m_scanner, &discovery::BleScanner::scanFinished, this, [this] { onFinished(u"finished"_s); });
    connect(&m_scanner, &discovery::BleScanner::errorOccurred, this, [this](const Error &error) {
        Q_EMIT failed(error);
        onFinished(error.code());
    });
    if (m_inventory) {
        // New to the console, not merely new to this run.
        connect(m_inventory, &DeviceInventorySync::deviceCreated, this, &DiscoverySession::onDeviceStored);
        connect(m_inventory, &DeviceInventorySync::storeFailed, this, &DiscoverySession::storeFailed);
    } else {
        connect(&m_registry, &discovery::DeviceRegistry::devicesAdded, this, &DiscoverySession::onDevicesAdded);
    }
}

DiscoverySession::~DiscoverySession() = default;

void DiscoverySession::setOperatorId(const QString &operatorId)
{
    m_operatorId = operatorId;
}

Status DiscoverySession::start(std::chrono::milliseconds duration)
{
    audit::AuditEvent event;
    event.type = audit::EventType::ApplicationActivity;
    event.action = audit::Action::Execute;
    event.details = {
        {u"event"_s, u"scan-started"_s}, {u"transport"_s, u"ble"_s}, {u"durationMs"_s, qint64(duration.count())}};
    if (Status recorded = record(event); !recorded)
        return recorded; // a scan must not run unaudited when an audit log is kept
    m_duration = duration;
    m_scanning = true;
    m_clock.start();
    m_progressTimer.start();
    Q_EMIT started();
    Q_EMIT progress(0, qint64(m_duration.count()));
    // Last: an unusable adapter reports (and finishes) from inside start().
    m_scanner.start(duration);
    return {};
}

void DiscoverySession::stop()
{
    m_scanner.stop();
}

bool DiscoverySession::isActive() const
{
    return m_scanner.isActive();
}

std::chrono::milliseconds DiscoverySession::elapsed() const
{
    if (!m_clock.isValid())
        return std::chrono::milliseconds {0};
    const std::chrono::milliseconds value {m_clock.elapsed()};
    return m_duration.count() > 0 ? qMin(value, m_duration) : value;
}

void DiscoverySession::onFinished(const QString &reason)
{
    m_progressTimer.stop();
    m_registry.flush();
    if (m_inventory) {
        if (Status flushed = m_inventory->flush(); !flushed)
            Q_EMIT storeFailed(flushed.error());
    }
    if (m_scanning) {
        m_scanning = false;
        audit::AuditEvent event;
        event.type = audit::EventType::ApplicationActivity;
        event.action = audit::Action::Execute;
        event.outcome = reason == u"finished"_s ? audit::Outcome::Success : audit::Outcome::MinorFailure;
        event.details = {{u"event"_s, u"scan-stopped"_s},
                         {u"transport"_s, u"ble"_s},
                         {u"reason"_s, reason},
                         {u"elapsedMs"_s, qint64(m_clock.elapsed())},
                         {u"devices"_s, qint64(m_registry.size())}};
        (void)record(event);
    }
    Q_EMIT finished();
}

void DiscoverySession::onDevicesAdded(const QStringList &ids)
{
    for (const QString &id : ids) {
        if (!m_renamed.remove(id))
            recordFirstSeen(id);
    }
}

void DiscoverySession::onDeviceStored(const QString &id)
{
    recordFirstSeen(id);
}

void DiscoverySession::recordFirstSeen(const QString &id)
{
    if (!m_audit)
        return;
    const discovery::DeviceRecord *device = m_registry.find(id);
    audit::AuditEvent event;
    event.type = audit::EventType::ApplicationActivity;
    event.action = audit::Action::Create;
    event.device = id;
    event.details = {{u"event"_s, u"device-first-seen"_s}};
    if (device) {
        event.details.insert(u"transport"_s, discovery::jsonName(device->transport));
        event.details.insert(u"addressType"_s, discovery::jsonName(device->addressType));
        event.details.insert(u"deviceClass"_s, discovery::jsonName(device->deviceClass));
    }
    (void)record(event);
}

Result<QString> DiscoverySession::recordInterrogation(const QString &id, const discovery::Interrogation &interrogation)
{
    Result<QString> newId = m_inventory ? m_inventory->recordInterrogation(id, interrogation, m_operatorId)
                                        : Result<QString>(m_registry.mergeInterrogation(id, interrogation));
    if (newId && newId->isEmpty()) {
        newId =
            Error(u"inventory.unknown_device"_s,
                  QT_TRANSLATE_NOOP("pasban::Error", "The device %1 is not in the inventory. Scan again or import it."),
                  {id});
    }
    if (newId && *newId != id)
        m_renamed.insert(*newId);

    audit::AuditEvent event;
    event.type = audit::EventType::ApplicationActivity;
    event.action = audit::Action::Execute;
    event.device = newId ? *newId : id;
    event.details = interrogationDetails(interrogation);
    if (newId && *newId != id)
        event.details.insert(u"previousId"_s, id);
    if (!newId) {
        event.outcome = audit::Outcome::MinorFailure;
        event.details.insert(u"error"_s, newId.error().code());
    }
    (void)record(event);
    return newId;
}

void DiscoverySession::recordInterrogationFailure(const QString &id, const Error &error)
{
    audit::AuditEvent event;
    event.type = audit::EventType::ApplicationActivity;
    event.action = audit::Action::Execute;
    event.outcome = audit::Outcome::MinorFailure;
    event.device = id;
    event.details = {{u"event"_s, u"interrogation"_s}, {u"error"_s, error.code()}};
    (void)record(event);
}

Status DiscoverySession::record(audit::AuditEvent event)
{
    if (!m_audit)
        return {};
    event.operatorId = m_operatorId;
    Result<quint64> recorded = m_audit->record(event);
    if (recorded)
        return {};
    qCWarning(lcDiscovery) << "audit record failed:" << recorded.error().code();
    Q_EMIT storeFailed(recorded.error());
    return recorded.error();
}

} // namespace pasban
