#include "CliScan.h"

#include "BleBackends.h"
#include "console/ConsoleContext.h"
#include "console/DeviceInventorySync.h"
#include "console/DiscoverySession.h"
#include "discovery/DeviceJson.h"
#include "discovery/DeviceRegistry.h"
#include "discovery/LibusbScanner.h"
#include "discovery/UsbClassification.h"
#include "inventory/InventoryStore.h"
#include "sim/DemoUsb.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace pasban::cli {

namespace {

// Interrogates each connectable device in turn; returns when all are done.
void interrogateAll(discovery::BleInterrogator &interrogator, DiscoverySession &session, std::chrono::seconds notifyFor)
{
    discovery::DeviceRegistry &registry = session.registry();
    const QStringList ids = registry.ids();
    for (const QString &id : ids) {
        const std::optional<discovery::DeviceRecord> device = registry.device(id);
        if (!device)
            continue;
        QEventLoop loop;
        std::optional<discovery::Interrogation> result;
        const auto done = QObject::connect(&interrogator, &discovery::BleInterrogator::finished, &loop,
                                           [&](const discovery::Interrogation &interrogation) {
                                               result = interrogation;
                                               loop.quit();
                                           });
        const auto failed =
            QObject::connect(&interrogator, &discovery::BleInterrogator::failed, &loop, [&](const Error &error) {
                std::fprintf(stderr, "pasban-cli: %s: %s [%s]\n", qPrintable(device->address),
                             qPrintable(error.message()), qPrintable(error.code()));
                session.recordInterrogationFailure(id, error);
                loop.quit();
            });
        discovery::InterrogationOptions options;
        options.notifyFor = notifyFor;
        interrogator.interrogate(device->address, options);
        if (interrogator.isBusy())
            loop.exec();
        QObject::disconnect(done);
        QObject::disconnect(failed);
        if (result) {
            if (Result<QString> stored = session.recordInterrogation(id, *result); !stored)
                std::fprintf(stderr, "pasban-cli: %s [%s]\n", qPrintable(stored.error().message()),
                             qPrintable(stored.error().code()));
        }
    }
}

Result<QList<discovery::UsbDevice>> listUsb(bool demo)
{
    if (demo)
        return sim::demoUsbDevices();
    return discovery::LibusbScanner::enumerate();
}

QString usbLine(const discovery::UsbDevice &usb)
{
    QStringList classes;
    for (const discovery::UsbInterface &interface : usb.interfaces) {
        const QString name = discovery::UsbClassification::className(interface);
        if (!classes.contains(name))
            classes.append(name);
    }
    QString line = u"%1  %2:%3  %4  %5  [%6]"_s.arg(usb.busPath, discovery::usbHex(usb.descriptor.vendorId),
                                                    discovery::usbHex(usb.descriptor.productId), usb.displayName(),
                                                    usb.serial, classes.join(u", "_s));
    if (!usb.serialPort.isEmpty())
        line += u"  "_s + usb.serialPort;
    if (!usb.accessHint.isEmpty())
        line += u"\n    "_s + usb.accessHint;
    return line;
}

// pasban-cli scan --usb: one enumeration, stored in the inventory with its
// interface observations.
int scanUsbOnly(const Output &out, ConsoleContext &context, bool demo)
{
    Result<QList<discovery::UsbDevice>> usb = listUsb(demo);
    if (!usb)
        return out.fail(usb.error(), Failed);
    discovery::DeviceRegistry registry;
    inventory::InventoryStore store(context.database());
    DeviceInventorySync sync(registry, store);
    registry.setUsbDevices(*usb, QDateTime::currentDateTimeUtc());
    registry.flush();
    if (Status flushed = sync.flush(); !flushed)
        return out.fail(flushed.error(), Failed);
    const QList<discovery::DeviceRecord> devices = registry.devices();
    if (out.json()) {
        QJsonArray array;
        for (const discovery::DeviceRecord &device : devices)
            array.append(discovery::toJson(device));
        out.array(array);
    } else {
        for (const discovery::DeviceRecord &device : devices)
            out.text(usbLine(*device.usb));
        out.text(QCoreApplication::translate("cli", "%n USB device(s) found.", nullptr, int(devices.size())));
    }
    return Success;
}

} // namespace

