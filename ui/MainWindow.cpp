#include "MainWindow.h"

#include "AboutDialog.h"
#include "LanguageController.h"
#include "ReportExport.h"
#include "audit/AuditPage.h"
#include "audit/forward/SyslogForwarder.h"
#include "common/Bidi.h"
#include "common/Settings.h"
#include "common/Translator.h"
#include "console/AuditTrail.h"
#include "console/ConsoleContext.h"
#include "devices/DevicesPage.h"
#include "discovery/BleScanner.h"
#include "discovery/DeviceRegistry.h"
#include "firmware/FirmwarePage.h"
#include "flows/FlowsPage.h"
#include "operators/OperatorAccess.h"
#include "pages/ForwardingSettings.h"
#include "pages/PlaceholderPage.h"
#include "pages/SettingsPage.h"
#include "pages/TrustSettings.h"
#include "posture/PosturePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

namespace {

struct PageSpec
{
    MainWindow::Page page;
    QString id;
    const char *title; // context "pasban::ui::MainWindow"
    QStyle::StandardPixmap icon;
};

const QList<PageSpec> &pageSpecs()
{
    static const QList<PageSpec> specs = {
        {MainWindow::Page::Devices, u"devices"_s, QT_TRANSLATE_NOOP("pasban::ui::MainWindow", "Devices"),
         QStyle::SP_ComputerIcon},
        {MainWindow::Page::DataFlows, u"flows"_s, QT_TRANSLATE_NOOP("pasban::ui::MainWindow", "Data flows"),
         QStyle::SP_DriveNetIcon},
        {MainWindow::Page::Posture, u"posture"_s, QT_TRANSLATE_NOOP("pasban::ui::MainWindow", "Posture"),
         QStyle::SP_MessageBoxWarning},
        {MainWindow::Page::Firmware, u"firmware"_s, QT_TRANSLATE_NOOP("pasban::ui::MainWindow", "Firmware"),
         QStyle::SP_DialogSaveButton},
        {MainWindow::Page::Audit, u"audit"_s, QT_TRANSLATE_NOOP("pasban::ui::MainWindow", "Audit"),
         QStyle::SP_FileDialogDetailedView},
        {MainWindow::Page::Settings, u"settings"_s, QT_TRANSLATE_NOOP("pasban::ui::MainWindow", "Settings"),
         QStyle::SP_FileDialogInfoView},
    };
    return specs;
}

QString pageTitle(const PageSpec &spec)
{
    return QCoreApplication::translate("pasban::ui::MainWindow", spec.title);
}

QWidget *makePlaceholder(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::Devices:
        return new PlaceholderPage(
            QT_TRANSLATE_NOOP("pasban::ui::PlaceholderPage", "Devices"),
            QT_TRANSLATE_NOOP(
                "pasban::ui::PlaceholderPage",
                "Here you will scan for Bluetooth LE and USB medical devices nearby, see what each one is "
                "and what it runs, and interrogate it to learn whether its patient data can be read "
                "without pairing."));
    case MainWindow::Page::DataFlows:
        return new PlaceholderPage(
            QT_TRANSLATE_NOOP("pasban::ui::PlaceholderPage", "Data flows"),
            QT_TRANSLATE_NOOP(
                "pasban::ui::PlaceholderPage",
                "Here you will see where each device's patient data goes and whether it is encrypted "
                "on the way: cleartext flows in a warning colour, verified encryption solid, unknown grey."));
    case MainWindow::Page::Firmware:
        return new PlaceholderPage(
            QT_TRANSLATE_NOOP("pasban::ui::PlaceholderPage", "Firmware"),
            QT_TRANSLATE_NOOP("pasban::ui::PlaceholderPage",
                              "Here you will import signed firmware packages, check their signatures, target model "
                              "and version, and update devices over Bluetooth or USB with progress and resume."));
    case MainWindow::Page::Posture:
    case MainWindow::Page::Audit:
    case MainWindow::Page::Settings:
        break;
    }
    return nullptr;
}

} // namespace

