#pragma once

#include "AnchorStore.h"
#include "AuditEvent.h"
#include "Checkpoint.h"
#include "EventFilter.h"
#include "KeyRing.h"
#include "KeyStore.h"
#include "RecordCodec.h"
#include "VerifyReport.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

namespace pasban::audit {

// The console's encrypted, hash-chained audit log, in the console database's
// audit_* tables (schema version 2).
//
// - Confidential: operator, workstation, device, action and details are sealed
//   with AES-256-GCM under a random data key; only sequence, time, event type and
//   outcome are in clear, plus keyed blind indexes for the operator and device
//   filters. The data key is stored only wrapped by a KeyStore's key.
// - Tamper-evident: every row is chained (RecordCodec), checkpoints are signed
//   (Ed25519) every N events, at key rotation and when a writer closes, and the
//   newest checkpoint is kept outside the database (AnchorStore). verify() walks
//   it all. A log behind its anchor (tail cut off, older copy put back) refuses
//   new events rather than grow a forked history.
// - Durable: append() returns once the event is committed with synchronous=FULL
//   in write-ahead-log mode, so a crash or power cut loses nothing it reported.
//
// One AuditLog per connection and thread; several processes may append to the
// same database (each append reads the head inside its write transaction).
class AuditLog
{
public:
    static constexpr int Format = 1;

    struct Options
    {
        const Clock *clock = nullptr; // default: Clock::system()
        QList<AnchorStore *> anchors; // not owned; must outlive the log
        // A signed checkpoint after every event whose number is a multiple of this;
        // and (if > 0) an interim one at the first event more than
        // checkpointIntervalMs after the last checkpoint.
        quint64 checkpointInterval = 1000;
        qint64 checkpointIntervalMs = qint64(10) * 60 * 1000;
        QString workstation; // recorded for events that name none; default: host name
        // Create the log (event 1, "audit recording started") when the database has none.
        bool create = false;
    };

    // Unlocks the log in `database` (a connection of its own: the log sets it to
    // synchronous=FULL). Nothing is written unless the log is created. Errors:
    // audit.not_found, audit.log_missing (no log, but an anchor of one),
    // keyStore.keyRejected() (e.g. audit.wrong_passphrase), audit.damaged,
    // audit.key_store_mismatch, audit.unsupported_format, and the key store's own.
    [[nodiscard]] static Result<std::unique_ptr<AuditLog>> open(storage::Database database, KeyStore &keyStore,
                                                                const Options &options);
    // A second instance of this log on another connection to the same database (for
    // work on another thread: verify, export, a viewer's queries), unlocked with the
    // key material this instance already holds, so the passphrase or keystore is not
    // asked again. Same options as this one, created = false. Not thread-safe with
    // respect to this instance: call it on the thread that owns this log.
    [[nodiscard]] Result<std::unique_ptr<AuditLog>> openSibling(storage::Database database);
    // Opens a log (a copy of a dead workstation's, say) with the hospital recovery
    // key instead of its key store: reading, verifying and appending work, a key
    // rotation needs changeKeyStore() first. Never creates a log. Errors as open(),
    // plus audit.no_recovery_key and audit.recovery_key_rejected.
    [[nodiscard]] static Result<std::unique_ptr<AuditLog>>
    openWithRecoveryKey(storage::Database database, const crypto::SecureBytes &recoveryPrivateKey,
                        const Options &options);
    // The kind of key store the log in `database` was set up with, or nullopt when
    // there is no log yet: lets the opener pick the store before unlocking.
    [[nodiscard]] static Result<std::optional<QString>> storedKeyStoreKind(storage::Database &database);
    // Whether the database holds a log (it must be at schema version 2 or later).
    [[nodiscard]] static Result<bool> exists(storage::Database &database);

    AuditLog(const AuditLog &) = delete;
    AuditLog &operator=(const AuditLog &) = delete;
    // Closes, writing the closing checkpoint if this instance recorded anything.
    ~AuditLog();
    [[nodiscard]] Status close();

    // Records one event in its own transaction; returns its sequence number once the
    // event is durable. sequence, recorded and keyId are assigned here.
    [[nodiscard]] Result<quint64> append(const AuditEvent &event);
    // All or nothing, in one transaction: for importers and bulk work.
    [[nodiscard]] Result<QList<quint64>> appendBatch(const QList<AuditEvent> &events);
    // Signs an interim checkpoint over the newest event and anchors it, if this
    // instance recorded events since the last one (for a periodic timer).
    [[nodiscard]] Status checkpoint();

    // A new data key for the events from now on; earlier events stay sealed with
    // their keys, which stay wrapped. Records a Security Configuration event.
    // Returns the new key id.
    [[nodiscard]] Result<quint32> rotateKey();
    // Re-wraps every data key under a key from `newStore` (a new passphrase, or a
    // move to the OS keystore) without re-encrypting any event.
    [[nodiscard]] Status changeKeyStore(KeyStore &newStore);

    // Wraps every data key (and every later one) to the hospital recovery key, an
    // X25519 public key (32 raw bytes); records a Security Configuration event
    // with its fingerprint. Replaces an earlier recovery key.
    [[nodiscard]] Status setRecoveryKey(QByteArrayView recipientPublicKey);

    // Checks the whole log; an Error only if the database cannot be read.
    [[nodiscard]] Result<VerifyReport> verify();

