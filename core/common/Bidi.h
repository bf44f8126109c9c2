#pragma once

#include <QString>

namespace pasban {

// Identifiers (paths, versions, addresses, hashes, time-zone names) stay
// left-to-right inside right-to-left text. The wrapper is a left-to-right
// embedding (LRE … PDF), not an isolate (LRI … PDI): Qt 6.4 lays an isolate
// that ends a wrapped line out in the wrong order ("data-dir--").
[[nodiscard]] QString ltrIsolate(const QString &identifier);

} // namespace pasban
