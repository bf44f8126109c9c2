#pragma once

#include "KeyGeneration.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace pasban::audit {

// A signed statement "in log L, event S had chain link X". Checkpoints are written
// every N events, at key rotation and when a writer closes the log; the newest is
// also kept outside the database (AnchorStore) so that a cut-off tail or an older
// copy of the whole file shows up as "the log does not reach its anchor".
//
// A checkpoint written on close is "interim": the next checkpoint takes over its
// number instead of adding one, so a program that opens the log, records one event
// and closes (the CLI) does not leave one signature per event behind.
struct Checkpoint
{
    static constexpr qsizetype SignatureSize = 64; // Ed25519
    // The anchor file format's size: magic (8) version (1) log id (16) number (8)
    // sequence (8) link (32) created (8) key id (4) flags (1) signature (64).
    static constexpr qsizetype EncodedSize = 150;

    QByteArray logId;
    quint64 number = 0; // 1, 2, ...
    quint64 sequence = 0; // the last event covered
    QByteArray link; // that event's chain link
    qint64 createdMs = 0; // UTC milliseconds since 1970
    quint32 keyId = 0; // the key generation whose Ed25519 key signed it
    bool interim = false;
    QByteArray signature;

    // What is signed:
    //   "pasban-audit-checkpoint-v1" ‖ log id ‖ u64 number ‖ u64 sequence ‖ link
    //   ‖ i64 created_ms ‖ u32 key id ‖ u8 interim
    [[nodiscard]] QByteArray signedMessage() const;
    [[nodiscard]] Status sign(const KeyGeneration &key);
    // crypto.signature_invalid unless signed by exactly this key generation.
    [[nodiscard]] Status verifySignature(const KeyGeneration &key) const;

    // The anchor file format: "PSBNAUDA" ‖ u8 version 1 ‖ the signed fields in the
    // order above ‖ signature; EncodedSize bytes, big-endian.
    [[nodiscard]] QByteArray toBytes() const;
    // Parses untrusted bytes: anything but exactly that layout is audit.anchor_malformed.
    [[nodiscard]] static Result<Checkpoint> fromBytes(QByteArrayView bytes);

    friend bool operator==(const Checkpoint &a, const Checkpoint &b) = default;
};

} // namespace pasban::audit
