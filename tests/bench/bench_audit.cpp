// The audit log's performance targets (issue #4), each against a baseline measured
// in the same run:
//   - durable append, one commit per event (WAL, synchronous=FULL), against plain
//     SQLite inserting rows of the same size with the same durability (target ≥ 0.8×);
//   - batched append (target ≥ 50,000 events/s);
//   - verify of 1,000,000 events, against a plain full-table scan (target ≤ 3 s);
//   - open + unlock with the OS keystore (target ≤ 300 ms; skipped, saying so,
//     where no keystore answers — run under tests/integration/keyring/with_keyring.sh);
//   - a filter over 1,000,000 events, first page (target ≤ 200 ms).
// --smoke runs everything tiny, once.
#include "BenchSupport.h"
#include "audit/AuditOpener.h"
#include "audit/KeychainKeyStore.h"
#include "audit/PassphraseKeyStore.h"
#include "crypto/Random.h"
#include "storage/ConsoleSchema.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::audit;

namespace {

// The cost of the passphrase is not what is measured here (except in the unlock figure).
const crypto::ScryptParams CheapCost {1u << 10, 8, 1};

[[noreturn]] void fail(const char *what, const Error &error)
{
    std::fprintf(stderr, "bench_audit: %s: %s (%s) %s\n", what, qPrintable(error.sourceMessage()),
                 qPrintable(error.code()), qPrintable(error.detail()));
    std::exit(1);
}

// Processor time of this process, beside the wall-clock figures: on a shared
// machine the wall clock also counts time spent waiting for a core.
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

template<typename T> T take(Result<T> result, const char *what)
{
    if (!result)
        fail(what, result.error());
    return std::move(result).value();
}

void check(const Status &status, const char *what)
{
    if (!status)
        fail(what, status.error());
}

// A realistic event: an operator, a device and a few details.
AuditEvent sampleEvent(int i)
{
    AuditEvent event;
    event.type = i % 7 == 0 ? EventType::SoftwareConfiguration : EventType::Query;
    event.action = Action::Execute;
    event.outcome = i % 50 == 0 ? Outcome::SeriousFailure : Outcome::Success;
    event.operatorId = u"operator-%1"_s.arg(i % 40);
    event.device = u"PUMP-SN-%1"_s.arg(i % 500, 5, 10, QChar(u'0'));
    event.details = {{u"phase"_s, u"interrogation"_s}, {u"step"_s, i % 9}, {u"note"_s, u"routine check of ward 3"_s}};
    return event;
}

struct Log
{
    std::unique_ptr<FileAnchorStore> anchor;
    std::unique_ptr<PassphraseKeyStore> keys;
    std::unique_ptr<AuditLog> log;
};

Log openLog(const QString &folder)
{
    Log opened;
    opened.anchor = std::make_unique<FileAnchorStore>(folder + u"/audit-anchor.bin"_s);
    opened.keys = std::make_unique<PassphraseKeyStore>(crypto::SecureBytes::fromUtf8(u"bench"), CheapCost);
    AuditLog::Options options;
    options.anchors = {opened.anchor.get()};
    options.create = true;
    options.workstation = u"bench-workstation"_s;
    opened.log = take(AuditLog::open(take(storage::openConsoleDatabase(folder + u"/pasban.sqlite"_s), "database"),
                                     *opened.keys, options),
                      "open");
    return opened;
}

double averageRowBytes(storage::Database &db)
{
    storage::Statement statement =
        take(db.prepare(u"SELECT avg(length(sealed) + length(link) + ifnull(length(operator_index), 0) + "
                        u"ifnull(length(device_index), 0)) FROM audit_events"_s),
             "row size");
    (void)take(statement.step(), "row size");
    return statement.columnDouble(0);
}

// Plain SQLite: the same clear columns and a blob of the audit row's size, one
// autocommit insert per row, WAL and synchronous=FULL like the log.
double plainInsertRate(const QString &path, int rows, int blobBytes)
{
    storage::Database db = take(storage::Database::open(path), "plain database");
    check(db.exec(u"PRAGMA synchronous = FULL; CREATE TABLE plain (sequence INTEGER PRIMARY KEY, recorded INTEGER, "
                  u"type INTEGER, outcome INTEGER, key_id INTEGER, payload BLOB)"_s),
          "plain schema");
    storage::Statement insert = take(db.prepare(u"INSERT INTO plain VALUES (?1, ?2, ?3, ?4, ?5, ?6)"_s), "insert");
    const QByteArray payload = take(crypto::randomBytes(blobBytes), "payload");
    const double seconds = bench::secondsFor([&] {
        for (int i = 1; i <= rows; ++i) {
            check(insert.bind(1, i)
                      .bind(2, qint64(1700000000000) + i)
                      .bind(3, 110112)
                      .bind(4, 0)
                      .bind(5, 1)
                      .bind(6, payload)
                      .run(),
                  "plain insert");
        }
    });
    return rows / seconds;
}

void durableAppend(const QString &root, bool smoke)
{
    const int events = smoke ? 20 : 3000;
    const QString folder = root + u"/durable"_s;
    QDir().mkpath(folder);
    Log log = openLog(folder);
    const double seconds = bench::secondsFor([&] {
        for (int i = 0; i < events; ++i)
            (void)take(log.log->append(sampleEvent(i)), "append");
    });
    storage::Database reader = take(storage::Database::open(folder + u"/pasban.sqlite"_s), "reader");
    const int rowBytes = int(averageRowBytes(reader) + 0.5);
    const double plain = plainInsertRate(root + u"/plain.sqlite"_s, events, rowBytes);
    if (!smoke) {
        std::printf("  (rows of %d bytes; %d events, one commit each, WAL, synchronous=FULL)\n", rowBytes, events);
        bench::printRate("durable append", events / seconds, "events/s", "plain SQLite insert", plain);
    }
}

void batchedAppend(const QString &root, bool smoke)
{
    const int batches = smoke ? 2 : 100;
    const int batchSize = smoke ? 50 : 1000;
    const QString folder = root + u"/batched"_s;
    QDir().mkpath(folder);
    Log log = openLog(folder);
    QList<AuditEvent> batch;
    for (int i = 0; i < batchSize; ++i)
        batch.append(sampleEvent(i));
    const double cpuBefore = cpuSeconds();
    const double seconds = bench::secondsFor([&] {
        for (int b = 0; b < batches; ++b)
            (void)take(log.log->appendBatch(batch), "append batch");
    });
    const double cpu = cpuSeconds() - cpuBefore;
    if (!smoke) {
        bench::printRate("batched append (1000 per transaction)", batches * batchSize / seconds, "events/s");
        bench::printRate("batched append, per processor second", batches * batchSize / cpu, "events/s");
    }
}

void verifyAndFilter(const QString &root, bool smoke)
{
    const int total = smoke ? 2000 : 1000000;
    const int batchSize = smoke ? 500 : 10000;
    const QString folder = root + u"/large"_s;
    QDir().mkpath(folder);
    Log log = openLog(folder);
    QList<AuditEvent> batch;
    for (int i = 0; i < batchSize; ++i)
        batch.append(sampleEvent(i));
    const double filling = bench::secondsFor([&] {
        for (int written = 1; written < total; written += batchSize)
            (void)take(log.log->appendBatch(batch.mid(0, qMin(batchSize, total - written))), "fill");
    });
    const quint64 events = take(log.log->lastSequence(), "last sequence");
    if (!smoke)
        std::printf("  (filled %llu events in %.1f s)\n", static_cast<unsigned long long>(events), filling);

    VerifyReport report;
    const double cpuBefore = cpuSeconds();
    const double verifySeconds = bench::secondsFor([&] { report = take(log.log->verify(), "verify"); });
    const double verifyCpu = cpuSeconds() - cpuBefore;
    if (!report.intact())
        fail("verify", Error(u"bench.not_intact"_s, "The benchmark log does not verify.", {}, report.detail));

    // Baseline: every row and column read once, nothing checked.
    storage::Database reader = take(storage::Database::open(folder + u"/pasban.sqlite"_s), "reader");
    qint64 bytes = 0;
    const double scanCpuBefore = cpuSeconds();
    const double scanSeconds = bench::secondsFor([&] {
        storage::Statement scan = take(reader.prepare(u"SELECT sequence, recorded_utc, event_type, outcome, key_id, "
                                                      u"operator_index, device_index, sealed, link "
                                                      u"FROM audit_events ORDER BY sequence"_s),
                                       "scan");
        check(scan.forEachRow([&](const storage::Statement &row) {
            bytes += row.columnInt64(0) + row.columnBlob(7).size() + row.columnBlob(8).size() + row.columnBlob(5).size()
                + row.columnBlob(6).size();
            return true;
        }),
              "scan");
    });
    const double scanCpu = cpuSeconds() - scanCpuBefore;
    if (!smoke) {
        bench::printRate("verify", double(events) / verifySeconds, "events/s", "plain full-table scan",
                         double(events) / scanSeconds);
        bench::printValue("verify 1,000,000 events", verifySeconds, "s");
        bench::printValue("verify 1,000,000 events, processor time", verifyCpu, "s");
        bench::printValue("plain full-table scan, processor time", scanCpu, "s");
    }

    // The audit page's first page under a filter: newest first, 100 rows.
    const auto firstPage = [&](const char *name, const EventFilter &filter) {
        int found = 0;
        const double ms = 1000 * bench::medianSeconds(smoke ? 1 : 5, [&] {
                              found = int(take(log.log->query(filter, 100), "query").size());
                          });
        if (!smoke)
            std::printf("  filter first page, %s: %.1f ms (%d rows)\n", name, ms, found);
    };
    EventFilter byOperator;
    byOperator.operatorId = u"operator-7"_s;
    byOperator.newestFirst = true;
    firstPage("operator (blind index)", byOperator);
    EventFilter byDevice;
    byDevice.device = u"PUMP-SN-00042"_s;
    byDevice.newestFirst = true;
    firstPage("device (blind index)", byDevice);
    EventFilter byTypeAndOutcome;
    byTypeAndOutcome.types = {EventType::SoftwareConfiguration};
    byTypeAndOutcome.outcomes = {Outcome::SeriousFailure};
    byTypeAndOutcome.newestFirst = true;
    firstPage("type + outcome", byTypeAndOutcome);
    EventFilter unfiltered;
    unfiltered.newestFirst = true;
    firstPage("none (newest)", unfiltered);
}

void keystoreUnlock(const QString &root, bool smoke)
{
    KeychainKeyStore probe;
    if (!probe.isAvailable()) {
        std::printf("  open + unlock with the keystore: skipped, no keystore answers here "
                    "(run under tests/integration/keyring/with_keyring.sh)\n");
    } else {
        const QString folder = root + u"/keychain"_s;
        QDir().mkpath(folder);
        AuditOpener::Request request;
        request.databasePath = folder + u"/pasban.sqlite"_s;
        request.create = true;
        request.keychainService = u"org.pasban.Pasban.bench"_s;
        QByteArray logId;
        {
            std::unique_ptr<AuditOpener::Opened> opened = take(AuditOpener::open(request), "create keychain log");
            logId = opened->log->logId();
        }
        request.create = false;
        const double ms = 1000 * bench::medianSeconds(smoke ? 1 : 7, [&] {
                              std::unique_ptr<AuditOpener::Opened> opened =
                                  take(AuditOpener::open(request), "open keychain log");
                          });
        if (!smoke)
            bench::printValue("open + unlock with the keystore (median)", ms, "ms");
        (void)KeychainKeyStore(request.keychainService).removeKey(logId);
    }
    // For comparison: the headless way, a passphrase with the default scrypt cost.
    const QString folder = root + u"/passphrase"_s;
    QDir().mkpath(folder);
    AuditOpener::Request request;
    request.databasePath = folder + u"/pasban.sqlite"_s;
    request.create = true;
    request.useKeystore = false;
    request.passphrase = crypto::SecureBytes::fromUtf8(u"bench passphrase");
    if (smoke)
        request.passphraseCost = CheapCost;
    (void)take(AuditOpener::open(request), "create passphrase log");
    request.create = false;
    const double ms = 1000 * bench::medianSeconds(smoke ? 1 : 3, [&] {
                          std::unique_ptr<AuditOpener::Opened> opened =
                              take(AuditOpener::open(request), "open passphrase log");
                      });
    if (!smoke)
        bench::printValue("open + unlock with a passphrase (scrypt N=2^17, median)", ms, "ms");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = bench::isSmoke(argc, argv);
    QTemporaryDir root;
    if (!root.isValid())
        return 1;
    bench::printHeader("bench_audit", "encrypted, hash-chained audit log");
    durableAppend(root.path(), smoke);
    batchedAppend(root.path(), smoke);
    verifyAndFilter(root.path(), smoke);
    keystoreUnlock(root.path(), smoke);
    return 0;
}
