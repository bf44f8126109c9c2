#include "Checkpoint.h"

#include "ByteReader.h"
#include "ByteWriter.h"
#include "RecordCodec.h"
#include "crypto/Signature.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit {

namespace {

constexpr QByteArrayView Magic("PSBNAUDA", 8);
constexpr quint8 FormatVersion = 1;

void writeFields(detail::ByteWriter &writer, const Checkpoint &checkpoint)
{
    writer.raw(checkpoint.logId)
        .u64(checkpoint.number)
        .u64(checkpoint.sequence)
        .raw(checkpoint.link)
        .i64(checkpoint.createdMs)
        .u32(checkpoint.keyId)
        .u8(checkpoint.interim ? 1 : 0);
}

Error malformed(const QString &why)
{
    return Error(u"audit.anchor_malformed"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The audit log's checkpoint kept outside the database is not readable: it was "
                                   "damaged or replaced. Keep the data folder unchanged and tell your security "
                                   "officer."),
                 {}, why);
}

} // namespace

QByteArray Checkpoint::signedMessage() const
{
    detail::ByteWriter writer;
    writer.raw("pasban-audit-checkpoint-v1");
    writeFields(writer, *this);
    return writer.bytes();
}

Status Checkpoint::sign(const KeyGeneration &key)
{
    keyId = key.id();
    Result<QByteArray> signed_ = crypto::sign(key.signingKey(), signedMessage());
    if (!signed_)
        return signed_.error();
    signature = std::move(signed_).value();
    return {};
}

Status Checkpoint::verifySignature(const KeyGeneration &key) const
{
    if (key.id() != keyId) {
        return Error(u"crypto.signature_invalid"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The signature is not valid: the data was changed or was not "
                                       "signed with the expected key."),
                     {}, u"checkpoint names key %1, checked with key %2"_s.arg(keyId).arg(key.id()));
    }
    return crypto::verify(key.verifyingKey(), signedMessage(), signature);
}

QByteArray Checkpoint::toBytes() const
{
    detail::ByteWriter writer;
    writer.raw(Magic).u8(FormatVersion);
    writeFields(writer, *this);
    writer.raw(signature);
    return writer.bytes();
}

Result<Checkpoint> Checkpoint::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != EncodedSize)
        return malformed(u"%1 bytes, expected %2"_s.arg(bytes.size()).arg(EncodedSize));
    detail::ByteReader reader(bytes);
    QByteArray magic;
    quint8 version = 0;
    if (!reader.raw(Magic.size(), magic) || magic != Magic)
        return malformed(u"not an anchor file (magic)"_s);
    if (!reader.u8(version) || version != FormatVersion)
        return malformed(u"unknown anchor format %1"_s.arg(version));

    Checkpoint checkpoint;
    quint8 flags = 0;
    if (!reader.raw(KeyGeneration::LogIdSize, checkpoint.logId) || !reader.u64(checkpoint.number)
        || !reader.u64(checkpoint.sequence) || !reader.raw(RecordCodec::LinkSize, checkpoint.link)
        || !reader.i64(checkpoint.createdMs) || !reader.u32(checkpoint.keyId) || !reader.u8(flags)
        || !reader.raw(SignatureSize, checkpoint.signature) || !reader.atEnd())
        return malformed(u"truncated"_s);
    if (flags > 1)
        return malformed(u"unknown flags %1"_s.arg(flags));
    checkpoint.interim = flags == 1;
    if (checkpoint.number == 0 || checkpoint.sequence == 0 || checkpoint.keyId == 0)
        return malformed(u"number, sequence and key id start at 1"_s);
    return checkpoint;
}

} // namespace pasban::audit
