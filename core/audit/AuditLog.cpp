#include "AuditLog.h"

#include "AuditErrors.h"
#include "ChainVerifier.h"
#include "EventTable.h"
#include "RecordCodec.h"
#include "RecoveryWrap.h"
#include "common/Logging.h"
#include "crypto/Aead.h"
#include "crypto/Hash.h"
#include "crypto/KeyAgreement.h"
#include "crypto/Random.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSysInfo>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit {

namespace {

constexpr int PageSize = 256;

struct LogRow
{
    QByteArray logId;
    qint64 format = 0;
    QString keyStore;
    QByteArray parameters;
};

Result<std::optional<LogRow>> readLogRow(storage::Database &db)
{
    Result<storage::Statement> statement =
        db.prepare(u"SELECT log_id, format, key_store, key_store_parameters FROM audit_log WHERE singleton = 1"_s);
    if (!statement)
        return statement.error();
    Result<QList<LogRow>> rows = statement->collectRows([](const storage::Statement &row) {
        return LogRow {row.columnBlob(0), row.columnInt64(1), row.columnText(2), row.columnBlob(3)};
    });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<LogRow>();
    return std::optional<LogRow>(rows->first());
}

Status validateEvent(const AuditEvent &event)
{
    if (!eventTypeInfo(quint32(event.type)))
        return detail::invalidEvent(u"unknown event type %1"_s.arg(quint32(event.type)));
    if (!outcomeFromValue(qint64(event.outcome)))
        return detail::invalidEvent(u"outcome %1 is not 0, 4, 8 or 12"_s.arg(int(event.outcome)));
    if (!actionFromCode(actionCode(event.action)))
        return detail::invalidEvent(u"action is not C, R, U, D or E"_s);
    return {};
}

// Hands out a key-encryption key already unlocked by another instance of the log.
class UnlockedKeyStore final : public KeyStore
{
public:
    UnlockedKeyStore(QString kind, crypto::SecureBytes key)
        : m_kind(std::move(kind))
        , m_key(std::move(key))
    {
    }
    [[nodiscard]] QString kind() const override { return m_kind; }
    [[nodiscard]] Result<NewKey> createKey(QByteArrayView) override { return detail::notFound(); }
    [[nodiscard]] Result<crypto::SecureBytes> unlockKey(QByteArrayView, QByteArrayView) override { return m_key; }
    [[nodiscard]] Error keyRejected() const override { return detail::damaged(u"the audit keys changed"_s); }

private:
    QString m_kind;
    crypto::SecureBytes m_key;
};

std::optional<QByteArray> optionalBlob(const storage::Statement &statement, int column)
{
    if (statement.columnType(column) == storage::Statement::ColumnType::Null)
        return std::nullopt;
    return statement.columnBlob(column);
}

storage::Statement &bindOptional(storage::Statement &statement, int index, const std::optional<QByteArray> &value)
{
    if (value)
        return statement.bind(index, *value);
    return statement.bind(index, nullptr);
}

} // namespace

AuditLog::AuditLog(storage::Database database, const Options &options)
    : m_db(std::move(database))
    , m_clock(options.clock ? options.clock : &Clock::system())
    , m_anchors(options.anchors)
    , m_checkpointInterval(options.checkpointInterval)
    , m_checkpointIntervalMs(options.checkpointIntervalMs)
    , m_workstation(options.workstation.isEmpty() ? QSysInfo::machineHostName() : options.workstation)
{
}

AuditLog::~AuditLog()
{
    if (const Status closed = close(); !closed)
        qCWarning(lcAudit) << "closing the audit log failed:" << closed.error().code() << closed.error().detail();
}

Result<bool> AuditLog::exists(storage::Database &database)
{
    Result<std::optional<LogRow>> row = readLogRow(database);
    if (!row)
        return row.error();
    return row->has_value();
}

Result<std::optional<QString>> AuditLog::storedKeyStoreKind(storage::Database &database)
{
    Result<std::optional<LogRow>> row = readLogRow(database);
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<QString>();
    return std::optional<QString>((*row)->keyStore);
}

Result<std::unique_ptr<AuditLog>> AuditLog::open(storage::Database database, KeyStore &keyStore, const Options &options)
{
    return openWith(std::move(database), options, &keyStore,
                    [&keyStore](AuditLog &log) { return log.unlock(keyStore); });
}

Result<std::unique_ptr<AuditLog>> AuditLog::openWithRecoveryKey(storage::Database database,
                                                                const crypto::SecureBytes &recoveryPrivateKey,
                                                                const Options &options)
{
    Options readOnly = options;
    readOnly.create = false; // a recovery key reads an existing log; it never makes one
    return openWith(std::move(database), readOnly, nullptr,
                    [&recoveryPrivateKey](AuditLog &log) { return log.unlockWithRecoveryKey(recoveryPrivateKey); });
}