MainWindow::MainWindow(ConsoleContext &context, LanguageController &language, const DeviceServices &devices,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_language(language)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_navigation(new QListWidget(m_splitter))
    , m_pages(new QStackedWidget(m_splitter))
    , m_detailPane(new QWidget(m_splitter))
    , m_detailStack(new QStackedWidget(m_detailPane))
    , m_genericDetail(new QWidget(m_detailStack))
    , m_detailTitle(new QLabel(m_genericDetail))
    , m_detailText(new QLabel(m_genericDetail))
    , m_devices(devices)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/pasban.svg"_s));

    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(160);
    m_pages->setObjectName(u"pages"_s);
    m_detailPane->setObjectName(u"detailPane"_s);
    m_detailPane->setMinimumWidth(240);

    for (const PageSpec &spec : pageSpecs()) {
        auto *item = new QListWidgetItem(style()->standardIcon(spec.icon), QString(), m_navigation);
        item->setData(Qt::UserRole, spec.id);
        QWidget *page = nullptr;
        if (spec.page == Page::Settings)
            page = m_settingsPage = new SettingsPage(m_context, m_language, m_pages);
        else if (spec.page == Page::Audit)
            page = m_auditPage = new AuditPage(m_context.settings(), m_pages);
        else if (spec.page == Page::Devices && m_devices.registry)
            page = m_devicesPage = new DevicesPage(m_devices, m_context.settings(), m_pages);
        else if (spec.page == Page::DataFlows)
            page = new FlowsPage(m_context.database(), m_devices, m_context.settings(), m_pages);
        else if (spec.page == Page::Posture)
            page = m_posturePage = new PosturePage(m_context.database(), m_devices, m_context.settings(), m_pages);
        else if (spec.page == Page::Firmware)
            page = m_firmwarePage = new FirmwarePage(m_context, m_devices.audit, m_pages);
        else
            page = makePlaceholder(spec.page);
        page->setObjectName(spec.id + u"Page"_s);
        m_pages->addWidget(page);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        retranslate();
        showDetailFor(row);
    });

    QFont detailFont = m_detailTitle->font();
    detailFont.setBold(true);
    m_detailTitle->setFont(detailFont);
    m_detailText->setWordWrap(true);
    auto *genericLayout = new QVBoxLayout(m_genericDetail);
    genericLayout->setContentsMargins(0, 0, 0, 0);
    genericLayout->addWidget(m_detailTitle);
    genericLayout->addWidget(m_detailText);
    genericLayout->addStretch(1);
    m_detailStack->addWidget(m_genericDetail);
    if (m_devicesPage)
        m_detailStack->addWidget(m_devicesPage->detailWidget());
    m_detailStack->addWidget(m_auditPage->detailWidget());
    auto *detailLayout = new QVBoxLayout(m_detailPane);
    detailLayout->addWidget(m_detailStack);

    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({170, 600, 330});
    setCentralWidget(m_splitter);

    buildMenus();
    buildStatusBar();
    if (m_devices.registry) {
        for (auto signal : {&discovery::DeviceRegistry::devicesAdded, &discovery::DeviceRegistry::devicesRemoved,
                            &discovery::DeviceRegistry::devicesChanged})
            connect(m_devices.registry, signal, this, &MainWindow::updateDiscoveryStatus);
    }
    if (m_devices.scanner) {
        connect(m_devices.scanner, &discovery::BleScanner::scanFinished, this, &MainWindow::updateDiscoveryStatus);
        connect(m_devices.scanner, &discovery::BleScanner::adapterStateChanged, this,
                &MainWindow::updateDiscoveryStatus);
        connect(m_devices.scanner, &discovery::BleScanner::errorOccurred, this, &MainWindow::updateDiscoveryStatus);
    }
    retranslate();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

QString MainWindow::pageId(Page page)
{
    for (const PageSpec &spec : pageSpecs()) {
        if (spec.page == page)
            return spec.id;
    }
    return {};
}

