#include "DeviceFilterModel.h"

#include "DeviceTableModel.h"

namespace pasban::ui {

DeviceFilterModel::DeviceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DeviceTableModel::SortRole);
    setSortLocaleAware(true);
    // Live rows keep their place while RSSI and times change; re-sorting on every
    // coalesced update would make the table jump under the operator's pointer.
    setDynamicSortFilter(false);
}

void DeviceFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void DeviceFilterModel::setDeviceClass(const QString &jsonName)
{
    m_class = jsonName;
    invalidateFilter();
}

void DeviceFilterModel::setTransport(const QString &jsonName)
{
    m_transport = jsonName;
    invalidateFilter();
}

bool DeviceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_class.isEmpty() && index.data(DeviceTableModel::ClassRole).toString() != m_class)
        return false;
    if (!m_transport.isEmpty() && index.data(DeviceTableModel::TransportRole).toString() != m_transport)
        return false;
    return m_text.isEmpty()
        || index.data(DeviceTableModel::FilterTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace pasban::ui
