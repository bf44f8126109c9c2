#pragma once

#include "audit/AuditOpener.h"

class QWidget;

namespace pasban {
class AuditTrail;
}

namespace pasban::ui {

// Opens the console's audit log at start with the shared policy (AuditOpener):
// the OS keystore when there is one; otherwise a passphrase dialog — once to
// unlock a passphrase log, twice (typed and confirmed) to create one on a machine
// without a keystore. A wrong passphrase says so and asks again; nothing changes
// until the right one is given. Cancelling leaves the trail Locked (the status
// bar says so). Returns whether the trail is recording.
bool unlockAuditTrail(AuditTrail &trail, const audit::AuditOpener::Request &request, QWidget *parent = nullptr);

} // namespace pasban::ui
