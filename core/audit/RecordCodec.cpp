#include "RecordCodec.h"

#include "ByteWriter.h"
#include "EventPayload.h"
#include "crypto/Aead.h"
#include "crypto/Hash.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit {

namespace {

void writeClearColumns(detail::ByteWriter &writer, const StoredRecord &record)
{
    writer.i64(record.sequence)
        .i64(record.recordedMs)
        .i64(record.eventType)
        .i64(record.outcome)
        .i64(record.keyId)
        .optionalBlob(record.operatorIndex)
        .optionalBlob(record.deviceIndex);
}

} // namespace

QByteArray RecordCodec::canonicalEncoding(const StoredRecord &record)
{
    detail::ByteWriter writer;
    writer.raw("pasban-audit-row-v1");
    writeClearColumns(writer, record);
    writer.blob(record.sealed);
    return writer.bytes();
}

QByteArray RecordCodec::associatedData(QByteArrayView logId, QByteArrayView previousLink, const StoredRecord &record)
{
    detail::ByteWriter writer;
    writer.raw("pasban-audit-aad-v1").raw(logId).raw(previousLink);
    writeClearColumns(writer, record);
    return writer.bytes();
}

Result<QByteArray> RecordCodec::genesisLink(const KeyGeneration &firstKey, QByteArrayView logId)
{
    detail::ByteWriter writer;
    writer.raw("pasban-audit-genesis-v1").raw(logId);
    return crypto::hmacSha256(firstKey.chainKey(), writer.bytes());
}

Result<QByteArray> RecordCodec::link(const KeyGeneration &key, QByteArrayView previousLink, const StoredRecord &record)
{
    detail::ByteWriter writer;
    writer.raw(previousLink).raw(canonicalEncoding(record));
    return crypto::hmacSha256(key.chainKey(), writer.bytes());
}

Result<std::optional<QByteArray>> RecordCodec::blindIndex(const KeyGeneration &key, IndexedField field,
                                                          QStringView value)
{
    if (value.isEmpty())
        return std::optional<QByteArray>();
    detail::ByteWriter writer;
    writer.raw(field == IndexedField::Operator ? QByteArrayView("operator\0", 9) : QByteArrayView("device\0", 7));
    writer.raw(value.toUtf8());
    Result<QByteArray> mac = crypto::hmacSha256(key.indexKey(), writer.bytes());
    if (!mac)
        return mac.error();
    return std::optional<QByteArray>(mac->first(BlindIndexSize));
}

Result<std::optional<QByteArray>> RecordCodec::IndexCache::blindIndex(const KeyGeneration &key, IndexedField field,
                                                                      QStringView value)
{
    if (key.id() != m_keyId) {
        m_operators.clear();
        m_devices.clear();
        m_keyId = key.id();
    }
    QHash<QString, QByteArray> &known = field == IndexedField::Operator ? m_operators : m_devices;
    if (const auto found = known.constFind(value.toString()); found != known.cend())
        return std::optional<QByteArray>(*found);
    Result<std::optional<QByteArray>> computed = RecordCodec::blindIndex(key, field, value);
    if (!computed || !computed->has_value())
        return computed;
    if (known.size() >= m_capacity)
        known.clear();
    known.insert(value.toString(), **computed);
    return computed;
}

Result<StoredRecord> RecordCodec::seal(const AuditEvent &event, const KeyGeneration &key, QByteArrayView logId,
                                       QByteArrayView previousLink, const SealAids &aids)
{
    StoredRecord record;
    record.sequence = qint64(event.sequence);
    record.recordedMs = event.recorded.toMSecsSinceEpoch();
    record.eventType = qint64(event.type);
    record.outcome = qint64(event.outcome);
    record.keyId = qint64(key.id());

    const auto indexOf = [&](IndexedField field, QStringView value) {
        return aids.indexes ? aids.indexes->blindIndex(key, field, value) : blindIndex(key, field, value);
    };
    Result<std::optional<QByteArray>> operatorIndex = indexOf(IndexedField::Operator, event.operatorId);
    if (!operatorIndex)
        return operatorIndex.error();
    record.operatorIndex = *operatorIndex;
    Result<std::optional<QByteArray>> deviceIndex = indexOf(IndexedField::Device, event.device);
    if (!deviceIndex)
        return deviceIndex.error();
    record.deviceIndex = *deviceIndex;

    Result<QByteArray> payload = EventPayload::fromEvent(event).encode();
    if (!payload)
        return payload.error();
    const QByteArray aad = associatedData(logId, previousLink, record);
    Result<QByteArray> sealed = aids.freshNonce.isEmpty()
        ? crypto::seal(key.encryptionKey(), *payload, aad)
        : crypto::sealWithFreshNonce(key.encryptionKey(), aids.freshNonce, *payload, aad);
    crypto::wipe(payload.value());
    if (!sealed)
        return sealed.error();
    record.sealed = std::move(sealed).value();

    Result<QByteArray> chained = link(key, previousLink, record);
    if (!chained)
        return chained.error();
    record.link = std::move(chained).value();
    return record;
}

AuditEvent RecordCodec::clearFields(const StoredRecord &record)
{
    AuditEvent event;
    event.sequence = record.sequence > 0 ? quint64(record.sequence) : 0;
    event.recorded = QDateTime::fromMSecsSinceEpoch(record.recordedMs, Qt::UTC);
    event.type = EventType(quint32(record.eventType));
    event.outcome = Outcome(quint8(record.outcome));
    event.keyId = record.keyId > 0 ? quint32(record.keyId) : 0;
    event.readable = false;
    return event;
}

Result<AuditEvent> RecordCodec::open(const StoredRecord &record, const KeyGeneration &key, QByteArrayView logId,
                                     QByteArrayView previousLink)
{
    Result<QByteArray> plain =
        crypto::open(key.encryptionKey(), record.sealed, associatedData(logId, previousLink, record));
    if (!plain)
        return plain.error();
    Result<EventPayload> payload = EventPayload::decode(*plain);
    crypto::wipe(plain.value());
    if (!payload)
        return payload.error();
    AuditEvent event = clearFields(record);
    payload->applyTo(event);
    event.readable = true;
    return event;
}

} // namespace pasban::audit
