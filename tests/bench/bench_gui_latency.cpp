// GUI responsiveness while a crowded ward advertises: the Devices page (live
// table, detail pane, inventory) on the offscreen platform, with 5,000 simulated
// devices each advertising four times a second through the product's simulated
// scanner. A separate thread posts a time-stamped event to the GUI thread every
// few milliseconds; the delay until the event loop handles it is the latency a
// click or key press would see. The baseline is the same page with no scan.
#include "BenchSupport.h"
#include "common/Settings.h"
#include "console/DeviceInventorySync.h"
#include "devices/DevicesPage.h"
#include "discovery/BleScenario.h"
#include "discovery/DeviceRegistry.h"
#include "inventory/InventoryStore.h"
#include "sim/SimulatedBleScanner.h"
#include "storage/ConsoleSchema.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <mutex>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

namespace {

const QEvent::Type ProbeEventType = static_cast<QEvent::Type>(QEvent::registerEventType());

struct ProbeEvent : QEvent
{
    explicit ProbeEvent(qint64 postedAtNs)
        : QEvent(ProbeEventType)
        , postedNs(postedAtNs)
    {
    }
    qint64 postedNs;
};

// Receives the probes on the GUI thread and keeps each one's latency.
class LatencyProbe : public QObject
{
public:
    explicit LatencyProbe(const QElapsedTimer &clock)
        : m_clock(clock)
    {
    }
    bool event(QEvent *event) override
    {
        if (event->type() != ProbeEventType)
            return QObject::event(event);
        const qint64 latency = m_clock.nsecsElapsed() - static_cast<ProbeEvent *>(event)->postedNs;
        if (recording)
            latenciesNs.push_back(latency);
        return true;
    }
    bool recording = false;
    std::vector<qint64> latenciesNs;

private:
    const QElapsedTimer &m_clock;
};

struct Percentiles
{
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    size_t samples = 0;
};

// Runs the event loop for SECONDS while a thread posts a probe every INTERVAL.
Percentiles measure(double seconds, std::chrono::milliseconds interval)
{
    QElapsedTimer clock;
    clock.start();
    LatencyProbe probe(clock);
    std::atomic<bool> running {true};
    std::thread poster([&] {
        while (running.load()) {
            QCoreApplication::postEvent(&probe, new ProbeEvent(clock.nsecsElapsed()));
            std::this_thread::sleep_for(interval);
        }
    });
    probe.recording = true;
    QEventLoop loop;
    QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
    loop.exec();
    probe.recording = false;
    running = false;
    poster.join();
    QCoreApplication::removePostedEvents(&probe, ProbeEventType);

    std::vector<qint64> &l = probe.latenciesNs;
    std::sort(l.begin(), l.end());
    Percentiles p;
    p.samples = l.size();
    if (l.empty())
        return p;
    p.p50Ms = double(l[l.size() / 2]) / 1e6;
    p.p99Ms = double(l[std::min(l.size() - 1, l.size() * 99 / 100)]) / 1e6;
    p.maxMs = double(l.back()) / 1e6;
    return p;
}

void print(const char *what, const Percentiles &p)
{
    std::printf("  %s: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%zu posted events)\n", what, p.p50Ms, p.p99Ms, p.maxMs,
                p.samples);
    std::fflush(stdout);
}

discovery::BleScenario crowdedWard(int devices)
{
    discovery::BleScenario scenario;
    scenario.name = u"bench ward"_s;
    static const quint16 services[] = {0x1822, 0x180D, 0x1809, 0x1810, 0x1808, 0x181F, 0x181D};
    for (int i = 0; i < devices; ++i) {
        discovery::ScenarioDevice device;
        device.key = u"d%1"_s.arg(i);
        discovery::Advertisement &ad = device.advertisement;
        ad.address = u"C0:00:%1:%2:%3:%4"_s.arg((i >> 8) & 0xFF, 2, 16, QChar(u'0'))
                         .arg(i & 0xFF, 2, 16, QChar(u'0'))
                         .arg((i * 7) & 0xFF, 2, 16, QChar(u'0'))
                         .arg((i * 13) & 0xFF, 2, 16, QChar(u'0'))
                         .toUpper();
        ad.addressType = discovery::AddressType::RandomStatic;
        ad.name = u"Ward device %1"_s.arg(i);
        ad.rssi = qint16(-45 - i % 40);
        ad.services = {QBluetoothUuid(services[i % 7])};
        ad.manufacturerData.insert(quint16(0x0059), QByteArray::fromHex("0102"));
        scenario.devices.append(device);
    }
    return scenario;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool smoke = bench::isSmoke(argc, argv);
    const int devices = smoke ? 200 : 5000;
    const double seconds = smoke ? 0.5 : 10.0;
    const std::chrono::milliseconds probeInterval {smoke ? 5 : 2};
    constexpr std::chrono::milliseconds AdvertisingInterval {250};

    bench::printHeader("bench_gui_latency", "latency of posted events on the GUI thread (Devices page, offscreen)");
    std::printf("  %d simulated devices advertising every %lld ms (%.0f reports/s), probe every %lld ms, %.1f s each\n",
                devices, qlonglong(AdvertisingInterval.count()), devices * 1000.0 / double(AdvertisingInterval.count()),
                qlonglong(probeInterval.count()), seconds);

    // The console's own configuration (with the inventory kept in step), and the
    // same without it, to tell the table's cost from the database's.
    std::optional<Percentiles> idle;
    for (const bool withInventory : {true, false}) {
        QTemporaryDir dir;
        Result<storage::Database> db = storage::openConsoleDatabase(dir.filePath(u"pasban.sqlite"_s));
        if (!db)
            return 1;
        Settings settings(dir.filePath(u"settings.ini"_s));
        discovery::DeviceRegistry registry;
        inventory::InventoryStore store(*db);
        std::optional<DeviceInventorySync> inventory; // it follows the registry once it exists
        if (withInventory)
            inventory.emplace(registry, store);
        sim::SimulatedBleScanner scanner(crowdedWard(devices));
        scanner.setAdvertisingInterval(AdvertisingInterval);
        ui::DevicesPage page(ui::DeviceServices {&registry, &scanner, nullptr, inventory ? &*inventory : nullptr, true},
                             settings);
        page.resize(1280, 800);
        page.show();

        if (!idle) {
            idle = measure(seconds, probeInterval);
            print("baseline, no devices updating", *idle);
        }
        page.startScan(std::chrono::milliseconds {0});
        // Warm up until every device is in the table (and in the inventory), so the
        // figure is the steady state of a full ward, not its arrival.
        QElapsedTimer warmUp;
        warmUp.start();
        while (page.table()->model()->rowCount() < devices && warmUp.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const Percentiles busy = measure(seconds, probeInterval);
        page.stopScan();
        if (page.table()->model()->rowCount() != devices)
            return 1;
        print(withInventory ? "with devices updating (table, detail pane, inventory)"
                            : "with devices updating, no inventory (table, detail pane)",
              busy);
        if (idle->p99Ms > 0)
            std::printf("  ratio p99 to baseline p99: %.1f\n", busy.p99Ms / idle->p99Ms);
        std::fflush(stdout);
    }
    return 0;
}