Result<std::unique_ptr<AuditLog>> AuditLog::openWith(storage::Database database, const Options &options,
                                                     KeyStore *creator, const std::function<Status(AuditLog &)> &unlock)
{
    // Anchors first: they are saved only after their checkpoint commits, so one
    // read before the database can never be ahead of it legitimately.
    QList<Checkpoint> anchors;
    std::optional<Error> anchorError;
    QString anchorSource;
    for (AnchorStore *store : options.anchors) {
        Result<std::optional<Checkpoint>> loaded = store->load();
        if (!loaded) {
            anchorError = loaded.error();
        } else if (loaded->has_value()) {
            anchors.append(**loaded);
            anchorSource = store->description();
        }
    }

    if (Status durable = database.exec(u"PRAGMA synchronous = FULL"_s); !durable)
        return durable.error();
    std::unique_ptr<AuditLog> log(new AuditLog(std::move(database), options));
    Result<std::optional<LogRow>> row = readLogRow(log->m_db);
    if (!row)
        return row.error();
    if (!row->has_value()) {
        if (!anchors.isEmpty())
            return detail::logMissing(anchors.first().sequence, anchorSource);
        if (!options.create || !creator)
            return detail::notFound();
        if (Status created = log->create(*creator); !created)
            return created.error();
    } else if (Status unlocked = unlock(*log); !unlocked) {
        return unlocked.error();
    }
    log->checkAnchors(anchors, anchorError);
    return log;
}

Result<std::unique_ptr<AuditLog>> AuditLog::openSibling(storage::Database database)
{
    if (!m_open)
        return detail::closed();
    Options options;
    options.clock = m_clock;
    options.anchors = m_anchors;
    options.checkpointInterval = m_checkpointInterval;
    options.checkpointIntervalMs = m_checkpointIntervalMs;
    options.workstation = m_workstation;
    options.create = false;
    UnlockedKeyStore keyStore(m_keyStoreKind, m_keyEncryptionKey);
    return open(std::move(database), keyStore, options);
}

Result<AuditLog::StoredLog> AuditLog::readStoredLog()
{
    Result<std::optional<LogRow>> row = readLogRow(m_db);
    if (!row)
        return row.error();
    if (!row->has_value())
        return detail::notFound();
    const LogRow &log = **row;
    if (log.format != Format)
        return log.format > Format ? detail::unsupportedFormat(log.format)
                                   : detail::damaged(u"audit log format %1"_s.arg(log.format));
    if (log.logId.size() != KeyGeneration::LogIdSize)
        return detail::damaged(u"log id has %1 bytes"_s.arg(log.logId.size()));
    return StoredLog {log.logId, log.keyStore, log.parameters};
}

Status AuditLog::adoptKeys(const StoredLog &log, KeyRing keys)
{
    m_logId = log.logId;
    m_keyStoreKind = log.keyStore;
    m_keys = std::move(keys);
    if (const KeyRing::Entry *first = m_keys.first(); first->keys) {
        Result<QByteArray> genesis = RecordCodec::genesisLink(*first->keys, m_logId);
        if (!genesis)
            return genesis.error();
        m_genesisLink = *genesis;
    }

    Result<storage::Statement> last = m_db.prepare(u"SELECT max(created_utc) FROM audit_checkpoints"_s);
    if (!last)
        return last.error();
    if (const Result<bool> found = last->step(); !found)
        return found.error();
    m_lastCheckpointMs = last->columnInt64(0);
    qCDebug(lcAudit) << "audit log unlocked; key generations:" << m_keys.entries().size();
    return {};
}

Status AuditLog::unlockWithRecoveryKey(const crypto::SecureBytes &recoveryPrivateKey)
{
    Result<StoredLog> log = readStoredLog();
    if (!log)
        return log.error();
    std::optional<Error> firstProblem;
    Result<KeyRing> keys = KeyRing::load(m_db, log->logId, [&](const KeyRing::WrappedKey &wrapped) {
        Result<crypto::SecureBytes> key = recovery::unwrap(recoveryPrivateKey, log->logId, wrapped.id,
                                                           wrapped.firstSequence, wrapped.recoveryWrapped);
        if (!key && !firstProblem)
            firstProblem = key.error();
        return key;
    });
    if (!keys)
        return keys.error();
    if (!keys->anyUnlocked()) {
        if (firstProblem
            && (firstProblem->code() == u"audit.no_recovery_key"_s
                || firstProblem->code() == u"audit.recovery_key_rejected"_s))
            return *firstProblem;
        return recovery::recoveryKeyRejected();
    }
    // No key-encryption key: reading, verifying and appending work; a rotation
    // needs changeKeyStore() first (re-wrapping every data key for a new store).
    return adoptKeys(*log, std::move(keys).value());
}

Status AuditLog::unlock(KeyStore &keyStore)
{
    Result<StoredLog> log = readStoredLog();
    if (!log)
        return log.error();
    if (log->keyStore != keyStore.kind())
        return detail::keyStoreMismatch(log->keyStore, keyStore.kind());

    Result<crypto::SecureBytes> keyEncryptionKey = keyStore.unlockKey(log->logId, log->parameters);
    if (!keyEncryptionKey)
        return keyEncryptionKey.error();
    Result<KeyRing> keys = KeyRing::load(m_db, log->logId, *keyEncryptionKey);
    if (!keys)
        return keys.error();
    // Not one key opens: the key-encryption key is wrong. (One damaged key record
    // among good ones is reported by verify() for the events it sealed.)
    if (!keys->anyUnlocked())
        return keyStore.keyRejected();
    m_keyEncryptionKey = std::move(keyEncryptionKey).value();
    return adoptKeys(*log, std::move(keys).value());
}

