#pragma once

#include "CliOutput.h"

#include <QCommandLineParser>
#include <QStringList>

namespace pasban::cli {

// pasban-cli scan [--ble] [--seconds N] [--interrogate] [--demo] [--json]
QList<QCommandLineOption> scanOptionList();
int runScan(const Output &out, const QString &dataDir, const QCommandLineParser &parser, const QStringList &arguments);

} // namespace pasban::cli
