#include "SmpClient.h"

#include "SmpTransport.h"
#include "common/Logging.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace pasban::smp {

SmpClient::SmpClient(SmpTransport *transport, SmpClientOptions options, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_options(options)
{
    connect(transport, &SmpTransport::received, this, &SmpClient::onReceived);
    connect(transport, &SmpTransport::closed, this, &SmpClient::onClosed);
}

SmpClient::~SmpClient()
{
    // Callbacks may point at objects that are being destroyed too: drop them silently.
    for (Pending &pending : m_pending)
        delete pending.timer;
}

Error SmpClient::timeoutError(quint16 group, quint8 command, int attempts)
{
    return Error(
        u"smp.timeout"_s,
        QT_TRANSLATE_NOOP("pasban::Error", "The device did not answer. Check that it is on, in range and not busy."),
        {}, u"group %1 command %2, %3 attempts"_s.arg(group).arg(command).arg(attempts));
}

Error SmpClient::cancelledError()
{
    return Error(u"smp.cancelled"_s, QT_TRANSLATE_NOOP("pasban::Error", "The request to the device was cancelled."));
}

quint64 SmpClient::request(SmpMessage message, Callback done, int timeoutMs)
{
    const quint64 id = m_nextId++;
    message.header.sequence = m_nextSequence++;
    message.header.version = m_version;
    Pending pending;
    pending.id = id;
    pending.done = std::move(done);
    pending.timeoutMs = timeoutMs < 0 ? m_options.timeoutMs : timeoutMs;
    Result<QByteArray> encoded = message.encode();
    pending.message = std::move(message);
    if (!encoded) {
        const Error &error = encoded.error();
        QTimer::singleShot(0, this, [callback = std::move(pending.done), error] { callback(error); });
        return id;
    }
    pending.encoded = std::move(encoded).value();
    pending.timer = new QTimer(this);
    pending.timer->setSingleShot(true);
    connect(pending.timer, &QTimer::timeout, this, [this, id] { onTimeout(id); });
    auto inserted = m_pending.insert(id, pending);
    if (Status sent = transmit(*inserted); !sent) {
        // Report from the event loop: callers must never be re-entered from request().
        QTimer::singleShot(0, this, [this, id, error = sent.error()] { finish(id, error); });
    }
    return id;
}

Status SmpClient::transmit(Pending &pending)
{
    ++pending.attempts;
    pending.timer->start(pending.timeoutMs);
    if (!m_transport)
        return TransportErrors::notOpen(QString());
    return m_transport->send(pending.encoded);
}

void SmpClient::cancel(quint64 id)
{
    finish(id, cancelledError());
}

void SmpClient::failAll(const Error &reason)
{
    const QList<quint64> ids = m_pending.keys();
    for (quint64 id : ids)
        finish(id, reason);
}

void SmpClient::finish(quint64 id, Result<SmpMessage> result)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(*it);
    m_pending.erase(it);
    pending.timer->stop();
    pending.timer->deleteLater();
    if (pending.done)
        pending.done(std::move(result));
}

void SmpClient::onReceived(const QByteArray &bytes)
{
    Result<SmpMessage> message = SmpMessage::decode(bytes);
    if (!message || !message->header.isResponse()) {
        ++m_unmatched;
        qCDebug(lcSmp) << "dropped an undecodable or non-response message";
        return;
    }
    const SmpHeader &header = message->header;
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        const SmpHeader &sent = it->message.header;
        if (sent.sequence != header.sequence || sent.group != header.group || sent.command != header.command)
            continue;
        // A device that only speaks SMP v1 answers v1: speak v1 to it from now on.
        if (header.version == SmpVersion::V1 && m_version == SmpVersion::V2)
            m_version = SmpVersion::V1;
        finish(it.key(), std::move(message).value());
        return;
    }
    ++m_unmatched;
}

void SmpClient::onClosed(const Error &reason)
{
    failAll(reason);
}

void SmpClient::onTimeout(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    if (it->attempts > m_options.retries) {
        finish(id, timeoutError(it->message.header.group, it->message.header.command, it->attempts));
        return;
    }
    ++m_retransmissions;
    if (Status sent = transmit(*it); !sent)
        finish(id, sent.error());
}

} // namespace pasban::smp
