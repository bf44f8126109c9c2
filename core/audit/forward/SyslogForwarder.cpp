#include "SyslogForwarder.h"

#include "AtnaMessages.h"
#include "ForwardErrors.h"
#include "SocketAcknowledgement.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QSslSocket>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit::forward {

namespace {

// How often an unacknowledged batch is checked (there is no signal for a TCP ACK).
constexpr int AckPollMs = 20;
constexpr int MaxCheckpointsPerBatch = 64;

} // namespace

SyslogForwarder::SyslogForwarder(AuditLog &log, storage::Database &stateDatabase, const Options &options,
                                 QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_stateDb(stateDatabase)
    , m_options(options)
{
    if (!m_options.clock)
        m_options.clock = &Clock::system();
    if (m_options.source.sourceId.isEmpty())
        m_options.source.sourceId = QHostInfo::localHostName();
    m_retryTimer.setSingleShot(true);
    m_connectTimer.setSingleShot(true);
    m_probationTimer.setSingleShot(true);
    m_ackTimer.setInterval(AckPollMs);
    m_pollTimer.setInterval(m_options.pollIntervalMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyslogForwarder::connectNow);
    connect(&m_pollTimer, &QTimer::timeout, this, &SyslogForwarder::pump);
    connect(&m_ackTimer, &QTimer::timeout, this, &SyslogForwarder::checkAcknowledged);
    connect(&m_connectTimer, &QTimer::timeout, this,
            [this] { fail(detail::connectFailed(m_config.destination(), u"timed out"_s), true); });
    connect(&m_probationTimer, &QTimer::timeout, this, [this] {
        setState(ForwardStatus::State::Delivering);
        pump();
    });
}

SyslogForwarder::~SyslogForwarder()
{
    dropSocket();
}

qint64 SyslogForwarder::nowMs() const
{
    return m_options.clock->monotonicMs();
}

void SyslogForwarder::setConfig(const ForwardConfig &config)
{
    const bool wasRunning = m_running;
    stop();
    m_config = config;
    if (wasRunning)
        start();
}

void SyslogForwarder::start()
{
    stop();
    m_running = true;
    m_finishing = false;
    m_retryDelayMs = m_options.retryMinMs;
    if (!m_config.enabled) {
        m_running = false;
        if (m_options.once)
            fail(detail::disabled(), false);
        else
            setState(ForwardStatus::State::Off);
        return;
    }
    Result<QSslConfiguration> ssl = m_config.sslConfiguration();
    if (!ssl) {
        fail(ssl.error(), false);
        return;
    }
    m_ssl = *ssl;
    m_cursor.emplace(m_stateDb, m_config.destination());
    Result<ForwardPosition> position = m_cursor->load(m_log.logId());
    if (!position) {
        fail(position.error(), false);
        return;
    }
    m_position = *position;
    m_status.deliveredThrough = m_position.lastSequence;
    refreshQueueLength();
    connectNow();
}

void SyslogForwarder::stop()
{
    m_running = false;
    m_retryTimer.stop();
    m_pollTimer.stop();
    m_ackTimer.stop();
    m_connectTimer.stop();
    m_probationTimer.stop();
    m_inFlight.reset();
    dropSocket();
    if (m_status.state != ForwardStatus::State::Failed)
        setState(ForwardStatus::State::Off);
}

void SyslogForwarder::eventsAppended()
{
    if (m_status.state == ForwardStatus::State::UpToDate)
        pump();
    else
        refreshQueueLength();
}

void SyslogForwarder::dropSocket()
{
    if (!m_socket)
        return;
    QSslSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void SyslogForwarder::connectNow()
{
    if (!m_running)
        return;
    dropSocket();
    m_inFlight.reset();
    m_sslErrors.clear();
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    socket->setSslConfiguration(m_ssl);
    socket->setPeerVerifyName(m_config.peerName());
    connect(socket, &QSslSocket::encrypted, this, &SyslogForwarder::onEncrypted);
    connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors << error.errorString();
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, &SyslogForwarder::onSocketError);
    connect(socket, &QAbstractSocket::disconnected, this, &SyslogForwarder::onDisconnected);
    connect(socket, &QSslSocket::encryptedBytesWritten, this, &SyslogForwarder::checkAcknowledged);
    // A syslog receiver sends nothing; whatever it does send is read and dropped.
    connect(socket, &QIODevice::readyRead, socket, [socket] { socket->readAll(); });
    setState(ForwardStatus::State::Connecting, m_status.error);
    m_connectTimer.start(m_options.connectTimeoutMs);
    socket->connectToHostEncrypted(m_config.host, m_config.port, m_config.peerName());
}

void SyslogForwarder::onEncrypted()
{
    m_connectTimer.stop();
    qCInfo(lcAudit) << "forwarding: connected to" << m_config.destination() << "using" << m_socket->sessionProtocol();
    m_probationTimer.start(m_options.probationMs);
}

void SyslogForwarder::onSocketError()
{
    if (!m_socket || m_finishing)
        return;
    const QAbstractSocket::SocketError code = m_socket->error();
    const QString why = m_socket->errorString();
    const bool encrypted = m_socket->isEncrypted();
    const bool inProbation = m_probationTimer.isActive();
    if (!m_sslErrors.isEmpty() || code == QAbstractSocket::SslHandshakeFailedError
        || code == QAbstractSocket::SslInvalidUserDataError || code == QAbstractSocket::SslInternalError) {
        const QString reason = m_sslErrors.isEmpty() ? why : m_sslErrors.join(u"; "_s);
        fail(detail::tlsFailed(m_config.destination(), reason), true);
    } else if (inProbation || (!encrypted && code == QAbstractSocket::RemoteHostClosedError)) {
        // Dropped right after (or during) the handshake: the receiver refused us.
        fail(detail::tlsFailed(m_config.destination(),
                               u"the server closed the connection after the handshake; it may not accept this "
                               u"console's certificate"_s),
             true);
    } else if (encrypted) {
        fail(detail::connectionLost(m_config.destination(), why), true);
    } else {
        fail(detail::connectFailed(m_config.destination(), why), true);
    }
}

void SyslogForwarder::onDisconnected()
{
    if (m_finishing) {
        dropSocket();
        m_running = false;
        Q_EMIT finished();
        return;
    }
    if (m_socket && m_running)
        onSocketError();
}

void SyslogForwarder::fail(const Error &error, bool retry)
{
    qCWarning(lcAudit) << "forwarding:" << error.code() << error.detail();
    m_connectTimer.stop();
    m_probationTimer.stop();
    m_ackTimer.stop();
    m_pollTimer.stop();
    // The batch in flight was not acknowledged: it goes again from the cursor.
    m_inFlight.reset();
    dropSocket();
    if (!retry || m_options.once || !m_running) {
        m_running = false;
        setState(ForwardStatus::State::Failed, error);
        if (m_options.once)
            Q_EMIT finished();
        return;
    }
    // A refused TLS connection needs someone's attention (certificates, names),
    // but the fix may be on the server's side, so it is retried all the same.
    const bool refused = error.code() == u"forward.tls"_s;
    setState(refused ? ForwardStatus::State::Failed : ForwardStatus::State::Disconnected, error);
    scheduleRetry();
}

void SyslogForwarder::scheduleRetry()
{
    m_retryTimer.start(m_retryDelayMs);
    m_retryDelayMs = qMin(m_retryDelayMs * 2, m_options.retryMaxMs);
}

Result<QByteArray> SyslogForwarder::buildBatch(Batch &batch)
{
    batch.after = m_position;
    EventFilter filter;
    filter.afterSequence = m_position.lastSequence;
    Result<QList<AuditEvent>> events = m_log.query(filter, m_options.batchEvents);
    if (!events)
        return events.error();
    const quint64 upTo = events->isEmpty() ? m_position.lastSequence : events->last().sequence;
    Result<QList<Checkpoint>> checkpoints = m_cursor->pendingCheckpoints(m_position, upTo, MaxCheckpointsPerBatch);
    if (!checkpoints)
        return checkpoints.error();

    QByteArray frames;
    qsizetype nextCheckpoint = 0;
    const auto addCheckpointsUpTo = [&](quint64 sequence) {
        while (nextCheckpoint < checkpoints->size() && checkpoints->at(nextCheckpoint).sequence <= sequence) {
            const Checkpoint &checkpoint = checkpoints->at(nextCheckpoint++);
            frames += SyslogMessage::frame(checkpointMessage(checkpoint, m_options.source).format());
            batch.after.checkpointNumber = checkpoint.number;
            batch.after.checkpointSequence = checkpoint.sequence;
        }
    };
    addCheckpointsUpTo(m_position.lastSequence);
    for (const AuditEvent &event : std::as_const(*events)) {
        if (event.sequence != batch.after.lastSequence + 1) {
            // The log hands out events without gaps; anything else is not forwarded blindly.
            return Error(u"audit.damaged"_s,
                         QT_TRANSLATE_NOOP("pasban::Error",
                                           "The audit log in the console database is damaged or was changed outside "
                                           "Pasban, so it cannot be used. Keep the data folder unchanged for "
                                           "investigation and tell your security officer."),
                         {}, u"event %1 follows %2"_s.arg(event.sequence).arg(batch.after.lastSequence));
        }
        frames += SyslogMessage::frame(eventMessage(event, m_log.logId(), m_options.source).format());
        batch.after.lastSequence = event.sequence;
        ++batch.events;
        addCheckpointsUpTo(event.sequence);
        if (frames.size() >= m_options.batchBytes)
            break;
    }
    return frames;
}

void SyslogForwarder::pump()
{
    if (!m_running || !m_socket || m_inFlight || m_probationTimer.isActive() || !m_socket->isEncrypted())
        return;
    const Result<quint64> last = m_log.lastSequence();
    if (!last) {
        fail(last.error(), false);
        return;
    }
    if (*last < m_position.lastSequence) {
        fail(detail::logBehind(m_position.lastSequence, *last), false);
        return;
    }
    Batch batch;
    Result<QByteArray> frames = buildBatch(batch);
    if (!frames) {
        fail(frames.error(), false);
        return;
    }
    if (frames->isEmpty()) {
        refreshQueueLength();
        setState(ForwardStatus::State::UpToDate);
        if (m_options.once) {
            m_pollTimer.stop();
            m_finishing = true;
            if (QSslSocket *socket = m_socket)
                socket->disconnectFromHost();
            // disconnectFromHost() may already have emitted disconnected(), whose
            // handler can drop the socket (m_socket is a QPointer): check again.
            if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
                onDisconnected();
        } else {
            m_pollTimer.start();
        }
        return;
    }
    m_pollTimer.stop();
    setState(ForwardStatus::State::Delivering);
    m_inFlight = batch;
    m_flushedAtMs = -1;
    m_writtenAtMs = nowMs();
    if (m_socket->write(*frames) != frames->size()) {
        fail(detail::connectionLost(m_config.destination(), m_socket->errorString()), true);
        return;
    }
    m_ackTimer.start();
}

void SyslogForwarder::checkAcknowledged()
{
    if (!m_inFlight || !m_socket)
        return;
    const qint64 now = nowMs();
    if (m_socket->bytesToWrite() > 0 || m_socket->encryptedBytesToWrite() > 0) {
        // Not even in the kernel yet: Qt is still encrypting or writing.
    } else {
        if (m_flushedAtMs < 0)
            m_flushedAtMs = now;
        const std::optional<qint64> outstanding = unacknowledgedBytes(m_socket->socketDescriptor());
        const bool acknowledged = outstanding ? *outstanding == 0 : now - m_flushedAtMs >= m_options.ackGraceMs;
        if (acknowledged) {
            commit();
            return;
        }
    }
    if (now - m_writtenAtMs > m_options.ackTimeoutMs)
        fail(detail::stalled(m_config.destination()), true);
}

void SyslogForwarder::commit()
{
    m_ackTimer.stop();
    const Batch batch = *m_inFlight;
    m_inFlight.reset();
    if (Status saved = m_cursor->save(batch.after); !saved) {
        // Delivered but not remembered: stopping here is safer than sending on
        // and repeating all of it after a restart.
        fail(saved.error(), false);
        return;
    }
    m_position = batch.after;
    m_retryDelayMs = m_options.retryMinMs;
    m_deliveredCount += batch.events;
    m_status.deliveredThrough = m_position.lastSequence;
    if (batch.events > 0)
        Q_EMIT delivered(m_position.lastSequence, batch.events);
    refreshQueueLength();
    Q_EMIT statusChanged(m_status);
    pump();
}

void SyslogForwarder::refreshQueueLength()
{
    const Result<quint64> last = m_log.lastSequence();
    if (last)
        m_status.queueLength = *last > m_position.lastSequence ? *last - m_position.lastSequence : 0;
}

void SyslogForwarder::setState(ForwardStatus::State state, std::optional<Error> error)
{
    const bool changed = m_status.state != state || m_status.error.has_value() != error.has_value()
        || (error && m_status.error && error->code() != m_status.error->code());
    m_status.state = state;
    m_status.error = std::move(error);
    if (state == ForwardStatus::State::UpToDate || state == ForwardStatus::State::Delivering)
        m_status.error.reset();
    refreshQueueLength();
    if (changed)
        Q_EMIT statusChanged(m_status);
}

QString SyslogForwarder::stateText(const ForwardStatus &status)
{
    switch (status.state) {
    case ForwardStatus::State::Off:
        return tr("Forwarding: off");
    case ForwardStatus::State::Disconnected:
        //: %n events are waiting to be sent to the central log server
        return tr("Forwarding: disconnected, %n waiting", nullptr, int(qMin<quint64>(status.queueLength, INT_MAX)));
    case ForwardStatus::State::Connecting:
        return tr("Forwarding: connecting");
    case ForwardStatus::State::Delivering:
        return tr("Forwarding: sending, %n waiting", nullptr, int(qMin<quint64>(status.queueLength, INT_MAX)));
    case ForwardStatus::State::UpToDate:
        return tr("Forwarding: up to date");
    case ForwardStatus::State::Failed:
        return tr("Forwarding: error");
    }
    return {};
}

} // namespace pasban::audit::forward
