// pasban-cli: the console's scriptable interface. Parses arguments, starts the
// same core as the GUI, runs one command. Exit codes: see CliOutput.h / README.
#include "BleBackends.h"
#include "CliAudit.h"
#include "CliCommand.h"
#include "CliFirmware.h"
#include "CliInventory.h"
#include "CliOperators.h"
#include "CliOutput.h"
#include "CliPosture.h"
#include "CliPush.h"
#include "CliReport.h"
#include "CliScan.h"
#include "CliUsb.h"
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

#ifdef PASBAN_HAVE_REPORTS
#include <QGuiApplication>
#endif

#include <memory>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

namespace {

const char *const CommandsHelp =
    "Commands:\n"
    "  info                 Show the version, data folder and database state.\n"
    "  selftest             Run the cryptographic known-answer self-test.\n"
    "  scan [--ble] [--seconds N] [--interrogate] [--demo]\n"
    "                       Scan for Bluetooth LE devices (and interrogate them).\n"
    "  usb probe --serial PORT [--timeout MS]\n"
    "                       Ask the device on a serial port (USB CDC-ACM) over SMP for its\n"
    "                       OS, bootloader and images (exit 1 no SMP answer, 2 cannot open).\n"
    "  inventory list       List the inventory: declared records and devices seen.\n"
    "  inventory import FILE [--format csv|json] [--dry-run] [--strict]\n"
    "                       Import a maintenance system's inventory (CSV or JSON);\n"
    "                       all or nothing (exit 1 names the rejected lines).\n"
    "  inventory export --format csv|json|fhir --out FILE\n"
    "                       Write the inventory (declared and observed values).\n"
    "  inventory add --asset-tag T [--manufacturer M --model X --serial S ...]\n"
    "  inventory remove --asset-tag T\n"
    "                       Declare or remove one device. inventory changes take\n"
    "                       --passphrase-file FILE and are audited.\n"
    "  advisories import PATH...   Import CSAF 2.0 advisories (files or folders).\n"
    "  advisories list      Advisories with CVEs, CVSS and the devices they affect.\n"
    "  posture [--device ID]\n"
    "                       Findings, evidence and score of every device.\n"
    "  posture accept --device ID --finding FID --reason TEXT --expires DATE\n"
    "                       Accept a finding's risk until a date (audited).\n"
    "  report --format pdf|csv --out FILE [--device ID] [--lang en|fa]\n"
    "                       The security posture report as PDF (fleet or one\n"
    "                       device), or the inventory as CSV; audited.\n"
    "  audit append --type CODE --outcome N [--detail TEXT]\n"
    "      [--action C|R|U|D|E] [--operator NAME] [--device ID]\n"
    "                       Record an event in the encrypted audit log (creates it).\n"
    "  audit verify         Check the audit log's chain, checkpoints and anchor\n"
    "                       (exit 0 intact, 1 broken, 2 cannot open or unlock).\n"
    "  audit tail [-n N]    Show the newest audit events.\n"
    "  audit export --format fhir|csv --out FILE [--from T] [--to T]\n"
    "                       Write the audit log as FHIR AuditEvents or CSV\n"
    "                       (exit 0 written, 1 failed, 2 cannot open or unlock).\n"
    "  audit forward [--once]\n"
    "                       Send the audit log to the central syslog server set in\n"
    "                       Settings (exit 0 up to date, 1 failed, 2 cannot open).\n"
    "  audit set-recovery-key PUBLIC.pem\n"
    "                       Also wrap the log's keys to a hospital recovery key.\n"
    "                       audit commands take --passphrase-file FILE (else the\n"
    "                       system keystore); verify, tail and export --recovery-key FILE.\n"
    "  mcuboot inspect IMAGE | mcuboot verify IMAGE --key PUBKEY.pem\n"
    "                       Show or check an MCUboot image (verify: exit 0 valid,\n"
    "                       1 invalid, 2 unreadable file or key).\n"
    "  package create|sign|approve|inspect|verify ...\n"
    "                       Build, sign, approve, show or verify a firmware package.\n"
    "  package import|list|remove ...\n"
    "                       The console's firmware library (imports are verified and audited).\n"
    "  trust import|list|revoke ...\n"
    "                       Manage the firmware trust store (see README).\n"
    "  firmware push (PACKAGE | IMAGE --key PUBKEY.pem) (--serial PORT | --udp HOST:PORT | --ble ADDR)\n"
    "      [--device-id ID] [--device-model M] [--device-hardware R] [--trust DIR]\n"
    "      [--require-approval] [--mode test-confirm|confirm-only|test-only] [--passphrase-file FILE]\n"
    "                       Verify a signed package (or MCUboot image), then update the device over SMP.\n"
    "  operator init|add|list|disable|enable|passwd ...\n"
    "                       Operator accounts. Once one exists, commands that change state or\n"
    "                       read protected data need --operator NAME --password-file FILE\n"
    "                       (exit 4 when missing, wrong or not allowed; see README). trust import\n"
    "                       and package import --unverified also need a second clinical engineer:\n"
    "                       --approver NAME --approver-password-file FILE.\n";

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
    app::prepareBluetooth(); // before any QtBluetooth use
    // PDF reports lay out text with fonts: QtGui, on the offscreen platform so the
    // command line never needs a display.
    std::unique_ptr<QCoreApplication> application;
#ifdef PASBAN_HAVE_REPORTS
    if (cli::reportsNeedGui(argc, argv)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!application)
        application = std::make_unique<QCoreApplication>(argc, argv);
    setApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Pasban command line — security console for connected medical devices.\n"_s
                                     + QString::fromLatin1(CommandsHelp));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(cli::commonOptionList());
    parser.addPositionalArgument(
        u"command"_s,
        u"info | selftest | scan | usb | inventory | advisories | posture | report | audit | mcuboot | package | trust | firmware | operator"_s);
    // Everything after the command name belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

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
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        std::fputs(qPrintable(parser.helpText()), stderr);
        return cli::Usage;
    }
    cli::CommonOptions common;
    cli::readCommonOptions(parser, common);
    const QString &command = positional.first();
    const QStringList rest = positional.mid(1);

    // Each command's own options; the common ones are accepted after it too.
    QCommandLineParser commandParser;
    QList<QCommandLineOption> extra;
    if (command == u"scan"_s) {
        extra = cli::scanOptionList();
    } else if (command == u"usb"_s) {
        extra = cli::usbOptionList();
    } else if (command == u"audit"_s) {
        extra = cli::auditOptionList();
    } else if (command == u"firmware"_s) {
        extra = cli::pushOptionList();
    } else if (command == u"mcuboot"_s || command == u"package"_s || command == u"trust"_s) {
        extra = cli::firmwareOptionList();
    } else if (command == u"inventory"_s) {
        extra = cli::inventoryOptionList();
    } else if (command == u"report"_s) {
        extra = cli::reportOptionList();
    } else if (command == u"advisories"_s || command == u"posture"_s) {
        extra = cli::postureOptionList();
    } else if (command == u"operator"_s) {
        extra = cli::operatorOptionList();
    } else if (command != u"info"_s && command != u"selftest"_s) {
        std::fprintf(stderr, "pasban-cli: unknown command '%s'\n%s", qPrintable(command), CommandsHelp);
        return cli::Usage;
    }
    if (command != u"operator"_s)
        extra = cli::withOperatorOptions(extra);
    if (!cli::parseCommand(commandParser, command, rest, extra, common))
        return cli::Usage;

    // Standard error is for the command's own diagnostics; log lines only on request.
    if (!common.verbose)
        QLoggingCategory::setFilterRules(u"pasban.*.info=false\npasban.*.debug=false"_s);
    if (!common.language.isEmpty() && !Translator::isAvailable(common.language)) {
        std::fprintf(stderr, "pasban-cli: unknown language '%s' (use en or fa)\n", qPrintable(common.language));
        return cli::Usage;
    }
    Translator::install(common.language.isEmpty() ? u"en"_s : common.language);

    const cli::Output out(common.json);
    const QStringList arguments = commandParser.positionalArguments();
    if (command == u"info"_s || command == u"selftest"_s) {
        if (!arguments.isEmpty()) {
            std::fprintf(stderr, "pasban-cli %s: unexpected argument '%s'\n", qPrintable(command),
                         qPrintable(arguments.first()));
            return cli::Usage;
        }
        return command == u"info"_s ? runInfo(out, common.dataDir) : runSelfTest(out);
    }
    if (command == u"operator"_s)
        return cli::runOperator(out, common.dataDir, commandParser, arguments);
    if (const int gate = cli::authorizeCommand(out, common.dataDir, command, commandParser, arguments);
        gate != cli::Success)
        return gate;
    if (command == u"audit"_s)
        return cli::runAudit(out, common.dataDir, commandParser, arguments);
    if (command == u"firmware"_s)
        return cli::runFirmware(out, common.dataDir, commandParser, arguments);
    if (command == u"mcuboot"_s)
        return cli::runMcuboot(out, commandParser, arguments);
    if (command == u"package"_s)
        return cli::runPackage(out, common.dataDir, commandParser, arguments);
    if (command == u"trust"_s)
        return cli::runTrust(out, common.dataDir, commandParser, arguments);
    if (command == u"usb"_s)
        return cli::runUsb(out, common.dataDir, commandParser, arguments);
    if (command == u"scan"_s)
        return cli::runScan(out, common.dataDir, commandParser, arguments);
    if (command == u"advisories"_s)
        return cli::runAdvisories(out, common.dataDir, commandParser, arguments);
    if (command == u"posture"_s)
        return cli::runPosture(out, common.dataDir, commandParser, arguments);
    if (command == u"report"_s) {
        if (!arguments.isEmpty())
            return cli::usage(u"report"_s, u"unexpected argument '%1'"_s.arg(arguments.first()));
        return cli::runReport(out, common.dataDir, common.language, commandParser);
    }
    return cli::runInventory(out, common.dataDir, commandParser, arguments);
}
