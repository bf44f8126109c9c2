#pragma once

#include <QByteArrayView>

namespace pasban::smp {

// CRC-16/XMODEM (the CRC-16/CCITT of mcumgr's serial framing; Zephyr calls it
// crc16_itu_t): polynomial 0x1021, initial value 0, no reflection, no final XOR.
// Check value: "123456789" -> 0x31C3. `initial` continues a CRC over data read in
// pieces.
[[nodiscard]] quint16 crc16Xmodem(QByteArrayView data, quint16 initial = 0);

} // namespace pasban::smp
