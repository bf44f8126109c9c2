// The Audit page's table over a large encrypted log (issue #4: "a filter over
// 1,000,000 events shows its first page in <= 200 ms"): the time from setting a
// filter on AuditEventModel to the first screenful of rows being decrypted and
// formatted, for each filter kind, against a plain indexed SQL query that counts
// the same rows and reads the same first page of clear columns (no decryption)
// as the baseline. --smoke: 3,000 events.
#include "AuditTestLog.h"
#include "BenchSupport.h"
#include "audit/AuditEventModel.h"

#include <QApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::audit;

namespace {

constexpr int BatchSize = 10000;
constexpr int VisibleRows = 40;

AuditEvent patterned(int i)
{
    static const EventType types[] = {EventType::Login,       EventType::Query,  EventType::SoftwareConfiguration,
                                      EventType::Logout,      EventType::Export, EventType::HardwareConfiguration,
                                      EventType::AuditLogUsed};
    AuditEvent event;
    event.type = types[i % 7];
    event.outcome = i % 50 == 0 ? Outcome::SeriousFailure : Outcome::Success;
    event.operatorId = u"operator-%1"_s.arg(i % 40);
    event.device = i % 3 == 0 ? u"DEVICE-%1"_s.arg(i % 500) : QString();
    event.details = {{u"i"_s, i}};
    return event;
}

// The baseline: count and first page by the clear, indexed columns, no keys.
void plainQuery(storage::Database &db, const QString &where, const QVariantList &values)
{
    Result<storage::Statement> count = db.prepare(QString(u"SELECT count(*) FROM audit_events WHERE "_s + where));
    const QString pageSql = u"SELECT sequence, recorded_utc, event_type, outcome, sealed FROM audit_events WHERE "_s
        + where + u" ORDER BY sequence DESC LIMIT ?"_s;
    Result<storage::Statement> page = db.prepare(pageSql);
    if (!count || !page)
        qFatal("baseline query does not prepare");
    for (qsizetype i = 0; i < values.size(); ++i) {
        count->bind(int(i + 1), values.at(i));
        page->bind(int(i + 1), values.at(i));
    }
    page->bind(int(values.size() + 1), qint64(ui::AuditEventModel::PageSize));
    (void)count->step();
    qint64 rows = 0;
    for (Result<bool> row = page->step(); row && *row; row = page->step())
        rows += page->columnInt64(0) > 0 ? 1 : 0;
    if (rows == 0 && count->columnInt64(0) > 0)
        qFatal("baseline read nothing");
}

// What the page does when a filter is applied: count, then the visible rows.
int firstPage(ui::AuditEventModel &model, const EventFilter &filter)
{
    model.setFilter(filter);
    int shown = 0;
    for (int row = 0; row < qMin(VisibleRows, model.rowCount()); ++row) {
        for (int column = 0; column < ui::AuditEventModel::ColumnCount; ++column)
            shown += model.index(row, column).data().toString().isEmpty() ? 0 : 1;
    }
    return shown;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const bool smoke = bench::isSmoke(argc, argv);
    const int total = smoke ? 3000 : 1000000;
    const int rounds = smoke ? 1 : 5;
    bench::printHeader("bench_gui_audit", "Audit page: time to a filter's first page");

    test::AuditTestLog fixture;
    fixture.clock().set(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    std::unique_ptr<AuditLog> log = fixture.open();
    if (!log)
        return 1;
    const double fillSeconds = bench::secondsFor([&] {
        for (int start = 0; start < total; start += BatchSize) {
            QList<AuditEvent> batch;
            for (int i = start; i < qMin(total, start + BatchSize); ++i)
                batch.append(patterned(i));
            if (!log->appendBatch(batch))
                qFatal("appendBatch failed");
            fixture.clock().advanceMs(60 * 1000); // one batch a minute
        }
    });
    bench::printRate("filling the log (appendBatch)", total / fillSeconds, "events/s");

    Result<storage::Database> plain = fixture.database();
    if (!plain)
        return 1;
    ui::AuditEventModel model;
    model.setLog(log.get());

    const QDateTime lastTenth =
        QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(total / BatchSize) * 60 * 9 / 10);
    struct Case
    {
        const char *name;
        EventFilter filter;
        QString where;
        QVariantList values;
    };
    QList<Case> cases;
    {
        EventFilter none;
        none.newestFirst = true;
        cases.append({"no filter", none, u"1"_s, {}});
        EventFilter type = none;
        type.types = {EventType::SoftwareConfiguration};
        cases.append({"event type", type, u"event_type = ?"_s, {qint64(EventType::SoftwareConfiguration)}});
        EventFilter outcome = none;
        outcome.outcomes = {Outcome::SeriousFailure};
        cases.append({"outcome", outcome, u"outcome = ?"_s, {qint64(Outcome::SeriousFailure)}});
        EventFilter time = none;
        time.from = lastTenth;
        cases.append({"time range (last tenth)", time, u"recorded_utc >= ?"_s, {lastTenth.toMSecsSinceEpoch()}});
        // Operator and device filters use the keyed blind index; the baseline
        // reads the same index entries through the stored index value of a matching row.
        const QList<AuditEvent> sample = log->query(
                                                [] {
                                                    EventFilter f;
                                                    f.afterSequence = 1;
                                                    return f;
                                                }(),
                                                1)
                                             .value();
        EventFilter op = none;
        op.operatorId = sample.first().operatorId;
        Result<storage::Statement> index =
            plain->prepare(u"SELECT operator_index, device_index FROM audit_events WHERE sequence = 2"_s);
        (void)index->step();
        const QByteArray operatorIndex = index->columnBlob(0);
        cases.append({"operator", op, u"operator_index = ?"_s, {operatorIndex}});
        EventFilter device = none;
        device.device = sample.first().device;
        const QByteArray deviceIndex = index->columnBlob(1);
        cases.append({"device", device, u"device_index = ?"_s, {deviceIndex}});
    }

    for (const Case &c : std::as_const(cases)) {
        int shown = 0;
        const double page = bench::medianSeconds(rounds, [&] { shown = firstPage(model, c.filter); });
        const double baseline = bench::medianSeconds(rounds, [&] { plainQuery(*plain, c.where, c.values); });
        std::printf("  %s: first page in %.1f ms (%d rows of %d; baseline plain indexed SQL count + page: %.1f ms, "
                    "ratio %.2f)\n",
                    c.name, page * 1000, qMin(VisibleRows, model.rowCount()), model.rowCount(), baseline * 1000,
                    page / qMax(baseline, 1e-9));
        std::fflush(stdout);
        if (shown == 0 && model.rowCount() > 0)
            qFatal("the model showed nothing");
    }

    // Scrolling: a jump to the middle and the next screenful.
    EventFilter none;
    none.newestFirst = true;
    model.setFilter(none);
    const double jump = bench::medianSeconds(rounds, [&] {
        model.refresh();
        (void)model.eventAt(model.rowCount() / 2);
        (void)model.eventAt(model.rowCount() / 2 + ui::AuditEventModel::PageSize);
    });
    bench::printValue("jump to the middle + next page (ms)", jump * 1000, "ms");
    return 0;
}
