// pasban-devsim: a simulated MCUboot device with an SMP server, for the demo, the
// tests and anyone trying Pasban without hardware. Serves over a pseudo-terminal
// (mcumgr serial framing; POSIX only) and/or UDP, with a configurable link and
// faults on demand. Prints "pty: PATH" and "udp: PORT" once ready; runs until
// interrupted. Options: see --help and the README.
#include "common/Translator.h"
#include "firmware/McubootImage.h"
#include "sim/SimFirmwareImage.h"
#include "sim/SimPtyServer.h"
#include "sim/SimSmpDevice.h"
#include "sim/SimSmpServer.h"
#include "sim/SimUdpServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

namespace {

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}
#endif

struct Number
{
    const char *name;
    qint64 *target;
};

bool parseVersion(const QString &text, sim::SimFirmwareImage &image)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 3)
        return false;
    bool ok[3];
    image.major = quint8(parts[0].toUInt(&ok[0]));
    image.minor = quint8(parts[1].toUInt(&ok[1]));
    image.revision = quint16(parts[2].toUInt(&ok[2]));
    return ok[0] && ok[1] && ok[2];
}

int usage(const QString &problem)
{
    std::fprintf(stderr, "pasban-devsim: %s\n", qPrintable(problem));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(u"pasban-devsim"_s);
    Translator::install(u"en"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Simulated MCUboot device with an SMP server (pseudo-terminal and UDP)."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"pty"_s, u"Serve on a pseudo-terminal (default when --udp is not given). Not on Windows."_s},
        {u"udp"_s, u"Serve SMP over UDP on PORT (0 = any free port) on 127.0.0.1."_s, u"PORT"_s},
        {u"bind"_s, u"Address for --udp (default 127.0.0.1)."_s, u"ADDRESS"_s},
        {u"image"_s, u"The MCUboot image in the primary slot (confirmed)."_s, u"FILE"_s},
        {u"version"_s, u"Without --image: make a primary image of this version (default 1.0.0)."_s, u"X.Y.Z"_s},
        {u"buf-size"_s, u"mcumgr params buf_size (default 2475)."_s, u"N"_s},
        {u"buf-count"_s, u"mcumgr params buf_count (default 4)."_s, u"N"_s},
        {u"bandwidth"_s, u"Link bandwidth in bytes per second, each way (0 = unlimited)."_s, u"N"_s},
        {u"latency"_s, u"One-way link latency in milliseconds."_s, u"MS"_s},
        {u"erase-ms"_s, u"Time to erase the slot at a new upload's first chunk."_s, u"MS"_s},
        {u"reboot-ms"_s, u"Time the device is away while resetting (default 50)."_s, u"MS"_s},
        {u"link-down-ms"_s, u"Time a dropped link stays down (default 200)."_s, u"MS"_s},
        {u"no-downgrade"_s, u"Bootloader info reports no-downgrade."_s},
        {u"refuse-downgrade"_s, u"Answer an older image's first chunk with image error 27."_s},
        {u"drop-at"_s, u"Drop the link when the upload reaches OFFSET (once)."_s, u"OFFSET"_s},
        {u"drop-probability"_s, u"Drop the link before a request with this probability."_s, u"P"_s},
        {u"drop-after"_s, u"Drop the link instead of answering request N (once)."_s, u"N"_s},
        {u"seed"_s, u"Seed for --drop-probability (default 1)."_s, u"N"_s},
        {u"reboot-at"_s, u"Reset the device when the upload reaches OFFSET (once)."_s, u"OFFSET"_s},
        {u"corrupt-reply"_s, u"Flip a byte in reply N (once)."_s, u"N"_s},
        {u"stall-at"_s, u"Stop answering for --stall-ms when the upload reaches OFFSET."_s, u"OFFSET"_s},
        {u"stall-ms"_s, u"Length of a stall (default 3000)."_s, u"MS"_s},
        {u"error"_s, u"Answer rc RC to the next COUNT requests of GROUP/COMMAND."_s, u"GROUP:COMMAND:RC:COUNT"_s},
        {u"chatty"_s, u"Print log lines between serial frames, as a real console does."_s},
    });
    parser.process(application);

    sim::SimDeviceConfig config;
    sim::SimFaults faults;
    sim::SimLinkSettings link;
    qint64 bufSize = config.bufSize, bufCount = config.bufCount, bandwidth = 0, latency = 0, eraseMs = 0,
           rebootMs = config.rebootMs, linkDownMs = config.linkDownMs, stallMs = faults.stallMs, seed = 1;
    const Number numbers[] = {{"buf-size", &bufSize},
                              {"buf-count", &bufCount},
                              {"bandwidth", &bandwidth},
                              {"latency", &latency},
                              {"erase-ms", &eraseMs},
                              {"reboot-ms", &rebootMs},
                              {"link-down-ms", &linkDownMs},
                              {"drop-at", &faults.dropAtOffset},
                              {"drop-after", &faults.dropAfterMessages},
                              {"seed", &seed},
                              {"reboot-at", &faults.rebootAtOffset},
                              {"corrupt-reply", &faults.corruptReplyNumber},
                              {"stall-at", &faults.stallAtOffset},
                              {"stall-ms", &stallMs}};
    for (const Number &number : numbers) {
        const QString name = QString::fromLatin1(number.name);
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        *number.target = parser.value(name).toLongLong(&ok);
        if (!ok || *number.target < 0)
            return usage(u"--%1 needs a number of 0 or more"_s.arg(name));
    }
    if (bufSize < 64 || bufCount < 1)
        return usage(u"--buf-size must be at least 64 and --buf-count at least 1"_s);
    config.bufSize = quint32(bufSize);
    config.bufCount = quint32(bufCount);
    config.eraseMs = int(eraseMs);
    config.rebootMs = int(rebootMs);
    config.linkDownMs = int(linkDownMs);
    config.noDowngrade = parser.isSet(u"no-downgrade"_s);
    faults.refuseDowngrade = parser.isSet(u"refuse-downgrade"_s) || config.noDowngrade;
    faults.stallMs = int(stallMs);
    faults.seed = quint64(seed);
    link.bytesPerSecond = double(bandwidth);
    link.latencyMs = int(latency);
    if (parser.isSet(u"drop-probability"_s)) {
        bool ok = false;
        faults.dropProbability = parser.value(u"drop-probability"_s).toDouble(&ok);
        if (!ok || faults.dropProbability < 0 || faults.dropProbability > 1)
            return usage(u"--drop-probability needs a number from 0 to 1"_s);
    }
    if (parser.isSet(u"error"_s)) {
        const QStringList parts = parser.value(u"error"_s).split(u':');
        bool ok[4] = {false, false, false, false};
        if (parts.size() == 4) {
            faults.errorGroup = parts[0].toInt(&ok[0]);
            faults.errorCommand = parts[1].toInt(&ok[1]);
            faults.errorRc = parts[2].toInt(&ok[2]);
            faults.errorCount = parts[3].toInt(&ok[3]);
        }
        if (!ok[0] || !ok[1] || !ok[2] || !ok[3])
            return usage(u"--error needs GROUP:COMMAND:RC:COUNT"_s);
    }

    QByteArray primary;
    if (parser.isSet(u"image"_s)) {
        QFile file(parser.value(u"image"_s));
        if (!file.open(QIODevice::ReadOnly))
            return usage(u"cannot read %1"_s.arg(file.fileName()));
        primary = file.readAll();
        if (!firmware::McubootImage::parse(primary))
            return usage(u"%1 is not an MCUboot image"_s.arg(file.fileName()));
    } else {
        sim::SimFirmwareImage image;
        if (parser.isSet(u"version"_s) && !parseVersion(parser.value(u"version"_s), image))
            return usage(u"--version needs X.Y.Z"_s);
        primary = image.build();
    }

    sim::SimSmpDevice device(primary, config, faults);
    sim::SimSmpServer server(&device, link);
    std::unique_ptr<sim::SimUdpServer> udp;
    std::unique_ptr<sim::SimPtyServer> pty;
    if (parser.isSet(u"udp"_s)) {
        bool ok = false;
        const uint port = parser.value(u"udp"_s).toUInt(&ok);
        if (!ok || port > 65535)
            return usage(u"--udp needs a port number"_s);
        const QHostAddress address(parser.isSet(u"bind"_s) ? parser.value(u"bind"_s) : u"127.0.0.1"_s);
        udp = std::make_unique<sim::SimUdpServer>(&server);
        if (Status listening = udp->listen(address, quint16(port)); !listening)
            return usage(listening.error().toString() + u" "_s + listening.error().detail());
        std::printf("udp: %u\n", udp->port());
    }
    if (parser.isSet(u"pty"_s) || !udp) {
#ifdef Q_OS_WIN
        return usage(u"pseudo-terminals are not available on Windows; use --udp PORT"_s);
#else
        pty = std::make_unique<sim::SimPtyServer>(&server);
        pty->setChatty(parser.isSet(u"chatty"_s));
        if (Status opened = pty->open(); !opened)
            return usage(opened.error().toString() + u" "_s + opened.error().detail());
        std::printf("pty: %s\n", qPrintable(pty->slavePath()));
#endif
    }
    std::fflush(stdout);

#ifdef Q_OS_UNIX
    if (::pipe(signalPipe) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &application);
        QObject::connect(notifier, &QSocketNotifier::activated, &application, &QCoreApplication::quit);
    }
#endif
    const int code = application.exec();
    std::fprintf(stderr, "pasban-devsim: primary %s, %s; %llu requests, %d resets\n",
                 qPrintable(device.primary().version.toString()),
                 device.primaryConfirmed() ? "confirmed" : "unconfirmed",
                 static_cast<unsigned long long>(device.requests()), device.reboots());
    return code;
}
