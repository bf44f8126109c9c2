#pragma once

#include <QtGlobal>

#include <optional>

namespace pasban::audit::forward {

// Bytes written to a connected TCP socket that the peer has not acknowledged yet
// (sent or not), or nullopt where the platform cannot tell. On Linux this is the
// SIOCOUTQ ioctl (write_seq - snd_una): 0 means the receiver's TCP has every byte.
[[nodiscard]] std::optional<qint64> unacknowledgedBytes(qintptr socketDescriptor);

} // namespace pasban::audit::forward
