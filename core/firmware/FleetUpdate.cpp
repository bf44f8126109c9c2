#include "FleetUpdate.h"

#include "audit/AuditSink.h"
#include "common/Logging.h"
#include "smp/SmpTransport.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace pasban::firmware {

QString FleetDeviceResult::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return u"pending"_s;
    case State::Refused:
        return u"refused"_s;
    case State::Running:
        return u"running"_s;
    case State::Succeeded:
        return u"succeeded"_s;
    case State::Failed:
        return u"failed"_s;
    case State::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QJsonObject FleetDeviceResult::toJson() const
{
    QJsonObject object {{u"deviceId"_s, deviceId}, {u"link"_s, link}, {u"state"_s, stateName(state)}};
    if (result)
        object.insert(u"result"_s, result->toJson());
    if (error) {
        object.insert(u"error"_s, QJsonObject {{u"code"_s, error->code()}, {u"message"_s, error->sourceMessage()}});
    }
    return object;
}

FleetUpdate::FleetUpdate(QList<FleetTarget> targets, const FleetOptions &options, audit::AuditSink *audit,
                         FirmwareJobStore *jobs, QObject *parent)
    : QObject(parent)
    , m_targets(std::move(targets))
    , m_options(options)
    , m_audit(audit)
    , m_jobs(jobs)
{
    m_options.parallelSerial = std::max(1, m_options.parallelSerial);
    for (const FleetTarget &target : std::as_const(m_targets)) {
        FleetDeviceResult result;
        result.deviceId = target.deviceId;
        result.link = target.link;
        if (!target.image) {
            result.state = FleetDeviceResult::State::Refused;
            result.error = target.refusal.value_or(
                Error(u"firmware.not_verified"_s,
                      QT_TRANSLATE_NOOP("pasban::Error", "The firmware package has not passed verification.")));
        }
        m_results.append(result);
    }
}

FleetUpdate::~FleetUpdate() = default;

QString FleetUpdate::scheduleKey(const QString &link)
{
    const QString kind = link.section(u':', 0, 0);
    return kind == u"serial"_s ? link : kind;
}

void FleetUpdate::start()
{
    if (m_started)
        return;
    m_started = true;
    auditFleet(u"start"_s);
    schedule();
    finishIfDone();
}

void FleetUpdate::cancel()
{
    if (!m_started || m_finished || m_cancelled)
        return;
    m_cancelled = true;
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results[i].state == FleetDeviceResult::State::Pending) {
            m_results[i].state = FleetDeviceResult::State::Cancelled;
            Q_EMIT deviceChanged(i);
        }
    }
    // Copy the keys: a running update may finish (and leave m_running) inside cancel().
    QList<int> running;
    for (const auto &[index, unused] : m_running)
        running.append(index);
    for (int index : std::as_const(running)) {
        if (auto found = m_running.find(index); found != m_running.end())
            found->second.update->cancel();
    }
    finishIfDone();
}

void FleetUpdate::schedule()
{
    if (m_cancelled)
        return;
    QSet<QString> busy;
    int serialRunning = 0;
    for (const auto &[index, unused] : m_running) {
        const QString key = scheduleKey(m_targets.at(index).link);
        busy.insert(key);
        serialRunning += key.startsWith(u"serial:"_s) ? 1 : 0;
    }
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).state != FleetDeviceResult::State::Pending)
            continue;
        const QString key = scheduleKey(m_targets.at(i).link);
        const bool serial = key.startsWith(u"serial:"_s);
        if (busy.contains(key) || (serial && serialRunning >= m_options.parallelSerial))
            continue;
        busy.insert(key);
        serialRunning += serial ? 1 : 0;
        launch(i);
    }
}

