#pragma once

#include "SmpMessage.h"
#include "SmpTransport.h"
#include "common/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace pasban::smp {

struct SmpClientOptions
{
    // Field values (REFERENCE §2): a normal command answers within 2.5 s; the first
    // upload chunk may make the device erase a whole slot first.
    int timeoutMs = 2500;
    int firstChunkTimeoutMs = 40000;
    // Sends of one request after the first before it fails with smp.timeout.
    int retries = 4;
};

// Sends SMP requests and matches responses to them by sequence number (and group
// and command, so a stray answer cannot complete the wrong request). Several
// requests may be in flight (pipelining is the caller's choice). A request that
// is not answered in time is sent again, up to `retries` times, with the same
// sequence number: whichever answer comes first completes it, a later one is
// dropped. Responses that match nothing (late, duplicated, garbled) are counted.
// Asynchronous, on the caller's thread; callbacks run from the event loop.
class SmpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<SmpMessage>)>;

    explicit SmpClient(SmpTransport *transport, SmpClientOptions options = {}, QObject *parent = nullptr);
    ~SmpClient() override;

    // Stamps the sequence number (and the protocol version the device speaks),
    // sends, and calls `done` once: with the response (whatever its rc: reading
    // the payload is the caller's job, see SmpResponses), or with smp.timeout,
    // smp.link_lost, smp.message_too_large, smp.cancelled. timeoutMs < 0 = the
    // default. Returns an id for cancel().
    quint64 request(SmpMessage message, Callback done, int timeoutMs = -1);
    // Fails one pending request (smp.cancelled) without waiting for its answer.
    void cancel(quint64 id);
    // Fails every pending request with `reason`.
    void failAll(const Error &reason);

    [[nodiscard]] int pendingCount() const { return int(m_pending.size()); }
    [[nodiscard]] const SmpClientOptions &options() const { return m_options; }
    void setOptions(const SmpClientOptions &options) { m_options = options; }
    [[nodiscard]] SmpTransport *transport() const { return m_transport.data(); }

    // Diagnostics.
    [[nodiscard]] quint64 unmatchedResponses() const { return m_unmatched; }
    [[nodiscard]] quint64 retransmissions() const { return m_retransmissions; }

    [[nodiscard]] static Error timeoutError(quint16 group, quint8 command, int attempts);
    [[nodiscard]] static Error cancelledError();

private:
    struct Pending
    {
        quint64 id = 0;
        SmpMessage message;
        QByteArray encoded;
        Callback done;
        int timeoutMs = 0;
        int attempts = 0;
        QTimer *timer = nullptr;
    };

    void onReceived(const QByteArray &bytes);
    void onClosed(const Error &reason);
    void onTimeout(quint64 id);
    void finish(quint64 id, Result<SmpMessage> result);
    Status transmit(Pending &pending);

    QPointer<SmpTransport> m_transport;
    SmpClientOptions m_options;
    QHash<quint64, Pending> m_pending;
    quint8 m_nextSequence = 0;
    quint64 m_nextId = 1;
    SmpVersion m_version = SmpVersion::V2;
    quint64 m_unmatched = 0;
    quint64 m_retransmissions = 0;
};

} // namespace pasban::smp
