#include "AuditEventModel.h"

#include "audit/AuditLog.h"
#include "common/Bidi.h"
#include "common/DateFormat.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>
#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

QString outcomeText(audit::Outcome outcome)
{
    return audit::outcomeName(outcome);
}

namespace {

QIcon outcomeIcon(audit::Outcome outcome)
{
    QStyle *style = QApplication::style();
    switch (outcome) {
    case audit::Outcome::Success:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case audit::Outcome::MinorFailure:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case audit::Outcome::SeriousFailure:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case audit::Outcome::MajorFailure:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

} // namespace

AuditEventModel::AuditEventModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_filter.newestFirst = true;
}

void AuditEventModel::setLog(audit::AuditLog *log)
{
    m_log = log;
    reload();
}

void AuditEventModel::setFilter(const audit::EventFilter &filter)
{
    m_filter = filter;
    m_filter.afterSequence = 0;
    m_filter.beforeSequence = 0;
    reload();
}

void AuditEventModel::setCalendar(CalendarSystem calendar)
{
    if (m_calendar == calendar)
        return;
    m_calendar = calendar;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Time), index(rowCount() - 1, Time), {Qt::DisplayRole});
}

void AuditEventModel::refresh()
{
    reload();
}

void AuditEventModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_count = 0;
    m_snapshotEnd = 0;
    m_lastError.reset();
    if (m_log) {
        const Result<quint64> last = m_log->lastSequence();
        audit::EventFilter bounded = m_filter;
        if (last) {
            m_snapshotEnd = *last + 1;
            bounded.beforeSequence = m_snapshotEnd;
            const Result<quint64> count = m_log->count(bounded);
            if (count)
                m_count = *count;
            else
                m_lastError = count.error();
        } else {
            m_lastError = last.error();
        }
    }
    endResetModel();
    if (m_lastError)
        Q_EMIT readFailed(*m_lastError);
    Q_EMIT countChanged(m_count);
}

void AuditEventModel::fail(const Error &error) const
{
    const bool first = !m_lastError || m_lastError->code() != error.code();
    m_lastError = error;
    if (first)
        Q_EMIT const_cast<AuditEventModel *>(this)->readFailed(error);
}

std::optional<QList<audit::AuditEvent>> AuditEventModel::fetch(int number) const
{
    audit::EventFilter filter = m_filter;
    filter.beforeSequence = m_snapshotEnd;
    const bool newestFirst = m_filter.newestFirst;
    // Next to a cached page: continue from its edge by sequence number (no OFFSET).
    if (const auto before = m_pages.constFind(number - 1);
        before != m_pages.cend() && before->events.size() == PageSize) {
        const quint64 edge = before->events.last().sequence;
        if (newestFirst)
            filter.beforeSequence = edge;
        else
            filter.afterSequence = edge;
    } else if (const auto after = m_pages.constFind(number + 1); after != m_pages.cend() && !after->events.isEmpty()) {
        // The page before a cached one: read backwards from its first event.
        const quint64 edge = after->events.first().sequence;
        filter.newestFirst = !newestFirst;
        if (newestFirst)
            filter.afterSequence = edge;
        else
            filter.beforeSequence = edge;
        Result<QList<audit::AuditEvent>> events = m_log->query(filter, PageSize);
        if (!events) {
            fail(events.error());
            return std::nullopt;
        }
        std::reverse(events->begin(), events->end());
        return std::move(events).value();
    } else {
        // A jump: find the page's first event by its position.
        const Result<quint64> first = m_log->sequenceAt(filter, quint64(number) * PageSize);
        if (!first) {
            fail(first.error());
            return std::nullopt;
        }
        if (*first == 0)
            return QList<audit::AuditEvent>();
        if (newestFirst)
            filter.beforeSequence = *first + 1;
        else
            filter.afterSequence = *first - 1;
    }
    Result<QList<audit::AuditEvent>> events = m_log->query(filter, PageSize);
    if (!events) {
        fail(events.error());
        return std::nullopt;
    }
    return std::move(events).value();
}

