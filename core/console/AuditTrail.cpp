#include "AuditTrail.h"

#include "common/Logging.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban {

AuditTrail::AuditTrail(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_checkpointTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_checkpointTimer, &QTimer::timeout, this, &AuditTrail::onTimer);
}

AuditTrail::~AuditTrail()
{
    stop();
}

Error AuditTrail::notRecording()
{
    return Error(u"audit.not_recording"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The audit log is not open, so the action cannot be recorded. Unlock the audit log "
                                   "first."));
}

Status AuditTrail::open(audit::AuditOpener::Request request)
{
    Result<std::unique_ptr<audit::AuditOpener::Opened>> opened = audit::AuditOpener::open(std::move(request));
    if (!opened) {
        setState(State::Locked, opened.error());
        return opened.error();
    }
    return start(std::move(opened).value());
}

Status AuditTrail::start(std::unique_ptr<audit::AuditOpener::Opened> opened)
{
    if (!opened || !opened->log)
        return notRecording();
    stop();
    m_opened = std::move(opened);
    if (const std::optional<Error> blocked = m_opened->log->appendBlocked()) {
        // Open and readable (verify, the audit page), but it refuses new events
        // (it is behind its anchor): not recording, and said so.
        setState(State::Failed, *blocked);
        return {};
    }
    setState(State::Recording);
    if (m_options.recordLifecycle) {
        audit::AuditEvent started;
        started.type = audit::EventType::ApplicationStart;
        started.details = {{u"application"_s, m_options.application}};
        if (Result<quint64> sequence = record(started); !sequence)
            return sequence.error();
        // The log was already there (creating it records this itself).
        if (!m_opened->log->created()) {
            audit::AuditEvent recording;
            recording.type = audit::EventType::AuditRecordingStarted;
            recording.details = {{u"application"_s, m_options.application}};
            if (Result<quint64> sequence = record(recording); !sequence)
                return sequence.error();
        }
    }
    if (m_options.checkpointIntervalMs > 0)
        m_checkpointTimer.start(m_options.checkpointIntervalMs);
    return {};
}

void AuditTrail::stop()
{
    m_checkpointTimer.stop();
    if (!m_opened)
        return;
    if (m_options.recordLifecycle && m_state == State::Recording) {
        for (const audit::EventType type :
             {audit::EventType::AuditRecordingStopped, audit::EventType::ApplicationStop}) {
            audit::AuditEvent stopped;
            stopped.type = type;
            stopped.details = {{u"application"_s, m_options.application}};
            if (Result<quint64> sequence = record(stopped); !sequence)
                qCWarning(lcAudit) << "recording the stop failed:" << sequence.error().code();
        }
    }
    const Status closed = m_opened->log->close();
    if (!closed)
        qCWarning(lcAudit) << "closing the audit log failed:" << closed.error().code();
    m_opened.reset();
    if (m_state == State::Recording)
        setState(State::Stopped);
}

Result<quint64> AuditTrail::record(const audit::AuditEvent &event)
{
    if (!m_opened)
        return notRecording();
    audit::AuditEvent named;
    if (!m_operator.isEmpty() && event.operatorId.isEmpty()) {
        named = event;
        named.operatorId = m_operator;
    }
    Result<quint64> sequence = m_opened->log->append(named.operatorId.isEmpty() ? event : named);
    if (!sequence) {
        qCWarning(lcAudit) << "recording an event failed:" << sequence.error().code();
        setState(State::Failed, sequence.error());
        return sequence.error();
    }
    if (m_state != State::Recording)
        setState(State::Recording);
    Q_EMIT recorded(*sequence);
    return sequence;
}

Result<quint64> AuditTrail::recordSettingChanged(const QString &key, bool security)
{
    audit::AuditEvent changed;
    changed.type = security ? audit::EventType::SecurityConfiguration : audit::EventType::SoftwareConfiguration;
    changed.action = audit::Action::Update;
    changed.details = {{u"setting"_s, key}};
    return record(changed);
}

void AuditTrail::watch(Settings &settings)
{
    connect(&settings, &Settings::changed, this, [this](Settings::Key key) {
        // Only the name: values may be secrets, and the layout keys are noise.
        switch (key) {
        case Settings::Key::MainWindowGeometry:
        case Settings::Key::MainWindowState:
        case Settings::Key::MainSplitterState:
        case Settings::Key::CurrentPage:
        case Settings::Key::DetailPaneVisible:
            return;
        default:
            break;
        }
        (void)recordSettingChanged(Settings::keyName(key));
    });
}

Result<quint32> AuditTrail::rotateKey()
{
    if (!m_opened)
        return notRecording();
    // The log records the rotation itself, in the same transaction.
    Result<quint32> id = m_opened->log->rotateKey();
    if (!id)
        setState(m_state, id.error());
    return id;
}

Status AuditTrail::setRecoveryKey(QByteArrayView recipientPublicKey)
{
    if (!m_opened)
        return notRecording();
    Status set = m_opened->log->setRecoveryKey(recipientPublicKey);
    if (!set)
        setState(m_state, set.error());
    return set;
}

Status AuditTrail::checkpoint()
{
    if (!m_opened)
        return notRecording();
    return m_opened->log->checkpoint();
}

void AuditTrail::onTimer()
{
    if (const Status written = checkpoint(); !written)
        qCWarning(lcAudit) << "periodic checkpoint failed:" << written.error().code();
}

audit::AuditLog *AuditTrail::log() const
{
    return m_opened ? m_opened->log.get() : nullptr;
}

void AuditTrail::setState(State state, const std::optional<Error> &error)
{
    if (error)
        m_lastError = error;
    else if (state == State::Recording)
        m_lastError.reset();
    if (state == m_state && !error)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace pasban
