#pragma once

// Private to core/audit/forward: the forwarder's errors, built in one place.

#include "common/Error.h"

#include <QString>

namespace pasban::audit::forward::detail {

// forward.disabled: forwarding is switched off in the settings.
[[nodiscard]] Error disabled();
// forward.incomplete: host, port or a file is not set.
[[nodiscard]] Error incomplete(const QString &missing);
// forward.file: a certificate or key file cannot be read.
[[nodiscard]] Error fileUnreadable(const QString &path, const QString &why);
// forward.pem: the file holds no usable certificate or unencrypted key.
[[nodiscard]] Error notPem(const QString &path, const QString &why);
// forward.key_mismatch: the key is not of the certificate's kind.
[[nodiscard]] Error keyMismatch(const QString &keyPath, const QString &certificatePath);
// forward.connect: the receiver cannot be reached (refused, no route, timeout).
[[nodiscard]] Error connectFailed(const QString &destination, const QString &why);
// forward.tls: the TLS handshake failed or the receiver's certificate was refused.
[[nodiscard]] Error tlsFailed(const QString &destination, const QString &why);
// forward.lost: the connection broke while events were being delivered.
[[nodiscard]] Error connectionLost(const QString &destination, const QString &why);
// forward.stalled: the receiver stopped taking data.
[[nodiscard]] Error stalled(const QString &destination);
// forward.log_behind: the log has fewer events than were already forwarded.
[[nodiscard]] Error logBehind(quint64 forwarded, quint64 last);

} // namespace pasban::audit::forward::detail
