#pragma once

#include <QDateTime>

namespace pasban {

// Time comes through a Clock so tests can fix it (KeePassXC's Clock/MockClock).
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;

    // Monotonic milliseconds for measuring durations; never goes backwards.
    [[nodiscard]] virtual qint64 monotonicMs() const = 0;

    // The process-wide real clock.
    static const Clock &system();
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
    qint64 monotonicMs() const override;
};

} // namespace pasban
