#include "BlueZBackend.h"

#include <QByteArray>
#include <QtGlobal>

namespace pasban::discovery {

void forceBlueZDBusBackend()
{
#if defined(Q_OS_LINUX)
    // QtBluetooth reads this once, at its first BlueZ use (bluez5_helper.cpp), and
    // picks the D-Bus GATT backend for any version >= 5.42. An operator's own value
    // is kept: forcing an older version is their explicit choice.
    if (qEnvironmentVariableIsEmpty("BLUETOOTH_FORCE_DBUS_LE_VERSION"))
        qputenv("BLUETOOTH_FORCE_DBUS_LE_VERSION", QByteArrayLiteral("5.66"));
#endif
}

} // namespace pasban::discovery
