#include "PostureModels.h"

#include "ReportCharts.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

namespace {

// Left-to-right isolate for identifiers (CVE ids, asset tags) inside RTL text.
QString isolated(const QString &text)
{
    return text.isEmpty() ? text : QChar(0x2066) + text + QChar(0x2069);
}

QPainterPath shapeFor(std::optional<posture::Severity> severity, const QRectF &r)
{
    QPainterPath path;
    if (!severity) { // a tick-like check: nothing open
        path.addEllipse(r);
        return path;
    }
    switch (*severity) {
    case posture::Severity::Critical: { // octagon, like a stop sign
        const double c = r.width() * 0.3;
        path.moveTo(r.left() + c, r.top());
        path.lineTo(r.right() - c, r.top());
        path.lineTo(r.right(), r.top() + c);
        path.lineTo(r.right(), r.bottom() - c);
        path.lineTo(r.right() - c, r.bottom());
        path.lineTo(r.left() + c, r.bottom());
        path.lineTo(r.left(), r.bottom() - c);
        path.lineTo(r.left(), r.top() + c);
        path.closeSubpath();
        break;
    }
    case posture::Severity::High: // triangle
        path.moveTo(r.center().x(), r.top());
        path.lineTo(r.right(), r.bottom());
        path.lineTo(r.left(), r.bottom());
        path.closeSubpath();
        break;
    case posture::Severity::Medium: // diamond
        path.moveTo(r.center().x(), r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.center().x(), r.bottom());
        path.lineTo(r.left(), r.center().y());
        path.closeSubpath();
        break;
    case posture::Severity::Low: // square
        path.addRect(r.adjusted(1, 1, -1, -1));
        break;
    case posture::Severity::Info: // small circle
        path.addEllipse(r.adjusted(2, 2, -2, -2));
        break;
    }
    return path;
}

} // namespace

QColor SeverityStyle::colour(std::optional<posture::Severity> severity)
{
    return report::ReportCharts::severityColour(severity);
}

QIcon SeverityStyle::icon(std::optional<posture::Severity> severity)
{
    static QHash<int, QIcon> cache;
    const int key = severity ? int(*severity) : -1;
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x21, 0x21, 0x21), 1));
    painter.setBrush(colour(severity));
    painter.drawPath(shapeFor(severity, QRectF(1.5, 1.5, 13, 13)));
    painter.end();
    return *cache.insert(key, QIcon(pixmap));
}

QString SeverityStyle::label(std::optional<posture::Severity> severity)
{
    return severity ? posture::displayName(*severity)
                    : QCoreApplication::translate("pasban::ui::PosturePage", "No open finding");
}

DevicePostureModel::DevicePostureModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DevicePostureModel::setFleet(const posture::FleetPosture &fleet)
{
    beginResetModel();
    m_devices = fleet.devices;
    endResetModel();
}

const posture::DevicePosture *DevicePostureModel::device(int row) const
{
    return row >= 0 && row < m_devices.size() ? &m_devices.at(row) : nullptr;
}

int DevicePostureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

int DevicePostureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DevicePostureModel::data(const QModelIndex &index, int role) const
{
    const posture::DevicePosture *device = this->device(index.row());
    if (!device)
        return {};
    if (role == DeviceIdRole)
        return device->deviceId;
    const std::optional<posture::Severity> worst = device->worstOpen();
    switch (index.column()) {
    case Device:
        if (role == Qt::DisplayRole || role == SortRole)
            return device->label;
        if (role == Qt::ToolTipRole)
            return device->deviceId;
        break;
    case AssetTag:
        if (role == Qt::DisplayRole || role == SortRole)
            return device->assetTag.isEmpty() ? QString() : isolated(device->assetTag);
        break;
    case Score:
        if (role == Qt::DisplayRole)
            return QLocale().toString(device->score);
        if (role == SortRole)
            return device->score;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        break;
    case WorstSeverity:
        if (role == Qt::DisplayRole)
            return SeverityStyle::label(worst);
        if (role == Qt::DecorationRole)
            return SeverityStyle::icon(worst);
        if (role == SortRole)
            return worst ? int(*worst) : 99;
        break;
    case OpenFindings:
        if (role == Qt::DisplayRole)
            return QLocale().toString(device->openCount());
        if (role == SortRole)
            return device->openCount();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant DevicePostureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Device:
        return tr("Device");
    case AssetTag:
        return tr("Asset tag");
    case Score:
        return tr("Score");
    case WorstSeverity:
        return tr("Worst open finding");
    case OpenFindings:
        return tr("Open findings");
    default:
        return {};
    }
}

FindingTableModel::FindingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FindingTableModel::setFindings(const QList<posture::Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

const posture::Finding *FindingTableModel::finding(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

int FindingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingTableModel::statusText(const posture::Finding &finding)
{
    if (finding.acceptance && finding.status != posture::FindingStatus::Open
        && finding.status != posture::FindingStatus::Resolved) {
        //: %1 is the status ("Risk accepted", "Acceptance expired"), %2 the expiry date
        return QCoreApplication::translate("pasban::ui::PosturePage", "%1 (until %2)")
            .arg(posture::displayName(finding.status),
                 QLocale().toString(finding.acceptance->expires, QLocale::ShortFormat));
    }
    return posture::displayName(finding.status);
}

QVariant FindingTableModel::data(const QModelIndex &index, int role) const
{
    const posture::Finding *finding = this->finding(index.row());
    if (!finding)
        return {};
    if (role == FindingIdRole)
        return finding->id;
    switch (index.column()) {
    case Severity:
        if (role == Qt::DisplayRole)
            return SeverityStyle::label(finding->severity);
        if (role == Qt::DecorationRole)
            return SeverityStyle::icon(finding->severity);
        if (role == SortRole)
            return int(finding->severity);
        break;
    case Title:
        if (role == Qt::DisplayRole || role == SortRole)
            return finding->title.translated();
        if (role == Qt::ToolTipRole)
            return finding->id;
        break;
    case Status:
        if (role == Qt::DisplayRole)
            return statusText(*finding);
        if (role == SortRole)
            return int(finding->status);
        break;
    case Cvss:
        if (role == Qt::DisplayRole)
            return finding->cvss ? QLocale().toString(*finding->cvss, 'f', 1) : QString();
        if (role == SortRole)
            return finding->cvss.value_or(-1.0);
        break;
    case Provenance:
        if (role == Qt::DisplayRole || role == SortRole)
            return finding->evidence.isEmpty() ? QString() : posture::displayName(finding->evidence.first().provenance);
        break;
    default:
        break;
    }
    return {};
}

QVariant FindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Title:
        return tr("Finding");
    case Status:
        return tr("Status");
    case Cvss:
        //: Common Vulnerability Scoring System base score; keep the acronym
        return tr("CVSS");
    case Provenance:
        return tr("Known by");
    default:
        return {};
    }
}

} // namespace pasban::ui
