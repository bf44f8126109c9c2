#pragma once

#include "CliOutput.h"

#include <QCommandLineParser>
#include <QStringList>

namespace pasban::cli {

// pasban-cli usb probe --serial PORT [--timeout MS] [--json] [--passphrase-file FILE]
// Asks the device on a serial port (USB CDC-ACM, UART) what it is over SMP: echo,
// buffer parameters, OS/application info, bootloader and the image list. Read only;
// recorded in the audit log (chooseAudit's rules).
//
// Exit codes:
//   0  the device answered; what it said is printed
//   1  the port opened but no SMP device answered (the reason says which step
//      timed out), or the device answered with an SMP error
//   2  usage error, or the port cannot be opened (missing, busy, no permission)
//   3  the data folder or database cannot start
[[nodiscard]] QList<QCommandLineOption> usbOptionList();
[[nodiscard]] int runUsb(const Output &out, const QString &dataDir, const QCommandLineParser &parser,
                         const QStringList &arguments);

} // namespace pasban::cli
