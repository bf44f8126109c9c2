#pragma once

#include <QtGlobal>

// Management group and command numbers of SMP (mcumgr), as Zephyr assigns them.
// Plain integers, not enums: a device may answer with a group we do not know, and
// the header must still carry it.
namespace pasban::smp {

namespace Group {
inline constexpr quint16 Os = 0;
inline constexpr quint16 Image = 1;
inline constexpr quint16 Statistics = 2;
inline constexpr quint16 Settings = 3;
inline constexpr quint16 Crash = 5;
inline constexpr quint16 FileSystem = 8;
inline constexpr quint16 Shell = 9;
inline constexpr quint16 ZephyrBasic = 63;
} // namespace Group

namespace OsCommand {
inline constexpr quint8 Echo = 0;
inline constexpr quint8 Reset = 5;
inline constexpr quint8 Parameters = 6;
inline constexpr quint8 Info = 7;
inline constexpr quint8 BootloaderInfo = 8;
} // namespace OsCommand

namespace ImageCommand {
inline constexpr quint8 State = 0;
inline constexpr quint8 Upload = 1;
inline constexpr quint8 Erase = 5;
inline constexpr quint8 SlotInfo = 6;
} // namespace ImageCommand

} // namespace pasban::smp
