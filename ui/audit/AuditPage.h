#pragma once

#include "audit/EventFilter.h"
#include "audit/export/AuditExporter.h"
#include "common/Error.h"
#include "operators/Role.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QThread;
class QToolButton;

namespace pasban {
class Settings;
}
namespace pasban::audit {
class AuditLog;
struct VerifyReport;
} // namespace pasban::audit

namespace pasban::ui {

class AuditDetailView;
class AuditEventModel;
class OperatorAccess;

// Audit: the encrypted log as a table that pages through any number of events,
// filters (time range in the operator's calendar, operator, device, event type,
// outcome), the selected event's details in the detail pane, Verify and Export
// (FHIR / CSV) running off the GUI thread with progress and Cancel. Looking at
// the log is itself recorded (debounced, so scrolling does not flood it).
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    // After a filter change, how long it must stay unchanged before the query is
    // recorded in the log (a user typing a name records one event, not ten).
    static constexpr int RecordQueryAfterMs = 1500;

    explicit AuditPage(Settings &settings, QWidget *parent = nullptr);
    ~AuditPage() override;

    // nullptr: the log is locked (the page says so). Not owned; must outlive the
    // page or be replaced first.
    void setAuditLog(audit::AuditLog *log);

    // Shown in the main window's detail pane while this page is current.
    [[nodiscard]] QWidget *detailWidget() const;
    [[nodiscard]] AuditEventModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] AuditDetailView *detailView() const;

    // The filter the controls describe.
    [[nodiscard]] audit::EventFilter currentFilter() const;
    // Verify off the GUI thread; the result shows in the status line.
    void startVerify();
    // Export off the GUI thread to PATH (the button asks for the file first).
    void startExport(audit::ExportFormat format, const QString &path);
    void cancelWork();
    [[nodiscard]] bool isWorking() const { return m_worker != nullptr; }
    // The status line's text (verify result, export result, errors).
    [[nodiscard]] QString statusText() const;
    // Who is at the keyboard (null: no accounts): Verify needs "read the audit log",
    // Export "export the audit log and reports"; an operator who may only "see their
    // own actions" (a field technician) sees only the events that name them.
    void setOperatorAccess(OperatorAccess *access);

    // Records a pending view/query event now instead of after the debounce.
    void flushAuditRecord();

Q_SIGNALS:
    void workFinished();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void scheduleAuditRecord();
    void recordView();
    void updateState();
    void updateCalendar();
    void showSelected();
    void copySelectedRows();
    void chooseExportFile(audit::ExportFormat format);
    void runInWorker(std::function<void(audit::AuditLog &)> work);
    void setWorking(bool working, const QString &what);
    void finishVerify(const Result<audit::VerifyReport> &report);
    void finishExport(const Result<audit::ExportSummary> &summary, const QString &path);
    void showStatus(const QString &text, bool ok);
    [[nodiscard]] bool mayDo(operators::Permission permission);
    [[nodiscard]] bool ownActionsOnly() const;
    void followSession();

    Settings &m_settings;
    audit::AuditLog *m_log = nullptr;
    AuditEventModel *m_model;
    QPointer<AuditDetailView> m_detail;
    QLabel *m_title;
    QLabel *m_fromLabel;
    QCheckBox *m_fromEnabled;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QCheckBox *m_toEnabled;
    QDateEdit *m_to;
    QLabel *m_operatorLabel;
    QLineEdit *m_operator;
    QLabel *m_deviceLabel;
    QLineEdit *m_device;
    QLabel *m_typeLabel;
    QComboBox *m_type;
    QLabel *m_outcomeLabel;
    QComboBox *m_outcome;
    QPushButton *m_refreshButton;
    QPushButton *m_verifyButton;
    QToolButton *m_exportButton;
    QMenu *m_exportMenu;
    QAction *m_exportFhir;
    QAction *m_exportCsv;
    QLabel *m_countLabel;
    QStackedWidget *m_stack;
    QLabel *m_lockedState;
    QLabel *m_emptyState;
    QTableView *m_table;
    QWidget *m_progressRow;
    QLabel *m_progressText;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QLabel *m_status;
    QTimer m_filterTimer;
    QTimer m_auditTimer;
    bool m_viewRecorded = false;
    bool m_queryPending = false;

    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QString m_workingText;
    std::function<QString()> m_statusMaker;
    QPointer<OperatorAccess> m_access;
    bool m_operatorForced = false; // the operator filter holds the session's own name
};

} // namespace pasban::ui
