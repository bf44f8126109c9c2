#include "AuditErrors.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit::detail {

Error damaged(const QString &detail)
{
    return Error(u"audit.damaged"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The audit log in the console database is damaged or was changed outside Pasban, "
                                   "so it cannot be used. Keep the data folder unchanged for investigation and tell "
                                   "your security officer."),
                 {}, detail);
}

Error notFound()
{
    return Error(u"audit.not_found"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "This data folder has no audit log yet. It is created when the first event is "
                                   "recorded."));
}

Error logMissing(quint64 anchoredSequence, const QString &anchorDescription)
{
    return Error(u"audit.log_missing"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The audit log is missing from the console database, although a checkpoint kept "
                                   "outside it records %1 events: the log was deleted or the database replaced. Keep "
                                   "the data folder unchanged for investigation and tell your security officer."),
                 {QString::number(anchoredSequence)}, anchorDescription);
}

Error unsupportedFormat(qint64 format)
{
    return Error(u"audit.unsupported_format"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The audit log was written by a newer version of Pasban. Use that version to open "
                                   "it."),
                 {}, u"audit log format %1; this version knows format 1"_s.arg(format));
}

Error invalidEvent(const QString &detail)
{
    return Error(u"audit.invalid_event"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The audit event could not be recorded because it is incomplete or not valid: %1."),
                 {detail});
}

Error eventTooLarge(qsizetype limitKiB)
{
    return Error(u"audit.event_too_large"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The audit event is too large to record: names and details together may take at "
                                   "most %1 KiB. Shorten the details."),
                 {QString::number(limitKiB)});
}

Error rolledBack(const QString &detail)
{
    return Error(u"audit.rolled_back"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The audit log does not reach the checkpoint kept outside the database: events "
                                   "were removed or an older copy of the database was put back. No events are added "
                                   "to it. Keep the data folder unchanged, verify the log and tell your security "
                                   "officer."),
                 {}, detail);
}

Error keyUnavailable(quint32 keyId, const QString &detail)
{
    return Error(u"audit.key_unavailable"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "Key %1 of the audit log cannot be unlocked: its record in the database was "
                                   "changed. Events sealed with it cannot be read or added."),
                 {QString::number(keyId)}, detail);
}

Error keyStoreMismatch(const QString &expected, const QString &offered)
{
    return Error(u"audit.key_store_mismatch"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The audit log's key is protected by the \"%1\" method, but \"%2\" was offered. "
                                   "Unlock it the way it was set up."),
                 {expected, offered});
}

Error closed()
{
    return Error(
        u"audit.closed"_s,
        QT_TRANSLATE_NOOP("pasban::Error", "The audit log was already closed. This is a defect in Pasban; report it."));
}

} // namespace pasban::audit::detail
