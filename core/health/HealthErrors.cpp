#include "HealthErrors.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::health::errors {

Error truncated(QStringView characteristic, qsizetype received, qsizetype needed)
{
    return Error(
        u"health.truncated"_s,
        QT_TRANSLATE_NOOP("pasban::Error",
                          "The device sent an incomplete measurement, so it was not used. Take the measurement "
                          "again; if this keeps happening, move closer to the device or check its battery."),
        {}, u"%1: %2 octets received, at least %3 needed"_s.arg(characteristic).arg(received).arg(needed));
}

Error malformed(QStringView characteristic, const QString &why)
{
    return Error(u"health.malformed"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The device sent a measurement that does not follow the Bluetooth health format, so "
                                   "it was not used. Take the measurement again; if this keeps happening, have the "
                                   "device checked."),
                 {}, u"%1: %2"_s.arg(characteristic, why));
}

Error trailing(QStringView characteristic, qsizetype received, qsizetype expected)
{
    return malformed(
        characteristic,
        u"%1 octets received but the flags announce %2; the extra octets have no defined meaning"_s.arg(received).arg(
            expected));
}

std::optional<Error> checkLength(QStringView characteristic, qsizetype received, qsizetype expected)
{
    if (received < expected)
        return truncated(characteristic, received, expected);
    if (received > expected)
        return trailing(characteristic, received, expected);
    return std::nullopt;
}

Error crcMismatch(QStringView characteristic, quint16 received, quint16 computed)
{
    return Error(
        u"health.crc"_s,
        QT_TRANSLATE_NOOP("pasban::Error",
                          "A measurement from the device failed its integrity check and was not used. Take the "
                          "measurement again; if this keeps happening, check the connection and the device."),
        {},
        u"%1: E2E-CRC received 0x%2, computed 0x%3"_s.arg(characteristic)
            .arg(uint(received), 4, 16, QChar(u'0'))
            .arg(uint(computed), 4, 16, QChar(u'0')));
}

Error reservedFlags(QStringView characteristic, quint32 flags, quint32 known)
{
    return unsupported(u"%1: flags 0x%2 set bits reserved for future use (known: 0x%3)"_s.arg(characteristic)
                           .arg(flags, 2, 16, QChar(u'0'))
                           .arg(known, 2, 16, QChar(u'0')));
}

Error unsupported(const QString &why)
{
    return Error(u"health.unsupported"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The device sent a measurement in a form this version of Pasban cannot read, so it "
                                   "was not shown. Check for a newer Pasban or the device's documentation."),
                 {}, why);
}

Error conversion(const QString &why)
{
    return Error(u"health.conversion"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "This value cannot be shown in the requested unit."), {}, why);
}

} // namespace pasban::health::errors
