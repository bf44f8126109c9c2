#pragma once

#include "SmpMessage.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pasban::smp {

// One piece of an image upload (image group, command 1).
struct UploadChunk
{
    quint32 offset = 0;
    QByteArray data;

    // Sent only with the first chunk (offset 0), where the device starts a session:
    quint32 totalLength = 0; // "len", the whole file's size; mandatory at offset 0
    QByteArray sha; // "sha", SHA-256 of the whole file; lets the device resume; empty = not sent
    std::optional<quint32> image; // "image", the target image number; not sent = image 0
    bool upgrade = false; // "upgrade": true makes the device refuse anything not newer
};

// Requests as devices expect them. Every builder fills in op, group, command and a
// V2 header with sequence 0: the client engine stamps its own sequence number (and
// falls back to V1 for an old device) before sending.
class SmpRequests
{
public:
    // OS group.
    [[nodiscard]] static SmpMessage echo(const QString &text);
    // `force` asks the device to reset even if a handler objects (Zephyr decodes it
    // as a CBOR boolean).
    [[nodiscard]] static SmpMessage reset(bool force = false);
    [[nodiscard]] static SmpMessage parameters();
    // Empty format = the device's default ("s", the kernel name).
    [[nodiscard]] static SmpMessage osInfo(const QString &format = {});
    // Empty query = which bootloader; "mode" = its swap mode and downgrade rule.
    [[nodiscard]] static SmpMessage bootloaderInfo(const QString &query = {});

    // Image group.
    [[nodiscard]] static SmpMessage imageStateRead();
    // confirm = false: test the image with `hash` at the next reset.
    // confirm = true:  make the image with `hash` permanent, or with an empty hash
    //                  the running one.
    [[nodiscard]] static SmpMessage imageStateWrite(const QByteArray &hash, bool confirm);
    [[nodiscard]] static SmpMessage imageUpload(const UploadChunk &chunk);

    // How many data bytes an upload request with these fields can carry so that the
    // whole encoded message — 8-byte header and CBOR payload — is at most `limit`
    // bytes (a device's buf_size, or what one transport frame can hold). `chunk.data`
    // is ignored. 0 when not even one byte fits.
    [[nodiscard]] static qsizetype uploadCapacity(const UploadChunk &chunk, qsizetype limit);

    // The next upload request for `file` from `offset`, as large as `limit` allows.
    // The first-chunk fields come from `session` (its offset and data are ignored).
    // An error when not one byte fits or offset is past the end.
    [[nodiscard]] static Result<SmpMessage> nextUpload(QByteArrayView file, quint32 offset, const UploadChunk &session,
                                                       qsizetype limit);
};

} // namespace pasban::smp
