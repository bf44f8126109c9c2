#include "EventPayload.h"

#include "AuditErrors.h"
#include "ByteReader.h"
#include "ByteWriter.h"

#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit {

namespace {

enum Key : int { ActionKey = 1, OperatorKey = 2, WorkstationKey = 3, DeviceKey = 4, DetailsKey = 5 };

Error malformed(const QString &why)
{
    return detail::damaged(u"event payload: "_s + why);
}

Result<QString> textField(const QCborValue &value, const char *name)
{
    if (!value.isString())
        return malformed(u"%1 is not text"_s.arg(QLatin1StringView(name)));
    QString text = value.toString();
    if (text.isEmpty())
        return malformed(u"%1 is empty; empty fields are omitted"_s.arg(QLatin1StringView(name)));
    return text;
}

} // namespace

EventPayload EventPayload::fromEvent(const AuditEvent &event)
{
    return {event.action, event.operatorId, event.workstation, event.device, event.details};
}

void EventPayload::applyTo(AuditEvent &event) const
{
    event.action = action;
    event.operatorId = operatorId;
    event.workstation = workstation;
    event.device = device;
    event.details = details;
}

Result<QByteArray> EventPayload::encode() const
{
    QCborMap map;
    map.insert(ActionKey, actionCode(action));
    if (!operatorId.isEmpty())
        map.insert(OperatorKey, operatorId);
    if (!workstation.isEmpty())
        map.insert(WorkstationKey, workstation);
    if (!device.isEmpty())
        map.insert(DeviceKey, device);
    if (!details.isEmpty())
        map.insert(DetailsKey, QCborMap::fromJsonObject(details));
    const QByteArray cbor = map.toCborValue().toCbor();

    const qsizetype unpadded = 4 + cbor.size();
    const qsizetype padded = (unpadded + PaddingBlock - 1) / PaddingBlock * PaddingBlock;
    if (padded > MaxEncodedSize)
        return detail::eventTooLarge(MaxEncodedSize / 1024);
    detail::ByteWriter writer;
    writer.blob(cbor).raw(QByteArray(padded - unpadded, '\0'));
    return writer.bytes();
}

Result<EventPayload> EventPayload::decode(QByteArrayView bytes)
{
    if (bytes.size() > MaxEncodedSize)
        return malformed(u"%1 bytes, more than the limit"_s.arg(bytes.size()));
    if (bytes.isEmpty() || bytes.size() % PaddingBlock != 0)
        return malformed(u"size %1 is not a whole number of padding blocks"_s.arg(bytes.size()));
    detail::ByteReader reader(bytes);
    quint32 length = 0;
    QByteArray cbor;
    if (!reader.u32(length) || !reader.raw(qsizetype(length), cbor))
        return malformed(u"length field exceeds the payload"_s);
    if (reader.remaining() >= PaddingBlock)
        return malformed(u"more padding than one block"_s);
    for (qsizetype i = 4 + cbor.size(); i < bytes.size(); ++i) {
        if (bytes[i] != '\0')
            return malformed(u"padding is not zero"_s);
    }

    QCborStreamReader cborReader(cbor);
    const QCborValue value = QCborValue::fromCbor(cborReader);
    if (cborReader.lastError() != QCborError::NoError)
        return malformed(u"CBOR: "_s + cborReader.lastError().toString());
    if (cborReader.currentOffset() != cbor.size())
        return malformed(u"trailing bytes after the CBOR map"_s);
    if (!value.isMap())
        return malformed(u"not a CBOR map"_s);

    EventPayload payload;
    bool haveAction = false;
    const QCborMap map = value.toMap();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QCborValue key = it.key();
        const QCborValue field = it.value();
        if (!key.isInteger())
            return malformed(u"a key is not an integer"_s);
        switch (key.toInteger()) {
        case ActionKey: {
            const std::optional<Action> action = field.isString() ? actionFromCode(field.toString()) : std::nullopt;
            if (!action)
                return malformed(u"action is not C, R, U, D or E"_s);
            payload.action = *action;
            haveAction = true;
            break;
        }
        case OperatorKey: {
            Result<QString> text = textField(field, "operator");
            if (!text)
                return text.error();
            payload.operatorId = *text;
            break;
        }
        case WorkstationKey: {
            Result<QString> text = textField(field, "workstation");
            if (!text)
                return text.error();
            payload.workstation = *text;
            break;
        }
        case DeviceKey: {
            Result<QString> text = textField(field, "device");
            if (!text)
                return text.error();
            payload.device = *text;
            break;
        }
        case DetailsKey:
            if (!field.isMap())
                return malformed(u"details is not a map"_s);
            payload.details = field.toMap().toJsonObject();
            break;
        default:
            return malformed(u"unknown key %1"_s.arg(key.toInteger()));
        }
    }
    if (!haveAction)
        return malformed(u"no action"_s);
    return payload;
}

} // namespace pasban::audit
