#include "VerifyReport.h"

#include <QCoreApplication>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit {

namespace {

using Translate = std::function<QString(const char *)>;

QString number(quint64 value)
{
    return QString::number(value);
}

QString intactSummary(const VerifyReport &report, const Translate &say)
{
    if (report.lastSequence == 0)
        return say(QT_TRANSLATE_NOOP("pasban::audit::VerifyReport", "The audit log holds no events."));
    QString text;
    if (report.anchoredCheckpoint > 0) {
        text =
            say(QT_TRANSLATE_NOOP("pasban::audit::VerifyReport", "Intact up to event %1, anchored at checkpoint %2."))
                .arg(number(report.lastSequence), number(report.anchoredCheckpoint));
    } else {
        text = say(QT_TRANSLATE_NOOP("pasban::audit::VerifyReport", "Intact up to event %1."))
                   .arg(number(report.lastSequence));
    }
    if (!report.hasUnanchoredTail())
        return text;
    if (report.anchoredCheckpoint == 0) {
        return text + u' '
            + say(QT_TRANSLATE_NOOP("pasban::audit::VerifyReport",
                                    "No checkpoint of this log is kept outside the database, so events %1–%2 are not "
                                    "anchored: a cut-off tail or an older copy of the database would not be noticed."))
                  .arg(number(report.unanchoredFrom()), number(report.lastSequence));
    }
    return text + u' '
        + say(QT_TRANSLATE_NOOP("pasban::audit::VerifyReport",
                                "Events %1–%2 after the last anchored checkpoint are not anchored."))
              .arg(number(report.unanchoredFrom()), number(report.lastSequence));
}

QString problemSummary(const VerifyReport &report, const Translate &say)
{
    using P = VerifyReport::Problem;
    const QString first = number(report.firstBadSequence);
    const QString related = number(report.related);
    const QString checkpoint = number(report.checkpointNumber);
    const QString last = number(report.lastSequence);
    switch (report.problem) {
    case P::None:
        return {};
    case P::SequenceGap:
        return say(QT_TRANSLATE_NOOP("pasban::audit::VerifyReport", "Event %1 is missing (sequence gap).")).arg(first);
    case P::InvalidSequence:
        return say(QT_TRANSLATE_NOOP("pasban::audit::VerifyReport",
                                     "Event %1 is missing: a row in its place carries an impossible event number "
                                     "(rows out of order)."))
            .arg(first);
    case P::ContentMismatch:
        return say(QT_TRANSLATE_NOOP("pasban::audit::VerifyReport",
                                     "Event %1: the row's content does not match its chain link (the row was changed "
                                     "or forged)."))
            .arg(first);
    case P::RowsOutOfOrder:
        return say(QT_TRANSLATE_NOOP("pasban::audit::VerifyReport",
                                     "Event %1: the row holds event %2 (rows out of order)."))
            .arg(first, related);
    case P::KeyUnknown:
        return say(QT_TRANSLATE_NOOP("pasban::audit::VerifyReport",
                                     "Event %1 names key %2, which this log does not have (key id unknown)."))
            .arg(first, related);
    case P::KeyUnavailable:
        return say(QT_TRANSLATE_NOOP("pasban::audit::VerifyReport",
                                     "Event %1 is sealed with key %2, whose record cannot be unlocked (the key record "
                                     "was changed)."))
            .arg(first, related);
    case P::KeyNotValid:
        return say(QT_TRANSLATE_NOOP("pasban::audit::VerifyReport",
                                     "Event %1 is sealed with key %2, which was not the log's key for that event (it "
                                     "was re-sealed under another key)."))
            .arg(first, related);
    case P::CheckpointMissing:
        return say(QT_TRANSLATE_NOOP("pasban::audit::VerifyReport",
                                     "Checkpoint %1 is missing (checkpoints were removed)."))
            .arg(checkpoint);
    case P::CheckpointSignatureInvalid:
        return say(QT_TRANSLATE_NOOP("pasban::audit::VerifyReport",
                                     "Checkpoint %1 (event %2): the signature is not valid."))
            .arg(checkpoint, related);
    case P::CheckpointMismatch:
        return say(QT_TRANSLATE_NOOP("pasban::audit::VerifyReport",
                                     "Checkpoint %1 does not match the chain at event %2."))
            .arg(checkpoint, related);
    case P::CheckpointBeyondEnd:
        return say(QT_TRANSLATE_NOOP("pasban::audit::VerifyReport",
                                     "Events %1–%2 are missing: checkpoint %3 records event %2, but the log ends at "
                                     "event %4 (the tail was cut off)."))
            .arg(first, related, checkpoint, last);
    case P::TailMissing:
        return say(QT_TRANSLATE_NOOP("pasban::audit::VerifyReport",
                                     "Events %1–%2 are missing: the checkpoint kept outside the database records event "
                                     "%2, but the log ends at event %3 (the tail was cut off or an older copy of the "
                                     "database was put back)."))
            .arg(first, related, last);
    case P::AnchorMismatch:
        return say(QT_TRANSLATE_NOOP("pasban::audit::VerifyReport",
                                     "Event %1 does not match the checkpoint kept outside the database: the database "
                                     "was replaced by another copy."))
            .arg(first);
    case P::AnchorInvalid:
        return say(QT_TRANSLATE_NOOP("pasban::audit::VerifyReport",
                                     "The checkpoint kept outside the database is not valid: it was damaged or "
                                     "forged."));
    case P::AnchorForeign:
        return say(QT_TRANSLATE_NOOP("pasban::audit::VerifyReport",
                                     "The checkpoint kept outside the database belongs to another audit log: this "
                                     "database is not the log it records."));
    }
    return {};
}

QString summaryWith(const VerifyReport &report, const Translate &say)
{
    return report.intact() ? intactSummary(report, say) : problemSummary(report, say);
}

} // namespace

QString VerifyReport::problemCode() const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::SequenceGap:
        return u"sequence_gap"_s;
    case Problem::InvalidSequence:
        return u"invalid_sequence"_s;
    case Problem::ContentMismatch:
        return u"content_mismatch"_s;
    case Problem::RowsOutOfOrder:
        return u"rows_out_of_order"_s;
    case Problem::KeyUnknown:
        return u"key_unknown"_s;
    case Problem::KeyUnavailable:
        return u"key_unavailable"_s;
    case Problem::KeyNotValid:
        return u"key_not_valid"_s;
    case Problem::CheckpointMissing:
        return u"checkpoint_missing"_s;
    case Problem::CheckpointSignatureInvalid:
        return u"checkpoint_signature_invalid"_s;
    case Problem::CheckpointMismatch:
        return u"checkpoint_mismatch"_s;
    case Problem::CheckpointBeyondEnd:
        return u"checkpoint_beyond_end"_s;
    case Problem::TailMissing:
        return u"tail_missing"_s;
    case Problem::AnchorMismatch:
        return u"anchor_mismatch"_s;
    case Problem::AnchorInvalid:
        return u"anchor_invalid"_s;
    case Problem::AnchorForeign:
        return u"anchor_foreign"_s;
    }
    return {};
}

QString VerifyReport::summary() const
{
    return summaryWith(
        *this, [](const char *source) { return QCoreApplication::translate("pasban::audit::VerifyReport", source); });
}

QString VerifyReport::englishSummary() const
{
    return summaryWith(*this, [](const char *source) { return QString::fromUtf8(source); });
}

} // namespace pasban::audit
