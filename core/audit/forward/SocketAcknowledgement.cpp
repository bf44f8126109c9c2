#include "SocketAcknowledgement.h"

#ifdef Q_OS_LINUX
#include <linux/sockios.h>
#include <sys/ioctl.h>
#endif

namespace pasban::audit::forward {

std::optional<qint64> unacknowledgedBytes(qintptr socketDescriptor)
{
#ifdef Q_OS_LINUX
    if (socketDescriptor < 0)
        return std::nullopt;
    int outstanding = 0;
    if (::ioctl(int(socketDescriptor), SIOCOUTQ, &outstanding) != 0)
        return std::nullopt;
    return qint64(outstanding);
#else
    Q_UNUSED(socketDescriptor);
    return std::nullopt;
#endif
}

} // namespace pasban::audit::forward
