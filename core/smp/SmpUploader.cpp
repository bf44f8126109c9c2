#include "SmpUploader.h"

#include "SmpClient.h"
#include "SmpError.h"
#include "SmpRequests.h"
#include "SmpResponses.h"
#include "common/Logging.h"

#include <QCborValue>
#include <QCryptographicHash>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace pasban::smp {

SmpUploader::SmpUploader(SmpClient *client, QByteArray file, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_file(std::move(file))
    , m_sha(QCryptographicHash::hash(m_file, QCryptographicHash::Sha256))
{
}

SmpUploader::~SmpUploader()
{
    const QList<quint64> ids = m_inFlight.keys();
    m_inFlight.clear();
    m_running = false;
    for (quint64 id : ids)
        m_client->cancel(id);
}

void SmpUploader::start(const UploadSettings &settings)
{
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        m_client->cancel(it.key());
    m_inFlight.clear();
    m_settings = settings;
    m_settings.window = std::max(1, settings.window);
    ++m_generation;
    m_next = 0;
    m_deviceOffset = 0;
    m_resumedFrom = 0;
    m_firstAnswered = false;
    m_failuresAtOffset = 0;
    m_lastResyncOffset = 0;
    m_running = true;
    if (m_file.isEmpty()) {
        fail(Error(u"smp.upload_empty"_s, QT_TRANSLATE_NOOP("pasban::Error", "The firmware file is empty.")));
        return;
    }
    pump();
}

void SmpUploader::cancel()
{
    if (!m_running)
        return;
    fail(SmpClient::cancelledError());
}

bool SmpUploader::firstChunkOutstanding() const
{
    for (const Chunk &chunk : m_inFlight) {
        if (chunk.generation == m_generation && chunk.offset == 0)
            return true;
    }
    return false;
}

void SmpUploader::pump()
{
    // Until the device has answered the first chunk we do not know where it wants
    // to continue (or whether it is still erasing): nothing else is sent.
    while (m_running && m_next < totalSize() && m_inFlight.size() < m_settings.window && !firstChunkOutstanding()) {
        if (!m_firstAnswered && m_next != 0)
            break;
        sendChunk(m_next);
    }
}

void SmpUploader::sendChunk(quint32 offset)
{
    UploadChunk session;
    session.sha = m_sha;
    session.image = m_settings.image;
    session.upgrade = m_settings.upgrade;
    Result<SmpMessage> request = SmpRequests::nextUpload(m_file, offset, session, m_settings.messageLimit);
    if (!request) {
        fail(request.error());
        return;
    }
    const quint32 size = quint32(request->payload.value(u"data"_s).toByteArray().size());
    const int timeout = offset == 0 ? m_client->options().firstChunkTimeoutMs : -1;
    // SmpClient never calls back from inside request(), so the id is known by the
    // time the answer arrives.
    auto id = std::make_shared<quint64>(0);
    *id = m_client->request(
        std::move(request).value(), [this, id](Result<SmpMessage> answer) { onAnswer(*id, answer); }, timeout);
    m_inFlight.insert(*id, Chunk {offset, size, m_generation});
    m_next = offset + size;
}

void SmpUploader::onAnswer(quint64 id, const Result<SmpMessage> &answer)
{
    const auto it = m_inFlight.find(id);
    if (it == m_inFlight.end())
        return;
    const Chunk chunk = *it;
    m_inFlight.erase(it);
    if (!m_running)
        return;
    if (chunk.generation != m_generation) {
        pump();
        return;
    }
    if (!answer) {
        fail(answer.error());
        return;
    }
    const Result<UploadProgress> reply = SmpResponses::upload(answer->payload);
    if (!reply) {
        fail(reply.error());
        return;
    }
    const quint32 offset = reply->offset;
    if (offset > totalSize()) {
        fail(SmpError::malformedResponse(u"upload: off %1 beyond the %2-byte file"_s.arg(offset).arg(totalSize())));
        return;
    }
    const bool firstAnswer = !m_firstAnswered;
    m_firstAnswered = true;
    if (firstAnswer && chunk.offset == 0)
        m_resumedFrom = offset != chunk.size ? offset : 0;
    if (offset == totalSize()) {
        m_deviceOffset = offset;
        Q_EMIT progress(m_deviceOffset, totalSize());
        if (reply->match.has_value() && !*reply->match) {
            fail(Error(u"smp.upload_mismatch"_s,
                       QT_TRANSLATE_NOOP("pasban::Error",
                                         "The device received the firmware but its checksum does not match. The "
                                         "transfer was damaged; start the update again."),
                       {}, u"device reported match=false"_s));
            return;
        }
        succeed();
        return;
    }
    if (offset == chunk.offset + chunk.size || (firstAnswer && chunk.offset == 0 && offset > 0)) {
        if (firstAnswer)
            m_next = offset;
        m_deviceOffset = std::max(m_deviceOffset, offset);
        Q_EMIT progress(m_deviceOffset, totalSize());
        pump();
        return;
    }
    if (offset == 0 && chunk.offset != 0) {
        qCInfo(lcSmp) << "device restarted the upload at offset" << chunk.offset;
        ++m_restarts;
        Q_EMIT restarted(chunk.offset);
    }
    resync(offset);
}

void SmpUploader::resync(quint32 offset)
{
    if (offset == m_lastResyncOffset) {
        if (++m_failuresAtOffset >= m_settings.maxFailuresAtOffset) {
            fail(Error(u"smp.upload_stuck"_s,
                       QT_TRANSLATE_NOOP("pasban::Error",
                                         "The device keeps refusing the firmware at the same point. Restart the device "
                                         "and try again."),
                       {}, u"offset %1"_s.arg(offset)));
            return;
        }
    } else {
        m_lastResyncOffset = offset;
        m_failuresAtOffset = 1;
    }
    // Answers to what is still in flight belong to the old plan: ignored.
    ++m_generation;
    m_next = offset;
    m_deviceOffset = offset;
    if (offset == 0)
        m_firstAnswered = false;
    pump();
}

void SmpUploader::fail(const Error &error)
{
    m_running = false;
    const QList<quint64> ids = m_inFlight.keys();
    m_inFlight.clear();
    for (quint64 id : ids)
        m_client->cancel(id);
    Q_EMIT finished(error);
}

void SmpUploader::succeed()
{
    m_running = false;
    const QList<quint64> ids = m_inFlight.keys();
    m_inFlight.clear();
    for (quint64 id : ids)
        m_client->cancel(id);
    Q_EMIT finished(Status());
}

} // namespace pasban::smp