Status AuditLog::create(KeyStore &keyStore)
{
    Result<QByteArray> logId = crypto::randomBytes(KeyGeneration::LogIdSize);
    if (!logId)
        return logId.error();
    // The slow part (a passphrase's scrypt) happens before the write lock is taken.
    Result<KeyStore::NewKey> newKey = keyStore.createKey(*logId);
    if (!newKey)
        return newKey.error();
    Result<crypto::SecureBytes> dataKey = crypto::randomKey(KeyGeneration::DataKeySize);
    if (!dataKey)
        return dataKey.error();
    Result<KeyGeneration> keys = KeyGeneration::derive(1, 1, *dataKey, *logId);
    if (!keys)
        return keys.error();
    Result<QByteArray> wrapped = keys->wrap(newKey->keyEncryptionKey, *logId);
    if (!wrapped)
        return wrapped.error();
    Result<QByteArray> genesis = RecordCodec::genesisLink(*keys, *logId);
    if (!genesis)
        return genesis.error();

    Result<storage::Transaction> transaction = storage::Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    Result<std::optional<LogRow>> existing = readLogRow(m_db);
    if (!existing)
        return existing.error();
    if (existing->has_value()) { // another program created it meanwhile
        (void)transaction->rollback();
        return unlock(keyStore);
    }

    const qint64 now = nowMs();
    Result<storage::Statement> insertLog =
        m_db.prepare(u"INSERT INTO audit_log (singleton, log_id, format, created_utc, key_store, "
                     u"key_store_parameters) VALUES (1, ?1, ?2, ?3, ?4, ?5)"_s);
    if (!insertLog)
        return insertLog.error();
    if (Status inserted = insertLog->bind(1, *logId)
                              .bind(2, Format)
                              .bind(3, now)
                              .bind(4, keyStore.kind())
                              .bind(5, newKey->parameters)
                              .run();
        !inserted)
        return inserted;
    Result<storage::Statement> insertKey =
        m_db.prepare(u"INSERT INTO audit_keys (key_id, first_sequence, created_utc, wrapped_key, "
                     u"checkpoint_public_key) VALUES (1, 1, ?1, ?2, ?3)"_s);
    if (!insertKey)
        return insertKey.error();
    if (Status inserted = insertKey->bind(1, now).bind(2, *wrapped).bind(3, keys->publicKeyDer()).run(); !inserted)
        return inserted;

    m_logId = *logId;
    m_keyStoreKind = keyStore.kind();
    m_keyEncryptionKey = std::move(newKey->keyEncryptionKey);
    m_genesisLink = *genesis;
    m_keys = KeyRing();
    m_keys.add({1, 1, std::move(keys).value(), {}});

    AuditEvent started;
    started.type = EventType::AuditRecordingStarted;
    started.action = Action::Execute;
    started.details = {{u"keyStore"_s, m_keyStoreKind}};
    Head head {0, m_genesisLink};
    std::optional<Checkpoint> checkpoint;
    if (Result<QList<quint64>> appended = appendInTransaction({started}, head, checkpoint); !appended)
        return appended.error();
    // The log's existence is anchored at once: deleting it is noticed from the start.
    Result<std::optional<Checkpoint>> first = writeCheckpoint(head, false);
    if (!first)
        return first.error();
    if (Status committed = transaction->commit(); !committed)
        return committed;
    m_created = true;
    if (*first) {
        m_lastCheckpointMs = (*first)->createdMs;
        saveAnchors(**first);
    }
    qCInfo(lcAudit) << "audit log created";
    return {};
}

void AuditLog::checkAnchors(const QList<Checkpoint> &anchors, const std::optional<Error> &anchorError)
{
    const auto block = [this](const QString &why) {
        qCWarning(lcAudit) << "appends refused:" << why;
        m_appendBlocked = detail::rolledBack(why);
    };
    if (anchorError) {
        block(u"an anchor cannot be read: "_s + anchorError->code() + u" "_s + anchorError->detail());
        return;
    }
    if (anchors.isEmpty())
        return;
    const Result<Head> head = readHead();
    if (!head) {
        block(u"the log's newest event cannot be read: "_s + head.error().code());
        return;
    }
    for (const Checkpoint &anchor : anchors) {
        if (anchor.logId != m_logId) {
            block(u"the anchor belongs to another audit log"_s);
            return;
        }
        const KeyRing::Entry *entry = m_keys.find(anchor.keyId);
        if (!entry || !entry->keys || m_keys.covering(anchor.sequence) != entry
            || !anchor.verifySignature(*entry->keys)) {
            block(u"the anchor's signature does not check out"_s);
            return;
        }
        if (anchor.sequence > head->sequence) {
            block(u"the log ends at event %1; its anchor records event %2"_s.arg(head->sequence).arg(anchor.sequence));
            return;
        }
        Result<storage::Statement> statement = m_db.prepare(u"SELECT link FROM audit_events WHERE sequence = ?1"_s);
        if (!statement) {
            block(statement.error().code());
            return;
        }
        statement->bind(1, qint64(anchor.sequence));
        const Result<bool> row = statement->step();
        if (!row || !*row || !crypto::constantTimeEquals(statement->columnBlob(0), anchor.link)) {
            block(u"event %1 is not the one its anchor records"_s.arg(anchor.sequence));
            return;
        }
    }
}

Result<AuditLog::Head> AuditLog::readHead()
{
    Result<storage::Statement *> reused =
        reusable(m_selectHead, u"SELECT sequence, link FROM audit_events ORDER BY sequence DESC LIMIT 1");
    if (!reused)
        return reused.error();
    storage::Statement *const statement = *reused;
    const Result<bool> row = statement->step();
    if (!row)
        return row.error();
    if (!*row) {
        if (m_genesisLink.isEmpty()) {
            const KeyRing::Entry *first = m_keys.first();
            return detail::keyUnavailable(first ? first->id : 1, first ? first->problem : QString());
        }
        return Head {0, m_genesisLink};
    }
    const qint64 sequence = statement->columnInt64(0);
    if (sequence < 1)
        return detail::damaged(u"the newest audit event has number %1"_s.arg(sequence));
    Head head {quint64(sequence), statement->columnBlob(1)};
    statement->reset();
    return head;
}

