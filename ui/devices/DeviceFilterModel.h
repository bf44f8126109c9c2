#pragma once

#include <QSortFilterProxyModel>

namespace pasban::ui {

// Text, class and transport filters over DeviceTableModel; sorts by SortRole.
class DeviceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DeviceFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setDeviceClass(const QString &jsonName); // empty: any
    void setTransport(const QString &jsonName); // empty: any

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_class;
    QString m_transport;
};

} // namespace pasban::ui
