#pragma once

// Private to core/audit: the module's errors, built in one place so every caller
// reports the same situation with the same code and words.

#include "common/Error.h"

#include <QString>

namespace pasban::audit::detail {

// audit.damaged: the log's own tables hold something impossible.
[[nodiscard]] Error damaged(const QString &detail);
// audit.not_found: the database holds no log yet.
[[nodiscard]] Error notFound();
// audit.log_missing: no log, but an anchor says there was one.
[[nodiscard]] Error logMissing(quint64 anchoredSequence, const QString &anchorDescription);
// audit.unsupported_format: written by a newer Pasban.
[[nodiscard]] Error unsupportedFormat(qint64 format);
// audit.invalid_event: the caller handed over an event that cannot be recorded.
[[nodiscard]] Error invalidEvent(const QString &detail);
// audit.event_too_large
[[nodiscard]] Error eventTooLarge(qsizetype limitKiB);
// audit.rolled_back: the database is behind (or off) its anchor; appends refused.
[[nodiscard]] Error rolledBack(const QString &detail);
// audit.key_unavailable: a data key could not be unwrapped.
[[nodiscard]] Error keyUnavailable(quint32 keyId, const QString &detail);
// audit.key_store_mismatch: the log is kept by another kind of key store.
[[nodiscard]] Error keyStoreMismatch(const QString &expected, const QString &offered);
// audit.closed: used after close().
[[nodiscard]] Error closed();

} // namespace pasban::audit::detail
