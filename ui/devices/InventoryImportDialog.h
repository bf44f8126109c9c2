#pragma once

#include "DeviceServices.h"
#include "common/Error.h"
#include "inventory/InventoryImport.h"

#include <QByteArray>
#include <QDialog>

#include <atomic>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QThread;
class QTreeWidget;

namespace pasban::ui {

// Devices → Import: reads a maintenance system's export (CSV or JSON), shows the
// plan — rows to add, rows to update with what changes, rows rejected with line,
// field and reason — and imports it when the operator confirms. Reading,
// comparing and writing run on a worker thread with their own database
// connection, with a progress bar and Cancel; the import is one transaction, and
// it is offered only when no row is rejected. Recorded in the audit log first.
class InventoryImportDialog : public QDialog
{
    Q_OBJECT
public:
    InventoryImportDialog(const DeviceServices &services, const QString &filePath, QWidget *parent = nullptr);
    ~InventoryImportDialog() override;

    // Reads the file and plans the import (called on show; tests call it directly).
    void start();

    [[nodiscard]] QTreeWidget *preview() const { return m_preview; }
    [[nodiscard]] QPushButton *importButton() const { return m_import; }
    [[nodiscard]] QCheckBox *strictBox() const { return m_strict; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] const std::optional<inventory::ImportPlan> &plan() const { return m_plan; }
    [[nodiscard]] bool isWorking() const { return m_worker != nullptr; }
    // Stops the work in progress; nothing is written.
    void cancelWork();

Q_SIGNALS:
    // The inventory changed (after a successful import).
    void imported();

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslate();
    void replan();
    void confirm();
    void onProgress(inventory::ImportPhase phase, qsizetype done, qsizetype total);
    void onPlanned(const Result<inventory::ImportPlan> &plan);
    void onApplied(const Status &status);
    void showPlan();
    void setWorking(bool working);
    void runInWorker(std::function<void()> work);

    DeviceServices m_services;
    QString m_path;
    QByteArray m_bytes;
    QByteArray m_hash;
    std::optional<inventory::ImportPlan> m_plan;
    std::optional<Error> m_error;
    bool m_applied = false;
    QLabel *m_file;
    QCheckBox *m_strict;
    QTreeWidget *m_preview;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QThread *m_worker = nullptr;
    std::atomic<bool> m_cancelRequested {false};
};

} // namespace pasban::ui
