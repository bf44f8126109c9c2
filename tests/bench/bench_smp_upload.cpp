// Firmware upload goodput over the simulated BLE link (100 kB/s each way, 30 ms
// one-way latency, MTU 247): the pipelined client (window = buf_count − 1)
// against the link's bandwidth and against the same client in stop-and-wait
// (window 1), with the device's buffer parameters as a Zephyr/NCS build reports
// them. The link counts SMP bytes only (ATT/L2CAP headers are below it).
#include "BenchSupport.h"

#include "sim/SimFirmwareImage.h"
#include "sim/SimSmpDevice.h"
#include "sim/SimSmpServer.h"
#include "sim/SimSmpTransport.h"
#include "smp/SmpClient.h"
#include "smp/SmpUploader.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

using namespace pasban;

namespace {

struct Setup
{
    quint32 bufSize = 2475;
    quint32 bufCount = 4;
    sim::SimLinkSettings link;
    int mtu = 247;
};

// Seconds from the first request to the device's answer that it has the whole file.
double uploadSeconds(const QByteArray &file, const Setup &setup, int window, qsizetype messageLimit)
{
    sim::SimDeviceConfig config;
    config.bufSize = setup.bufSize;
    config.bufCount = setup.bufCount;
    sim::SimSmpDevice device(sim::SimFirmwareImage {}.build(), config);
    sim::SimSmpServer server(&device, setup.link);
    sim::SimSmpTransport transport(&server, setup.mtu, 8192);
    QEventLoop opening;
    QObject::connect(&transport, &smp::SmpTransport::opened, &opening, &QEventLoop::quit);
    transport.open();
    opening.exec();

    smp::SmpClient client(&transport, smp::SmpClientOptions {10000, 40000, 2});
    smp::SmpUploader uploader(&client, file);
    smp::UploadSettings settings;
    settings.messageLimit = messageLimit;
    settings.window = window;
    bool ok = false;
    const double seconds = bench::secondsFor([&] {
        QEventLoop loop;
        QObject::connect(&uploader, &smp::SmpUploader::finished, &loop, [&](const Status &result) {
            ok = result.ok();
            loop.quit();
        });
        uploader.start(settings);
        loop.exec();
    });
    if (!ok || device.uploadedBytes() != file.size()) {
        std::fprintf(stderr, "bench_smp_upload: the upload did not complete\n");
        std::exit(1);
    }
    return seconds;
}

QByteArray image(qsizetype payload)
{
    sim::SimFirmwareImage spec;
    spec.major = 2;
    spec.payloadSize = payload;
    return spec.build();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    if (bench::isSmoke(argc, argv)) {
        const QByteArray file = image(5000);
        Setup setup;
        (void)uploadSeconds(file, setup, 3, setup.bufSize);
        (void)uploadSeconds(file, setup, 1, setup.mtu - 3);
        return 0;
    }
    bench::printHeader("bench_smp_upload", "SMP image upload over the simulated BLE link (100 kB/s, 30 ms, MTU 247)");
    Setup setup;
    setup.link.bytesPerSecond = 100000;
    setup.link.latencyMs = 30;
    const QByteArray file = image(200 * 1000);
    const double link = setup.link.bytesPerSecond;

    struct Device
    {
        const char *name;
        quint32 bufSize;
        quint32 bufCount;
    };
    // NCS's recommended fast-DFU buffers (2475 bytes, 4 buffers: window 3), and a
    // device with more, smaller buffers (1024 bytes, 8 buffers: window 7).
    for (const Device &device : {Device {"buf 2475 x 4", 2475, 4}, Device {"buf 1024 x 8", 1024, 8}}) {
        setup.bufSize = device.bufSize;
        setup.bufCount = device.bufCount;
        const int window = int(device.bufCount) - 1;
        const double pipelined = double(file.size()) / uploadSeconds(file, setup, window, device.bufSize);
        const double stopAndWait = double(file.size()) / uploadSeconds(file, setup, 1, device.bufSize);
        std::printf(" device %s (window %d):\n", device.name, window);
        bench::printRate("pipelined goodput", pipelined, "B/s", "link bandwidth", link);
        bench::printRate("pipelined goodput", pipelined, "B/s", "stop-and-wait, same message size", stopAndWait);
    }
    // The classic client: stop-and-wait with one ATT write per request (no reassembly).
    setup.bufSize = 2475;
    setup.bufCount = 4;
    const QByteArray small = image(40 * 1000);
    const double mtuStopAndWait = double(small.size()) / uploadSeconds(small, setup, 1, setup.mtu - 3);
    const double pipelined = double(file.size()) / uploadSeconds(file, setup, 3, setup.bufSize);
    bench::printRate("pipelined goodput (buf 2475 x 4)", pipelined, "B/s", "stop-and-wait, MTU-sized messages",
                     mtuStopAndWait);
    return 0;
}
