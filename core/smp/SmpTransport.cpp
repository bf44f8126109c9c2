#include "SmpTransport.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::smp::TransportErrors {

Error notOpen(const QString &peer)
{
    return Error(u"smp.not_connected"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "Not connected to the device %1. Connect and try again."), {peer});
}

Error tooLarge(qsizetype size, qsizetype limit)
{
    return Error(u"smp.message_too_large"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "A message to the device is larger than the link can carry."), {},
                 u"%1 bytes, limit %2"_s.arg(size).arg(limit));
}

Error linkLost(const QString &peer, const QString &detail)
{
    return Error(
        u"smp.link_lost"_s,
        QT_TRANSLATE_NOOP("pasban::Error", "The connection to the device %1 was lost. Check the cable or distance."),
        {peer}, detail);
}

Error openFailed(const QString &peer, const QString &detail)
{
    return Error(u"smp.open_failed"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "Could not connect to the device %1. Check that it is on and the address is right."),
                 {peer}, detail);
}

} // namespace pasban::smp::TransportErrors
