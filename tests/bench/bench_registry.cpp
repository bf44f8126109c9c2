// Registry ingest: raw advertising reports from 5,000 distinct devices are parsed
// (AdvertisingData), merged into the DeviceRegistry and announced through its
// coalesced change signals, with the event loop turning so the coalescing timer
// really fires. The baseline parses the same reports and nothing else, so the
// ratio says what merging and notifying cost on top of parsing.
#include "BenchSupport.h"
#include "discovery/AdvertisingData.h"
#include "discovery/DeviceRegistry.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

namespace {

// One report as a controller hands it over: who sent it, how loud, and the bytes.
struct Report
{
    QString address;
    discovery::AddressType addressType;
    qint16 rssi;
    QByteArray payload;
};

// Health devices of a few kinds, each with a name, services, appearance and
// manufacturer data, as a ward's monitors and sensors advertise.
QList<Report> makeReports(int devices, int reportsPerDevice)
{
    static const quint16 services[] = {0x1822, 0x180D, 0x1809, 0x1810, 0x1808, 0x181F, 0x181D};
    static const quint16 appearances[] = {0x0C41, 0x0341, 0x0301, 0x0381, 0x0400, 0x0D40, 0x0C80};
    QList<QByteArray> payloads;
    QStringList addresses;
    for (int i = 0; i < devices; ++i) {
        discovery::Advertisement ad;
        ad.name = u"Ward device %1"_s.arg(i);
        ad.services = {QBluetoothUuid(services[i % 7])};
        ad.appearance = appearances[i % 7];
        ad.manufacturerData.insert(quint16(0x0059), QByteArray::fromHex("0102") + QByteArray::number(i % 97));
        payloads.append(discovery::AdvertisingData::encode(ad));
        addresses.append(u"C0:%1:%2:%3:%4:%5"_s.arg((i >> 16) & 0xFF, 2, 16, QChar(u'0'))
                             .arg((i >> 8) & 0xFF, 2, 16, QChar(u'0'))
                             .arg(i & 0xFF, 2, 16, QChar(u'0'))
                             .arg((i * 7) & 0xFF, 2, 16, QChar(u'0'))
                             .arg((i * 13) & 0xFF, 2, 16, QChar(u'0'))
                             .toUpper());
    }
    QList<Report> reports;
    reports.reserve(qsizetype(devices) * reportsPerDevice);
    // Round-robin over the devices, as a busy ward's reports interleave.
    for (int round = 0; round < reportsPerDevice; ++round) {
        for (int i = 0; i < devices; ++i) {
            reports.append(
                {addresses[i], discovery::AddressType::RandomStatic, qint16(-50 - (i + round) % 40), payloads[i]});
        }
    }
    return reports;
}

discovery::Advertisement parse(const Report &report, const QDateTime &now)
{
    discovery::Advertisement ad;
    ad.address = report.address;
    ad.addressType = report.addressType;
    ad.rssi = report.rssi;
    ad.seenUtc = now;
    if (!discovery::AdvertisingData::parse(report.payload, ad).ok())
        std::abort(); // the benchmark's own payloads are well formed
    return ad;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = bench::isSmoke(argc, argv);
    const int devices = smoke ? 200 : 5000;
    const int reportsPerDevice = smoke ? 5 : 100;
    const int rounds = smoke ? 1 : 5;
    const QList<Report> reports = makeReports(devices, reportsPerDevice);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    bench::printHeader("bench_registry", "DeviceRegistry ingest of raw advertising reports");
    std::printf("  %d distinct devices, %lld reports per round, median of %d rounds\n", devices,
                qlonglong(reports.size()), rounds);

    qint64 checksum = 0;
    const double parseSeconds = bench::medianSeconds(rounds, [&] {
        for (const Report &report : reports)
            checksum += parse(report, now).services.size();
    });

    qint64 notifications = 0;
    qint64 idsNotified = 0;
    qsizetype registered = 0;
    const double ingestSeconds = bench::medianSeconds(rounds, [&] {
        discovery::DeviceRegistry registry; // default coalescing interval, as in the console
        QObject listener;
        const auto count = [&](const QStringList &ids) {
            ++notifications;
            idsNotified += ids.size();
        };
        QObject::connect(&registry, &discovery::DeviceRegistry::devicesAdded, &listener, count);
        QObject::connect(&registry, &discovery::DeviceRegistry::devicesChanged, &listener, count);
        qsizetype index = 0;
        for (const Report &report : reports) {
            registry.ingest(parse(report, now));
            // A scanner's reports arrive through the event loop; let it turn so the
            // coalescing timer fires as it would in the console.
            if (++index % 256 == 0)
                QCoreApplication::processEvents();
        }
        registry.flush();
        registered = registry.size();
    });
    if (registered != devices || checksum == 0)
        return 1;

    const double parseRate = double(reports.size()) / parseSeconds;
    const double ingestRate = double(reports.size()) / ingestSeconds;
    bench::printRate("registry ingest (parse + merge + coalesced notification)", ingestRate, "reports/s", "parse only",
                     parseRate);
    std::printf("  coalesced notifications: %lld signals for %lld device updates over %d rounds (%.1f s of ingest "
                "per round)\n",
                qlonglong(notifications), qlonglong(idsNotified), rounds, ingestSeconds);
    std::fflush(stdout);
    return 0;
}
