#pragma once

#include "common/Settings.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace pasban::discovery {
class DeviceRegistry;
struct DeviceRecord;
} // namespace pasban::discovery

namespace pasban::ui {

// Rows are the registry's devices in order of first appearance; the registry's
// coalesced signals map onto row inserts and dataChanged, so a busy ward costs
// the view at most one update per coalescing interval.
class DeviceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Class,
        Address,
        AddressType,
        Manufacturer,
        Rssi,
        Update,
        Transport,
        FirstSeen,
        LastSeen,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1, // QString device id
        SortRole, // a value that sorts naturally (numbers, UTC times)
        ClassRole, // stable JSON name of the device class
        TransportRole, // "ble" | "usb"
        FilterTextRole, // everything the text filter looks at
    };

    DeviceTableModel(discovery::DeviceRegistry &registry, Settings &settings, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] QString idAt(int row) const;
    [[nodiscard]] int rowOf(const QString &id) const;

private:
    void onAdded(const QStringList &ids);
    void onChanged(const QStringList &ids);
    void onRemoved(const QStringList &ids);
    QVariant display(const discovery::DeviceRecord &device, int column) const;

    discovery::DeviceRegistry &m_registry;
    Settings &m_settings;
    QStringList m_ids;
    QHash<QString, int> m_rows;
};

} // namespace pasban::ui
