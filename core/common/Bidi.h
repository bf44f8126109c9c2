#pragma once

#include <QString>

namespace pasban {

// Identifiers (paths, versions, addresses, hashes, time-zone names) stay
// left-to-right inside right-to-left text: wrap them in a Unicode left-to-right
// isolate (LRI … PDI).
[[nodiscard]] QString ltrIsolate(const QString &identifier);

} // namespace pasban
