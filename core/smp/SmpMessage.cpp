#include "SmpMessage.h"

#include "SmpCbor.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::smp {

Result<QByteArray> SmpMessage::encode() const
{
    const QByteArray body = payload.toCborValue().toCbor();
    if (body.size() > SmpCbor::MaxSize) {
        return Error(u"smp.message_too_large"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "A management message was too large to send. This is a fault in Pasban; "
                                       "please report it."),
                     {}, u"payload of %1 bytes"_s.arg(body.size()));
    }
    SmpHeader sized = header;
    sized.length = quint16(body.size());
    QByteArray bytes = sized.encode();
    bytes.append(body);
    return bytes;
}

Result<SmpMessage> SmpMessage::decode(QByteArrayView bytes)
{
    const Result<SmpHeader> header = SmpHeader::decode(bytes);
    if (!header)
        return header.error();
    const qsizetype bodySize = bytes.size() - SmpHeader::Size;
    if (header->length != bodySize) {
        return Error(u"smp.length_mismatch"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "A management message from the device arrived incomplete or with extra "
                                       "data. Try again; if it keeps happening, check the connection."),
                     {}, u"header says %1 payload bytes, %2 arrived"_s.arg(header->length).arg(bodySize));
    }
    const Result<QCborMap> payload = SmpCbor::parseMap(bytes.sliced(SmpHeader::Size));
    if (!payload)
        return payload.error();
    return SmpMessage {*header, *payload};
}

} // namespace pasban::smp
