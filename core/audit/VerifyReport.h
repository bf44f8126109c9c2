#pragma once

#include <QString>

namespace pasban::audit {

// The outcome of AuditLog::verify(): either the log is intact (and how far it is
// anchored), or the first bad event and what is wrong with it.
struct VerifyReport
{
    enum class Problem {
        None,
        SequenceGap, // an event number is missing
        InvalidSequence, // a row carries a number that cannot follow (0, negative)
        ContentMismatch, // a row does not match its chain link (changed, forged)
        RowsOutOfOrder, // a row holds another position's event (swapped, moved)
        KeyUnknown, // a row names a key id the log does not have
        KeyUnavailable, // the row's key record exists but cannot be unlocked
        KeyNotValid, // sealed under a key not made for its position (re-sealed)
        CheckpointMissing, // checkpoint numbers have a gap
        CheckpointSignatureInvalid, // bad signature, or signed by the wrong key
        CheckpointMismatch, // the checkpoint disagrees with the chain
        CheckpointBeyondEnd, // a checkpoint covers events the log no longer has
        TailMissing, // the anchor covers events the log no longer has
        AnchorMismatch, // the anchor disagrees with the chain (another copy)
        AnchorInvalid, // the anchor's signature or key does not check out
        AnchorForeign, // the anchor belongs to another log
    };

    Problem problem = Problem::None;
    // The first bad event (the one to look at); 0 when the problem has no event.
    quint64 firstBadSequence = 0;
    // Context for the message: the event found instead (RowsOutOfOrder), the key id
    // (Key*), the last event the anchor or checkpoint records (TailMissing, …).
    quint64 related = 0;
    quint64 checkpointNumber = 0; // for checkpoint problems
    QString detail; // English, technical, for logs and --json

    quint64 events = 0; // rows examined
    quint64 lastSequence = 0; // the highest event number in the log
    quint64 verifiedThrough = 0; // events 1..N are intact
    quint64 checkpoints = 0; // checkpoints in the database
    // The anchor kept outside the database that the log matches: checkpoint number
    // and the event it covers. 0 when there is no usable anchor.
    quint64 anchoredCheckpoint = 0;
    quint64 anchoredThrough = 0;
    bool anchorConfigured = false; // whether any AnchorStore was consulted

    [[nodiscard]] bool intact() const { return problem == Problem::None; }
    // Events after the last anchored checkpoint: intact as far as the chain goes,
    // but a cut-off of these would not be noticed.
    [[nodiscard]] bool hasUnanchoredTail() const { return intact() && lastSequence > anchoredThrough; }
    [[nodiscard]] quint64 unanchoredFrom() const { return anchoredThrough + 1; }

    // "content_mismatch", … for machine output; empty when intact.
    [[nodiscard]] QString problemCode() const;
    // One or two sentences in the current language, e.g. "Intact up to event 10000,
    // anchored at checkpoint 10." or "Event 517: the row's content does not match its
    // chain link: it was changed."
    [[nodiscard]] QString summary() const;
    // The same in English, for logs and JSON.
    [[nodiscard]] QString englishSummary() const;
};

} // namespace pasban::audit
