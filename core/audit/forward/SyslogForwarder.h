#pragma once

#include "DicomAuditMessage.h"
#include "ForwardConfig.h"
#include "ForwardCursor.h"
#include "common/Error.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <optional>

class QSslSocket;

namespace pasban {
class Clock;
}

namespace pasban::audit {
class AuditLog;
}

namespace pasban::audit::forward {

// What the forwarder is doing, for the status bar, Settings and the CLI.
struct ForwardStatus
{
    enum class State {
        Off, // forwarding switched off (or not started)
        Disconnected, // waiting to reconnect (error says why)
        Connecting, // TCP + TLS handshake under way
        Delivering, // sending the queue
        UpToDate, // every event so far is with the receiver
        Failed, // needs attention (settings, certificates, the log); error says why.
                // A refused TLS connection is still retried (the fix may be on the
                // server); a settings or log problem waits for new settings.
    };
    State state = State::Off;
    std::optional<Error> error;
    quint64 queueLength = 0; // events recorded but not yet delivered
    quint64 deliveredThrough = 0; // the last event the receiver is known to have
};

// Forwards the audit log to a central syslog receiver over mutual TLS (RFC 5425)
// in the IHE ATNA shape (AtnaMessages.h): every event, in order, and every
// checkpoint right after the event it covers.
//
// Store and forward. The queue is the audit log itself: nothing is copied. A
// durable cursor (ForwardCursor, per destination) says how far the receiver has
// the log, so hours of receiver downtime or a restart of the console lose
// nothing: the forwarder reconnects with exponential backoff and continues after
// the cursor.
//
// What "delivered" means, and what is and is not guaranteed. Syslog over TLS has
// no acknowledgement of its own, so the forwarder proves delivery one level down:
//   1. It writes one batch of frames (at most batchEvents events / batchBytes) and
//      waits until QSslSocket has flushed all of it (bytesToWrite and
//      encryptedBytesToWrite both 0: everything is in the kernel; encryptedBytes-
//      Written counted it out).
//   2. It then waits until the receiver's TCP has acknowledged every byte (Linux:
//      SIOCOUTQ reaches 0, see SocketAcknowledgement.h). Only then is the batch
//      delivered and the cursor saved. A receiver that stops acknowledging for
//      ackTimeoutMs is dropped and reconnected.
//   3. Bytes are written only after the connection has survived probationMs past
//      the TLS handshake: receivers such as rsyslog check the client certificate's
//      name after the handshake and drop a refused client then, and data sent
//      before that would be acknowledged by TCP and thrown away.
// When a connection breaks, the batch in flight was not acknowledged, so the
// receiver's TCP did not have all of it: it is sent again, from the cursor, on the
// next connection. Hence, as seen by the receiver:
//   - in order, always (one connection at a time, batches in sequence order);
//   - no gap, provided the receiving program processes what its TCP acknowledged
//     (a receiver that crashes with acknowledged data unread loses it: RFC 5425
//     cannot tell; RELP could);
//   - no duplicate, except in one narrow case: a connection that breaks after the
//     receiver's TCP got a batch but before its acknowledgement reached us (or a
//     console quitting with a batch in flight) makes that batch arrive twice, or a
//     partial frame plus a whole one. Each message carries the log id and event
//     sequence (structured data), so such a repeat is recognisable and harmless.
// On platforms without SIOCOUTQ, step 2 is replaced by waiting ackGraceMs after the
// flush with the connection still up.
//
// Anchoring. Checkpoints are forwarded too (PASBAN-CHECKPOINT messages), which
// makes the central log an anchor of the chain in AnchorStore's sense: it holds
// the newest signed checkpoint outside this computer. It is not an AnchorStore
// object, on purpose: AnchorStore::save runs once, at commit time, and would lose
// a checkpoint made while the receiver is down; here checkpoints are read from the
// database (audit_checkpoints) as part of the durable queue. An anchor that cannot
// be read back from here (load()) is for the auditor, who compares the central
// copy with `pasban-cli audit verify`.
//
// One forwarder per log and thread; the log and the database connection are used
// only from the forwarder's thread and must outlive it.
class SyslogForwarder : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        const Clock *clock = nullptr; // default: Clock::system()
        AuditSource source; // default sourceId: this computer's host name
        int batchEvents = 64;
        qint64 batchBytes = 256 * 1024;
        int pollIntervalMs = 2000; // how often an up-to-date forwarder looks for new events
        int retryMinMs = 1000;
        int retryMaxMs = 60 * 1000;
        int connectTimeoutMs = 20 * 1000;
        int ackTimeoutMs = 30 * 1000;
        int probationMs = 750;
        int ackGraceMs = 1000;
        // Deliver what there is, then disconnect cleanly and emit finished(); the
        // first failure ends it too (no retries). For `pasban-cli audit forward --once`.
        bool once = false;
    };

    SyslogForwarder(AuditLog &log, storage::Database &stateDatabase, const Options &options, QObject *parent = nullptr);
    ~SyslogForwarder() override;

    // Applies new settings: reconnects to the new destination (with its own
    // cursor), or switches off.
    void setConfig(const ForwardConfig &config);
    [[nodiscard]] ForwardConfig config() const { return m_config; }

    void start();
    // Drops the connection (a batch in flight is sent again next time).
    void stop();
    // New events were recorded: deliver them now instead of at the next poll.
    void eventsAppended();

    [[nodiscard]] ForwardStatus status() const { return m_status; }
    // Events delivered since start.
    [[nodiscard]] quint64 deliveredCount() const { return m_deliveredCount; }

    // A short sentence in the current language: "Forwarding: up to date", ...
    [[nodiscard]] static QString stateText(const ForwardStatus &status);

Q_SIGNALS:
    void statusChanged(const pasban::audit::forward::ForwardStatus &status);
    // Events up to `sequence` are with the receiver; `count` were in this batch.
    void delivered(quint64 sequence, quint64 count);
    // once mode: done (status().state is UpToDate, or the failure).
    void finished();

private:
    struct Batch
    {
        ForwardPosition after;
        quint64 events = 0;
    };

    void connectNow();
    void onEncrypted();
    void onSocketError();
    void onDisconnected();
    void pump();
    void checkAcknowledged();
    void commit();
    void fail(const Error &error, bool retry);
    void scheduleRetry();
    void dropSocket();
    void setState(ForwardStatus::State state, std::optional<Error> error = std::nullopt);
    void refreshQueueLength();
    [[nodiscard]] Result<QByteArray> buildBatch(Batch &batch);
    [[nodiscard]] qint64 nowMs() const;

    AuditLog &m_log;
    storage::Database &m_stateDb;
    Options m_options;
    ForwardConfig m_config;
    QSslConfiguration m_ssl;
    std::optional<ForwardCursor> m_cursor;
    ForwardPosition m_position;
    QPointer<QSslSocket> m_socket;
    QStringList m_sslErrors;
    std::optional<Batch> m_inFlight;
    qint64 m_flushedAtMs = -1;
    qint64 m_writtenAtMs = 0;
    bool m_running = false;
    bool m_finishing = false;
    int m_retryDelayMs = 0;
    quint64 m_deliveredCount = 0;
    ForwardStatus m_status;

    QTimer m_retryTimer;
    QTimer m_pollTimer;
    QTimer m_ackTimer;
    QTimer m_connectTimer;
    QTimer m_probationTimer;
};

} // namespace pasban::audit::forward
