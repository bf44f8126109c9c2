#pragma once

#include "common/Result.h"
#include "devices/DeviceServices.h"
#include "posture/AdvisoryStore.h"
#include "posture/PostureService.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pasban {
class Settings;
}
namespace pasban::storage {
class Database;
}

namespace pasban::ui {

class DevicePostureModel;
class FindingDetailView;
class FindingTableModel;
class PostureCharts;
class OperatorAccess;

// Security posture: the fleet score and charts (devices by risk, most frequent
// findings, score trend), every device with its score and worst open finding,
// the chosen device's findings, and the chosen finding in full. Risks are
// accepted here (reason and expiry required, audited) and CSAF advisories
// imported (files or folders, checksums checked, all or nothing).
class PosturePage : public QWidget
{
    Q_OBJECT
public:
    PosturePage(storage::Database &database, const DeviceServices &services, Settings &settings,
                QWidget *parent = nullptr);
    ~PosturePage() override;

    // Evaluates the posture again (inventory, live registry, advisories,
    // acceptances) and keeps a snapshot for the trend when something changed.
    void reload();
    void selectDevice(const QString &deviceId);
    void selectFinding(const QString &findingId);
    [[nodiscard]] QString selectedDevice() const;
    [[nodiscard]] const posture::Finding *selectedFinding() const;

    // Who is at the keyboard (null: no accounts): Accept risk and advisory imports follow the role.
    void setOperatorAccess(OperatorAccess *access);
    // Opens Accept risk… for the selected finding; stores it when confirmed.
    void acceptRisk();
    // Imports advisories from PATHS (files or folders) with a progress dialog;
    // the outcome or the error is shown on the page.
    Result<posture::AdvisoryImportReport> importAdvisories(const QStringList &paths);

    [[nodiscard]] const posture::PostureEvaluation &evaluation() const { return m_evaluation; }
    [[nodiscard]] QTableView *deviceTable() const { return m_deviceTable; }
    [[nodiscard]] QTableView *findingTable() const { return m_findingTable; }
    [[nodiscard]] FindingDetailView *findingDetail() const { return m_detail; }
    [[nodiscard]] PostureCharts *charts() const { return m_charts; }
    [[nodiscard]] QLabel *fleetScoreLabel() const { return m_fleetScore; }
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showDevice();
    void showFinding();
    void importWithDialog(bool folder);
    void showMessage(const QString &text, bool problem);
    void showError(const QString &headline, const Error &error);
    [[nodiscard]] const posture::DevicePosture *currentDevice() const;

    storage::Database &m_database;
    DeviceServices m_services;
    Settings &m_settings;
    posture::PostureEvaluation m_evaluation;

    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_fleetScore;
    QPushButton *m_import;
    QMenu *m_importMenu;
    QAction *m_importFiles = nullptr;
    QAction *m_importFolder = nullptr;
    QPushButton *m_refresh;
    QPushButton *m_accept;
    QLabel *m_message;
    QLabel *m_empty;
    PostureCharts *m_charts;
    QLabel *m_devicesTitle;
    DevicePostureModel *m_deviceModel;
    QSortFilterProxyModel *m_deviceProxy;
    QTableView *m_deviceTable;
    QLabel *m_findingsTitle;
    FindingTableModel *m_findingModel;
    QSortFilterProxyModel *m_findingProxy;
    QTableView *m_findingTable;
    FindingDetailView *m_detail;
    QPointer<OperatorAccess> m_access;
};

} // namespace pasban::ui
