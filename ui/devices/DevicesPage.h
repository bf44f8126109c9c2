#pragma once

#include "DeviceServices.h"
#include "common/Result.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace pasban {
class DiscoverySession;
class Settings;
} // namespace pasban

namespace pasban::ui {

class DeviceDetailView;
class DeviceFilterModel;
class DeviceTableModel;
class InventoryImportDialog;
class InventoryTableModel;
class OperatorAccess;

// Devices: scan (with progress and Stop), a live, sortable, filterable table and
// the device's details in the main window's detail pane.
class DevicesPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds DefaultScanDuration {30};

    DevicesPage(const DeviceServices &services, Settings &settings, QWidget *parent = nullptr);
    ~DevicesPage() override;

    // Shown in the main window's detail pane while this page is current.
    [[nodiscard]] QWidget *detailWidget() const;

    void startScan(std::chrono::milliseconds duration = DefaultScanDuration);
    void stopScan();
    [[nodiscard]] QTableView *table() const { return m_table; }
    // Null without a scanner and registry.
    [[nodiscard]] DiscoverySession *session() const { return m_session; }

    // Devices → Import: asks for a file, previews, imports on confirmation.
    void importInventory();
    // Opens the preview for PATH (the dialog is returned, already shown).
    InventoryImportDialog *openImport(const QString &path);
    // Devices → Export: asks for the format and the file.
    void exportInventory();
    // Writes the inventory to PATH in FORMAT ("csv", "json", "fhir"), audited.
    Status exportInventoryTo(const QString &path, const QString &format);
    // Who is at the keyboard (null: no accounts, everything allowed): scan, import,
    // export, interrogate and asset edits follow the operator's role.
    void setOperatorAccess(OperatorAccess *access);

    // Shows the whole inventory (declared and seen) instead of this session's scan.
    void showInventory(bool whole);
    [[nodiscard]] QTableView *inventoryTable() const { return m_inventoryTable; }
    [[nodiscard]] InventoryTableModel *inventoryModel() const { return m_inventoryModel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateGates();
    void updateBanner();
    void updateEmptyState();
    void updateScanProgress();
    void onScanStarted();
    void onScanFinished();
    void showContextMenu(const QPoint &position);
    void copySelectedRows();
    void reloadInventory();

    DeviceServices m_services;
    Settings &m_settings;
    DiscoverySession *m_session = nullptr;
    DeviceTableModel *m_model = nullptr;
    DeviceFilterModel *m_filter = nullptr;
    QPointer<DeviceDetailView> m_detail; // lives in the main window's detail pane once placed there
    QLabel *m_title;
    QLabel *m_banner;
    QPushButton *m_scanButton;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    QComboBox *m_viewChoice;
    QTableView *m_inventoryTable;
    InventoryTableModel *m_inventoryModel = nullptr;
    QWidget *m_scanRow;
    QProgressBar *m_scanProgress;
    QLabel *m_scanStatus;
    QLineEdit *m_filterText;
    QComboBox *m_classFilter;
    QComboBox *m_transportFilter;
    QStackedWidget *m_stack;
    QLabel *m_emptyState;
    QTableView *m_table;
    QString m_lastError;
    QPointer<OperatorAccess> m_access;
    bool m_columnsFitted = false;
};

} // namespace pasban::ui
