#pragma once

#include "CliOutput.h"

#include <QCommandLineParser>
#include <QList>
#include <QStringList>

namespace pasban::cli {

// pasban-cli firmware push IMAGE --key PUBKEY.pem
//     (--serial PORT [--baud N] | --udp HOST:PORT | --ble ADDRESS)
//     [--mode test-confirm|confirm-only|test-only] [--device-id ID]
//     [--passphrase-file FILE] [--timeout-ms N] [--reconnect-ms N] [--json]
//
// The image is verified (MCUboot hash and signature with the vendor key) before
// anything is sent; then it is pushed over SMP with resume, and the result
// checked on the device. Progress and steps go to stderr. Exit codes:
//   0  the device runs the new image (confirmed, or under test for test-only)
//   1  verification refused the image, or the update failed (reason printed)
//   2  usage error, or the image or key file cannot be read
//   3  the data folder or database cannot be used (nothing was sent)
[[nodiscard]] QList<QCommandLineOption> pushOptionList();
[[nodiscard]] int runFirmware(const Output &out, const QString &dataDir, const QCommandLineParser &parser,
                              const QStringList &arguments);

} // namespace pasban::cli