std::optional<MainWindow::Page> MainWindow::pageFromId(const QString &id)
{
    for (const PageSpec &spec : pageSpecs()) {
        if (spec.id == id)
            return spec.page;
    }
    return std::nullopt;
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_reportAction = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this,
                                           &MainWindow::exportReport);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    for (const PageSpec &spec : pageSpecs()) {
        const int index = static_cast<int>(spec.page);
        QAction *action = m_viewMenu->addAction(QString(), this, [this, page = spec.page] { showPage(page); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
        m_pageActions.append(action);
    }
    m_viewMenu->addSeparator();
    m_detailAction = m_viewMenu->addAction(QString());
    m_detailAction->setCheckable(true);
    m_detailAction->setChecked(true);
    m_detailAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_detailAction, &QAction::toggled, m_detailPane, &QWidget::setVisible);
    m_focusAction = m_viewMenu->addAction(QString(), QKeySequence(Qt::Key_F6), this, &MainWindow::cycleFocus);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::buildStatusBar()
{
    const auto addIndicator = [this](const QString &name) {
        if (!statusBar()->findChildren<QLabel *>().isEmpty()) {
            auto *separator = new QFrame(statusBar());
            separator->setFrameShape(QFrame::VLine);
            separator->setFrameShadow(QFrame::Sunken);
            statusBar()->addPermanentWidget(separator);
        }
        auto *label = new QLabel(statusBar());
        label->setObjectName(name);
        label->setContentsMargins(4, 0, 4, 0);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_operatorStatus = addIndicator(u"operatorStatus"_s);
    m_bluetoothStatus = addIndicator(u"bluetoothStatus"_s);
    m_usbStatus = addIndicator(u"usbStatus"_s);
    m_forwardingStatus = addIndicator(u"forwardingStatus"_s);
    m_auditStatus = addIndicator(u"auditStatus"_s);
}

void MainWindow::retranslate()
{
    const QList<PageSpec> &specs = pageSpecs();
    for (int i = 0; i < specs.size(); ++i) {
        m_navigation->item(i)->setText(pageTitle(specs[i]));
        //: %1 is a page name; the shortcut is shown next to it in the menu
        m_pageActions[i]->setText(tr("Go to %1").arg(pageTitle(specs[i])));
    }
    const int current = qMax(0, m_pages->currentIndex());
    //: Window title: product name — current page
    setWindowTitle(tr("Pasban — %1").arg(pageTitle(specs[current])));

    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_reportAction->setText(tr("Export security &report (PDF)…"));
    m_reportAction->setStatusTip(tr("Every device's findings with their evidence, the score, charts and the data "
                                    "flows, in the current language."));
    m_viewMenu->setTitle(tr("&View"));
    m_detailAction->setText(tr("&Detail pane"));
    m_focusAction->setText(tr("Move focus to the next &pane"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Pasban"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_navigation->setAccessibleName(tr("Pages"));
    m_detailTitle->setText(tr("Details"));
    m_detailText->setText(tr("Select a device, finding or event to see its details here."));

    // Honest states: each indicator says what is known, and nothing more.
    updateOperatorStatus();
    updateDiscoveryStatus();
    showForwardingStatus();
    updateAuditStatus();
}

void MainWindow::updateDiscoveryStatus()
{
    qsizetype ble = 0;
    qsizetype usb = 0;
    if (m_devices.registry) {
        const QList<discovery::DeviceRecord> records = m_devices.registry->devices();
        for (const discovery::DeviceRecord &record : records)
            ++(record.transport == discovery::Transport::Usb ? usb : ble);
    }
    const QLocale locale;
    const discovery::BleScanner *scanner = m_devices.scanner;
    const discovery::AdapterState adapter = scanner ? scanner->adapterState() : discovery::AdapterState::NoAdapter;
    QString bluetooth;
    if (scanner && scanner->isActive())
        bluetooth = tr("Bluetooth: scanning, %1 devices").arg(locale.toString(ble));
    else if (ble > 0)
        bluetooth = tr("Bluetooth: %1 devices").arg(locale.toString(ble));
    else if (adapter == discovery::AdapterState::NoAdapter)
        bluetooth = tr("Bluetooth: no adapter");
    else if (adapter == discovery::AdapterState::PoweredOff)
        bluetooth = tr("Bluetooth: adapter off");
    else if (adapter == discovery::AdapterState::NoPermission)
        bluetooth = tr("Bluetooth: access refused");
    else
        bluetooth = tr("Bluetooth: not scanned");
    m_bluetoothStatus->setText(bluetooth);
    m_bluetoothStatus->setToolTip(m_devices.simulated
                                      ? tr("The simulated demo fleet: no Bluetooth adapter is in use.")
                                      : tr("Devices seen over Bluetooth LE since the console started."));
    if (!m_devices.registry)
        m_usbStatus->setText(tr("USB: not scanned"));
    else if (usb > 0)
        m_usbStatus->setText(tr("USB: %1 devices").arg(locale.toString(usb)));
    else
        m_usbStatus->setText(tr("USB: no devices found"));
    m_usbStatus->setToolTip(m_devices.simulated ? tr("Simulated USB devices of the demo fleet.")
                                                : tr("USB devices connected to this computer."));
}

void MainWindow::setAuditTrail(AuditTrail *trail)
{
    if (m_auditTrail)
        disconnect(m_auditTrail, nullptr, this, nullptr);
    m_auditTrail = trail;
    if (m_auditTrail)
        connect(m_auditTrail, &AuditTrail::stateChanged, this, &MainWindow::updateAuditStatus);
    updateAuditStatus();
}

void MainWindow::updateAuditStatus()
{
    // Honest: "recording" only while events are actually being written.
    const AuditTrail::State state = m_auditTrail ? m_auditTrail->state() : AuditTrail::State::NotStarted;
    const std::optional<Error> error = m_auditTrail ? m_auditTrail->lastError() : std::nullopt;
    switch (state) {
    case AuditTrail::State::Recording:
        m_auditStatus->setText(tr("Audit log: recording"));
        break;
    case AuditTrail::State::Locked:
        m_auditStatus->setText(tr("Audit log: locked"));
        break;
    case AuditTrail::State::Failed:
        m_auditStatus->setText(tr("Audit log: recording failed"));
        break;
    case AuditTrail::State::Stopped:
        m_auditStatus->setText(tr("Audit log: stopped"));
        break;
    case AuditTrail::State::NotStarted:
        m_auditStatus->setText(tr("Audit log: not recording yet"));
        break;
    }
    m_auditStatus->setToolTip(error ? error->message() : QString());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreLayout()
{
    Settings &settings = m_context.settings();
    if (!restoreGeometry(settings.value(Settings::Key::MainWindowGeometry).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(Settings::Key::MainWindowState).toByteArray());
    if (!m_splitter->restoreState(settings.value(Settings::Key::MainSplitterState).toByteArray())) {
        // First start: once the window has its size, the detail pane gets a
        // quarter of it (up to 340 px), room for a USB device's IDs and names.
        QTimer::singleShot(0, this, [this] {
            const int total = m_splitter->width();
            const int navigation = m_splitter->sizes().value(0);
            const int detail = std::clamp(total / 4, m_detailPane->minimumWidth(), 340);
            m_splitter->setSizes({navigation, total - navigation - detail, detail});
        });
    }
    m_detailAction->setChecked(settings.value(Settings::Key::DetailPaneVisible).toBool());
    m_detailPane->setVisible(m_detailAction->isChecked());
    showPage(pageFromId(settings.value(Settings::Key::CurrentPage).toString()).value_or(Page::Devices));
}

void MainWindow::saveLayout()
{
    Settings &settings = m_context.settings();
    settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    settings.setValue(Settings::Key::MainWindowState, saveState());
    settings.setValue(Settings::Key::MainSplitterState, m_splitter->saveState());
    settings.setValue(Settings::Key::DetailPaneVisible, m_detailAction->isChecked());
    settings.setValue(Settings::Key::CurrentPage, pageId(currentPage()));
    if (Status synced = settings.sync(); !synced)
        statusBar()->showMessage(synced.error().message());
}

void MainWindow::cycleFocus()
{
    // F6: navigation → page → detail pane → navigation, as in most desktop apps.
    QList<QWidget *> panes {m_navigation};
    if (QWidget *page = m_pages->currentWidget())
        panes.append(page);
    panes.append(m_detailPane);
    const QWidget *focus = QApplication::focusWidget();
    qsizetype next = 0;
    for (qsizetype i = 0; i < panes.size(); ++i) {
        if (panes.at(i) == focus || panes.at(i)->isAncestorOf(focus))
            next = (i + 1) % panes.size();
    }
    QWidget *target = panes.at(next)->isVisible() ? panes.at(next) : m_navigation;
    target->setFocus(Qt::ShortcutFocusReason);
    if (!target->hasFocus())
        target->nextInFocusChain()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::setAuditLog(audit::AuditLog *log)
{
    m_auditPage->setAuditLog(log);
}

void MainWindow::startDemoScan()
{
    // An operator who may not scan is not scanning on their behalf either.
    if (m_devicesPage && (!m_access || m_access->allows(operators::Permission::Scan)))
        m_devicesPage->startScan();
}

void MainWindow::showDetailFor(int pageIndex)
{
    // A page with details of its own shows them; the others show the hint.
    if (m_devicesPage && m_pages->widget(pageIndex) == m_devicesPage)
        m_detailStack->setCurrentWidget(m_devicesPage->detailWidget());
    else if (m_pages->widget(pageIndex) == m_auditPage)
        m_detailStack->setCurrentWidget(m_auditPage->detailWidget());
    else
        m_detailStack->setCurrentWidget(m_genericDetail);
}

void MainWindow::setAuditForwarder(audit::forward::SyslogForwarder *forwarder, audit::AuditSink *sink)
{
    if (m_forwarder)
        m_forwarder->disconnect(this);
    m_forwarder = forwarder;
    if (m_forwarder)
        connect(m_forwarder, &audit::forward::SyslogForwarder::statusChanged, this, &MainWindow::showForwardingStatus);
    if (m_settingsPage) {
        m_settingsPage->forwardingSettings()->setForwarder(forwarder);
        m_settingsPage->forwardingSettings()->setAuditSink(sink);
        m_settingsPage->trustSettings()->setAuditSink(sink);
    }
    showForwardingStatus();
}

void MainWindow::setOperatorAccess(OperatorAccess *access)
{
    OperatorAccess::follow(m_access, access, this, [this] { updateOperatorGates(); });
    if (m_devicesPage)
        m_devicesPage->setOperatorAccess(access);
    if (m_posturePage)
        m_posturePage->setOperatorAccess(access);
    if (m_firmwarePage)
        m_firmwarePage->setOperatorAccess(access);
    m_auditPage->setOperatorAccess(access);
    m_settingsPage->setOperatorAccess(access);
    updateOperatorGates();
}

void MainWindow::updateOperatorStatus()
{
    // With accounts the session banner says who is signed in. Without, a hint that
    // does not stop anyone (the demo runs as before): how to turn accounts on.
    m_operatorStatus->setVisible(!m_access);
    m_operatorStatus->setText(tr("Operator accounts: off"));
    //: %1 is the command pasban-cli operator init
    m_operatorStatus->setToolTip(tr("Anyone at this computer can do everything here. To require a log-in, create the "
                                    "first clinical engineer with %1.")
                                     .arg(ltrIsolate(u"pasban-cli operator init"_s)));
}

void MainWindow::updateOperatorGates()
{
    updateOperatorStatus();
    OperatorAccess::gate(m_access, m_reportAction, operators::Permission::ExportAuditAndReports);
}

void MainWindow::showForwardingStatus()
{
    if (!m_forwarder) {
        m_forwardingStatus->setText(tr("Forwarding: off"));
        m_forwardingStatus->setToolTip(QString());
        return;
    }
    const audit::forward::ForwardStatus status = m_forwarder->status();
    m_forwardingStatus->setText(audit::forward::SyslogForwarder::stateText(status));
    m_forwardingStatus->setToolTip(status.error ? status.error->message() : QString());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::exportReport()
{
    // Core decides (and records a refusal); the menu item is disabled for it already.
    if (const Status allowed = m_access ? m_access->check(operators::Permission::ExportAuditAndReports) : Status();
        !allowed) {
        statusBar()->showMessage(allowed.error().message(), 10000);
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        u"%1/pasban-security-report-%2.pdf"_s.arg(folder, QDate::currentDate().toString(Qt::ISODate));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export security report"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = exportReportTo(path);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Export security report"), written.error().message());
        return;
    }
    statusBar()->showMessage(tr("Security report written to %1.").arg(QDir::toNativeSeparators(path)), 10000);
}

Status MainWindow::exportReportTo(const QString &path)
{
    report::ReportRequest request;
    request.language = Translator::currentLanguage();
    request.calendar = m_context.settings().calendar();
    Result<report::ReportInput> input = report::gatherReport(m_context.database(), request, m_devices.registry);
    if (!input)
        return input.error();
    return report::exportPdf(*input, path, m_devices.audit);
}

} // namespace pasban::ui
