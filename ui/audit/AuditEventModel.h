#pragma once

#include "audit/AuditEvent.h"
#include "audit/EventFilter.h"
#include "common/Error.h"
#include "common/Settings.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace pasban::audit {
class AuditLog;
}

namespace pasban::ui {

// The audit log as a table that pages through any number of events without
// loading them: rowCount comes from a count query (no row decrypted), and rows are
// fetched a page at a time when the view asks for them — the page next to a
// cached one by sequence number (keyset), any other by one indexed OFFSET lookup —
// and a few pages are kept. The rows are a snapshot: events recorded after
// setFilter()/refresh() do not shift what the user is looking at; refresh() shows
// them.
class AuditEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Sequence, Time, Type, Action, Outcome, Operator, Device, ColumnCount };
    static constexpr int PageSize = 200;
    static constexpr int CachedPages = 8;
    enum Role { SequenceRole = Qt::UserRole + 1, OutcomeRole };

    explicit AuditEventModel(QObject *parent = nullptr);

    // nullptr: no log (locked); the model is empty. Not owned.
    void setLog(audit::AuditLog *log);
    [[nodiscard]] audit::AuditLog *log() const { return m_log; }
    // newestFirst in the filter decides the order; paging bounds are the model's.
    void setFilter(const audit::EventFilter &filter);
    [[nodiscard]] const audit::EventFilter &filter() const { return m_filter; }
    void setCalendar(CalendarSystem calendar);
    // Counts again and drops the cache (new events appear).
    void refresh();

    // The whole event at `row` (fetched if needed).
    [[nodiscard]] std::optional<audit::AuditEvent> eventAt(int row) const;
    // The last failure to read the log, if any (shown by the page).
    [[nodiscard]] std::optional<Error> lastError() const { return m_lastError; }
    // How many pages were fetched from the database (for tests and the benchmark).
    [[nodiscard]] int pagesFetched() const { return m_pagesFetched; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    // Sorting is by event number (the time order too): ascending or descending.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void readFailed(const pasban::Error &error);
    void countChanged(quint64 count);

private:
    struct Page
    {
        QList<audit::AuditEvent> events;
        quint64 lastUse = 0;
    };

    void reload();
    [[nodiscard]] const audit::AuditEvent *eventPointer(int row) const;
    [[nodiscard]] const Page *page(int number) const;
    [[nodiscard]] std::optional<QList<audit::AuditEvent>> fetch(int number) const;
    void fail(const Error &error) const;

    audit::AuditLog *m_log = nullptr;
    audit::EventFilter m_filter;
    quint64 m_snapshotEnd = 0; // events before this number are in the snapshot
    quint64 m_count = 0;
    CalendarSystem m_calendar = CalendarSystem::Gregorian;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useCounter = 0;
    mutable int m_pagesFetched = 0;
    mutable std::optional<Error> m_lastError;
};

// Shown in tables and the detail view: the outcome as word (and icon in the view).
[[nodiscard]] QString outcomeText(audit::Outcome outcome);

} // namespace pasban::ui
