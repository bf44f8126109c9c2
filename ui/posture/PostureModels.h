#pragma once

#include "posture/PostureEngine.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace pasban::ui {

// Severity as people read it (UX.md): an icon whose shape differs per level, a
// word and a colour, never colour alone. The colours are the product's palette
// (report::ReportCharts), so the page, the charts and the PDF agree.
class SeverityStyle
{
public:
    [[nodiscard]] static QColor colour(std::optional<posture::Severity> severity);
    [[nodiscard]] static QIcon icon(std::optional<posture::Severity> severity);
    // The word; "No open finding" for a device without one.
    [[nodiscard]] static QString label(std::optional<posture::Severity> severity);
};

// One row per device: label, asset tag, score, worst open severity, open findings.
class DevicePostureModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Device, AssetTag, Score, WorstSeverity, OpenFindings, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int DeviceIdRole = Qt::UserRole + 2;

    explicit DevicePostureModel(QObject *parent = nullptr);

    void setFleet(const posture::FleetPosture &fleet);
    [[nodiscard]] const posture::DevicePosture *device(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<posture::DevicePosture> m_devices;
};

// One row per finding of one device: severity, title, status, CVSS, how it is known.
class FindingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Severity, Title, Status, Cvss, Provenance, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int FindingIdRole = Qt::UserRole + 2;

    explicit FindingTableModel(QObject *parent = nullptr);

    void setFindings(const QList<posture::Finding> &findings);
    [[nodiscard]] const posture::Finding *finding(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // Status in words, with the expiry date of an acceptance.
    [[nodiscard]] static QString statusText(const posture::Finding &finding);

private:
    QList<posture::Finding> m_findings;
};

} // namespace pasban::ui
