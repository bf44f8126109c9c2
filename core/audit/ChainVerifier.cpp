#include "ChainVerifier.h"

#include "EventTable.h"
#include "RecordCodec.h"
#include "crypto/Hash.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QMultiHash>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit {

namespace {

using Problem = VerifyReport::Problem;

enum Rank : int { ChainRank = 0, AnchorRank = 1, CheckpointRank = 2 };

} // namespace

ChainVerifier::ChainVerifier(storage::Database &db, QByteArray logId, const KeyRing &keys, QList<AnchorStore *> anchors)
    : m_db(db)
    , m_logId(std::move(logId))
    , m_keys(keys)
    , m_anchors(std::move(anchors))
{
}

void ChainVerifier::add(Finding finding)
{
    m_findings.append(std::move(finding));
}

bool ChainVerifier::keyCovers(qint64 keyId, quint64 sequence, const KeyGeneration **keys) const
{
    const KeyRing::Entry *entry = m_keys.find(keyId);
    if (!entry || !entry->keys || m_keys.covering(sequence) != entry)
        return false;
    *keys = &*entry->keys;
    return true;
}

Result<VerifyReport> ChainVerifier::run()
{
    m_report.anchorConfigured = !m_anchors.isEmpty();
    // Anchors are saved only after their checkpoint is committed, so an anchor read
    // before the snapshot below can never be ahead of what the snapshot shows.
    loadAnchors();

    Result<storage::Transaction> snapshot = storage::Transaction::begin(m_db, storage::Transaction::Mode::Deferred);
    if (!snapshot)
        return snapshot.error();

    Result<storage::Statement> count = m_db.prepare(u"SELECT count(*), max(sequence) FROM audit_events"_s);
    if (!count)
        return count.error();
    const Result<bool> counted = count->step();
    if (!counted)
        return counted.error();
    m_report.events = quint64(qMax<qint64>(0, count->columnInt64(0)));
    m_report.lastSequence = quint64(qMax<qint64>(0, count->columnInt64(1)));
    count->reset();

    if (Status loaded = loadCheckpoints(); !loaded)
        return loaded.error();
    if (Status walked = walkChain(); !walked)
        return walked.error();
    checkTail();
    (void)snapshot->rollback(); // read only: nothing to keep

    if (!m_findings.isEmpty()) {
        const auto order = [](const Finding &f) {
            return std::pair(f.firstBad == 0 ? std::numeric_limits<quint64>::max() : f.firstBad, f.rank);
        };
        const Finding &first =
            *std::min_element(m_findings.cbegin(), m_findings.cend(),
                              [&](const Finding &a, const Finding &b) { return order(a) < order(b); });
        m_report.problem = first.problem;
        m_report.firstBadSequence = first.firstBad;
        m_report.related = first.related;
        m_report.checkpointNumber = first.checkpointNumber;
        m_report.detail = first.detail;
        m_report.anchoredCheckpoint = 0;
        m_report.anchoredThrough = 0;
    }
    return m_report;
}

void ChainVerifier::loadAnchors()
{
    for (AnchorStore *store : std::as_const(m_anchors)) {
        const Result<std::optional<Checkpoint>> loaded = store->load();
        if (!loaded) {
            add({Problem::AnchorInvalid, 0, 0, 0,
                 store->description() + u": "_s + loaded.error().code() + u" "_s + loaded.error().detail(),
                 AnchorRank});
            continue;
        }
        if (!loaded->has_value())
            continue;
        const Checkpoint &anchor = **loaded;
        if (anchor.logId != m_logId) {
            add({Problem::AnchorForeign, 1, 0, 0, store->description(), AnchorRank});
            continue;
        }
        const KeyGeneration *keys = nullptr;
        if (!keyCovers(anchor.keyId, anchor.sequence, &keys) || !anchor.verifySignature(*keys)) {
            add({Problem::AnchorInvalid, 0, anchor.sequence, anchor.number,
                 store->description() + u": signature or key %1 does not check out"_s.arg(anchor.keyId), AnchorRank});
            continue;
        }
        if (!m_anchor || anchor.sequence > m_anchor->sequence)
            m_anchor = anchor;
    }
}