QList<QCommandLineOption> scanOptionList()
{
    return {
        QCommandLineOption(u"ble"_s, u"Scan Bluetooth LE (without --ble or --usb: both)."_s),
        QCommandLineOption(u"usb"_s, u"List USB devices (without --ble or --usb: both)."_s),
        QCommandLineOption(u"seconds"_s, u"How long to scan (default 10)."_s, u"N"_s, u"10"_s),
        QCommandLineOption(u"interrogate"_s, u"Interrogate every device found (connect without pairing, probe)."_s),
        QCommandLineOption(u"demo"_s, u"Scan the simulated fleet instead of Bluetooth hardware."_s),
    };
}

int runScan(const Output &out, const QString &dataDir, const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!arguments.isEmpty()) {
        std::fprintf(stderr, "pasban-cli scan: unexpected argument '%s'\n", qPrintable(arguments.first()));
        return Usage;
    }
    const QString secondsOption = u"seconds"_s;
    const QString interrogateOption = u"interrogate"_s;
    const QString demoOption = u"demo"_s;
    bool secondsOk = false;
    const int seconds = parser.value(secondsOption).toInt(&secondsOk);
    if (!secondsOk || seconds < 1 || seconds > 3600) {
        std::fprintf(stderr, "pasban-cli scan: --seconds takes a whole number from 1 to 3600\n");
        return Usage;
    }

    auto context = ConsoleContext::start(dataDir);
    if (!context)
        return out.fail(context.error(), StartFailed);

    const bool demo = parser.isSet(demoOption);
    const bool onlyUsb = parser.isSet(u"usb"_s) && !parser.isSet(u"ble"_s);
    const bool withUsb = parser.isSet(u"usb"_s) || !parser.isSet(u"ble"_s);
    if (onlyUsb)
        return scanUsbOnly(out, **context, demo);
    if (!parser.isSet(u"ble"_s) && !demo && !app::hasBluetoothAdapter()) {
        std::fprintf(stderr, "pasban-cli scan: %s\n",
                     qPrintable(QCoreApplication::translate("cli", "No Bluetooth adapter: listing USB devices only.")));
        return scanUsbOnly(out, **context, demo);
    }
    if (!demo && !app::hasBluetoothAdapter()) {
        return out.fail(Error(u"discovery.no_adapter"_s,
                              QT_TRANSLATE_NOOP("pasban::Error",
                                                "No Bluetooth adapter was found. Plug in or switch on a Bluetooth "
                                                "adapter (and check that the bluetooth service runs), or use --demo "
                                                "for the simulated fleet.")),
                        StartFailed);
    }
    app::BleBackends ble = app::makeBleBackends(demo ? app::BleChoice::Demo : app::BleChoice::Real);
    discovery::DeviceRegistry registry;
    inventory::InventoryStore store((*context)->database());
    DeviceInventorySync sync(registry, store);
    DiscoverySession session(*ble.scanner, registry, &sync);

    std::optional<Error> scanError;
    QEventLoop loop;
    QObject::connect(&session, &DiscoverySession::failed, &loop, [&](const Error &error) { scanError = error; });
    bool finished = false;
    QObject::connect(&session, &DiscoverySession::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    if (Status started = session.start(std::chrono::seconds {seconds}); !started)
        return out.fail(started.error(), Failed);
    if (!finished) // an unusable adapter finishes the scan inside start()
        loop.exec();
    if (scanError)
        return out.fail(*scanError, StartFailed);

    if (parser.isSet(interrogateOption))
        interrogateAll(*ble.interrogator, session, std::chrono::seconds {3});
    if (withUsb) {
        Result<QList<discovery::UsbDevice>> usb = listUsb(demo);
        if (!usb)
            return out.fail(usb.error(), Failed);
        registry.setUsbDevices(*usb, QDateTime::currentDateTimeUtc());
    }
    if (Status flushed = sync.flush(); !flushed)
        return out.fail(flushed.error(), Failed);

    const QList<discovery::DeviceRecord> devices = registry.devices();
    if (out.json()) {
        QJsonArray array;
        for (const discovery::DeviceRecord &device : devices)
            array.append(discovery::toJson(device));
        out.array(array);
    } else {
        for (const discovery::DeviceRecord &device : devices) {
            if (device.usb) {
                out.text(usbLine(*device.usb));
                continue;
            }
            out.text(u"%1  %2  %3  %4 dBm  %5"_s.arg(device.address, discovery::jsonName(device.deviceClass),
                                                     device.name, QString::number(device.rssi), device.manufacturer));
        }
        out.text(QCoreApplication::translate("cli", "%n device(s) found.", nullptr, int(devices.size())));
    }
    return Success;
}

} // namespace pasban::cli
