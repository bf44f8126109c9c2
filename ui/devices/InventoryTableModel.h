#pragma once

#include "inventory/InventoryStore.h"

#include <QAbstractTableModel>

namespace pasban::ui {

// The whole inventory as a table: declared records (imported, seen or not) and
// devices seen that nobody declared, one row per entry, with whether declared and
// observed values agree — in words, not colour alone. reload() reads it again.
class InventoryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AssetTag, Manufacturer, Model, Serial, Location, Department, Firmware, State, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int MismatchRole = Qt::UserRole + 2;

    explicit InventoryTableModel(inventory::InventoryStore &store, QObject *parent = nullptr);

    Status reload();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        inventory::InventoryEntry entry;
        bool mismatch = false;
    };
    [[nodiscard]] QString text(const Row &row, int column) const;

    inventory::InventoryStore &m_store;
    QList<Row> m_rows;
};

} // namespace pasban::ui
