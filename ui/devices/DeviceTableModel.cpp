#include "DeviceTableModel.h"

#include "UsbText.h"

#include "common/Bidi.h"
#include "common/DateFormat.h"
#include "discovery/DeviceRecord.h"
#include "discovery/DeviceRegistry.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

namespace {

// A sparkline of the last RSSI values in block characters, strongest highest.
QString rssiTrend(const QList<qint16> &trend)
{
    static const QString blocks = u"▁▂▃▄▅▆▇█"_s;
    QString out;
    for (const qint16 rssi : trend) {
        const int level = qBound(0, (rssi + 100) * 8 / 70, 7); // -100 dBm … -30 dBm
        out += blocks[level];
    }
    return out;
}

// Names the device or the Bluetooth SIG supplies keep their own direction inside
// a right-to-left table ("Texas Instruments Inc." must not become
// ".Texas Instruments Inc"): a first-strong isolate, so a Persian name stays
// right-to-left too.
QString ownDirection(const QString &name)
{
    return QChar(0x2068) + name + QChar(0x2069);
}

} // namespace

DeviceTableModel::DeviceTableModel(discovery::DeviceRegistry &registry, Settings &settings, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
    , m_settings(settings)
{
    for (const QString &id : m_registry.ids()) {
        m_rows.insert(id, int(m_ids.size()));
        m_ids.append(id);
    }
    connect(&m_registry, &discovery::DeviceRegistry::devicesAdded, this, &DeviceTableModel::onAdded);
    connect(&m_registry, &discovery::DeviceRegistry::devicesChanged, this, &DeviceTableModel::onChanged);
    connect(&m_registry, &discovery::DeviceRegistry::devicesRemoved, this, &DeviceTableModel::onRemoved);
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::Calendar && !m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, FirstSeen), index(int(m_ids.size()) - 1, LastSeen));
    });
}

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int DeviceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeviceTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : QString();
}

int DeviceTableModel::rowOf(const QString &id) const
{
    return m_rows.value(id, -1);
}

void DeviceTableModel::onAdded(const QStringList &ids)
{
    QStringList fresh;
    for (const QString &id : ids) {
        if (!m_rows.contains(id))
            fresh.append(id);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_ids.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const QString &id : std::as_const(fresh)) {
        m_rows.insert(id, int(m_ids.size()));
        m_ids.append(id);
    }
    endInsertRows();
}

void DeviceTableModel::onChanged(const QStringList &ids)
{
    int top = int(m_ids.size());
    int bottom = -1;
    for (const QString &id : ids) {
        const int row = m_rows.value(id, -1);
        if (row < 0)
            continue;
        top = qMin(top, row);
        bottom = qMax(bottom, row);
    }
    if (bottom >= 0)
        Q_EMIT dataChanged(index(top, 0), index(bottom, ColumnCount - 1));
}

void DeviceTableModel::onRemoved(const QStringList &ids)
{
    // Rare (merges, clear): rebuild rather than track shifting rows.
    Q_UNUSED(ids)
    beginResetModel();
    m_ids = m_registry.ids();
    m_rows.clear();
    for (int i = 0; i < m_ids.size(); ++i)
        m_rows.insert(m_ids[i], i);
    endResetModel();
}

QVariant DeviceTableModel::display(const discovery::DeviceRecord &device, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name:
        return device.name.isEmpty() ? tr("(no name)") : ownDirection(device.name);
    case Class:
        // A USB device says what it is by its interfaces, not by a Bluetooth class.
        return device.usb ? UsbText::functions(*device.usb) : discovery::displayName(device.deviceClass);
    case Address:
        return ltrIsolate(device.address);
    case AddressType:
        //: Address type of a USB device: it has a bus path, not a Bluetooth address
        return device.usb ? tr("USB bus path") : discovery::displayName(device.addressType);
    case Manufacturer:
        if (!device.manufacturer.isEmpty())
            return ownDirection(device.manufacturer);
        if (device.companyId)
            return tr("Unknown company %1").arg(ltrIsolate(u"0x%1"_s.arg(uint(*device.companyId), 4, 16, QChar(u'0'))));
        return tr("Not advertised");
    case Rssi:
        if (device.usb) // no radio: no signal strength, and never a made-up 0 dBm
            return u"—"_s;
        //: RSSI in decibel-milliwatts, then a small trend graph
        return QString(tr("%1 dBm").arg(locale.toString(device.rssi)) + u"  "_s + rssiTrend(device.rssiTrend));
    case Update: {
        QStringList ways;
        if (device.smp)
            ways << tr("Firmware update over SMP");
        if (device.nordicDfu)
            ways << tr("Nordic DFU");
        if (device.usb && device.usb->hasDfu())
            ways << tr("USB DFU");
        return ways.join(u", "_s);
    }
    case Transport:
        return device.transport == discovery::Transport::Ble ? tr("Bluetooth LE") : tr("USB");
    case FirstSeen:
        return DateFormat::dateTime(device.firstSeen, m_settings.calendar());
    case LastSeen:
        return DateFormat::dateTime(device.lastSeen, m_settings.calendar());
    default:
        return {};
    }
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const discovery::DeviceRecord *device = m_registry.find(m_ids[index.row()]);
    if (!device)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(*device, index.column());
    case IdRole:
        return device->id;
    case ClassRole:
        return discovery::jsonName(device->deviceClass);
    case TransportRole:
        return discovery::jsonName(device->transport);
    case FilterTextRole:
        return QStringList {device->name, device->address, device->manufacturer,
                            device->usb ? UsbText::functions(*device->usb)
                                        : discovery::displayName(device->deviceClass),
                            device->usb ? device->usb->serialPort : QString()}
            .join(u'\n');
    case SortRole:
        switch (index.column()) {
        case Rssi:
            return device->usb ? -1000 : int(device->rssi); // USB rows after the weakest radio
        case FirstSeen:
            return device->firstSeen;
        case LastSeen:
            return device->lastSeen;
        case Address:
            return device->address;
        default:
            return display(*device, index.column());
        }
    case Qt::TextAlignmentRole:
        return index.column() == Rssi ? QVariant(Qt::AlignTrailing | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Class:
        return tr("Device class");
    case Address:
        return tr("Address");
    case AddressType:
        return tr("Address type");
    case Manufacturer:
        return tr("Manufacturer");
    case Rssi:
        return tr("Signal");
    case Update:
        return tr("Firmware update");
    case Transport:
        return tr("Transport");
    case FirstSeen:
        return tr("First seen");
    case LastSeen:
        return tr("Last seen");
    default:
        return {};
    }
}

} // namespace pasban::ui
