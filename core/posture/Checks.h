#pragma once

#include "Check.h"

// The catalogue's parts, one per source of evidence (internal to core/posture;
// tests reach single checks through findCheck()).
namespace pasban::posture::checks {

[[nodiscard]] QList<const Check *> bleChecks();
[[nodiscard]] QList<const Check *> firmwareChecks();
[[nodiscard]] QList<const Check *> usbChecks();
[[nodiscard]] QList<const Check *> inventoryChecks();
[[nodiscard]] const Check *advisoryCheck();
[[nodiscard]] QList<const Check *> flowChecks();

// Evidence from the device's latest interrogation (observed, with operator).
[[nodiscard]] Evidence interrogationEvidence(const InterrogationFacts &interrogation, Text what);

} // namespace pasban::posture::checks
