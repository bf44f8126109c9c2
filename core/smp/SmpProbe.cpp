#include "SmpProbe.h"

#include "SmpError.h"
#include "SmpRequests.h"
#include "SmpSerialTransport.h"
#include "SmpTransport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace pasban::smp {

namespace {

// The echo carries a recognisable text: an answer with another text is not our
// echo (a console that repeats lines would not produce SMP frames anyway).
const QString EchoText = u"pasban-probe"_s;

constexpr int StepCount = 6;

bool isUnsupported(const Error &error)
{
    return error.code() == u"smp.device.not_supported"_s;
}

QJsonValue optionalString(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

const ImageSlotState *SmpProbeResult::activeImage() const
{
    if (!images)
        return nullptr;
    for (const ImageSlotState &slot : *images) {
        if (slot.active)
            return &slot;
    }
    return nullptr;
}

QString bootloaderModeName(qint64 mode)
{
    switch (mode) {
    case BootloaderInfo::SingleApplication:
        return u"single"_s;
    case BootloaderInfo::SwapUsingScratch:
        return u"swap-scratch"_s;
    case BootloaderInfo::OverwriteOnly:
        return u"overwrite-only"_s;
    case BootloaderInfo::SwapUsingMove:
        return u"swap-move"_s;
    case BootloaderInfo::DirectXip:
        return u"direct-xip"_s;
    case BootloaderInfo::DirectXipWithRevert:
        return u"direct-xip-revert"_s;
    case BootloaderInfo::RamLoad:
        return u"ram-load"_s;
    case BootloaderInfo::FirmwareLoader:
        return u"firmware-loader"_s;
    }
    return u"unknown"_s;
}

QString bootloaderModeText(qint64 mode)
{
    const char *text = nullptr;
    switch (mode) {
    case BootloaderInfo::SingleApplication:
        text = QT_TRANSLATE_NOOP("pasban::smp::SmpProbe", "single application slot");
        break;
    case BootloaderInfo::SwapUsingScratch:
        text = QT_TRANSLATE_NOOP("pasban::smp::SmpProbe", "swap using scratch");
        break;
    case BootloaderInfo::OverwriteOnly:
        text = QT_TRANSLATE_NOOP("pasban::smp::SmpProbe", "overwrite only (no way back)");
        break;
    case BootloaderInfo::SwapUsingMove:
        text = QT_TRANSLATE_NOOP("pasban::smp::SmpProbe", "swap using move");
        break;
    case BootloaderInfo::DirectXip:
        text = QT_TRANSLATE_NOOP("pasban::smp::SmpProbe", "direct execute-in-place");
        break;
    case BootloaderInfo::DirectXipWithRevert:
        text = QT_TRANSLATE_NOOP("pasban::smp::SmpProbe", "direct execute-in-place with revert");
        break;
    case BootloaderInfo::RamLoad:
        text = QT_TRANSLATE_NOOP("pasban::smp::SmpProbe", "load into RAM");
        break;
    case BootloaderInfo::FirmwareLoader:
        text = QT_TRANSLATE_NOOP("pasban::smp::SmpProbe", "firmware loader");
        break;
    }
    if (!text)
        return QCoreApplication::translate("pasban::smp::SmpProbe", "unknown mode %1").arg(mode);
    return QCoreApplication::translate("pasban::smp::SmpProbe", text);
}

QJsonObject toJson(const SmpProbeResult &result, const QString &port)
{
    QJsonObject os;
    os.insert(u"info"_s, optionalString(result.osInfo));
    os.insert(u"bufferSize"_s,
              result.parameters ? QJsonValue(qint64(result.parameters->bufferSize)) : QJsonValue(QJsonValue::Null));
    os.insert(u"bufferCount"_s,
              result.parameters ? QJsonValue(qint64(result.parameters->bufferCount)) : QJsonValue(QJsonValue::Null));

    QJsonValue bootloader(QJsonValue::Null);
    if (result.bootloader) {
        const BootloaderInfo &info = *result.bootloader;
        QJsonObject object;
        object.insert(u"name"_s, info.name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(info.name));
        object.insert(u"mode"_s, info.mode ? QJsonValue(*info.mode) : QJsonValue(QJsonValue::Null));
        object.insert(u"modeName"_s,
                      info.mode ? QJsonValue(bootloaderModeName(*info.mode)) : QJsonValue(QJsonValue::Null));
        object.insert(u"noDowngrade"_s, info.noDowngrade ? QJsonValue(*info.noDowngrade) : QJsonValue(false));
        bootloader = object;
    }

    QJsonValue images(QJsonValue::Null);
    if (result.images) {
        QJsonArray array;
        for (const ImageSlotState &slot : *result.images) {
            array.append(QJsonObject {
                {u"image"_s, qint64(slot.image)},
                {u"slot"_s, qint64(slot.slot)},
                {u"version"_s, slot.version},
                {u"hash"_s, QString::fromLatin1(slot.hash.toHex())},
                {u"active"_s, slot.active},
                {u"confirmed"_s, slot.confirmed},
                {u"pending"_s, slot.pending},
                {u"bootable"_s, slot.bootable},
                {u"permanent"_s, slot.permanent},
            });
        }
        images = array;
    }
    return QJsonObject {{u"port"_s, port},
                        {u"echo"_s, result.echo},
                        {u"os"_s, os},
                        {u"bootloader"_s, bootloader},
                        {u"images"_s, images}};
}

audit::AuditEvent probeAuditEvent(const QString &port, const QString &deviceId, const Result<SmpProbeResult> &result)
{
    audit::AuditEvent event;
    event.type = audit::EventType::ApplicationActivity;
    event.action = audit::Action::Execute;
    event.device = deviceId.isEmpty() ? u"serial:"_s + port : deviceId;
    event.details = {{u"event"_s, u"smp-probe"_s}, {u"port"_s, port}};
    if (!result) {
        event.outcome = audit::Outcome::MinorFailure;
        event.details.insert(u"error"_s, result.error().code());
        return event;
    }
    event.details.insert(u"echo"_s, result->echo);
    if (result->bootloader)
        event.details.insert(u"bootloader"_s, result->bootloader->name);
    if (const ImageSlotState *active = result->activeImage())
        event.details.insert(u"activeVersion"_s, active->version);
    event.details.insert(u"images"_s, result->images ? int(result->images->size()) : 0);
    return event;
}

QJsonObject probeObservationValue(const SmpProbeResult &result, const QString &port)
{
    const QJsonObject json = toJson(result, port);
    QJsonObject value {{u"port"_s, port}, {u"images"_s, json.value(u"images"_s)}};
    if (result.bootloader) {
        value.insert(u"bootloader"_s, result.bootloader->name);
        if (result.bootloader->mode)
            value.insert(u"bootloaderMode"_s, bootloaderModeName(*result.bootloader->mode));
    }
    if (const ImageSlotState *active = result.activeImage()) {
        value.insert(u"activeVersion"_s, active->version);
        value.insert(u"activeHash"_s, QString::fromLatin1(active->hash.toHex()));
    }
    return value;
}

SmpProbe::SmpProbe(SmpTransport *transport, SmpProbeOptions options, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_client(new SmpClient(transport, options.client, this))
{
    connect(transport, &SmpTransport::opened, this, &SmpProbe::onOpened);
    connect(transport, &SmpTransport::closed, this, &SmpProbe::onClosed);
}

SmpProbe *SmpProbe::forSerialPort(const QString &portName, SmpProbeOptions options, QObject *parent)
{
    auto *transport = new SmpSerialTransport(portName);
    auto *probe = new SmpProbe(transport, options, parent);
    transport->setParent(probe);
    return probe;
}

SmpProbe::~SmpProbe()
{
    if (m_running && m_transport)
        m_transport->close();
}

QString SmpProbe::peerName() const
{
    return m_transport ? m_transport->peerName() : QString();
}

Error SmpProbe::notSmpDevice(const QString &peer, const QString &detail)
{
    return Error(u"smp.probe.no_answer"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "Nothing on %1 answered an SMP echo: it is not an SMP (mcumgr) device, or its "
                                   "firmware does not listen for device management on this port. Check the port "
                                   "name and that the device is running."),
                 {peer}, detail);
}

void SmpProbe::start()
{
    if (m_running || !m_transport)
        return;
    m_running = true;
    m_result = SmpProbeResult {};
    m_result.peer = m_transport->peerName();
    m_transport->open();
}

void SmpProbe::cancel()
{
    if (!m_running)
        return;
    finish(SmpClient::cancelledError());
}

void SmpProbe::onOpened()
{
    if (m_running && !m_requestPending && !m_result.echo)
        run(Step::Echo);
}

void SmpProbe::onClosed(const Error &reason)
{
    // SmpClient fails the pending request with the link error too; finish once.
    if (m_running)
        finish(reason);
}

QString SmpProbe::stepText(Step step)
{
    switch (step) {
    case Step::Echo:
        return tr("Checking that the device answers (echo)");
    case Step::Parameters:
        return tr("Reading management buffer parameters");
    case Step::OsInfo:
        return tr("Reading OS and application information");
    case Step::Bootloader:
    case Step::BootloaderMode:
        return tr("Reading bootloader information");
    case Step::Images:
        return tr("Reading the image list");
    case Step::Done:
        break;
    }
    return {};
}

void SmpProbe::run(Step step)
{
    if (step == Step::Done) {
        finish(m_result);
        return;
    }
    SmpMessage request;
    switch (step) {
    case Step::Echo:
        request = SmpRequests::echo(EchoText);
        break;
    case Step::Parameters:
        request = SmpRequests::parameters();
        break;
    case Step::OsInfo:
        request = SmpRequests::osInfo(u"a"_s);
        break;
    case Step::Bootloader:
        request = SmpRequests::bootloaderInfo();
        break;
    case Step::BootloaderMode:
        request = SmpRequests::bootloaderInfo(u"mode"_s);
        break;
    case Step::Images:
        request = SmpRequests::imageStateRead();
        break;
    case Step::Done:
        break;
    }
    Q_EMIT progress(stepText(step), int(step), StepCount);
    if (!m_running) // cancelled from a progress() slot
        return;
    m_requestPending = true;
    m_requestId = m_client->request(request, [this, step](Result<SmpMessage> answer) {
        m_requestPending = false;
        onAnswer(step, answer);
    });
}

void SmpProbe::onAnswer(Step step, const Result<SmpMessage> &answer)
{
    if (!m_running)
        return;
    if (!answer) {
        finish(stepError(step, answer.error()));
        return;
    }
    if (Status read = this->read(step, answer->payload); !read) {
        finish(stepError(step, read.error()));
        return;
    }
    run(Step(int(step) + 1));
}

Status SmpProbe::read(Step step, const QCborMap &payload)
{
    switch (step) {
    case Step::Echo: {
        Result<QString> echoed = SmpResponses::echo(payload);
        if (!echoed)
            return echoed.error();
        m_result.echo = *echoed == EchoText;
        if (!m_result.echo)
            return SmpError::malformedResponse(u"echo answered with other text"_s);
        return {};
    }
    case Step::Parameters: {
        Result<DeviceParameters> parameters = SmpResponses::parameters(payload);
        if (parameters)
            m_result.parameters = *parameters;
        return parameters || isUnsupported(parameters.error()) ? Status {} : Status(parameters.error());
    }
    case Step::OsInfo: {
        Result<QString> info = SmpResponses::osInfo(payload);
        if (info)
            m_result.osInfo = *info;
        return info || isUnsupported(info.error()) ? Status {} : Status(info.error());
    }
    case Step::Bootloader: {
        Result<BootloaderInfo> info = SmpResponses::bootloaderInfo(payload);
        if (info)
            m_result.bootloader = *info;
        return info || isUnsupported(info.error()) ? Status {} : Status(info.error());
    }
    case Step::BootloaderMode: {
        Result<BootloaderInfo> info = SmpResponses::bootloaderInfo(payload);
        if (info) {
            if (!m_result.bootloader)
                m_result.bootloader = BootloaderInfo {};
            m_result.bootloader->mode = info->mode;
            m_result.bootloader->noDowngrade = info->noDowngrade;
        }
        // MCUboot answers the mode query; other bootloaders reject it (rc 3 or 8).
        const bool optional =
            !info && (isUnsupported(info.error()) || info.error().code() == u"smp.device.invalid_value"_s);
        return info || optional ? Status {} : Status(info.error());
    }
    case Step::Images: {
        Result<ImageStateList> list = SmpResponses::imageState(payload);
        if (list)
            m_result.images = list->images;
        return list || isUnsupported(list.error()) ? Status {} : Status(list.error());
    }
    case Step::Done:
        break;
    }
    return {};
}

Error SmpProbe::stepError(Step step, const Error &cause) const
{
    const QString peer = m_result.peer;
    const QString detail = cause.code() + u": "_s + cause.detail();
    if (cause.code() != u"smp.timeout"_s)
        return cause.withDetail(u"probe step %1"_s.arg(int(step)));
    switch (step) {
    case Step::Echo:
        return notSmpDevice(peer, detail);
    case Step::Parameters:
        return Error(u"smp.probe.timeout.parameters"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The device on %1 answered the echo but not the request for its management "
                                       "buffer parameters. It may be busy or resetting: try again."),
                     {peer}, detail);
    case Step::OsInfo:
        return Error(u"smp.probe.timeout.os_info"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The device on %1 answered the echo but not the request for its OS and "
                                       "application information. It may be busy or resetting: try again."),
                     {peer}, detail);
    case Step::Bootloader:
    case Step::BootloaderMode:
        return Error(u"smp.probe.timeout.bootloader"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The device on %1 answered the echo but not the request for its bootloader "
                                       "information. It may be busy or resetting: try again."),
                     {peer}, detail);
    case Step::Images:
        return Error(u"smp.probe.timeout.images"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The device on %1 answered the echo but not the request for its image list. "
                                       "It may be busy or resetting: try again."),
                     {peer}, detail);
    case Step::Done:
        break;
    }
    return cause;
}

void SmpProbe::finish(Result<SmpProbeResult> result)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_requestPending) {
        m_requestPending = false;
        m_client->failAll(SmpClient::cancelledError());
    }
    if (m_transport)
        m_transport->close();
    Q_EMIT finished(result);
}

} // namespace pasban::smp
