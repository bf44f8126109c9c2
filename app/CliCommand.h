#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace pasban::cli {

// Options every command takes, before or after the command name:
//   pasban-cli --json scan …   and   pasban-cli scan … --json   mean the same.
struct CommonOptions
{
    bool json = false;
    bool verbose = false;
    QString dataDir;
    QString language;
};

// Parses ARGUMENTS (what follows the command name) with the common options and
// EXTRA; values found are merged into COMMON. Prints the problem and returns
// false on a usage error.
bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                  const QList<QCommandLineOption> &extra, CommonOptions &common);

// The common options, for the top-level parser.
QList<QCommandLineOption> commonOptionList();
void readCommonOptions(const QCommandLineParser &parser, CommonOptions &common);

} // namespace pasban::cli
