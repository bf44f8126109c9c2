#pragma once

#include "SmpMessage.h"
#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>

#include <optional>

namespace pasban::smp {

class SmpClient;

struct UploadSettings
{
    // The largest request: min(device buf_size, what the transport carries).
    qsizetype messageLimit = 0;
    // Requests in flight: the device's buf_count − 1 (one buffer stays free for
    // the response), at least 1 (stop-and-wait).
    int window = 1;
    std::optional<quint32> image;
    // Ask the device to refuse anything not newer than what it runs.
    bool upgrade = false;
    // Give up when the device sends us back to the same offset this many times.
    int maxFailuresAtOffset = 5;
};

// Uploads one file to the device's image slot (image group, command 1).
//
// Every upload starts at offset 0 with the file's length and SHA-256: a device
// that already holds part of that file answers with the offset to continue from,
// so the same call starts a new upload and resumes an interrupted one (after a
// lost link, a device reset or a console restart). The first chunk travels alone
// (the device may erase the slot first; it gets the client's long timeout); then
// up to `window` chunks are in flight. The device answers each chunk with the
// offset it expects next; an answer that is not the end of that chunk (a lost
// chunk, a duplicate) re-synchronises to the device's offset, and an unexpected
// offset 0 (the device lost the session) starts again with the first-chunk
// fields. The last answer's "match" (the device's own SHA-256 check), when sent,
// must be true.
class SmpUploader : public QObject
{
    Q_OBJECT
public:
    SmpUploader(SmpClient *client, QByteArray file, QObject *parent = nullptr);
    ~SmpUploader() override;

    void start(const UploadSettings &settings);
    // Stops sending and fails the requests in flight; the device keeps what it
    // has, so a later start() resumes. finished() is emitted with smp.cancelled.
    void cancel();

    [[nodiscard]] QByteArray fileSha256() const { return m_sha; }
    [[nodiscard]] quint32 totalSize() const { return quint32(m_file.size()); }
    // What the device has acknowledged.
    [[nodiscard]] quint32 deviceOffset() const { return m_deviceOffset; }
    // Where the device told the first request of this start() to continue from.
    [[nodiscard]] quint32 resumedFrom() const { return m_resumedFrom; }
    [[nodiscard]] int restarts() const { return m_restarts; }

Q_SIGNALS:
    void progress(quint32 deviceOffset, quint32 total);
    // The device answered offset 0 in the middle: the upload starts over.
    void restarted(quint32 lostOffset);
    void finished(const pasban::Status &result);

private:
    struct Chunk
    {
        quint32 offset = 0;
        quint32 size = 0;
        quint64 generation = 0;
    };

    void pump();
    void sendChunk(quint32 offset);
    void onAnswer(quint64 id, const Result<SmpMessage> &answer);
    void resync(quint32 offset);
    void fail(const Error &error);
    void succeed();
    [[nodiscard]] bool firstChunkOutstanding() const;

    SmpClient *m_client;
    QByteArray m_file;
    QByteArray m_sha;
    UploadSettings m_settings;
    QHash<quint64, Chunk> m_inFlight;
    quint64 m_generation = 0;
    quint32 m_next = 0;
    quint32 m_deviceOffset = 0;
    quint32 m_resumedFrom = 0;
    bool m_firstAnswered = false;
    bool m_running = false;
    int m_restarts = 0;
    quint32 m_lastResyncOffset = 0;
    int m_failuresAtOffset = 0;
};

} // namespace pasban::smp
