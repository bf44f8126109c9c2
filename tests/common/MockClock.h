#pragma once

#include "common/Clock.h"

namespace pasban::test {

// A clock the test sets and advances (KeePassXC's MockClock).
class MockClock final : public Clock
{
public:
    explicit MockClock(QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(10, 4), Qt::UTC))
        : m_now(std::move(now))
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonic; }

    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceMs(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_monotonic += ms;
    }

private:
    QDateTime m_now;
    qint64 m_monotonic = 0;
};

} // namespace pasban::test
