#include "CliCommand.h"

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace pasban::cli {

QList<QCommandLineOption> commonOptionList()
{
    return {
        QCommandLineOption(u"json"_s, u"Print results as JSON (UTC ISO-8601 times, English messages)."_s),
        QCommandLineOption(u"data-dir"_s, u"Folder for the database, settings and files (overrides PASBAN_DATA_DIR)."_s,
                           u"DIR"_s),
        QCommandLineOption(u"lang"_s, u"Language of text output: en or fa."_s, u"en|fa"_s),
        QCommandLineOption(u"verbose"_s, u"Print diagnostic log lines on standard error."_s),
    };
}

void readCommonOptions(const QCommandLineParser &parser, CommonOptions &common)
{
    common.json = common.json || parser.isSet(u"json"_s);
    common.verbose = common.verbose || parser.isSet(u"verbose"_s);
    if (parser.isSet(u"data-dir"_s))
        common.dataDir = parser.value(u"data-dir"_s);
    if (parser.isSet(u"lang"_s))
        common.language = parser.value(u"lang"_s);
}

bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                  const QList<QCommandLineOption> &extra, CommonOptions &common)
{
    parser.addOptions(commonOptionList());
    parser.addOptions(extra);
    if (!parser.parse(QStringList {u"pasban-cli"_s} + arguments)) {
        std::fprintf(stderr, "pasban-cli %s: %s\n", qPrintable(command), qPrintable(parser.errorText()));
        return false;
    }
    readCommonOptions(parser, common);
    return true;
}

} // namespace pasban::cli