void FleetUpdate::launch(int index)
{
    FleetTarget &target = m_targets[index];
    Running running;
    running.transport = target.makeTransport ? target.makeTransport() : nullptr;
    if (!running.transport) {
        m_results[index].state = FleetDeviceResult::State::Failed;
        m_results[index].error =
            Error(u"firmware.link_unavailable"_s,
                  QT_TRANSLATE_NOOP("pasban::Error", "The link %1 to the device cannot be opened."), {target.link});
        Q_EMIT deviceChanged(index);
        return;
    }
    running.update =
        std::make_unique<FirmwareUpdate>(*target.image, running.transport.get(), m_options.update, m_audit, m_jobs);
    FirmwareUpdate *update = running.update.get();
    connect(update, &FirmwareUpdate::progress, this,
            [this, index](const UpdateProgress &progress) { Q_EMIT deviceProgress(index, progress); });
    connect(update, &FirmwareUpdate::finished, this,
            [this, index](const Result<FirmwareUpdateResult> &outcome) { onDeviceFinished(index, outcome); });
    m_running.emplace(index, std::move(running));
    m_results[index].state = FleetDeviceResult::State::Running;
    Q_EMIT deviceChanged(index);
    QMetaObject::invokeMethod(update, &FirmwareUpdate::start, Qt::QueuedConnection);
}

void FleetUpdate::onDeviceFinished(int index, const Result<FirmwareUpdateResult> &outcome)
{
    FleetDeviceResult &result = m_results[index];
    if (outcome) {
        result.state = FleetDeviceResult::State::Succeeded;
        result.result = *outcome;
    } else {
        result.state = outcome.error().code() == u"firmware.update_cancelled"_s ? FleetDeviceResult::State::Cancelled
                                                                                : FleetDeviceResult::State::Failed;
        result.error = outcome.error();
    }
    // The update emitted this from inside itself: delete it (and its link) later.
    if (auto found = m_running.find(index); found != m_running.end()) {
        Running finished = std::move(found->second);
        m_running.erase(found);
        finished.transport->close();
        finished.update.release()->deleteLater();
        finished.transport.release()->deleteLater();
    }
    Q_EMIT deviceChanged(index);
    schedule();
    finishIfDone();
}

void FleetUpdate::finishIfDone()
{
    if (m_finished || !m_running.empty())
        return;
    for (const FleetDeviceResult &result : std::as_const(m_results)) {
        if (result.state == FleetDeviceResult::State::Pending && !m_cancelled)
            return;
    }
    m_finished = true;
    auditFleet(m_cancelled ? u"cancelled"_s : u"finished"_s);
    Q_EMIT finished();
}

QJsonObject FleetUpdate::report() const
{
    QJsonArray devices;
    QHash<FleetDeviceResult::State, int> counts;
    for (const FleetDeviceResult &result : m_results) {
        devices.append(result.toJson());
        ++counts[result.state];
    }
    return {{u"devices"_s, devices},
            {u"succeeded"_s, counts.value(FleetDeviceResult::State::Succeeded)},
            {u"failed"_s, counts.value(FleetDeviceResult::State::Failed)},
            {u"refused"_s, counts.value(FleetDeviceResult::State::Refused)},
            {u"cancelled"_s, counts.value(FleetDeviceResult::State::Cancelled)}};
}

void FleetUpdate::auditFleet(const QString &step)
{
    if (!m_audit)
        return;
    audit::AuditEvent event;
    event.type = audit::EventType::SoftwareConfiguration;
    event.action = audit::Action::Update;
    const QJsonObject summary = report();
    const bool problems = summary.value(u"failed"_s).toInt() > 0 || summary.value(u"refused"_s).toInt() > 0;
    event.outcome = step != u"start"_s && problems ? audit::Outcome::SeriousFailure : audit::Outcome::Success;
    QJsonArray devices;
    for (const FleetDeviceResult &result : std::as_const(m_results))
        devices.append(
            QJsonObject {{u"deviceId"_s, result.deviceId}, {u"state"_s, FleetDeviceResult::stateName(result.state)}});
    event.details = {{u"operation"_s, u"firmware-fleet-update"_s}, {u"step"_s, step}, {u"devices"_s, devices}};
    Result<quint64> recorded = m_audit->record(event);
    if (!recorded)
        qCWarning(lcFirmware) << "audit event not recorded:" << recorded.error().toString();
}

} // namespace pasban::firmware
