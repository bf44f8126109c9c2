#pragma once

#include "common/Error.h"

#include <QDate>

// Errors of core/posture ("posture.*"), one function each so the messages are
// written once.
namespace pasban::posture::errors {

[[nodiscard]] Error csafInvalidFile(const QString &file, const QString &detail);
[[nodiscard]] Error fileTooLarge(const QString &file, qint64 limit);
[[nodiscard]] Error fileUnreadable(const QString &file, const QString &detail);
[[nodiscard]] Error checksumMismatch(const QString &file);
[[nodiscard]] Error checksumUnreadable(const QString &file);
[[nodiscard]] Error noAdvisoryFiles(const QString &path);
[[nodiscard]] Error tooManyFiles(const QString &path, int limit);
[[nodiscard]] Error duplicateInBatch(const QString &trackingId, const QString &first, const QString &second);
[[nodiscard]] Error reasonRequired();
[[nodiscard]] Error expiryInvalid(const QDate &expires, const QDate &today, int maxDays);
[[nodiscard]] Error unknownDevice(const QString &deviceId);
[[nodiscard]] Error unknownFinding(const QString &deviceId, const QString &findingId);
[[nodiscard]] Error storedAdvisoryDamaged(const QString &trackingId, const QString &detail);

} // namespace pasban::posture::errors
