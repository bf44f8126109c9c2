#pragma once

#include "common/Result.h"

#include "devices/DeviceServices.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QActionGroup;

namespace pasban {
class AuditTrail;
class ConsoleContext;
} // namespace pasban
namespace pasban::audit {
class AuditLog;
class AuditSink;
} // namespace pasban::audit
namespace pasban::audit::forward {
class SyslogForwarder;
struct ForwardStatus;
} // namespace pasban::audit::forward

namespace pasban::ui {

class AuditPage;
class DevicesPage;
class FirmwarePage;
class LanguageController;
class OperatorAccess;
class PosturePage;
class SettingsPage;

// One main window: navigation on the leading side, the page in the middle, a
// detail pane on the trailing side; the status bar always shows operator,
// Bluetooth, USB, forwarding and audit state.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Devices, DataFlows, Posture, Firmware, Audit, Settings };
    Q_ENUM(Page)

    MainWindow(ConsoleContext &context, LanguageController &language, const DeviceServices &devices = {},
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    [[nodiscard]] Page currentPage() const;

    // Stable identifiers used in settings and the screenshot script.
    [[nodiscard]] static QString pageId(Page page);
    [[nodiscard]] static std::optional<Page> pageFromId(const QString &id);

    // The audit log the Audit page shows (not owned; nullptr: locked).
    void setAuditLog(audit::AuditLog *log);
    [[nodiscard]] AuditPage *auditPage() const { return m_auditPage; }

    // Starts a scan of the simulated fleet so the Devices page fills at once.
    void startDemoScan();

    // The central forwarder whose state the status bar and Settings → Forwarding
    // show, and the sink that records forwarding settings changes (either may be
    // nullptr; not owned, must outlive the window or be cleared first).
    void setAuditForwarder(audit::forward::SyslogForwarder *forwarder, audit::AuditSink *sink = nullptr);
    // The console's audit trail (not owned; may be null): the status bar's audit
    // indicator follows its state (recording, locked, failed), and pages that
    // record or read the log reach it here.
    void setAuditTrail(AuditTrail *trail);
    [[nodiscard]] AuditTrail *auditTrail() const { return m_auditTrail; }

    // File → Export security report: the fleet's posture report as PDF in the
    // current language, recorded in the audit log first.
    void exportReport();
    [[nodiscard]] Status exportReportTo(const QString &path);

    // Who is at the keyboard, once operator accounts exist (not owned; null: no
    // accounts, every action enabled). The pages follow its log-ins and disable
    // what the operator's role may not do, saying which role is needed.
    void setOperatorAccess(OperatorAccess *access);

public Q_SLOTS:
    void showAbout();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void retranslate();
    void restoreLayout();
    void saveLayout();
    void cycleFocus();
    void showDetailFor(int pageIndex);
    void showForwardingStatus();
    void updateAuditStatus();
    void updateOperatorGates();
    void updateOperatorStatus();
    // Bluetooth and USB in the status bar, from the registry and the scanner.
    void updateDiscoveryStatus();

    ConsoleContext &m_context;
    LanguageController &m_language;
    QSplitter *m_splitter;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QWidget *m_detailPane;
    QStackedWidget *m_detailStack;
    QWidget *m_genericDetail;
    DevicesPage *m_devicesPage = nullptr;
    AuditPage *m_auditPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    FirmwarePage *m_firmwarePage = nullptr;
    PosturePage *m_posturePage = nullptr;
    QPointer<OperatorAccess> m_access;
    QPointer<audit::forward::SyslogForwarder> m_forwarder;
    QLabel *m_detailTitle;
    QLabel *m_detailText;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_detailAction = nullptr;
    QAction *m_focusAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QList<QAction *> m_pageActions;

    QLabel *m_operatorStatus = nullptr;
    QLabel *m_bluetoothStatus = nullptr;
    QLabel *m_usbStatus = nullptr;
    QLabel *m_forwardingStatus = nullptr;
    QLabel *m_auditStatus = nullptr;
    DeviceServices m_devices;
    AuditTrail *m_auditTrail = nullptr;
};

} // namespace pasban::ui
