#pragma once

#include "firmware/PackageLibrary.h"

#include <QAbstractTableModel>
#include <QList>

namespace pasban::ui {

// The firmware library as a table (Firmware page). Read-only; the page reloads it
// after every import or removal.
class PackageTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Package, Vendor, Models, Version, Sequence, Status, Imported, ColumnCount };
    static constexpr int PackageIdRole = Qt::UserRole + 1;

    explicit PackageTableModel(QObject *parent = nullptr);

    void setEntries(QList<firmware::LibraryEntry> entries);
    [[nodiscard]] const QList<firmware::LibraryEntry> &entries() const { return m_entries; }
    [[nodiscard]] const firmware::LibraryEntry *entry(int row) const;

    // "Approved", "Verified" or "Unverified", in the current language.
    [[nodiscard]] static QString statusText(const firmware::LibraryEntry &entry);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<firmware::LibraryEntry> m_entries;
};

} // namespace pasban::ui
