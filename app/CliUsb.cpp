#include "CliUsb.h"

#include "CliAudit.h"
#include "audit/AuditSink.h"
#include "console/ConsoleContext.h"
#include "smp/SmpProbe.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace pasban::cli {

namespace {

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("cli", "yes") : QCoreApplication::translate("cli", "no");
}

void printProbe(const Output &out, const QString &port, const smp::SmpProbeResult &result)
{
    out.text(QCoreApplication::translate("cli", "SMP device on %1").arg(port));
    out.text(QCoreApplication::translate("cli", "  Echo: %1").arg(yesNo(result.echo)));
    out.text(QCoreApplication::translate("cli", "  OS and application: %1")
                 .arg(result.osInfo ? *result.osInfo : QCoreApplication::translate("cli", "not supported")));
    if (result.parameters) {
        out.text(QCoreApplication::translate("cli", "  Management buffers: %1 of %2 bytes")
                     .arg(result.parameters->bufferCount)
                     .arg(result.parameters->bufferSize));
    }
    if (result.bootloader) {
        QString line =
            result.bootloader->name.isEmpty() ? QCoreApplication::translate("cli", "unnamed") : result.bootloader->name;
        if (result.bootloader->mode)
            line += u", "_s + smp::bootloaderModeText(*result.bootloader->mode);
        if (result.bootloader->noDowngrade.value_or(false))
            line += u", "_s + QCoreApplication::translate("cli", "refuses downgrades");
        out.text(QCoreApplication::translate("cli", "  Bootloader: %1").arg(line));
    } else {
        out.text(QCoreApplication::translate("cli", "  Bootloader: %1")
                     .arg(QCoreApplication::translate("cli", "not supported")));
    }
    if (!result.images) {
        out.text(QCoreApplication::translate("cli", "  Images: %1")
                     .arg(QCoreApplication::translate("cli", "not supported")));
        return;
    }
    for (const smp::ImageSlotState &slot : *result.images) {
        QStringList flags;
        if (slot.active)
            flags << QCoreApplication::translate("cli", "active");
        if (slot.confirmed)
            flags << QCoreApplication::translate("cli", "confirmed");
        if (slot.pending)
            flags << QCoreApplication::translate("cli", "pending");
        if (slot.bootable)
            flags << QCoreApplication::translate("cli", "bootable");
        if (slot.permanent)
            flags << QCoreApplication::translate("cli", "permanent");
        out.text(QCoreApplication::translate("cli", "  Image %1 slot %2: %3 [%4] hash %5")
                     .arg(slot.image)
                     .arg(slot.slot)
                     .arg(slot.version, flags.join(u", "_s), QString::fromLatin1(slot.hash.toHex())));
    }
}

Result<smp::SmpProbeResult> probe(const QString &port, int timeoutMs)
{
    smp::SmpProbeOptions options;
    if (timeoutMs > 0) {
        options.client.timeoutMs = timeoutMs;
        options.client.firstChunkTimeoutMs = timeoutMs;
    }
    std::unique_ptr<smp::SmpProbe> running(smp::SmpProbe::forSerialPort(port, options));
    std::optional<Result<smp::SmpProbeResult>> outcome;
    QEventLoop loop;
    QObject::connect(running.get(), &smp::SmpProbe::finished, &loop, [&](const Result<smp::SmpProbeResult> &result) {
        outcome = result;
        loop.quit();
    });
    running->start();
    if (!outcome)
        loop.exec();
    return *outcome;
}

} // namespace

QList<QCommandLineOption> usbOptionList()
{
    return {
        QCommandLineOption(u"serial"_s, u"usb probe: the serial port (/dev/ttyACM0, COM5)."_s, u"PORT"_s),
        QCommandLineOption(u"timeout"_s, u"usb probe: how long to wait for each answer (default 1500)."_s, u"MS"_s),
        QCommandLineOption(u"passphrase-file"_s, u"The audit log's passphrase (first line of FILE)."_s, u"FILE"_s),
    };
}

int runUsb(const Output &out, const QString &dataDir, const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.value(0) != u"probe"_s)
        return usage(u"usb"_s, u"the subcommand is probe"_s);
    if (arguments.size() > 1)
        return usage(u"usb probe"_s, u"unexpected argument '%1'"_s.arg(arguments.at(1)));
    const QString port = parser.value(u"serial"_s);
    if (port.isEmpty())
        return usage(u"usb probe"_s, u"needs --serial PORT"_s);
    int timeoutMs = 0;
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        timeoutMs = parser.value(u"timeout"_s).toInt(&ok);
        if (!ok || timeoutMs < 50 || timeoutMs > 60000)
            return usage(u"usb probe"_s, u"--timeout takes milliseconds from 50 to 60000"_s);
    }

    auto context = ConsoleContext::start(dataDir);
    if (!context)
        return out.fail(context.error(), StartFailed);
    AuditChoice audit = chooseAudit(out, dataDir, parser, (*context)->database(), u"usb probe"_s);
    if (audit.exitCode != Success)
        return audit.exitCode;

    const Result<smp::SmpProbeResult> result = probe(port, timeoutMs);
    if (audit.sink) {
        if (Result<quint64> recorded = audit.sink->record(smp::probeAuditEvent(port, {}, result)); !recorded)
            return out.fail(recorded.error(), Failed);
    }
    if (!result) {
        const bool cannotOpen = result.error().code() == u"smp.open_failed"_s;
        return out.fail(result.error(), cannotOpen ? Usage : Failed);
    }
    if (out.json())
        out.object(smp::toJson(*result, port));
    else
        printProbe(out, port, *result);
    return Success;
}

} // namespace pasban::cli