Status ChainVerifier::loadCheckpoints()
{
    Result<storage::Statement> statement =
        m_db.prepare(u"SELECT number, sequence, link, created_utc, key_id, interim, signature "
                     u"FROM audit_checkpoints ORDER BY number"_s);
    if (!statement)
        return statement.error();
    qint64 expected = 1;
    return statement->forEachRow([&](const storage::Statement &row) {
        const qint64 number = row.columnInt64(0);
        const qint64 sequence = row.columnInt64(1);
        ++m_report.checkpoints;
        if (number != expected) {
            add({Problem::CheckpointMissing, 0, 0, quint64(qMax<qint64>(expected, 0)),
                 u"found checkpoint %1 where %2 belongs"_s.arg(number).arg(expected), CheckpointRank});
        }
        expected = number + 1;

        Checkpoint checkpoint;
        checkpoint.logId = m_logId;
        checkpoint.number = quint64(qMax<qint64>(number, 0));
        checkpoint.sequence = quint64(qMax<qint64>(sequence, 0));
        checkpoint.link = row.columnBlob(2);
        checkpoint.createdMs = row.columnInt64(3);
        const qint64 keyId = row.columnInt64(4);
        checkpoint.keyId = quint32(qBound<qint64>(0, keyId, std::numeric_limits<quint32>::max()));
        const qint64 interim = row.columnInt64(5);
        checkpoint.interim = interim != 0;
        checkpoint.signature = row.columnBlob(6);

        const KeyGeneration *keys = nullptr;
        const bool wellFormed =
            number >= 1 && sequence >= 1 && (interim == 0 || interim == 1) && qint64(checkpoint.keyId) == keyId;
        if (!wellFormed || !keyCovers(keyId, checkpoint.sequence, &keys) || !checkpoint.verifySignature(*keys)) {
            add({Problem::CheckpointSignatureInvalid, checkpoint.sequence, checkpoint.sequence, checkpoint.number,
                 u"checkpoint %1 for event %2 under key %3"_s.arg(number).arg(sequence).arg(keyId), CheckpointRank});
            return true;
        }
        m_checkpoints.append({checkpoint, false});
        return true;
    });
}

Status ChainVerifier::walkChain()
{
    if (m_report.events == 0)
        return {};
    const KeyRing::Entry *firstKey = m_keys.first();
    if (!firstKey || !firstKey->keys) {
        add({Problem::KeyUnavailable, 1, firstKey ? firstKey->id : 0, 0, firstKey ? firstKey->problem : QString(),
             ChainRank});
        m_chainBroken = true;
        return {};
    }
    Result<QByteArray> previous = RecordCodec::genesisLink(*firstKey->keys, m_logId);
    if (!previous)
        return previous.error();

    QMultiHash<quint64, qsizetype> checkpointsAt;
    for (qsizetype i = 0; i < m_checkpoints.size(); ++i)
        checkpointsAt.insert(m_checkpoints.at(i).checkpoint.sequence, i);

    Result<storage::Statement> statement =
        m_db.prepare(u"SELECT %1 FROM audit_events ORDER BY sequence"_s.arg(detail::eventColumns()));
    if (!statement)
        return statement.error();

    quint64 expected = 1;
    const auto broken = [&](Problem problem, quint64 related, const QString &why) {
        add({problem, expected, related, 0, why, ChainRank});
        m_chainBroken = true;
    };
    // An error that stops the walk (the database, the library), not a finding.
    std::optional<Error> failure;
    Status walked = statement->forEachRow([&](const storage::Statement &row) {
        const StoredRecord record = detail::readRecord(row);
        if (record.sequence != qint64(expected)) {
            if (record.sequence > qint64(expected))
                broken(Problem::SequenceGap, quint64(record.sequence), u"next row is event %1"_s.arg(record.sequence));
            else
                broken(Problem::InvalidSequence, 0, u"a row has event number %1"_s.arg(record.sequence));
            return false;
        }
        const KeyRing::Entry *entry = m_keys.find(record.keyId);
        if (!entry) {
            broken(Problem::KeyUnknown, quint64(qMax<qint64>(record.keyId, 0)),
                   u"key id %1 is not in audit_keys"_s.arg(record.keyId));
            return false;
        }
        if (m_keys.covering(expected) != entry) {
            broken(Problem::KeyNotValid, entry->id,
                   u"key %1 seals events from %2 on"_s.arg(entry->id).arg(entry->firstSequence));
            return false;
        }
        if (!entry->keys) {
            broken(Problem::KeyUnavailable, entry->id, entry->problem);
            return false;
        }
        if (!record.columnProblem.isEmpty()) {
            broken(Problem::ContentMismatch, 0, record.columnProblem);
            return false;
        }
        Result<QByteArray> link = RecordCodec::link(*entry->keys, *previous, record);
        if (!link) {
            failure = link.error();
            return false;
        }
        if (!crypto::constantTimeEquals(*link, record.link)) {
            const Result<quint64> original = findOriginalPosition(record, *entry->keys);
            if (!original) {
                failure = original.error();
                return false;
            }
            if (*original != 0)
                broken(Problem::RowsOutOfOrder, *original, u"the row's link fits position %1"_s.arg(*original));
            else
                broken(Problem::ContentMismatch, 0, u"computed link differs from the stored one"_s);
            return false;
        }

        const QList<qsizetype> here = checkpointsAt.values(expected);
        for (qsizetype index : here) {
            StoredCheckpoint &stored = m_checkpoints[index];
            stored.checked = true;
            if (!crypto::constantTimeEquals(stored.checkpoint.link, *link)) {
                add({Problem::CheckpointMismatch, expected, expected, stored.checkpoint.number,
                     u"checkpoint link differs from the chain"_s, CheckpointRank});
            }
        }
        if (m_anchor && m_anchor->sequence == expected) {
            m_anchorMatched = crypto::constantTimeEquals(m_anchor->link, *link);
            if (!m_anchorMatched) {
                add({Problem::AnchorMismatch, expected, expected, m_anchor->number,
                     u"anchor link differs from the chain"_s, AnchorRank});
            }
        }
        previous = std::move(link);
        m_report.verifiedThrough = expected;
        ++expected;
        return true;
    });
    if (!walked)
        return walked;
    if (failure)
        return *failure;
    return {};
}

