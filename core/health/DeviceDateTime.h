#pragma once

#include <QDate>
#include <QString>
#include <QTime>
#include <QtGlobal>

namespace pasban::health {

// The 7-octet Date Time of the GATT Specification Supplement (characteristic
// 0x2A08) as devices put it in measurements: the device's own wall clock, with no
// time zone. Year 0, month 0 and day 0 mean "not known". The fields are kept as
// sent, so a device whose clock says month 13 is shown as such, not rejected
// with the reading it stamps.
struct DeviceDateTime
{
    quint16 year = 0;
    quint8 month = 0;
    quint8 day = 0;
    quint8 hours = 0;
    quint8 minutes = 0;
    quint8 seconds = 0;

    // True when every field is known and in range (year 1582–9999 as the
    // specification allows, a real calendar day, 0–23 h, 0–59 min and s).
    [[nodiscard]] bool isValid() const;
    // Null unless isValid().
    [[nodiscard]] QDate date() const;
    [[nodiscard]] QTime time() const;
    // "2024-03-05T14:07:09" (no zone: it is the device's clock), or empty
    // unless isValid().
    [[nodiscard]] QString toIsoString() const;

    friend bool operator==(const DeviceDateTime &, const DeviceDateTime &) = default;
};

} // namespace pasban::health
