#include "InventoryTableModel.h"

#include "common/Bidi.h"
#include "inventory/DeclaredComparison.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

namespace {
QString isolated(const QString &identifier)
{
    return identifier.isEmpty() ? identifier : ltrIsolate(identifier);
}
} // namespace

InventoryTableModel::InventoryTableModel(inventory::InventoryStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

Status InventoryTableModel::reload()
{
    Result<QList<inventory::InventoryEntry>> entries = m_store.entries();
    if (!entries)
        return entries.error();
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(entries->size());
    for (const inventory::InventoryEntry &entry : std::as_const(*entries)) {
        const bool mismatch = entry.declared && entry.device
            && inventory::hasMismatch(inventory::compareDeclared(*entry.declared, entry.device->observed));
        m_rows.append({entry, mismatch});
    }
    endResetModel();
    return {};
}

int InventoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InventoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InventoryTableModel::text(const Row &row, int column) const
{
    const inventory::InventoryEntry &e = row.entry;
    // Declared values where there are some, else what was observed.
    const auto pick = [&e](inventory::Field field, const QString &observed) {
        const QString declared = e.declared ? e.declared->value(field) : QString();
        return declared.isEmpty() ? observed : declared;
    };
    const inventory::ObservedDevice observed = e.device ? e.device->observed : inventory::ObservedDevice {};
    switch (column) {
    case AssetTag:
        return isolated(e.assetTag());
    case Manufacturer:
        return pick(inventory::Field::Manufacturer, observed.manufacturer);
    case Model:
        return pick(inventory::Field::Model, observed.model.isEmpty() ? observed.name : observed.model);
    case Serial:
        return isolated(pick(inventory::Field::Serial, observed.serial));
    case Location:
        return e.declared ? e.declared->location : (e.device ? e.device->asset.location : QString());
    case Department:
        return e.declared ? e.declared->department : (e.device ? e.device->asset.department : QString());
    case Firmware: {
        const QString declared = e.declared ? e.declared->firmware : QString();
        if (declared.isEmpty() || observed.firmware.isEmpty() || inventory::sameVersion(declared, observed.firmware))
            return isolated(declared.isEmpty() ? observed.firmware : declared);
        //: Firmware column when declared and observed versions differ
        return tr("declared %1, observed %2").arg(isolated(declared), isolated(observed.firmware));
    }
    case State:
        if (e.declared && e.device)
            return row.mismatch ? tr("⚠ Seen; declared and observed values differ") : tr("✔ Seen and declared");
        if (e.declared)
            return tr("Declared, not seen yet");
        return tr("Seen, not declared");
    default:
        return {};
    }
}

QVariant InventoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(row, index.column());
    case IdRole:
        return row.entry.id;
    case MismatchRole:
        return row.mismatch;
    default:
        return {};
    }
}

QVariant InventoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AssetTag:
        return tr("Asset tag");
    case Manufacturer:
        return tr("Manufacturer");
    case Model:
        return tr("Model");
    case Serial:
        return tr("Serial number");
    case Location:
        return tr("Location");
    case Department:
        return tr("Department");
    case Firmware:
        return tr("Firmware");
    case State:
        return tr("Declared and observed");
    default:
        return {};
    }
}

} // namespace pasban::ui