// A row that fails its link may be a genuine row in the wrong place (swapped or
// moved). Try it at every position: if its link fits after another row's link,
// it is that event. One HMAC per row, run only once, on the first failure.
Result<quint64> ChainVerifier::findOriginalPosition(const StoredRecord &record, const KeyGeneration &key)
{
    const KeyRing::Entry *firstKey = m_keys.first();
    Result<QByteArray> previous = RecordCodec::genesisLink(*firstKey->keys, m_logId);
    if (!previous)
        return previous.error();
    Result<storage::Statement> statement = m_db.prepare(u"SELECT sequence, link FROM audit_events ORDER BY sequence"_s);
    if (!statement)
        return statement.error();
    StoredRecord candidate = record;
    qint64 position = 1;
    for (;;) {
        if (position != record.sequence) {
            candidate.sequence = position;
            Result<QByteArray> link = RecordCodec::link(key, *previous, candidate);
            if (!link)
                return link.error();
            if (crypto::constantTimeEquals(*link, record.link))
                return quint64(position);
        }
        const Result<bool> row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return quint64(0);
        const qint64 sequence = statement->columnInt64(0);
        // A sequence that cannot be followed names no position: try nothing after it.
        position = sequence < std::numeric_limits<qint64>::max() ? sequence + 1 : record.sequence;
        previous = statement->columnBlob(1);
    }
}

void ChainVerifier::checkTail()
{
    if (m_chainBroken)
        return;
    const quint64 last = m_report.lastSequence;
    const StoredCheckpoint *beyond = nullptr;
    for (const StoredCheckpoint &stored : std::as_const(m_checkpoints)) {
        if (stored.checkpoint.sequence > last)
            beyond = &stored;
    }
    if (beyond) {
        add({Problem::CheckpointBeyondEnd, last + 1, beyond->checkpoint.sequence, beyond->checkpoint.number,
             u"checkpoint covers event %1"_s.arg(beyond->checkpoint.sequence), CheckpointRank});
    }
    if (!m_anchor)
        return;
    if (m_anchor->sequence > last) {
        add({Problem::TailMissing, last + 1, m_anchor->sequence, m_anchor->number,
             u"anchor covers event %1"_s.arg(m_anchor->sequence), AnchorRank});
    } else if (m_anchorMatched) {
        m_report.anchoredCheckpoint = m_anchor->number;
        m_report.anchoredThrough = m_anchor->sequence;
    }
}

} // namespace pasban::audit
