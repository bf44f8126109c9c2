// pasban: parses arguments, starts the console context, wires the window. Nothing else.
#include "AuditUnlock.h"
#include "BleBackends.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "audit/forward/ForwardConfig.h"
#include "audit/forward/SyslogForwarder.h"
#include "common/DataDirectory.h"
#include "common/Translator.h"
#include "console/AuditTrail.h"
#include "console/ConsoleContext.h"
#include "console/DeviceInventorySync.h"
#include "discovery/DeviceRegistry.h"
#include "discovery/LibusbScanner.h"
#include "inventory/InventoryStore.h"
#include "operators/Authenticator.h"
#include "operators/LoginDialog.h"
#include "operators/OperatorAccess.h"
#include "operators/OperatorStore.h"
#include "operators/SessionController.h"
#include "sim/DemoUsb.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

namespace {

enum ExitCode { Ok = 0, Usage = 2, StartFailed = 3 };

void showStartError(const pasban::Error &error)
{
    QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "Pasban cannot start"), error.message(),
                    QMessageBox::Close);
    box.setDetailedText(error.code() + (error.detail().isEmpty() ? QString() : u"\n"_s + error.detail()));
    box.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    pasban::app::prepareBluetooth(); // before any QtBluetooth use
    QApplication app(argc, argv);
    pasban::setApplicationIdentity();
    QApplication::setApplicationDisplayName(u"Pasban"_s);
    QApplication::setDesktopFileName(u"org.pasban.Pasban"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Pasban — security console for connected medical devices"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(u"lang"_s, u"User interface language for this run: en or fa."_s, u"en|fa"_s);
    const QCommandLineOption dataDirOption(
        u"data-dir"_s, u"Folder for the database, settings and files (overrides PASBAN_DATA_DIR)."_s, u"DIR"_s);
    const QCommandLineOption pageOption(
        u"page"_s, u"Open on this page: devices, flows, posture, firmware, audit, settings."_s, u"PAGE"_s);
    const QCommandLineOption demoOption(u"demo"_s, u"Use the simulated device fleet instead of Bluetooth hardware."_s);
    parser.addOptions({langOption, dataDirOption, pageOption, demoOption});
    parser.process(app);

    const QString language = parser.value(langOption);
    if (!language.isEmpty() && !pasban::Translator::isAvailable(language)) {
        fprintf(stderr, "pasban: unknown language '%s' (use en or fa)\n", qPrintable(language));
        return Usage;
    }
    std::optional<pasban::ui::MainWindow::Page> page;
    if (parser.isSet(pageOption)) {
        page = pasban::ui::MainWindow::pageFromId(parser.value(pageOption));
        if (!page) {
            fprintf(stderr, "pasban: unknown page '%s'\n", qPrintable(parser.value(pageOption)));
            return Usage;
        }
    }

    // Until the settings are readable, speak the requested or the system language.
    pasban::Translator::install(language.isEmpty() ? pasban::Translator::systemLanguage() : language);
    auto context = pasban::ConsoleContext::start(parser.value(dataDirOption));
    if (!context) {
        showStartError(context.error());
        return StartFailed;
    }

    pasban::ui::LanguageController languageController((*context)->settings());
    languageController.applyInitial(language);

    // Without an adapter a newcomer still sees the console work: the demo fleet.
    pasban::app::BleBackends ble = pasban::app::makeBleBackends(
        parser.isSet(demoOption) ? pasban::app::BleChoice::Demo : pasban::app::BleChoice::DemoWithoutAdapter);
    // The audit trail: keystore, or a passphrase when there is none; first run
    // creates the log. Start, stop, settings changes, scans and interrogations are
    // recorded from here on.
    pasban::AuditTrail auditTrail;
    pasban::audit::AuditOpener::Request auditRequest;
    auditRequest.databasePath = (*context)->databasePath();
    auditRequest.create = true;
    pasban::ui::unlockAuditTrail(auditTrail, auditRequest);
    auditTrail.watch((*context)->settings());

    pasban::discovery::DeviceRegistry registry;
    pasban::inventory::InventoryStore inventory((*context)->database());
    pasban::DeviceInventorySync inventorySync(registry, inventory);
    // USB devices beside the BLE ones: the simulated ones with the demo fleet.
    std::unique_ptr<pasban::discovery::UsbScanner> usb;
    if (ble.simulated)
        usb = std::make_unique<pasban::discovery::FixedUsbScanner>(pasban::sim::demoUsbDevices());
    else
        usb = std::make_unique<pasban::discovery::LibusbScanner>();
    pasban::discovery::feedRegistry(*usb, registry);
    usb->start();
    pasban::ui::DeviceServices devices {&registry, ble.scanner.get(), ble.interrogator.get(), &inventorySync,
                                        ble.simulated};
    // What the console records names the operator at the keyboard once accounts
    // exist (AuditTrail::setOperator, followed below).
    devices.audit = auditTrail.log() ? &auditTrail : nullptr;

    pasban::ui::MainWindow window(**context, languageController, devices);
    window.setAuditTrail(&auditTrail);
    window.setAuditLog(auditTrail.log());

    // Operators (issue #8): once accounts exist (pasban-cli operator init), nobody
    // gets past this without logging in; without accounts the console runs as before.
    pasban::operators::OperatorStore operatorStore((*context)->database());
    pasban::operators::Authenticator authenticator(operatorStore, auditTrail.log() ? &auditTrail : nullptr);
    pasban::ui::SessionController *operatorSession = nullptr;
    if (const pasban::Result<bool> noOperators = operatorStore.isEmpty(); !noOperators || !*noOperators) {
        pasban::ui::LoginDialog login(authenticator, pasban::ui::LoginDialog::Mode::Login);
        if (login.exec() != QDialog::Accepted) {
            auditTrail.stop();
            return Ok;
        }
        const int idleMinutes = (*context)->settings().value(pasban::Settings::Key::IdleLockMinutes).toInt();
        operatorSession = new pasban::ui::SessionController(authenticator, window, std::chrono::minutes(idleMinutes));
        // The pages follow the session: what the role may not do is disabled.
        auto *access = new pasban::ui::OperatorAccess(authenticator, auditTrail.log() ? &auditTrail : nullptr,
                                                      pasban::Clock::system(), operatorSession);
        QObject::connect(operatorSession, &pasban::ui::SessionController::sessionChanged, access,
                         &pasban::ui::OperatorAccess::setSession);
        QObject::connect(
            operatorSession, &pasban::ui::SessionController::sessionChanged, &auditTrail,
            [&auditTrail](const pasban::operators::OperatorSession &session) { auditTrail.setOperator(session.name); });
        window.setOperatorAccess(access);
        operatorSession->followIdleSetting((*context)->settings());
        operatorSession->begin(login.session());
    }

    // Central forwarding (Settings → Forwarding), when the log is open.
    std::unique_ptr<pasban::audit::forward::SyslogForwarder> forwarder;
    if (pasban::audit::AuditLog *log = auditTrail.log()) {
        forwarder = std::make_unique<pasban::audit::forward::SyslogForwarder>(
            *log, (*context)->database(), pasban::audit::forward::SyslogForwarder::Options {});
        forwarder->setConfig(pasban::audit::forward::ForwardConfig::fromSettings((*context)->settings()));
        forwarder->start();
    }
    window.setAuditForwarder(forwarder.get(), auditTrail.log() ? &auditTrail : nullptr);
    if (page)
        window.showPage(*page);
    window.show();
    if (ble.simulated)
        window.startDemoScan();
    const int exitCode = QApplication::exec();
    if (operatorSession) {
        // Log-out (and the end of break-glass) is recorded; the console's stop
        // then names the operator who closed it.
        const QString closing = auditTrail.operatorName();
        operatorSession->end();
        auditTrail.setOperator(closing);
    }
    window.setAuditForwarder(nullptr, nullptr);
    forwarder.reset();
    window.setAuditLog(nullptr);
    auditTrail.stop();
    return exitCode;
}
