// Inventory import: a CMMS export of 50,000 devices (CSV, every field, quoted
// commas and Persian text in some rows) planned against an inventory that
// already holds devices seen by scans, then applied in one transaction with
// matching. The baseline only parses and checks the CSV (parseImport), so the
// ratio says what planning, writing and matching cost on top of reading.
#include "BenchSupport.h"
#include "InventoryTestSupport.h"
#include "inventory/InventoryImport.h"
#include "inventory/InventoryStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::inventory;

namespace {

QByteArray makeCsv(int rows)
{
    QByteArray csv = "\xEF\xBB\xBF"
                     "Asset Tag,Manufacturer,Model Number,Serial Number,Firmware Version,Hardware,Location,"
                     "Department,Owner,Notes,Bluetooth Address,USB Vendor ID,USB Product ID\r\n";
    csv.reserve(qsizetype(rows) * 150);
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray address = QByteArray::number(0xC00000000000LL + i, 16).toUpper().rightJustified(12, '0');
        QByteArray bt;
        for (int p = 0; p < 12; p += 2)
            bt += (p ? ":" : "") + address.mid(p, 2);
        csv += "BME-" + n + ",Karun Medical,OX-" + QByteArray::number(i % 9) + "00,SN" + n + ",2."
            + QByteArray::number(i % 4) + ",B," + (i % 3 ? "\"ICU, bed " + n + "\"" : QByteArray("بخش قلب"))
            + ",ICU,Dr Rezaei," + (i % 5 ? "" : "\"یادداشت \"\"مهم\"\"\"") + "," + bt + ",,\r\n";
    }
    return csv;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = bench::isSmoke(argc, argv);
    const int rows = smoke ? 200 : 50000;
    const int seen = rows / 10; // devices already scanned, waiting to be matched
    const QByteArray csv = makeCsv(rows);
    ImportOptions options;

    // Baseline: reading and checking the file, nothing else.
    int parsedRows = 0;
    const double parseSeconds = bench::medianSeconds(smoke ? 1 : 3, [&] {
        const Result<ParsedImport> parsed = parseImport(csv, options);
        parsedRows = parsed ? int(parsed->rows.size()) : -1;
    });
    if (parsedRows != rows) {
        std::fprintf(stderr, "parse failed: %d rows\n", parsedRows);
        return 1;
    }

    // The whole import into a fresh inventory each round.
    qsizetype progressCalls = 0;
    int matched = -1;
    const double importSeconds = bench::medianSeconds(smoke ? 1 : 3, [&] {
        test::TestDatabase db;
        if (!db.open())
            return;
        InventoryStore store(*db.db);
        QList<ObservedDevice> scanned;
        for (int i = 0; i < seen; ++i) {
            ObservedDevice device;
            const QByteArray address =
                QByteArray::number(0xC00000000000LL + i * 10, 16).toUpper().rightJustified(12, '0');
            QString bt;
            for (int p = 0; p < 12; p += 2)
                bt += (p ? u":"_s : QString()) + QString::fromLatin1(address.mid(p, 2));
            device.id = u"ble:"_s + bt;
            device.transport = u"ble"_s;
            device.address = bt;
            scanned.append(device);
        }
        if (!store.recordSeen(scanned, u"scan"_s).ok())
            return;
        InventoryImporter importer(store);
        importer.setProgress([&](ImportPhase, qsizetype, qsizetype) {
            ++progressCalls;
            return true;
        });
        const Result<ImportPlan> plan = importer.plan(csv, options);
        if (!plan || !plan->canApply() || !importer.apply(*plan).ok())
            return;
        const Result<QList<InventoryEntry>> entries = store.entries();
        matched = 0;
        for (const InventoryEntry &entry : *entries)
            matched += entry.declared && entry.device ? 1 : 0;
    });
    if (matched != seen) {
        std::fprintf(stderr, "import failed: %d of %d matched\n", matched, seen);
        return 1;
    }
    if (smoke)
        return 0;
    bench::printHeader("bench_inventory_import",
                       "50,000-row CMMS CSV: plan + one-transaction apply + matching 5,000 scanned devices");
    bench::printRate("import (plan, write, match)", rows / importSeconds, "rows/s", "parse-and-check only",
                     rows / parseSeconds);
    bench::printValue("import of 50,000 rows", importSeconds, "s");
    bench::printValue("progress reports per import", double(progressCalls) / 3, "calls");
    return 0;
}