Result<storage::Statement *> AuditLog::reusable(std::optional<storage::Statement> &slot, QStringView sql)
{
    if (!slot) {
        Result<storage::Statement> prepared = m_db.prepare(sql);
        if (!prepared)
            return prepared.error();
        slot.emplace(std::move(prepared).value());
    }
    slot->reset();
    slot->clearBindings();
    return &*slot;
}

Status AuditLog::reloadKeys()
{
    Result<storage::Statement> statement = m_db.prepare(u"SELECT max(key_id) FROM audit_keys"_s);
    if (!statement)
        return statement.error();
    if (const Result<bool> row = statement->step(); !row)
        return row.error();
    const qint64 newestStored = statement->columnInt64(0);
    const KeyRing::Entry *newestKnown = m_keys.newest();
    if (newestKnown && newestStored <= qint64(newestKnown->id))
        return {};
    // Another program rotated the key: unwrap the new one too.
    Result<KeyRing> keys = KeyRing::load(m_db, m_logId, m_keyEncryptionKey);
    if (!keys)
        return keys.error();
    m_keys = std::move(keys).value();
    return {};
}

Result<const KeyGeneration *> AuditLog::writingKey()
{
    if (Status reloaded = reloadKeys(); !reloaded)
        return reloaded.error();
    const KeyRing::Entry *newest = m_keys.newest();
    if (!newest->keys)
        return detail::keyUnavailable(newest->id, newest->problem);
    return &*newest->keys;
}

qint64 AuditLog::nowMs() const
{
    return m_clock->nowUtc().toMSecsSinceEpoch();
}

Result<QList<quint64>> AuditLog::appendInTransaction(const QList<AuditEvent> &events, Head &head,
                                                     std::optional<Checkpoint> &checkpoint)
{
    Result<const KeyGeneration *> key = writingKey();
    if (!key)
        return key.error();
    static const QString insertSql =
        u"INSERT INTO audit_events (%1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"_s.arg(detail::eventColumns());
    Result<storage::Statement *> reused = reusable(m_insertEvent, insertSql);
    if (!reused)
        return reused.error();
    storage::Statement *const insert = *reused;

    // A batch draws its nonces in one call: per event, the random generator's
    // fixed cost is larger than the encryption itself.
    QByteArray nonces;
    if (events.size() > 1) {
        Result<QByteArray> drawn = crypto::randomBytes(crypto::Aes256GcmNonceSize * events.size());
        if (!drawn)
            return drawn.error();
        nonces = std::move(drawn).value();
    }

    QList<quint64> sequences;
    sequences.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const AuditEvent &event = events.at(i);
        if (Status valid = validateEvent(event); !valid)
            return valid.error();
        AuditEvent sealed = event;
        sealed.sequence = head.sequence + 1;
        sealed.recorded = QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
        sealed.keyId = (*key)->id();
        if (sealed.workstation.isEmpty())
            sealed.workstation = m_workstation;
        RecordCodec::SealAids aids;
        aids.indexes = &m_indexCache;
        if (!nonces.isEmpty())
            aids.freshNonce = QByteArrayView(nonces).sliced(i * crypto::Aes256GcmNonceSize, crypto::Aes256GcmNonceSize);
        Result<StoredRecord> record = RecordCodec::seal(sealed, **key, m_logId, head.link, aids);
        if (!record)
            return record.error();
        insert->bind(1, record->sequence)
            .bind(2, record->recordedMs)
            .bind(3, record->eventType)
            .bind(4, record->outcome)
            .bind(5, record->keyId);
        bindOptional(*insert, 6, record->operatorIndex);
        bindOptional(*insert, 7, record->deviceIndex);
        insert->bind(8, record->sealed).bind(9, record->link);
        if (Status inserted = insert->run(); !inserted)
            return inserted.error();
        head = {sealed.sequence, record->link};
        sequences.append(sealed.sequence);

        // Every N events a permanent checkpoint; after T without one, an interim
        // one (replaced by the next), which bounds the unanchored window of a
        // long-running console without piling up signatures.
        const bool eventDue = m_checkpointInterval > 0 && head.sequence % m_checkpointInterval == 0;
        const qint64 lastCheckpointMs = checkpoint ? checkpoint->createdMs : m_lastCheckpointMs;
        const bool timeDue =
            m_checkpointIntervalMs > 0 && record->recordedMs - lastCheckpointMs >= m_checkpointIntervalMs;
        if (eventDue || timeDue) {
            Result<std::optional<Checkpoint>> written = writeCheckpoint(head, !eventDue);
            if (!written)
                return written.error();
            if (*written)
                checkpoint = **written;
        }
    }
    return sequences;
}

