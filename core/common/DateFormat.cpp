#include "DateFormat.h"

#include "Bidi.h"

#include <QCalendar>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace pasban {

namespace {
QCalendar calendarFor(CalendarSystem system)
{
    return QCalendar(system == CalendarSystem::Jalali ? QCalendar::System::Jalali : QCalendar::System::Gregorian);
}
} // namespace

QString DateFormat::date(QDate date, CalendarSystem calendar, const QLocale &locale)
{
    // yyyy/MM/dd reads the same way in both calendars and in both directions.
    return locale.toString(date, u"yyyy/MM/dd"_s, calendarFor(calendar));
}

QString DateFormat::dateTime(const QDateTime &dateTime, CalendarSystem calendar, const QLocale &locale)
{
    const QDateTime local = dateTime.toLocalTime();
    const QString zone = local.timeZoneAbbreviation();
    return locale.toString(local, u"yyyy/MM/dd HH:mm"_s, calendarFor(calendar)) + u' ' + ltrIsolate(zone);
}

QString DateFormat::isoUtc(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

} // namespace pasban
