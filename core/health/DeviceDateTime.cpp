#include "DeviceDateTime.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::health {

bool DeviceDateTime::isValid() const
{
    return year >= 1582 && year <= 9999 && QDate::isValid(year, month, day) && QTime::isValid(hours, minutes, seconds);
}

QDate DeviceDateTime::date() const
{
    return isValid() ? QDate(year, month, day) : QDate();
}

QTime DeviceDateTime::time() const
{
    return isValid() ? QTime(hours, minutes, seconds) : QTime();
}

QString DeviceDateTime::toIsoString() const
{
    if (!isValid())
        return {};
    return date().toString(Qt::ISODate) + u'T' + time().toString(Qt::ISODate);
}

} // namespace pasban::health
