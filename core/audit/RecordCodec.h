#pragma once

#include "AuditEvent.h"
#include "KeyGeneration.h"
#include "StoredRecord.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QStringView>

namespace pasban::audit {

// Turns events into stored rows and back, and computes the hash chain over them.
// The encodings below are the log's format: changing one breaks every existing
// log, so a change needs a new format number and domain strings.
//
// All integers big-endian; opt(x) is 0x00 for NULL, else 0x01 ‖ u32 length ‖ x.
//
//   canonical(row) = "pasban-audit-row-v1" ‖ i64 sequence ‖ i64 recorded_ms
//                    ‖ i64 event_type ‖ i64 outcome ‖ i64 key_id
//                    ‖ opt(operator_index) ‖ opt(device_index)
//                    ‖ u32 length ‖ sealed
//   link_0         = HMAC-SHA-256(chain key of key 1, "pasban-audit-genesis-v1" ‖ log id)
//   link_i         = HMAC-SHA-256(chain key of row i's key, link_(i-1) ‖ canonical(row i))
//   aad(row)       = "pasban-audit-aad-v1" ‖ log id ‖ link_(i-1) ‖ i64 sequence
//                    ‖ i64 recorded_ms ‖ i64 event_type ‖ i64 outcome ‖ i64 key_id
//                    ‖ opt(operator_index) ‖ opt(device_index)
//   sealed         = crypto::seal(encryption key, EventPayload, aad(row))
//   blind index    = first 16 bytes of HMAC-SHA-256(index key, field tag ‖ UTF-8 value)
//                    with field tag "operator\0" or "device\0"; NULL for an empty value
//
// Every stored column takes part in the link, so any change to a row, a moved
// row, or a row sealed with a key other than the one recorded breaks the chain
// from that row on. The associated data binds the ciphertext to its log, position,
// key and clear columns, so even a reader that skips the chain (the viewer) cannot
// be shown another row's fields.
class RecordCodec
{
public:
    static constexpr qsizetype LinkSize = 32;
    static constexpr qsizetype BlindIndexSize = 16;

    enum class IndexedField { Operator, Device };

    [[nodiscard]] static QByteArray canonicalEncoding(const StoredRecord &record);
    [[nodiscard]] static QByteArray associatedData(QByteArrayView logId, QByteArrayView previousLink,
                                                   const StoredRecord &record);
    [[nodiscard]] static Result<QByteArray> genesisLink(const KeyGeneration &firstKey, QByteArrayView logId);
    [[nodiscard]] static Result<QByteArray> link(const KeyGeneration &key, QByteArrayView previousLink,
                                                 const StoredRecord &record);
    // Null for an empty value: "no operator" is not a value one can filter for.
    [[nodiscard]] static Result<std::optional<QByteArray>> blindIndex(const KeyGeneration &key, IndexedField field,
                                                                      QStringView value);

    // Blind indexes of values seen recently under one key: a console writes the
    // same few operators and devices over and over, and each index is an HMAC.
    // Holds identities only in memory, at most `capacity` of them.
    class IndexCache
    {
    public:
        explicit IndexCache(qsizetype capacity = 1024)
            : m_capacity(capacity)
        {
        }
        [[nodiscard]] Result<std::optional<QByteArray>> blindIndex(const KeyGeneration &key, IndexedField field,
                                                                   QStringView value);

    private:
        qsizetype m_capacity;
        quint32 m_keyId = 0;
        QHash<QString, QByteArray> m_operators;
        QHash<QString, QByteArray> m_devices;
    };

    // What a batch shares between its events; both optional.
    struct SealAids
    {
        QByteArrayView freshNonce; // drawn from crypto::randomBytes for this event only
        IndexCache *indexes = nullptr;
    };

    // event.sequence, event.recorded and the key's id are what is stored; the
    // returned row has its link computed.
    [[nodiscard]] static Result<StoredRecord> seal(const AuditEvent &event, const KeyGeneration &key,
                                                   QByteArrayView logId, QByteArrayView previousLink,
                                                   const SealAids &aids);
    [[nodiscard]] static Result<StoredRecord> seal(const AuditEvent &event, const KeyGeneration &key,
                                                   QByteArrayView logId, QByteArrayView previousLink)
    {
        return seal(event, key, logId, previousLink, SealAids());
    }
    // Decrypts and decodes the protected fields. Does not check the link: that is
    // the verifier's job, over the whole chain.
    [[nodiscard]] static Result<AuditEvent> open(const StoredRecord &record, const KeyGeneration &key,
                                                 QByteArrayView logId, QByteArrayView previousLink);
    // The clear fields only (readable = false), for rows that cannot be opened.
    [[nodiscard]] static AuditEvent clearFields(const StoredRecord &record);
};

} // namespace pasban::audit
