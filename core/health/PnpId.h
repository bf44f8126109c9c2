#pragma once

#include "common/Result.h"

#include <QByteArrayView>

namespace pasban::health {

// PnP ID, 0x2A50 (Device Information Service 1.1, §3.9), exactly 7 octets:
//   vendor ID source u8 | vendor ID u16 | product ID u16 | product version u16
// Source 1 means a Bluetooth SIG company identifier, 2 a USB-IF vendor ID; other
// sources are reserved and kept as sent (isKnownSource() is false), so the
// identity is shown rather than lost.
struct PnpId
{
    static constexpr quint16 Uuid = 0x2A50;
    static constexpr qsizetype Length = 7;

    enum class VendorIdSource : quint8 {
        BluetoothSig = 1,
        UsbImplementersForum = 2,
    };

    quint8 vendorIdSource = 0;
    quint16 vendorId = 0;
    quint16 productId = 0;
    quint16 productVersion = 0; // 0xJJMN for version JJ.M.N

    [[nodiscard]] bool isKnownSource() const { return vendorIdSource == 1 || vendorIdSource == 2; }
    [[nodiscard]] static Result<PnpId> decode(QByteArrayView data);
};

} // namespace pasban::health