Result<std::optional<Checkpoint>> AuditLog::writeCheckpoint(const Head &head, bool interim)
{
    if (head.sequence == 0)
        return std::optional<Checkpoint>();
    Result<storage::Statement> last =
        m_db.prepare(u"SELECT number, sequence, link, created_utc, key_id, interim, signature "
                     u"FROM audit_checkpoints ORDER BY number DESC LIMIT 1"_s);
    if (!last)
        return last.error();
    const Result<bool> found = last->step();
    if (!found)
        return found.error();
    quint64 number = 1;
    if (*found) {
        const qint64 lastNumber = qMax<qint64>(0, last->columnInt64(0));
        const bool lastInterim = last->columnInt64(5) != 0;
        if (last->columnInt64(1) == qint64(head.sequence) && (!lastInterim || interim)) {
            // Already covered: hand back the stored one so it can still be anchored.
            Checkpoint existing;
            existing.logId = m_logId;
            existing.number = quint64(lastNumber);
            existing.sequence = head.sequence;
            existing.link = last->columnBlob(2);
            existing.createdMs = last->columnInt64(3);
            existing.keyId = quint32(last->columnInt64(4));
            existing.interim = lastInterim;
            existing.signature = last->columnBlob(6);
            return std::optional<Checkpoint>(existing);
        }
        number = lastInterim ? quint64(lastNumber) : quint64(lastNumber) + 1;
    }
    last->reset();

    const KeyRing::Entry *signer = m_keys.covering(head.sequence);
    if (!signer || !signer->keys)
        return detail::keyUnavailable(signer ? signer->id : 0, signer ? signer->problem : QString());
    Checkpoint checkpoint;
    checkpoint.logId = m_logId;
    checkpoint.number = number;
    checkpoint.sequence = head.sequence;
    checkpoint.link = head.link;
    checkpoint.createdMs = nowMs();
    checkpoint.interim = interim;
    if (Status signedOk = checkpoint.sign(*signer->keys); !signedOk)
        return signedOk.error();

    Result<storage::Statement> insert =
        m_db.prepare(u"INSERT OR REPLACE INTO audit_checkpoints (number, sequence, link, created_utc, key_id, "
                     u"interim, signature) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"_s);
    if (!insert)
        return insert.error();
    insert->bind(1, qint64(checkpoint.number))
        .bind(2, qint64(checkpoint.sequence))
        .bind(3, checkpoint.link)
        .bind(4, checkpoint.createdMs)
        .bind(5, qint64(checkpoint.keyId))
        .bind(6, checkpoint.interim ? 1 : 0)
        .bind(7, checkpoint.signature);
    if (Status inserted = insert->run(); !inserted)
        return inserted.error();
    return std::optional<Checkpoint>(checkpoint);
}

void AuditLog::saveAnchors(const Checkpoint &checkpoint)
{
    for (AnchorStore *store : std::as_const(m_anchors)) {
        if (Status saved = store->save(checkpoint); !saved) {
            // The events are recorded; only their anchoring waits for the next checkpoint.
            qCWarning(lcAudit) << "anchoring checkpoint" << checkpoint.number << "failed:" << saved.error().code();
            m_lastAnchorError = saved.error();
        }
    }
}

Status AuditLog::checkWritable() const
{
    if (!m_open)
        return detail::closed();
    if (m_appendBlocked)
        return *m_appendBlocked;
    return {};
}

Result<AuditLog::Write> AuditLog::beginWrite()
{
    Result<storage::Transaction> transaction = storage::Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    // Read inside the transaction: another process may have appended meanwhile.
    Result<Head> head = readHead();
    if (!head)
        return head.error();
    return Write {std::move(transaction).value(), std::move(head).value()};
}

Result<QList<quint64>> AuditLog::appendAndCommit(const QList<AuditEvent> &events)
{
    if (Status writable = checkWritable(); !writable)
        return writable.error();
    Result<Write> write = beginWrite();
    if (!write)
        return write.error();
    Head *const head = &write->head;
    std::optional<Checkpoint> checkpoint;
    Result<QList<quint64>> sequences = appendInTransaction(events, *head, checkpoint);
    if (!sequences)
        return sequences.error();
    if (Status committed = write->transaction.commit(); !committed)
        return committed.error();
    m_recordedSinceCheckpoint = true;
    if (checkpoint) {
        m_lastCheckpointMs = checkpoint->createdMs;
        m_recordedSinceCheckpoint = checkpoint->sequence != head->sequence;
        saveAnchors(*checkpoint);
    }
    return sequences;
}

Result<quint64> AuditLog::append(const AuditEvent &event)
{
    Result<QList<quint64>> sequences = appendAndCommit({event});
    if (!sequences)
        return sequences.error();
    return sequences->first();
}

Result<QList<quint64>> AuditLog::appendBatch(const QList<AuditEvent> &events)
{
    if (events.isEmpty())
        return QList<quint64>();
    return appendAndCommit(events);
}

Status AuditLog::checkpointIfNeeded()
{
    if (!m_recordedSinceCheckpoint || m_appendBlocked)
        return {};
    Result<Write> write = beginWrite();
    if (!write)
        return write.error();
    Head *const head = &write->head;
    Result<std::optional<Checkpoint>> checkpoint = writeCheckpoint(*head, true);
    if (!checkpoint)
        return checkpoint.error();
    if (Status committed = write->transaction.commit(); !committed)
        return committed;
    m_recordedSinceCheckpoint = false;
    if (*checkpoint) {
        m_lastCheckpointMs = (*checkpoint)->createdMs;
        saveAnchors(**checkpoint);
    }
    return {};
}

Status AuditLog::checkpoint()
{
    if (!m_open)
        return detail::closed();
    return checkpointIfNeeded();
}

Status AuditLog::close()
{
    if (!m_open)
        return {};
    Status checkpointed = checkpointIfNeeded();
    m_open = false;
    m_keys = KeyRing();
    m_keyEncryptionKey.clear();
    m_db.close();
    return checkpointed;
}