const AuditEventModel::Page *AuditEventModel::page(int number) const
{
    if (!m_log)
        return nullptr;
    if (auto found = m_pages.find(number); found != m_pages.end()) {
        found->lastUse = ++m_useCounter;
        return &*found;
    }
    std::optional<QList<audit::AuditEvent>> events = fetch(number);
    if (!events)
        return nullptr;
    ++m_pagesFetched;
    if (m_pages.size() >= CachedPages) {
        // Drop the least recently used page.
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
    Page &stored = m_pages[number];
    stored.events = std::move(*events);
    stored.lastUse = ++m_useCounter;
    return &stored;
}

const audit::AuditEvent *AuditEventModel::eventPointer(int row) const
{
    if (row < 0 || quint64(row) >= m_count)
        return nullptr;
    const Page *found = page(row / PageSize);
    const int offset = row % PageSize;
    if (!found || offset >= found->events.size())
        return nullptr;
    return &found->events.at(offset);
}

std::optional<audit::AuditEvent> AuditEventModel::eventAt(int row) const
{
    if (const audit::AuditEvent *event = eventPointer(row))
        return *event;
    return std::nullopt;
}

int AuditEventModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(std::min<quint64>(m_count, INT_MAX));
}

int AuditEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::DecorationRole && role != Qt::ToolTipRole
        && role != Qt::TextAlignmentRole && role != SequenceRole && role != OutcomeRole)
        return {};
    const audit::AuditEvent *event = eventPointer(index.row());
    if (!event)
        return {};
    if (role == SequenceRole)
        return qulonglong(event->sequence);
    if (role == OutcomeRole)
        return int(event->outcome);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Sequence ? QVariant(int(Qt::AlignTrailing | Qt::AlignVCenter)) : QVariant();
    if (role == Qt::DecorationRole)
        return index.column() == Outcome ? QVariant(outcomeIcon(event->outcome)) : QVariant();

    const QString unreadable = tr("(cannot be read)");
    QString text;
    switch (Column(index.column())) {
    case Sequence:
        text = QLocale().toString(qulonglong(event->sequence));
        break;
    case Time:
        text = DateFormat::dateTime(event->recorded, m_calendar);
        break;
    case Type:
        text = audit::eventTypeName(event->type);
        break;
    case Action:
        text = event->readable ? audit::actionName(event->action) : unreadable;
        break;
    case Outcome:
        text = outcomeText(event->outcome);
        break;
    case Operator:
        text = event->readable ? ltrIsolate(event->operatorId) : unreadable;
        if (event->readable && event->operatorId.isEmpty())
            text = tr("(nobody signed in)");
        break;
    case Device:
        text = event->readable ? (event->device.isEmpty() ? QString() : ltrIsolate(event->device)) : unreadable;
        break;
    case ColumnCount:
        break;
    }
    if (role == Qt::ToolTipRole && index.column() == Type)
        return u"DCM %1"_s.arg(quint32(event->type));
    return role == Qt::ToolTipRole ? QVariant() : QVariant(text);
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Sequence:
        //: Column header: the event's number in the audit log
        return tr("No.");
    case Time:
        return tr("Time");
    case Type:
        return tr("Event");
    case Action:
        return tr("Action");
    case Outcome:
        return tr("Outcome");
    case Operator:
        return tr("Operator");
    case Device:
        return tr("Device");
    case ColumnCount:
        break;
    }
    return {};
}

void AuditEventModel::sort(int column, Qt::SortOrder order)
{
    Q_UNUSED(column)
    const bool newestFirst = order == Qt::DescendingOrder;
    if (newestFirst == m_filter.newestFirst)
        return;
    m_filter.newestFirst = newestFirst;
    reload();
}

} // namespace pasban::ui
