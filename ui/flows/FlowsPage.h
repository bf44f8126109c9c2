#pragma once

#include "common/Result.h"
#include "devices/DeviceServices.h"
#include "flows/DataFlow.h"
#include "posture/DeviceFacts.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableWidget;

namespace pasban {
class Settings;
}
namespace pasban::storage {
class Database;
}

namespace pasban::ui {

class FlowDiagramView;

// Data flows: where each device's patient data goes and how well it is
// protected. The diagram joins what the console observed (interrogations, scans)
// with what engineers declared; the table below lists the declarations for the
// chosen device (or all), which can be added, changed and removed; the picture
// exports as SVG or PNG (audited).
class FlowsPage : public QWidget
{
    Q_OBJECT
public:
    FlowsPage(storage::Database &database, const DeviceServices &services, Settings &settings,
              QWidget *parent = nullptr);

    // Reads the inventory, the live registry and the declarations again.
    void reload();
    // Shows one device ("" for all).
    void selectDevice(const QString &deviceId);
    [[nodiscard]] QString selectedDevice() const;

    // Opens the declaration dialog for the selected device (or the declaration
    // in the table's current row when EDIT).
    void declareFlow();
    void editDeclaration();
    void removeDeclaration();
    // Writes the diagram shown to PATH as "svg" or "png", audited first.
    Status exportDiagram(const QString &path, const QString &format);

    [[nodiscard]] FlowDiagramView *diagram() const { return m_diagram; }
    [[nodiscard]] QTableWidget *declarationsTable() const { return m_table; }
    [[nodiscard]] QComboBox *deviceBox() const { return m_device; }
    [[nodiscard]] QLabel *contradictionBanner() const { return m_banner; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void fillTable();
    void exportWithDialog(const QString &format);
    [[nodiscard]] const posture::DeviceFacts *facts(const QString &deviceId) const;
    [[nodiscard]] QString deviceLabel(const posture::DeviceFacts &facts) const;
    void showError(const Error &error);

    storage::Database &m_database;
    DeviceServices m_services;
    Settings &m_settings;
    QList<posture::DeviceFacts> m_facts;
    QList<flows::FlowDeclaration> m_declarations;
    QList<flows::FlowDeclaration> m_shown; // table rows

    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_deviceLabel;
    QComboBox *m_device;
    QPushButton *m_declare;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_exportSvg;
    QPushButton *m_exportPng;
    QLabel *m_banner;
    QLabel *m_empty;
    QScrollArea *m_scroll;
    FlowDiagramView *m_diagram;
    QLabel *m_tableTitle;
    QTableWidget *m_table;
};

} // namespace pasban::ui
