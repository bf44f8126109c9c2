#pragma once

#include "Settings.h"

#include <QDateTime>
#include <QLocale>

namespace pasban {

// Dates for people: the operator's calendar (Gregorian or Solar Hijri), the
// locale's digits (Persian digits in Persian), with the time zone named. Machine
// outputs (CLI JSON, exports, logs) never use this: they are UTC ISO-8601.
class DateFormat
{
public:
    [[nodiscard]] static QString date(QDate date, CalendarSystem calendar, const QLocale &locale = QLocale());
    [[nodiscard]] static QString dateTime(const QDateTime &dateTime, CalendarSystem calendar,
                                          const QLocale &locale = QLocale());
    // "2026-11-28T10:04:00Z": the only form machine outputs use.
    [[nodiscard]] static QString isoUtc(const QDateTime &dateTime);
};

} // namespace pasban
