#pragma once

#include "Interrogation.h"
#include "common/Error.h"

#include <QObject>
#include <QString>

#include <chrono>

namespace pasban::discovery {

struct InterrogationOptions
{
    // How long to listen to health measurement notifications/indications.
    std::chrono::seconds notifyFor {5};
    // Read/subscribe each health measurement characteristic and record the verdict.
    bool probe = true;
    // Send one unauthenticated SMP echo when the SMP characteristic is present.
    bool smpEcho = true;
    // Longest wait for any single step (connect, one service, one read).
    std::chrono::milliseconds stepTimeout {10000};
};

// Connects to one device without pairing and records what it reveals (see
// Interrogation). Never writes a clinical characteristic's value and never starts
// pairing: a refusal is recorded as evidence, not worked around.
// One interrogation at a time; exactly one of finished/failed ends each.
class BleInterrogator : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void interrogate(const QString &address, const pasban::discovery::InterrogationOptions &options) = 0;
    // Disconnects; failed("discovery.interrogation.cancelled") follows if one was running.
    virtual void cancel() = 0;
    [[nodiscard]] virtual bool isBusy() const = 0;

Q_SIGNALS:
    // phase is translated (context "pasban::discovery"), percent 0–100.
    void progress(const QString &phase, int percent);
    // Each notification as it arrives, so a UI can show values live.
    void notificationReceived(const pasban::discovery::NotificationRecord &notification);
    void finished(const pasban::discovery::Interrogation &interrogation);
    // Nothing usable was learned: could not connect, no services.
    void failed(const pasban::Error &error);
};

} // namespace pasban::discovery
