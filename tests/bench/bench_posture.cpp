// Posture for a large fleet against many advisories: 10,000 devices and 500
// advisories evaluated by the whole check catalogue (issue #7 asks for ≤ 1 s).
// Baseline, measured in the same run: matching one device against one advisory
// 5,000,000 times (as many pairs as the fleet has) without the index — the cost
// a quadratic implementation would pay for the advisory check alone.
#include "BenchSupport.h"
#include "posture/Advisory.h"
#include "posture/AdvisoryIndex.h"
#include "posture/PostureEngine.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::posture;

namespace {

constexpr int Vendors = 50;

QString vendorName(int v)
{
    return u"Vendor %1 Medical Inc."_s.arg(v);
}

QList<Advisory> makeAdvisories(int count)
{
    QList<Advisory> advisories;
    for (int a = 0; a < count; ++a) {
        Advisory advisory;
        advisory.trackingId = u"BENCH-%1"_s.arg(a);
        advisory.title = u"Advisory %1"_s.arg(a);
        advisory.publisher = u"CISA"_s;
        for (int p = 0; p < 3; ++p) {
            AdvisoryProduct product;
            product.productId = u"CSAFPID-%1"_s.arg(p);
            product.vendor = vendorName((a + p) % Vendors);
            product.name = u"Monitor M%1"_s.arg((a * 3 + p) % 200);
            product.fullName = product.vendor + u' ' + product.name;
            product.versionText = u"vers:generic/<%1.0.0"_s.arg(1 + a % 5);
            product.versionIsRange = true;
            advisory.products.append(product);
        }
        AdvisoryVulnerability vulnerability;
        vulnerability.cve = u"CVE-2026-%1"_s.arg(10000 + a);
        vulnerability.cvss = 7.5;
        vulnerability.knownAffected = {u"CSAFPID-0"_s, u"CSAFPID-1"_s, u"CSAFPID-2"_s};
        advisory.vulnerabilities.append(vulnerability);
        advisories.append(advisory);
    }
    return advisories;
}

QList<DeviceFacts> makeDevices(int count, const QDateTime &now)
{
    QList<DeviceFacts> devices;
    devices.reserve(count);
    for (int d = 0; d < count; ++d) {
        DeviceFacts facts;
        facts.id = u"ble:bench:%1"_s.arg(d);
        facts.transport = u"ble"_s;
        facts.address = u"C4:7F:51:%1"_s.arg(d, 6, 16, QLatin1Char('0'));
        facts.addressType = u"random-static"_s;
        facts.deviceClass = u"pulse-oximeter"_s;
        facts.manufacturer = vendorName(d % Vendors);
        facts.model = u"Monitor M%1"_s.arg(d % 200);
        facts.firmware = u"%1.%2.0"_s.arg(d % 6).arg(d % 10);
        facts.firstSeen = now.addDays(-10);
        facts.lastSeen = now.addDays(-(d % 40));
        facts.inInventory = true;
        facts.assetTag = d % 3 == 0 ? QString() : u"BME-%1"_s.arg(d);
        devices.append(facts);
    }
    return devices;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = bench::isSmoke(argc, argv);
    const int deviceCount = smoke ? 100 : 10000;
    const int advisoryCount = smoke ? 10 : 500;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<DeviceFacts> devices = makeDevices(deviceCount, now);
    const AdvisoryIndex index(makeAdvisories(advisoryCount));

    bench::printHeader("bench_posture",
                       smoke ? "smoke" : "10,000 devices, 500 advisories, every check of the catalogue");
    PostureContext context;
    context.now = now;
    context.advisories = &index;
    int findings = 0;
    const double fleetSeconds = bench::medianSeconds(smoke ? 1 : 3, [&] {
        const FleetPosture fleet = PostureEngine().evaluateFleet(devices, context);
        findings = 0;
        for (const DevicePosture &device : fleet.devices)
            findings += int(device.findings.size());
    });

    // The naive baseline: every pair, no index.
    const qint64 pairs = qint64(deviceCount) * advisoryCount;
    int matches = 0;
    const double pairSeconds = bench::secondsFor([&] {
        for (qint64 i = 0; i < pairs; ++i) {
            const DeviceFacts &device = devices.at(qsizetype(i % deviceCount));
            const Advisory &advisory = index.advisories().at(qsizetype((i / deviceCount) % advisoryCount));
            matches += int(AdvisoryMatcher::match(device, advisory).size());
        }
    });
    if (findings == 0 || matches == 0) {
        std::fprintf(stderr, "bench_posture: nothing matched; the benchmark does not measure matching\n");
        return 1;
    }
    if (smoke)
        return 0;
    bench::printValue("fleet posture, 10,000 devices x 500 advisories", fleetSeconds, "s");
    bench::printValue("baseline: one device against one advisory, 5,000,000 times", pairSeconds, "s");
    std::printf("  ratio fleet / baseline: %.3f (%d findings, %d advisory matches in the baseline)\n",
                fleetSeconds / pairSeconds, findings, matches);
    return 0;
}