    // Decrypted events matching the filter, at most `limit`, in sequence order
    // (descending with filter.newestFirst). Rows that cannot be opened come back
    // with readable = false and their clear fields.
    [[nodiscard]] Result<QList<AuditEvent>> query(const EventFilter &filter, int limit);
    // The newest `count` events, oldest first.
    [[nodiscard]] Result<QList<AuditEvent>> tail(int count);
    // Every matching event, in pages, until `visit` returns false: for exporters.
    [[nodiscard]] Status forEachEvent(const EventFilter &filter, const std::function<bool(const AuditEvent &)> &visit);
    [[nodiscard]] Result<quint64> lastSequence();
    // How many events match the filter (its paging bounds included), without
    // decrypting any; for a viewer's row count.
    [[nodiscard]] Result<quint64> count(const EventFilter &filter);
    // The sequence number of the matching event at `index` (0-based, in the filter's
    // order); 0 when there are not that many. For a viewer jumping to a row.
    [[nodiscard]] Result<quint64> sequenceAt(const EventFilter &filter, quint64 index);

    [[nodiscard]] QByteArray logId() const { return m_logId; }
    // The database file (for a sibling's connection); empty for an in-memory one.
    [[nodiscard]] QString databasePath() const { return m_db.path(); }
    [[nodiscard]] quint32 currentKeyId() const;
    [[nodiscard]] QString keyStoreKind() const { return m_keyStoreKind; }
    // True when open() created the log.
    [[nodiscard]] bool created() const { return m_created; }
    // Set when the log does not agree with its anchor: append() fails with it.
    [[nodiscard]] std::optional<Error> appendBlocked() const { return m_appendBlocked; }
    // The last failure to save an anchor (the events were recorded all the same).
    [[nodiscard]] std::optional<Error> lastAnchorError() const { return m_lastAnchorError; }

private:
    struct Head
    {
        quint64 sequence = 0;
        QByteArray link;
    };

    struct StoredLog
    {
        QByteArray logId;
        QString keyStore;
        QByteArray parameters;
    };

    AuditLog(storage::Database database, const Options &options);

    [[nodiscard]] static Result<std::unique_ptr<AuditLog>> openWith(storage::Database database, const Options &options,
                                                                    KeyStore *creator,
                                                                    const std::function<Status(AuditLog &)> &unlock);
    [[nodiscard]] Result<StoredLog> readStoredLog();
    [[nodiscard]] Status adoptKeys(const StoredLog &log, KeyRing keys);
    [[nodiscard]] Status unlockWithRecoveryKey(const crypto::SecureBytes &recoveryPrivateKey);
    // The recovery recipient of the current key, vouched for by it; empty when none.
    [[nodiscard]] Result<QByteArray> currentRecoveryRecipient(const KeyGeneration &current);
    [[nodiscard]] static Error recoveryOpenedReadOnly();

    [[nodiscard]] Status create(KeyStore &keyStore);
    [[nodiscard]] Status unlock(KeyStore &keyStore);
    [[nodiscard]] Status reloadKeys();
    void checkAnchors(const QList<Checkpoint> &anchors, const std::optional<Error> &anchorError);

    // A write: its transaction, and the head read inside it.
    struct Write
    {
        storage::Transaction transaction;
        Head head;
    };

    [[nodiscard]] Result<Head> readHead();
    // closed / appendBlocked as an Error, for every operation that writes.
    [[nodiscard]] Status checkWritable() const;
    [[nodiscard]] Result<Write> beginWrite();
    [[nodiscard]] Result<const KeyGeneration *> writingKey();
    // The statement in `slot`, prepared on first use and reset for the next.
    [[nodiscard]] Result<storage::Statement *> reusable(std::optional<storage::Statement> &slot, QStringView sql);
    [[nodiscard]] Result<QList<quint64>> appendInTransaction(const QList<AuditEvent> &events, Head &head,
                                                             std::optional<Checkpoint> &checkpoint);
    [[nodiscard]] Result<std::optional<Checkpoint>> writeCheckpoint(const Head &head, bool interim);
    [[nodiscard]] Result<QList<quint64>> appendAndCommit(const QList<AuditEvent> &events);
    [[nodiscard]] Status checkpointIfNeeded();
    void saveAnchors(const Checkpoint &checkpoint);
    [[nodiscard]] qint64 nowMs() const;
    // The FROM/WHERE part shared by query(), count() and sequenceAt(), with its
    // bound values appended to `values`.
    [[nodiscard]] Result<QString> filterClause(const EventFilter &filter, QVariantList &values);

    storage::Database m_db;
    const Clock *m_clock;
    QList<AnchorStore *> m_anchors;
    quint64 m_checkpointInterval;
    qint64 m_checkpointIntervalMs;
    QString m_workstation;

    QByteArray m_logId;
    QString m_keyStoreKind;
    crypto::SecureBytes m_keyEncryptionKey;
    KeyRing m_keys;
    RecordCodec::IndexCache m_indexCache;
    // Statements every append runs, prepared once per connection.
    std::optional<storage::Statement> m_insertEvent;
    std::optional<storage::Statement> m_selectHead;
    QByteArray m_genesisLink;
    bool m_created = false;
    bool m_open = true;
    bool m_recordedSinceCheckpoint = false;
    qint64 m_lastCheckpointMs = 0;
    std::optional<Error> m_appendBlocked;
    std::optional<Error> m_lastAnchorError;
};

} // namespace pasban::audit
