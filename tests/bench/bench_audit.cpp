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
#include <optional>

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

double averageSealedBytes(storage::Database &db)
{
    storage::Statement statement = take(db.prepare(u"SELECT avg(length(sealed)) FROM audit_events"_s), "row size");
    (void)take(statement.step(), "row size");
    return statement.columnDouble(0);
}

// The baseline: SQLite inserting rows of the same shape as audit_events (the same
// columns, blob sizes and indexes, with 40 operators and 500 devices as in
// sampleEvent) in clear, without chain or encryption, one commit each.
class PlainInserter
{
public:
    PlainInserter(const QString &path, bool withIndexes, int payloadBytes)
        : m_db(take(storage::Database::open(path), "plain database"))
    {
        check(m_db.exec(u"PRAGMA synchronous = FULL; CREATE TABLE plain (sequence INTEGER PRIMARY KEY, "
                        u"recorded INTEGER NOT NULL, type INTEGER NOT NULL, outcome INTEGER NOT NULL, "
                        u"key_id INTEGER NOT NULL, operator_index BLOB, device_index BLOB, payload BLOB NOT NULL, "
                        u"link BLOB NOT NULL)"_s),
              "plain schema");
        if (withIndexes) {
            check(m_db.exec(u"CREATE INDEX plain_time ON plain(recorded); "
                            u"CREATE INDEX plain_operator ON plain(operator_index) WHERE operator_index IS NOT NULL; "
                            u"CREATE INDEX plain_device ON plain(device_index) WHERE device_index IS NOT NULL"_s),
                  "plain indexes");
        }
        m_insert.emplace(
            take(m_db.prepare(u"INSERT INTO plain VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"_s), "insert"));
        m_payload = take(crypto::randomBytes(payloadBytes), "payload");
        for (int i = 0; i < 40; ++i)
            m_operators.append(take(crypto::randomBytes(16), "operator"));
        for (int i = 0; i < 500; ++i)
            m_devices.append(take(crypto::randomBytes(16), "device"));
        m_link = take(crypto::randomBytes(32), "link");
    }

    void insert()
    {
        ++m_sequence;
        check(m_insert->bind(1, m_sequence)
                  .bind(2, qint64(1700000000000) + m_sequence)
                  .bind(3, 110112)
                  .bind(4, 0)
                  .bind(5, 1)
                  .bind(6, m_operators.at(m_sequence % 40))
                  .bind(7, m_devices.at(m_sequence % 500))
                  .bind(8, m_payload)
                  .bind(9, m_link)
                  .run(),
              "plain insert");
    }

private:
    storage::Database m_db;
    std::optional<storage::Statement> m_insert;
    QByteArray m_payload;
    QByteArray m_link;
    QList<QByteArray> m_operators;
    QList<QByteArray> m_devices;
    qint64 m_sequence = 0;
};

// Rounds alternate between the audit log and the baselines, so a busy moment on
// a shared machine falls on all of them alike.
void durableAppend(const QString &root, bool smoke)
{
    const int rounds = smoke ? 1 : 4;
    const int perRound = smoke ? 20 : 1000;
    const QString folder = root + u"/durable"_s;
    QDir().mkpath(folder);
    Log log = openLog(folder);
    (void)take(log.log->append(sampleEvent(0)), "append"); // the log's own start-up rows
    storage::Database reader = take(storage::Database::open(folder + u"/pasban.sqlite"_s), "reader");
    const int payloadBytes = int(averageSealedBytes(reader) + 0.5);
    PlainInserter sameShape(root + u"/plain-indexed.sqlite"_s, true, payloadBytes);
    PlainInserter bare(root + u"/plain-bare.sqlite"_s, false, payloadBytes);

    double audited = 0, plain = 0, plainBare = 0;
    int next = 1;
    for (int round = 0; round < rounds; ++round) {
        audited += bench::secondsFor([&] {
            for (int i = 0; i < perRound; ++i)
                (void)take(log.log->append(sampleEvent(next++)), "append");
        });
        plain += bench::secondsFor([&] {
            for (int i = 0; i < perRound; ++i)
                sameShape.insert();
        });
        plainBare += bench::secondsFor([&] {
            for (int i = 0; i < perRound; ++i)
                bare.insert();
        });
    }
    if (!smoke) {
        const int events = rounds * perRound;
        std::printf("  (%d events, one commit each, WAL, synchronous=FULL; sealed payload %d bytes)\n", events,
                    payloadBytes);
        bench::printRate("durable append", events / audited, "events/s",
                         "plain SQLite insert, same columns and indexes", events / plain);
        bench::printRate("durable append", events / audited, "events/s", "plain SQLite insert, no indexes",
                         events / plainBare);
    }
}

// The same 100,000 events in transactions of `batchSize`: a commit costs the pages
// it dirtied, so larger batches share the index pages they touch.
void batchedAppend(const QString &root, const QString &name, int batchSize, bool smoke)
{
    const int total = smoke ? 100 : 100000;
    const int batches = total / batchSize;
    const QString folder = root + u'/' + name;
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
        const QByteArray label = u"batched append (%1 per transaction)"_s.arg(batchSize).toUtf8();
        bench::printRate(label.constData(), batches * batchSize / seconds, "events/s");
        bench::printRate("  same, per processor second", batches * batchSize / cpu, "events/s");
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
    // A part's name (durable, batched, verify, unlock) runs only that part.
    QStringList parts = QCoreApplication::arguments().mid(1);
    parts.removeAll(u"--smoke"_s);
    const auto wanted = [&parts](const QString &part) {
        return parts.isEmpty() || parts.contains(part);
    };
    if (wanted(u"durable"_s))
        durableAppend(root.path(), smoke);
    if (wanted(u"batched"_s)) {
        batchedAppend(root.path(), u"batched-1000"_s, smoke ? 50 : 1000, smoke);
        batchedAppend(root.path(), u"batched-10000"_s, smoke ? 50 : 10000, smoke);
    }
    if (wanted(u"verify"_s))
        verifyAndFilter(root.path(), smoke);
    if (wanted(u"unlock"_s))
        keystoreUnlock(root.path(), smoke);
    return 0;
}
