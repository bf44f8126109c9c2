#include "PostureErrors.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::posture::errors {

Error csafInvalidFile(const QString &file, const QString &detail)
{
    return Error(u"posture.csaf_invalid"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "%1 is not a CSAF 2.0 advisory Pasban can read, so nothing was imported. Use the "
                                   "advisory exactly as its publisher (for example CISA) provides it."),
                 {file}, detail);
}

Error fileTooLarge(const QString &file, qint64 limit)
{
    return Error(
        u"posture.csaf_too_large"_s,
        QT_TRANSLATE_NOOP("pasban::Error", "%1 is larger than an advisory can be (%2 bytes), so nothing was imported."),
        {file, QString::number(limit)});
}

Error fileUnreadable(const QString &file, const QString &detail)
{
    return Error(u"posture.file_unreadable"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "%1 could not be read, so nothing was imported. Check that it exists and that "
                                   "you may read it."),
                 {file}, detail);
}

Error checksumMismatch(const QString &file)
{
    return Error(u"posture.csaf_checksum_mismatch"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "%1 does not match the SHA-512 checksum beside it: the file was changed or "
                                   "damaged after it was published. Nothing was imported; download it again."),
                 {file});
}

Error checksumUnreadable(const QString &file)
{
    return Error(u"posture.csaf_checksum_unreadable"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The checksum file beside %1 could not be read or holds no SHA-512 value, so "
                                   "nothing was imported."),
                 {file});
}

Error noAdvisoryFiles(const QString &path)
{
    return Error(u"posture.no_advisories"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "%1 holds no advisory files (*.json), so nothing was imported."),
                 {path});
}

Error tooManyFiles(const QString &path, int limit)
{
    return Error(u"posture.too_many_files"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "%1 holds more than %2 advisory files, so nothing was imported. Import it in "
                                   "parts."),
                 {path, QString::number(limit)});
}

Error duplicateInBatch(const QString &trackingId, const QString &first, const QString &second)
{
    return Error(u"posture.csaf_duplicate"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "Advisory %1 appears twice, in %2 and in %3, so nothing was imported. Import "
                                   "only one of them."),
                 {trackingId, first, second});
}

Error reasonRequired()
{
    return Error(u"posture.reason_required"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "Accepting a risk needs a reason that says why the risk is acceptable and what "
                                   "compensates for it."));
}

Error expiryInvalid(const QDate &expires, const QDate &today, int maxDays)
{
    return Error(u"posture.expiry_invalid"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The expiry date must be after today (%2) and at most %3 days ahead; %1 is not."),
                 {expires.isValid() ? expires.toString(Qt::ISODate) : u"-"_s, today.toString(Qt::ISODate),
                  QString::number(maxDays)});
}

Error unknownDevice(const QString &deviceId)
{
    return Error(u"posture.unknown_device"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "There is no device %1 in the inventory."), {deviceId});
}

Error unknownFinding(const QString &deviceId, const QString &findingId)
{
    return Error(u"posture.unknown_finding"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The device %1 has no open finding %2. Evaluate the posture again and use the "
                                   "finding id it lists."),
                 {deviceId, findingId});
}

Error storedAdvisoryDamaged(const QString &trackingId, const QString &detail)
{
    return Error(u"posture.advisory_damaged"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "The stored advisory %1 can no longer be read. Import it again."),
                 {trackingId}, detail);
}

} // namespace pasban::posture::errors