Result<quint32> AuditLog::rotateKey()
{
    if (Status writable = checkWritable(); !writable)
        return writable.error();
    Result<Write> write = beginWrite();
    if (!write)
        return write.error();
    Head *const head = &write->head;
    Result<const KeyGeneration *> current = writingKey();
    if (!current)
        return current.error();
    if (m_keyEncryptionKey.isEmpty())
        return recoveryOpenedReadOnly();
    // The new key goes to the same hospital recovery key as the current one, once
    // the current one vouches for that recipient (RecoveryWrap's tag).
    Result<QByteArray> recoveryRecipient = currentRecoveryRecipient(**current);
    if (!recoveryRecipient)
        return recoveryRecipient.error();
    // The old key's last word: a permanent checkpoint signed by it over its last event.
    Result<std::optional<Checkpoint>> closing = writeCheckpoint(*head, false);
    if (!closing)
        return closing.error();

    const quint32 id = m_keys.newest()->id + 1;
    const quint64 firstSequence = head->sequence + 1;
    Result<crypto::SecureBytes> dataKey = crypto::randomKey(KeyGeneration::DataKeySize);
    if (!dataKey)
        return dataKey.error();
    Result<KeyGeneration> keys = KeyGeneration::derive(id, firstSequence, *dataKey, m_logId);
    if (!keys)
        return keys.error();
    Result<QByteArray> wrapped = keys->wrap(m_keyEncryptionKey, m_logId);
    if (!wrapped)
        return wrapped.error();
    QVariant recoveryWrapped;
    if (!recoveryRecipient->isEmpty()) {
        Result<QByteArray> wrappedForRecovery = recovery::wrap(*keys, m_logId, *recoveryRecipient);
        if (!wrappedForRecovery)
            return wrappedForRecovery.error();
        recoveryWrapped = *wrappedForRecovery;
    }
    Result<storage::Statement> insert =
        m_db.prepare(u"INSERT INTO audit_keys (key_id, first_sequence, created_utc, wrapped_key, "
                     u"checkpoint_public_key, recovery_wrapped_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"_s);
    if (!insert)
        return insert.error();
    if (Status inserted = insert->bind(1, qint64(id))
                              .bind(2, qint64(firstSequence))
                              .bind(3, nowMs())
                              .bind(4, *wrapped)
                              .bind(5, keys->publicKeyDer())
                              .bind(6, recoveryWrapped)
                              .run();
        !inserted)
        return inserted.error();

    const KeyRing previousKeys = m_keys;
    m_keys.add({id, firstSequence, std::move(keys).value(), {}});
    AuditEvent rotated;
    rotated.type = EventType::SecurityConfiguration;
    rotated.action = Action::Update;
    rotated.details = {{u"change"_s, u"audit key rotated"_s}, {u"keyId"_s, qint64(id)}};
    std::optional<Checkpoint> checkpoint = *closing;
    Result<QList<quint64>> appended = appendInTransaction({rotated}, *head, checkpoint);
    Status committed = appended ? write->transaction.commit() : Status(appended.error());
    if (!committed) {
        m_keys = previousKeys;
        return committed.error();
    }
    m_recordedSinceCheckpoint = true;
    if (checkpoint)
        saveAnchors(*checkpoint);
    qCInfo(lcAudit) << "audit key rotated to generation" << id;
    return id;
}

Status AuditLog::changeKeyStore(KeyStore &newStore)
{
    if (Status writable = checkWritable(); !writable)
        return writable.error();
    if (Status reloaded = reloadKeys(); !reloaded)
        return reloaded;
    for (const KeyRing::Entry &entry : m_keys.entries()) {
        if (!entry.keys)
            return detail::keyUnavailable(entry.id, entry.problem);
    }
    Result<KeyStore::NewKey> newKey = newStore.createKey(m_logId);
    if (!newKey)
        return newKey.error();

    Result<storage::Transaction> transaction = storage::Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    Result<storage::Statement> update = m_db.prepare(u"UPDATE audit_keys SET wrapped_key = ?1 WHERE key_id = ?2"_s);
    if (!update)
        return update.error();
    for (const KeyRing::Entry &entry : m_keys.entries()) {
        Result<QByteArray> wrapped = entry.keys->wrap(newKey->keyEncryptionKey, m_logId);
        if (!wrapped)
            return wrapped.error();
        if (Status updated = update->bind(1, *wrapped).bind(2, qint64(entry.id)).run(); !updated)
            return updated;
    }
    Result<storage::Statement> updateLog =
        m_db.prepare(u"UPDATE audit_log SET key_store = ?1, key_store_parameters = ?2 WHERE singleton = 1"_s);
    if (!updateLog)
        return updateLog.error();
    if (Status updated = updateLog->bind(1, newStore.kind()).bind(2, newKey->parameters).run(); !updated)
        return updated;

    Result<Head> head = readHead();
    if (!head)
        return head.error();
    AuditEvent changed;
    changed.type = EventType::SecurityConfiguration;
    changed.action = Action::Update;
    changed.details = {{u"change"_s, u"audit key store changed"_s}, {u"keyStore"_s, newStore.kind()}};
    std::optional<Checkpoint> checkpoint;
    if (Result<QList<quint64>> appended = appendInTransaction({changed}, *head, checkpoint); !appended)
        return appended.error();
    if (Status committed = transaction->commit(); !committed)
        return committed;
    m_keyEncryptionKey = std::move(newKey->keyEncryptionKey);
    m_keyStoreKind = newStore.kind();
    m_recordedSinceCheckpoint = true;
    if (checkpoint)
        saveAnchors(*checkpoint);
    return {};
}

