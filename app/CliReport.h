#pragma once

#include "CliOutput.h"

#include <QCommandLineParser>
#include <QList>

namespace pasban::cli {

// pasban-cli report --format pdf|csv --out FILE [--device ID] [--lang en|fa]
//                   [--passphrase-file FILE] [--json]
// pdf: the security posture report (fleet, or one device with --device) in the
// language of --lang (Persian: right to left, Persian digits, the calendar chosen
// in Settings); csv: the inventory for the maintenance system, with each device's
// posture score and open findings. Every report is recorded in the audit log
// before it is written (once a log exists, --passphrase-file is required).
//
// Exit codes:
//   0  written
//   1  the report could not be written, or the audit log refused the record
//   2  usage error (also: pdf in a build without the GUI libraries), an unknown
//      device, or the audit log cannot be opened or unlocked
//   3  the data folder or database is unusable
[[nodiscard]] QList<QCommandLineOption> reportOptionList();
[[nodiscard]] int runReport(const Output &out, const QString &dataDir, const QString &language,
                            const QCommandLineParser &parser);

// Whether this build can write PDF reports (they need QtGui).
[[nodiscard]] bool reportsNeedGui(int argc, char **argv);

} // namespace pasban::cli
