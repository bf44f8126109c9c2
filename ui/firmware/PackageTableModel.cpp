#include "PackageTableModel.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

namespace {

// Identifiers and versions stay left-to-right inside Persian text.
QString isolate(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

} // namespace

PackageTableModel::PackageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PackageTableModel::setEntries(QList<firmware::LibraryEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const firmware::LibraryEntry *PackageTableModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

QString PackageTableModel::statusText(const firmware::LibraryEntry &entry)
{
    if (entry.verdict != u"verified"_s)
        return tr("Unverified");
    return entry.approved ? tr("Approved") : tr("Verified, not approved");
}

int PackageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PackageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackageTableModel::data(const QModelIndex &index, int role) const
{
    const firmware::LibraryEntry *e = entry(index.row());
    if (!e)
        return {};
    if (role == PackageIdRole)
        return e->packageId;
    if (role == Qt::DecorationRole && index.column() == Status) {
        // An icon and a word, never colour alone.
        const QStyle::StandardPixmap icon = e->verdict != u"verified"_s ? QStyle::SP_MessageBoxWarning
            : e->approved                                               ? QStyle::SP_DialogApplyButton
                                                                        : QStyle::SP_MessageBoxInformation;
        return QApplication::style()->standardIcon(icon);
    }
    if (role == Qt::ToolTipRole && index.column() == Status) {
        if (e->verdict != u"verified"_s && e->origin == u"nordic-dfu-zip"_s)
            return tr("The application image of a Nordic DFU package, imported without a signed manifest: "
                      "nothing vouches for its origin.");
        if (e->verdict != u"verified"_s)
            return tr("Imported without a signed manifest: nothing vouches for its origin.");
        return e->approved ? tr("Signed by %1; approved by %2").arg(e->signerSubject, e->approvedBy)
                           : tr("Signed by %1; no hospital approval").arg(e->signerSubject);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Package:
        return role == Qt::EditRole ? e->packageId : isolate(e->packageId);
    case Vendor:
        return e->vendor.isEmpty() ? tr("unknown") : e->vendor;
    case Models:
        return e->targets.isEmpty() ? tr("not stated") : e->targets.join(u", "_s);
    case Version:
        return role == Qt::EditRole ? e->version.toString() : isolate(e->version.toString());
    case Sequence:
        if (role == Qt::EditRole)
            return qulonglong(e->sequenceNumber);
        return e->verdict == u"verified"_s ? QLocale().toString(qulonglong(e->sequenceNumber)) : tr("none");
    case Status:
        return statusText(*e);
    case Imported:
        return role == Qt::EditRole ? QVariant(e->imported)
                                    : QVariant(QLocale().toString(e->imported.toLocalTime(), QLocale::ShortFormat));
    default:
        return {};
    }
}

QVariant PackageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Package:
        return tr("Package");
    case Vendor:
        return tr("Vendor");
    case Models:
        return tr("Models");
    case Version:
        return tr("Version");
    case Sequence:
        return tr("Sequence");
    case Status:
        return tr("Status");
    case Imported:
        return tr("Imported");
    default:
        return {};
    }
}

} // namespace pasban::ui
