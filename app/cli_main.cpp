// pasban-cli: the console's scriptable interface. Parses arguments, starts the
// same core as the GUI, runs one command.
#include "CliOutput.h"
#include "common/DataDirectory.h"
#include "common/Translator.h"
#include "console/ConsoleContext.h"
#include "crypto/SelfTest.h"
#include "storage/Migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

namespace {

const char *const CommandsHelp = "Commands:\n"
                                 "  info       Show the version, data folder and database state.\n"
                                 "  selftest   Run the cryptographic known-answer self-test.\n";

int runSelfTest(const cli::Output &out)
{
    const Status result = crypto::selfTest();
    if (!result)
        return out.fail(result.error(), cli::StartFailed);
    if (out.json())
        out.object({{u"selfTest"_s, u"passed"_s}, {u"openssl"_s, crypto::opensslVersion()}});
    else
        out.text(
            QCoreApplication::translate("cli", "Cryptographic self-test passed (%1).").arg(crypto::opensslVersion()));
    return cli::Success;
}

int runInfo(const cli::Output &out, const QString &dataDir)
{
    auto context = ConsoleContext::start(dataDir);
    if (!context)
        return out.fail(context.error(), cli::StartFailed);
    const Result<int> version = storage::schemaVersion((*context)->database());
    if (!version)
        return out.fail(version.error(), cli::StartFailed);
    const QString folder = QDir::toNativeSeparators((*context)->dataDirectory().path());
    if (out.json()) {
        out.object({{u"version"_s, QStringLiteral(PASBAN_VERSION)},
                    {u"dataDirectory"_s, folder},
                    {u"database"_s, QDir::toNativeSeparators((*context)->databasePath())},
                    {u"schemaVersion"_s, *version},
                    {u"openssl"_s, crypto::opensslVersion()},
                    {u"qt"_s, QString::fromLatin1(qVersion())}});
    } else {
        out.text(QCoreApplication::translate("cli", "Pasban %1").arg(QStringLiteral(PASBAN_VERSION)));
        out.text(QCoreApplication::translate("cli", "Data folder: %1").arg(folder));
        out.text(QCoreApplication::translate("cli", "Database schema version: %1").arg(*version));
    }
    return cli::Success;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    QCoreApplication::setApplicationName(u"Pasban"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Pasban command line — security console for connected medical devices.\n"_s
                                     + QString::fromLatin1(CommandsHelp));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption jsonOption(u"json"_s, u"Print results as JSON (UTC ISO-8601 times, English messages)."_s);
    const QCommandLineOption dataDirOption(
        u"data-dir"_s, u"Folder for the database, settings and files (overrides PASBAN_DATA_DIR)."_s, u"DIR"_s);
    const QCommandLineOption langOption(u"lang"_s, u"Language of text output: en or fa."_s, u"en|fa"_s);
    const QCommandLineOption verboseOption(u"verbose"_s, u"Print diagnostic log lines on standard error."_s);
    parser.addOptions({jsonOption, dataDirOption, langOption, verboseOption});
    parser.addPositionalArgument(u"command"_s, u"info | selftest"_s);

    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "pasban-cli: %s\n", qPrintable(parser.errorText()));
        return cli::Usage;
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return cli::Success;
    }
    if (parser.isSet(u"version"_s)) {
        std::printf("pasban-cli %s\n", PASBAN_VERSION);
        return cli::Success;
    }

    // Standard error is for the command's own diagnostics; log lines only on request.
    if (!parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(u"pasban.*.info=false\npasban.*.debug=false"_s);

    const QString language = parser.value(langOption);
    if (!language.isEmpty() && !Translator::isAvailable(language)) {
        std::fprintf(stderr, "pasban-cli: unknown language '%s' (use en or fa)\n", qPrintable(language));
        return cli::Usage;
    }
    Translator::install(language.isEmpty() ? u"en"_s : language);

    const cli::Output out(parser.isSet(jsonOption));
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        std::fputs(qPrintable(parser.helpText()), stderr);
        return cli::Usage;
    }
    const QString command = positional.first();
    if (command == u"info"_s)
        return runInfo(out, parser.value(dataDirOption));
    if (command == u"selftest"_s)
        return runSelfTest(out);

    std::fprintf(stderr, "pasban-cli: unknown command '%s'\n%s", qPrintable(command), CommandsHelp);
    return cli::Usage;
}
