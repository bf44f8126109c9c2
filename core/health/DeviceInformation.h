#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QString>

namespace pasban::health {

// The text characteristics of the Device Information Service (1.1, §3):
// manufacturer, model, serial number and the three revisions. Each is a UTF-8
// string without terminator, but many devices send a fixed buffer padded (or
// terminated) with NUL: the text ends at the first NUL and whatever follows it
// is ignored. Longer than the 512 octets an attribute may hold (Core 5.4, Vol 3
// Part F §3.2.9), or not valid UTF-8, is an error: an identity field (serial
// number) must never be a lossy guess. Control characters and bidirectional
// formatting characters are replaced by U+FFFD, so a device cannot reorder,
// hide or break lines of the text it is shown in (console, logs, exports).
class DeviceInformation
{
public:
    enum Characteristic : quint16 {
        SystemIdUuid = 0x2A23,
        ModelNumber = 0x2A24,
        SerialNumber = 0x2A25,
        FirmwareRevision = 0x2A26,
        HardwareRevision = 0x2A27,
        SoftwareRevision = 0x2A28,
        ManufacturerName = 0x2A29,
        PnpIdUuid = 0x2A50,
    };
    static constexpr qsizetype MaximumLength = 512;

    [[nodiscard]] static bool isTextCharacteristic(quint16 uuid);
    // English source (context "pasban::health") of the characteristic's name,
    // e.g. "Serial number"; null for a characteristic not listed above.
    [[nodiscard]] static const char *characteristicName(quint16 uuid);
    [[nodiscard]] static Result<QString> decodeText(QByteArrayView data);
};

} // namespace pasban::health
