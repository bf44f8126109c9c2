#include "FirmwareUpdate.h"

#include "FirmwareJobStore.h"
#include "audit/AuditSink.h"
#include "common/Logging.h"
#include "inventory/InventoryStore.h"
#include "smp/SmpError.h"
#include "smp/SmpRequests.h"
#include "smp/SmpTransport.h"
#include "smp/SmpUploader.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace pasban::firmware {

namespace {

// "1.2.3" or "1.2.3.4" as devices format it; nullopt for anything else.
std::optional<ImageVersion> parseVersion(const QString &text)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() < 3 || parts.size() > 4)
        return std::nullopt;
    bool ok[4] = {true, true, true, true};
    ImageVersion version;
    const uint major = parts[0].toUInt(&ok[0]);
    const uint minor = parts[1].toUInt(&ok[1]);
    const uint revision = parts[2].toUInt(&ok[2]);
    const uint build = parts.size() == 4 ? parts[3].toUInt(&ok[3]) : 0;
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || major > 255 || minor > 255 || revision > 0xffff)
        return std::nullopt;
    version.major = quint8(major);
    version.minor = quint8(minor);
    version.revision = quint16(revision);
    version.build = build;
    return version;
}

const smp::ImageSlotState *findSlot(const smp::ImageStateList &list, quint32 slot)
{
    for (const smp::ImageSlotState &state : list.images) {
        if (state.image == 0 && state.slot == slot)
            return &state;
    }
    return nullptr;
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

QString updateModeName(UpdateMode mode)
{
    switch (mode) {
    case UpdateMode::TestAndConfirm:
        return u"test-confirm"_s;
    case UpdateMode::ConfirmOnly:
        return u"confirm-only"_s;
    case UpdateMode::TestOnly:
        return u"test-only"_s;
    }
    return {};
}

std::optional<UpdateMode> updateModeFromName(const QString &name)
{
    for (UpdateMode mode : {UpdateMode::TestAndConfirm, UpdateMode::ConfirmOnly, UpdateMode::TestOnly}) {
        if (updateModeName(mode) == name)
            return mode;
    }
    return std::nullopt;
}

QJsonObject FirmwareUpdateResult::toJson() const
{
    QJsonObject object {{u"device"_s, device},
                        {u"version"_s, version.toString()},
                        {u"imageHash"_s, hex(imageHash)},
                        {u"mode"_s, updateModeName(mode)},
                        {u"confirmed"_s, confirmed},
                        {u"alreadyInstalled"_s, alreadyInstalled},
                        {u"size"_s, size},
                        {u"resumedFrom"_s, resumedFrom},
                        {u"reconnects"_s, reconnects},
                        {u"restarts"_s, restarts},
                        {u"elapsedMs"_s, elapsedMs}};
    if (securityCounter)
        object.insert(u"securityCounter"_s, qint64(*securityCounter));
    return object;
}

QString FirmwareUpdate::stepName(Step step)
{
    switch (step) {
    case Step::Idle:
        return u"idle"_s;
    case Step::Connecting:
        return u"connecting"_s;
    case Step::Inspecting:
        return u"inspecting"_s;
    case Step::Uploading:
        return u"uploading"_s;
    case Step::Marking:
        return u"marking"_s;
    case Step::Resetting:
        return u"resetting"_s;
    case Step::Confirming:
        return u"confirming"_s;
    case Step::Done:
        return u"done"_s;
    case Step::Failed:
        return u"failed"_s;
    case Step::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

FirmwareUpdate::FirmwareUpdate(VerifiedImage image, smp::SmpTransport *transport, FirmwareUpdateOptions options,
                               audit::AuditSink *audit, FirmwareJobStore *jobs, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_image(std::move(image))
    , m_transport(transport)
    , m_options(options)
    , m_audit(audit)
    , m_jobs(jobs)
    , m_clock(clock)
    , m_client(new smp::SmpClient(transport, options.client, this))
{
    connect(transport, &smp::SmpTransport::opened, this, &FirmwareUpdate::onOpened);
    connect(transport, &smp::SmpTransport::closed, this, &FirmwareUpdate::onClosed);
    m_result.device = transport->peerName();
    m_result.version = m_image.version();
    m_result.imageHash = m_image.imageHash();
    m_result.securityCounter = m_image.securityCounter();
    m_result.mode = options.mode;
    m_result.size = m_image.bytes().size();
}

FirmwareUpdate::~FirmwareUpdate()
{
    delete m_uploader;
    m_uploader = nullptr;
}

template<typename F> auto FirmwareUpdate::guarded(F &&f)
{
    return [this, token = m_token, f = std::forward<F>(f)](Result<smp::SmpMessage> answer) mutable {
        if (token != m_token)
            return;
        if (!answer) {
            if (isLinkError(answer.error()))
                interrupted(answer.error());
            else
                fail(answer.error());
            return;
        }
        f(std::move(answer).value());
    };
}

void FirmwareUpdate::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    qCInfo(lcFirmware) << "firmware update" << m_result.device << "step" << stepName(step);
    Q_EMIT stepChanged(step);
}

void FirmwareUpdate::audit(const QString &what, const QJsonObject &details, bool failure)
{
    if (!m_audit)
        return;
    audit::AuditEvent event;
    event.type = audit::EventType::SoftwareConfiguration;
    event.action = audit::Action::Update;
    event.outcome = failure ? audit::Outcome::SeriousFailure : audit::Outcome::Success;
    event.device = m_result.device;
    QJsonObject all = details;
    all.insert(u"operation"_s, u"firmware-update"_s);
    all.insert(u"step"_s, what);
    all.insert(u"version"_s, m_image.version().toString());
    all.insert(u"imageHash"_s, hex(m_image.imageHash()));
    event.details = all;
    Result<quint64> recorded = m_audit->record(event);
    if (!recorded)
        qCWarning(lcFirmware) << "audit event not recorded:" << recorded.error().toString();
}

Status FirmwareUpdate::auditStrict(const QString &what, const QJsonObject &details)
{
    if (!m_audit)
        return {};
    audit::AuditEvent event;
    event.type = audit::EventType::RemoteServiceOperationStarted;
    event.action = audit::Action::Execute;
    event.device = m_result.device;
    QJsonObject all = details;
    all.insert(u"operation"_s, u"firmware-update"_s);
    all.insert(u"step"_s, what);
    all.insert(u"version"_s, m_image.version().toString());
    all.insert(u"imageHash"_s, hex(m_image.imageHash()));
    all.insert(u"fileSha256"_s, hex(m_image.fileSha256()));
    all.insert(u"verifiedBy"_s, m_image.verifiedBy());
    all.insert(u"source"_s, m_image.source());
    all.insert(u"mode"_s, updateModeName(m_options.mode));
    event.details = all;
    Result<quint64> recorded = m_audit->record(event);
    if (!recorded)
        return recorded.error();
    return {};
}

void FirmwareUpdate::persist(const QString &state, qint64 offset)
{
    if (!m_jobs)
        return;
    if (offset >= 0)
        m_persistedOffset = offset;
    if (Status saved = m_jobs->updateProgress(m_result.device, m_persistedOffset, state); !saved)
        qCWarning(lcFirmware) << "firmware job not saved:" << saved.error().toString();
}

void FirmwareUpdate::start()
{
    m_startMs = m_clock.monotonicMs();
    // An update nobody can later account for must not start.
    if (Status audited = auditStrict(u"start"_s, {}); !audited) {
        fail(audited.error());
        return;
    }
    if (m_jobs) {
        Result<std::optional<FirmwareJob>> previous = m_jobs->find(m_result.device);
        const bool resuming = previous && previous->has_value() && (*previous)->fileSha256 == m_image.fileSha256()
            && (*previous)->state != u"done"_s;
        if (resuming) {
            m_persistedOffset = (*previous)->offset;
            audit(u"resume-job"_s, {{u"offset"_s, m_persistedOffset}, {u"previousState"_s, (*previous)->state}});
            qCInfo(lcFirmware) << "resuming the job for" << m_result.device << "at" << m_persistedOffset;
        } else {
            FirmwareJob job;
            job.device = m_result.device;
            job.fileSha256 = m_image.fileSha256();
            job.imageHash = m_image.imageHash();
            job.version = m_image.version().toString();
            job.size = m_image.bytes().size();
            job.state = stepName(Step::Connecting);
            job.mode = updateModeName(m_options.mode);
            if (Status saved = m_jobs->save(job); !saved) {
                fail(saved.error());
                return;
            }
        }
    }
    m_attempts = 0;
    connectTransport();
}

void FirmwareUpdate::cancel()
{
    m_cancelRequested = true;
    // Safe points: nothing marked yet. After marking, the update runs to a
    // consistent end (confirmed, or reverted by the bootloader).
    if (m_marked || m_step == Step::Done || m_step == Step::Failed || m_step == Step::Cancelled)
        return;
    ++m_token;
    if (m_uploader) {
        m_uploader->disconnect(this);
        m_uploader->cancel();
    }
    m_client->failAll(smp::SmpClient::cancelledError());
    persist(stepName(Step::Cancelled));
    audit(u"cancelled"_s, {{u"offset"_s, m_persistedOffset}}, true);
    setStep(Step::Cancelled);
    Q_EMIT finished(Error(u"firmware.update_cancelled"_s,
                          QT_TRANSLATE_NOOP("pasban::Error",
                                            "The firmware update was cancelled. The device keeps running its current "
                                            "firmware; starting the update again continues the transfer.")));
}

void FirmwareUpdate::connectTransport()
{
    setStep(Step::Connecting);
    m_waitingForLink = true;
    m_transport->open();
}

void FirmwareUpdate::onOpened()
{
    if (!m_waitingForLink)
        return;
    m_waitingForLink = false;
    inspect();
}

void FirmwareUpdate::onClosed(const Error &reason)
{
    if (!m_waitingForLink)
        return; // a lost link while working shows up as failed requests
    m_waitingForLink = false;
    interrupted(reason);
}

bool FirmwareUpdate::isLinkError(const Error &error) const
{
    const QString code = error.code();
    return code == u"smp.timeout"_s || code == u"smp.link_lost"_s || code == u"smp.not_connected"_s
        || code == u"smp.open_failed"_s;
}

void FirmwareUpdate::interrupted(const Error &error)
{
    if (m_step == Step::Done || m_step == Step::Failed || m_step == Step::Cancelled)
        return;
    ++m_token;
    if (m_uploader) {
        m_uploader->disconnect(this);
        m_uploader->deleteLater();
        m_uploader = nullptr;
    }
    if (m_cancelRequested && !m_marked) {
        cancel();
        return;
    }
    // After a reset the device is expected to go away for a moment.
    const bool expected = m_step == Step::Resetting;
    if (++m_attempts > m_options.reconnectAttempts) {
        fail(error);
        return;
    }
    ++m_result.reconnects;
    if (!expected)
        audit(u"link-lost"_s, {{u"error"_s, error.code()}, {u"attempt"_s, m_attempts}}, true);
    qCInfo(lcFirmware) << "link interrupted:" << error.code() << "- reconnecting, attempt" << m_attempts;
    m_client->failAll(error);
    m_transport->close();
    setStep(Step::Connecting);
    QTimer::singleShot(expected ? m_options.rebootWaitMs : m_options.reconnectDelayMs, this, [this, token = m_token] {
        if (token == m_token)
            connectTransport();
    });
}

void FirmwareUpdate::inspect()
{
    setStep(Step::Inspecting);
    if (++m_inspections > 50) {
        fail(Error(u"firmware.update_loop"_s,
                   QT_TRANSLATE_NOOP("pasban::Error",
                                     "The device does not reach the expected state. Stop and check the device.")));
        return;
    }
    ++m_token;
    m_client->request(
        smp::SmpRequests::bootloaderInfo(u"mode"_s), guarded([this](const smp::SmpMessage &answer) {
            Result<smp::BootloaderInfo> info = smp::SmpResponses::bootloaderInfo(answer.payload);
            // Bootloader info is optional in Zephyr: without it, the console's own policy applies.
            m_bootloader = info ? *info : smp::BootloaderInfo {};
            m_client->request(
                smp::SmpRequests::parameters(), guarded([this](const smp::SmpMessage &parameters) {
                    Result<smp::DeviceParameters> read = smp::SmpResponses::parameters(parameters.payload);
                    m_haveParameters = bool(read);
                    if (read)
                        m_parameters = *read;
                    m_client->request(smp::SmpRequests::imageStateRead(), guarded([this](const smp::SmpMessage &list) {
                                          Result<smp::ImageStateList> images =
                                              smp::SmpResponses::imageState(list.payload);
                                          if (!images) {
                                              fail(images.error());
                                              return;
                                          }
                                          m_images = *images;
                                          m_attempts = 0;
                                          decide();
                                      }));
                }));
        }));
}

void FirmwareUpdate::decide()
{
    const smp::ImageSlotState *active = findSlot(m_images, 0);
    const smp::ImageSlotState *secondary = findSlot(m_images, 1);
    const QByteArray hash = m_image.imageHash();
    if (!active) {
        fail(smp::SmpError::malformedResponse(u"image list without the primary slot"_s));
        return;
    }
    if (active->hash == hash) {
        if (active->confirmed || m_options.mode == UpdateMode::TestOnly) {
            m_result.confirmed = active->confirmed;
            m_result.alreadyInstalled = !m_sentFirmware && !m_resetDone;
            succeed();
        } else {
            confirm();
        }
        return;
    }
    const std::optional<ImageVersion> running = parseVersion(active->version);
    if (!m_marked && running && m_image.version() < *running && !m_options.allowDowngrade) {
        audit(u"downgrade-refused"_s, {{u"running"_s, active->version}}, true);
        const bool deviceRule = m_bootloader.noDowngrade.value_or(false);
        fail(Error(u"firmware.downgrade_refused"_s,
                   deviceRule ? QT_TRANSLATE_NOOP("pasban::Error",
                                                  "The device runs %1, newer than this image (%2), and its bootloader "
                                                  "refuses older firmware. Nothing was sent.")
                              : QT_TRANSLATE_NOOP("pasban::Error",
                                                  "The device runs %1, newer than this image (%2). Pasban does not "
                                                  "install older firmware. Nothing was sent."),
                   {active->version, m_image.version().toString()}));
        return;
    }
    const bool uploaded = secondary && secondary->hash == hash;
    const bool wantPermanent = m_options.mode == UpdateMode::ConfirmOnly;
    if (uploaded && secondary->pending && secondary->permanent == wantPermanent) {
        // Marked, and not started yet (also when a reset request was lost).
        m_marked = true;
        reset();
        return;
    }
    if (m_resetDone) {
        // The device was reset after marking and does not run the new image:
        // the bootloader refused it (bad signature for its key, downgrade, damage).
        audit(u"not-activated"_s, {{u"activeHash"_s, hex(active->hash)}}, true);
        fail(Error(u"firmware.not_activated"_s,
                   QT_TRANSLATE_NOOP("pasban::Error",
                                     "The device restarted but is still running its previous firmware: its bootloader "
                                     "did not accept the new image. The device is unchanged."),
                   {}, u"active %1"_s.arg(active->version)));
        return;
    }
    if (m_cancelRequested) {
        cancel();
        return;
    }
    if (uploaded) {
        mark();
        return;
    }
    upload();
}

void FirmwareUpdate::upload()
{
    setStep(Step::Uploading);
    persist(stepName(Step::Uploading));
    const qsizetype transportLimit = m_transport->maxMessageSize();
    smp::UploadSettings settings;
    settings.messageLimit = m_haveParameters && m_parameters.bufferSize > 0
        ? std::min<qsizetype>(m_parameters.bufferSize, transportLimit)
        : std::min<qsizetype>(transportLimit, 512);
    settings.window = m_options.window > 0 ? m_options.window
        : m_haveParameters                 ? std::max<int>(1, int(m_parameters.bufferCount) - 1)
                                           : 1;
    audit(u"upload"_s,
          {{u"chunkLimit"_s, qint64(settings.messageLimit)},
           {u"window"_s, settings.window},
           {u"bootloader"_s, m_bootloader.name},
           {u"persistedOffset"_s, m_persistedOffset}});
    delete m_uploader;
    m_uploader = new smp::SmpUploader(m_client, m_image.bytes(), this);
    m_transferStartMs = m_clock.monotonicMs();
    m_transferStartOffset = -1;
    m_sentFirmware = true;
    connect(m_uploader, &smp::SmpUploader::progress, this, [this](quint32 offset, quint32) { reportProgress(offset); });
    connect(m_uploader, &smp::SmpUploader::restarted, this, [this](quint32 lost) {
        ++m_result.restarts;
        audit(u"upload-restarted"_s, {{u"lostOffset"_s, qint64(lost)}}, true);
        m_transferStartOffset = -1;
    });
    connect(m_uploader, &smp::SmpUploader::finished, this, [this, token = m_token](const Status &result) {
        if (token != m_token)
            return;
        smp::SmpUploader *uploader = m_uploader;
        m_uploader = nullptr;
        uploader->deleteLater();
        if (!result) {
            if (isLinkError(result.error()))
                interrupted(result.error());
            else {
                audit(u"upload-failed"_s, {{u"error"_s, result.error().code()}}, true);
                fail(result.error());
            }
            return;
        }
        m_result.resumedFrom = std::max<qint64>(m_result.resumedFrom, uploader->resumedFrom());
        persist(u"uploaded"_s, m_image.bytes().size());
        audit(u"uploaded"_s, {{u"resumedFrom"_s, qint64(uploader->resumedFrom())}});
        if (m_cancelRequested) {
            cancel();
            return;
        }
        mark();
    });
    m_uploader->start(settings);
}

void FirmwareUpdate::reportProgress(quint32 offset)
{
    const qint64 now = m_clock.monotonicMs();
    if (m_transferStartOffset < 0) {
        // The first answer tells where this transfer really starts (a resume).
        m_transferStartOffset = offset;
        m_transferStartMs = now;
        if (offset > 0)
            m_result.resumedFrom = std::max<qint64>(m_result.resumedFrom, offset);
    }
    UpdateProgress report;
    report.bytes = offset;
    report.total = m_image.bytes().size();
    const qint64 elapsed = now - m_transferStartMs;
    if (elapsed > 0 && offset > m_transferStartOffset) {
        report.bytesPerSecond = double(offset - m_transferStartOffset) * 1000.0 / double(elapsed);
        report.msLeft = qint64(double(report.total - offset) * 1000.0 / report.bytesPerSecond);
    }
    if (offset - m_lastPersisted >= m_options.persistEveryBytes) {
        m_lastPersisted = offset;
        persist(stepName(Step::Uploading), offset);
    }
    Q_EMIT progress(report);
}

void FirmwareUpdate::mark()
{
    setStep(Step::Marking);
    ++m_token;
    const bool permanent = m_options.mode == UpdateMode::ConfirmOnly;
    m_client->request(smp::SmpRequests::imageStateWrite(m_image.imageHash(), permanent),
                      guarded([this, permanent](const smp::SmpMessage &answer) {
                          Result<smp::ImageStateList> images = smp::SmpResponses::imageState(answer.payload);
                          if (!images) {
                              audit(u"mark-failed"_s, {{u"error"_s, images.error().code()}}, true);
                              fail(images.error());
                              return;
                          }
                          const smp::ImageSlotState *slot = findSlot(*images, 1);
                          if (!slot || slot->hash != m_image.imageHash() || !slot->pending) {
                              audit(u"mark-failed"_s, {}, true);
                              fail(Error(u"firmware.mark_failed"_s,
                                         QT_TRANSLATE_NOOP("pasban::Error",
                                                           "The device did not accept the new image for its next "
                                                           "start. The device is unchanged.")));
                              return;
                          }
                          m_marked = true;
                          persist(permanent ? u"marked-permanent"_s : u"marked-test"_s);
                          audit(permanent ? u"marked-permanent"_s : u"marked-test"_s);
                          reset();
                      }));
}

void FirmwareUpdate::reset()
{
    setStep(Step::Resetting);
    ++m_token;
    persist(stepName(Step::Resetting));
    audit(u"reset"_s);
    // The device may reset before its answer gets out: a lost answer is fine.
    m_client->request(smp::SmpRequests::reset(), [this, token = m_token](Result<smp::SmpMessage> answer) {
        if (token != m_token)
            return;
        if (answer) {
            if (Status status = smp::SmpResponses::status(answer->payload); !status) {
                fail(status.error());
                return;
            }
        } else if (!isLinkError(answer.error())) {
            fail(answer.error());
            return;
        }
        m_resetDone = true;
        interrupted(smp::TransportErrors::linkLost(m_result.device, u"device reset"_s));
    });
}

void FirmwareUpdate::confirm()
{
    setStep(Step::Confirming);
    ++m_token;
    persist(stepName(Step::Confirming));
    m_client->request(smp::SmpRequests::imageStateWrite(m_image.imageHash(), true),
                      guarded([this](const smp::SmpMessage &answer) {
                          Result<smp::ImageStateList> images = smp::SmpResponses::imageState(answer.payload);
                          if (!images) {
                              audit(u"confirm-failed"_s, {{u"error"_s, images.error().code()}}, true);
                              fail(images.error());
                              return;
                          }
                          audit(u"confirmed"_s);
                          // Read the list again: the answer to a write is not proof.
                          inspect();
                      }));
}

void FirmwareUpdate::fail(const Error &error)
{
    if (m_step == Step::Done || m_step == Step::Failed || m_step == Step::Cancelled)
        return;
    ++m_token;
    if (m_uploader) {
        m_uploader->disconnect(this);
        m_uploader->deleteLater();
        m_uploader = nullptr;
    }
    m_client->failAll(error);
    m_waitingForLink = false;
    persist(stepName(Step::Failed));
    audit(u"failed"_s, {{u"error"_s, error.code()}, {u"message"_s, error.sourceMessage()}}, true);
    setStep(Step::Failed);
    Q_EMIT finished(error);
}

void FirmwareUpdate::succeed()
{
    ++m_token;
    m_result.elapsedMs = m_clock.monotonicMs() - m_startMs;
    persist(stepName(Step::Done), m_image.bytes().size());
    audit(u"done"_s, {{u"confirmed"_s, m_result.confirmed}, {u"alreadyInstalled"_s, m_result.alreadyInstalled}});
    setStep(Step::Done);
    Q_EMIT finished(m_result);
}

Status FirmwareUpdate::recordInInventory(inventory::InventoryStore &inventory, const QString &deviceId,
                                         const FirmwareUpdateResult &result)
{
    inventory::ObservedDevice device;
    device.id = deviceId;
    device.transport = result.device.section(u':', 0, 0);
    device.firmware = result.version.toString();
    device.seenUtc = QDateTime::currentDateTimeUtc();
    if (Status seen = inventory.recordSeen(device, u"update"_s); !seen)
        return seen;
    inventory::Observation observation;
    observation.kind = u"firmware-update"_s;
    observation.value = result.toJson();
    observation.observedUtc = device.seenUtc;
    observation.method = u"smp"_s;
    return inventory.recordObservation(deviceId, observation);
}

} // namespace pasban::firmware
