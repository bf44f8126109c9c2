#include "SmpRequests.h"

#include "SmpCbor.h"
#include "SmpIds.h"

#include <QCborValue>

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace pasban::smp {

namespace {

SmpMessage request(SmpOp op, quint16 group, quint8 command, QCborMap payload = {})
{
    SmpMessage message;
    message.header.op = op;
    message.header.group = group;
    message.header.command = command;
    message.payload = payload;
    return message;
}

QCborMap uploadPayload(const UploadChunk &chunk, const QByteArray &data)
{
    QCborMap map;
    if (chunk.offset == 0) {
        if (chunk.image)
            map.insert(u"image"_s, qint64(*chunk.image));
        map.insert(u"len"_s, qint64(chunk.totalLength));
    }
    map.insert(u"off"_s, qint64(chunk.offset));
    if (chunk.offset == 0) {
        if (!chunk.sha.isEmpty())
            map.insert(u"sha"_s, chunk.sha);
        if (chunk.upgrade)
            map.insert(u"upgrade"_s, true);
    }
    map.insert(u"data"_s, data);
    return map;
}

// A CBOR byte string of n bytes has a 1, 2, 3 or 5 byte head (RFC 8949 §3): the
// length is in the first byte below 24, else in 1, 2 or 4 following bytes.
struct HeadRange
{
    qsizetype headSize;
    qsizetype minLength;
    qsizetype maxLength;
};
constexpr std::array<HeadRange, 4> ByteStringHeads {{
    {1, 0, 23},
    {2, 24, 0xff},
    {3, 0x100, 0xffff},
    {5, 0x10000, 0xffffffffLL},
}};

} // namespace

SmpMessage SmpRequests::echo(const QString &text)
{
    return request(SmpOp::Write, Group::Os, OsCommand::Echo, QCborMap {{u"d"_s, text}});
}

SmpMessage SmpRequests::reset(bool force)
{
    QCborMap payload;
    if (force)
        payload.insert(u"force"_s, true);
    return request(SmpOp::Write, Group::Os, OsCommand::Reset, payload);
}

SmpMessage SmpRequests::parameters()
{
    return request(SmpOp::Read, Group::Os, OsCommand::Parameters);
}

SmpMessage SmpRequests::osInfo(const QString &format)
{
    QCborMap payload;
    if (!format.isEmpty())
        payload.insert(u"format"_s, format);
    return request(SmpOp::Read, Group::Os, OsCommand::Info, payload);
}

SmpMessage SmpRequests::bootloaderInfo(const QString &query)
{
    QCborMap payload;
    if (!query.isEmpty())
        payload.insert(u"query"_s, query);
    return request(SmpOp::Read, Group::Os, OsCommand::BootloaderInfo, payload);
}

SmpMessage SmpRequests::imageStateRead()
{
    return request(SmpOp::Read, Group::Image, ImageCommand::State);
}

SmpMessage SmpRequests::imageStateWrite(const QByteArray &hash, bool confirm)
{
    QCborMap payload;
    if (!hash.isEmpty())
        payload.insert(u"hash"_s, hash);
    payload.insert(u"confirm"_s, confirm);
    return request(SmpOp::Write, Group::Image, ImageCommand::State, payload);
}

SmpMessage SmpRequests::imageUpload(const UploadChunk &chunk)
{
    return request(SmpOp::Write, Group::Image, ImageCommand::Upload, uploadPayload(chunk, chunk.data));
}

qsizetype SmpRequests::uploadCapacity(const UploadChunk &chunk, qsizetype limit)
{
    // Everything but the data's bytes and its head has a fixed size: measure it once
    // with empty data (whose head is one byte).
    const qsizetype fixed = SmpHeader::Size + uploadPayload(chunk, QByteArray()).toCborValue().toCbor().size() - 1;
    const qsizetype effectiveLimit = std::min(limit, SmpHeader::Size + SmpCbor::MaxSize);
    const qsizetype available = effectiveLimit - fixed;
    qsizetype best = 0;
    for (const HeadRange &range : ByteStringHeads) {
        const qsizetype length = std::min(available - range.headSize, range.maxLength);
        if (length >= range.minLength)
            best = std::max(best, length);
    }
    return best;
}

Result<SmpMessage> SmpRequests::nextUpload(QByteArrayView file, quint32 offset, const UploadChunk &session,
                                           qsizetype limit)
{
    if (file.size() > qsizetype(std::numeric_limits<quint32>::max()) || offset >= file.size()) {
        return Error(u"smp.upload_offset"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The device asked for firmware data beyond the end of the file. Start the "
                                       "update again."),
                     {}, u"offset %1 of a %2-byte file"_s.arg(offset).arg(file.size()));
    }
    UploadChunk chunk = session;
    chunk.offset = offset;
    chunk.totalLength = quint32(file.size());
    const qsizetype capacity = uploadCapacity(chunk, limit);
    if (capacity < 1) {
        return Error(u"smp.upload_buffer_too_small"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The device's message buffer is too small to carry firmware data. Check the "
                                       "device's management settings with its manufacturer."),
                     {}, u"limit %1 bytes"_s.arg(limit));
    }
    chunk.data = file.sliced(offset, std::min(capacity, file.size() - qsizetype(offset))).toByteArray();
    return imageUpload(chunk);
}

} // namespace pasban::smp
