#pragma once

#include "Advertisement.h"
#include "Types.h"
#include "common/Error.h"

#include <QObject>

#include <chrono>

namespace pasban::discovery {

// A source of BLE advertisements: QtBleScanner for real adapters, core/sim for the
// demo fleet. Signals are emitted on the scanner's thread.
class BleScanner : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts scanning; duration 0 = until stop(). Starting while active restarts
    // the duration. When the adapter is unusable, errorOccurred follows (and
    // adapterStateChanged if the state is news) and no scanFinished.
    virtual void start(std::chrono::milliseconds duration = std::chrono::milliseconds {0}) = 0;
    // Stops; scanFinished follows if a scan was running.
    virtual void stop() = 0;
    [[nodiscard]] virtual bool isActive() const = 0;
    [[nodiscard]] virtual AdapterState adapterState() const = 0;

Q_SIGNALS:
    void advertisementReceived(const pasban::discovery::Advertisement &advertisement);
    void scanFinished();
    void errorOccurred(const pasban::Error &error);
    void adapterStateChanged(pasban::discovery::AdapterState state);
};

} // namespace pasban::discovery