Result<QByteArray> AuditLog::currentRecoveryRecipient(const KeyGeneration &current)
{
    Result<storage::Statement> statement =
        m_db.prepare(u"SELECT recovery_wrapped_key FROM audit_keys WHERE key_id = ?1"_s);
    if (!statement)
        return statement.error();
    statement->bind(1, qint64(current.id()));
    Result<QList<QByteArray>> stored =
        statement->collectRows([](const storage::Statement &row) { return row.columnBlob(0); });
    if (!stored)
        return stored.error();
    if (stored->isEmpty() || stored->first().isEmpty())
        return QByteArray();
    return recovery::recipient(current, m_logId, stored->first());
}

Error AuditLog::recoveryOpenedReadOnly()
{
    return Error(u"audit.recovery_opened"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The audit log was opened with the hospital recovery key, which cannot protect new "
                                   "keys. Move it to a keystore or passphrase first."));
}

Status AuditLog::setRecoveryKey(QByteArrayView recipientPublicKey)
{
    if (Status writable = checkWritable(); !writable)
        return writable.error();
    if (recipientPublicKey.size() != crypto::X25519KeySize)
        return detail::invalidEvent(u"a recovery public key has 32 bytes"_s);
    if (Status reloaded = reloadKeys(); !reloaded)
        return reloaded;
    for (const KeyRing::Entry &entry : m_keys.entries()) {
        if (!entry.keys)
            return detail::keyUnavailable(entry.id, entry.problem);
    }
    Result<storage::Transaction> transaction = storage::Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    Result<storage::Statement> update =
        m_db.prepare(u"UPDATE audit_keys SET recovery_wrapped_key = ?1 WHERE key_id = ?2"_s);
    if (!update)
        return update.error();
    for (const KeyRing::Entry &entry : m_keys.entries()) {
        Result<QByteArray> wrapped = recovery::wrap(*entry.keys, m_logId, recipientPublicKey);
        if (!wrapped)
            return wrapped.error();
        if (Status updated = update->bind(1, *wrapped).bind(2, qint64(entry.id)).run(); !updated)
            return updated;
    }
    Result<Head> head = readHead();
    if (!head)
        return head.error();
    AuditEvent changed;
    changed.type = EventType::SecurityConfiguration;
    changed.action = Action::Update;
    changed.details = {{u"change"_s, u"audit recovery key set"_s},
                       {u"recoveryKey"_s, recovery::fingerprint(recipientPublicKey)}};
    std::optional<Checkpoint> checkpoint;
    if (Result<QList<quint64>> appended = appendInTransaction({changed}, *head, checkpoint); !appended)
        return appended.error();
    if (Status committed = transaction->commit(); !committed)
        return committed;
    m_recordedSinceCheckpoint = true;
    if (checkpoint)
        saveAnchors(*checkpoint);
    return {};
}

Result<VerifyReport> AuditLog::verify()
{
    if (!m_open)
        return detail::closed();
    if (Status reloaded = reloadKeys(); !reloaded)
        return reloaded.error();
    ChainVerifier verifier(m_db, m_logId, m_keys, m_anchors);
    return verifier.run();
}

Result<QString> AuditLog::filterClause(const EventFilter &filter, QVariantList &values)
{
    QString sql = u" FROM audit_events e WHERE 1"_s;
    const auto placeholders = [&](qsizetype count) {
        QStringList marks;
        for (qsizetype i = 0; i < count; ++i)
            marks.append(u"?"_s);
        return marks.join(u", "_s);
    };
    if (filter.from.isValid()) {
        sql += u" AND e.recorded_utc >= ?"_s;
        values.append(filter.from.toMSecsSinceEpoch());
    }
    if (filter.to.isValid()) {
        sql += u" AND e.recorded_utc < ?"_s;
        values.append(filter.to.toMSecsSinceEpoch());
    }
    if (!filter.types.isEmpty()) {
        sql += u" AND e.event_type IN (%1)"_s.arg(placeholders(filter.types.size()));
        for (EventType type : filter.types)
            values.append(qint64(type));
    }
    if (!filter.outcomes.isEmpty()) {
        sql += u" AND e.outcome IN (%1)"_s.arg(placeholders(filter.outcomes.size()));
        for (Outcome outcome : filter.outcomes)
            values.append(qint64(outcome));
    }
    // A blind index is per key generation: match the value's index under each key.
    const auto indexFilter = [&](const QString &value, RecordCodec::IndexedField field,
                                 const QString &column) -> Status {
        if (value.isEmpty())
            return {};
        QStringList alternatives;
        for (const KeyRing::Entry &entry : m_keys.entries()) {
            if (!entry.keys)
                continue;
            Result<std::optional<QByteArray>> index = RecordCodec::blindIndex(*entry.keys, field, value);
            if (!index)
                return index.error();
            alternatives.append(u"(e.key_id = ? AND e.%1 = ?)"_s.arg(column));
            values.append(qint64(entry.id));
            values.append(**index);
        }
        sql += alternatives.isEmpty() ? u" AND 0"_s : u" AND (%1)"_s.arg(alternatives.join(u" OR "_s));
        return {};
    };
    if (Status operatorFilter =
            indexFilter(filter.operatorId, RecordCodec::IndexedField::Operator, u"operator_index"_s);
        !operatorFilter)
        return operatorFilter.error();
    if (Status deviceFilter = indexFilter(filter.device, RecordCodec::IndexedField::Device, u"device_index"_s);
        !deviceFilter)
        return deviceFilter.error();
    if (filter.afterSequence > 0) {
        sql += u" AND e.sequence > ?"_s;
        values.append(qint64(filter.afterSequence));
    }
    if (filter.beforeSequence > 0) {
        sql += u" AND e.sequence < ?"_s;
        values.append(qint64(filter.beforeSequence));
    }
    return sql;
}

Result<QList<AuditEvent>> AuditLog::query(const EventFilter &filter, int limit)
{
    if (!m_open)
        return detail::closed();
    if (limit <= 0)
        return QList<AuditEvent>();
    if (Status reloaded = reloadKeys(); !reloaded)
        return reloaded.error();

    QVariantList values;
    Result<QString> clause = filterClause(filter, values);
    if (!clause)
        return clause.error();
    // The previous row's link is read only for the events returned (a correlated
    // subquery), not joined over every matching row.
    QString sql = u"SELECT %1, (SELECT p.link FROM audit_events p WHERE p.sequence = e.sequence - 1)"_s.arg(
                      detail::eventColumns(u"e."_s))
        + *clause;
    sql += filter.newestFirst ? u" ORDER BY e.sequence DESC LIMIT ?"_s : u" ORDER BY e.sequence LIMIT ?"_s;
    values.append(qint64(limit));

    Result<storage::Statement> statement = m_db.prepare(sql);
    if (!statement)
        return statement.error();
    for (qsizetype i = 0; i < values.size(); ++i)
        statement->bind(int(i + 1), values.at(i));

    return statement->collectRows([this](const storage::Statement &row) {
        const StoredRecord record = detail::readRecord(row);
        const std::optional<QByteArray> storedPrevious = optionalBlob(row, detail::EventColumnCount);
        const KeyRing::Entry *entry = m_keys.find(record.keyId);
        const QByteArray previous = record.sequence == 1 ? m_genesisLink : storedPrevious.value_or(QByteArray());
        Result<AuditEvent> opened = entry && entry->keys && !previous.isEmpty()
            ? RecordCodec::open(record, *entry->keys, m_logId, previous)
            : Result<AuditEvent>(detail::damaged(u"event %1 cannot be opened"_s.arg(record.sequence)));
        AuditEvent event = opened ? std::move(opened).value() : RecordCodec::clearFields(record);
        event.link = record.link;
        return event;
    });
}

Result<QList<AuditEvent>> AuditLog::tail(int count)
{
    EventFilter filter;
    filter.newestFirst = true;
    Result<QList<AuditEvent>> events = query(filter, count);
    if (!events)
        return events.error();
    std::reverse(events->begin(), events->end());
    return events;
}

Status AuditLog::forEachEvent(const EventFilter &filter, const std::function<bool(const AuditEvent &)> &visit)
{
    EventFilter page = filter;
    for (;;) {
        Result<QList<AuditEvent>> events = query(page, PageSize);
        if (!events)
            return events.error();
        for (const AuditEvent &event : std::as_const(*events)) {
            if (!visit(event))
                return {};
        }
        if (events->size() < PageSize)
            return {};
        if (filter.newestFirst)
            page.beforeSequence = events->last().sequence;
        else
            page.afterSequence = events->last().sequence;
    }
}

Result<quint64> AuditLog::lastSequence()
{
    if (!m_open)
        return detail::closed();
    Result<storage::Statement> statement = m_db.prepare(u"SELECT max(sequence) FROM audit_events"_s);
    if (!statement)
        return statement.error();
    if (const Result<bool> row = statement->step(); !row)
        return row.error();
    return quint64(qMax<qint64>(0, statement->columnInt64(0)));
}

Result<quint64> AuditLog::count(const EventFilter &filter)
{
    if (!m_open)
        return detail::closed();
    if (Status reloaded = reloadKeys(); !reloaded)
        return reloaded.error();
    QVariantList values;
    Result<QString> clause = filterClause(filter, values);
    if (!clause)
        return clause.error();
    Result<storage::Statement> statement = m_db.prepare(QString(u"SELECT count(*)"_s + *clause));
    if (!statement)
        return statement.error();
    for (qsizetype i = 0; i < values.size(); ++i)
        statement->bind(int(i + 1), values.at(i));
    if (const Result<bool> row = statement->step(); !row)
        return row.error();
    return quint64(qMax<qint64>(0, statement->columnInt64(0)));
}

Result<quint64> AuditLog::sequenceAt(const EventFilter &filter, quint64 index)
{
    if (!m_open)
        return detail::closed();
    if (Status reloaded = reloadKeys(); !reloaded)
        return reloaded.error();
    QVariantList values;
    Result<QString> clause = filterClause(filter, values);
    if (!clause)
        return clause.error();
    QString sql = u"SELECT e.sequence"_s + *clause;
    sql += filter.newestFirst ? u" ORDER BY e.sequence DESC LIMIT 1 OFFSET ?"_s
                              : u" ORDER BY e.sequence LIMIT 1 OFFSET ?"_s;
    values.append(qint64(index));
    Result<storage::Statement> statement = m_db.prepare(sql);
    if (!statement)
        return statement.error();
    for (qsizetype i = 0; i < values.size(); ++i)
        statement->bind(int(i + 1), values.at(i));
    const Result<bool> row = statement->step();
    if (!row)
        return row.error();
    return *row ? quint64(qMax<qint64>(0, statement->columnInt64(0))) : quint64(0);
}

quint32 AuditLog::currentKeyId() const
{
    const KeyRing::Entry *newest = m_keys.newest();
    return newest ? newest->id : 0;
}

} // namespace pasban::audit
