#include "SimSmpDevice.h"

#include "common/Logging.h"
#include "crypto/Hash.h"
#include "smp/SmpError.h"
#include "smp/SmpIds.h"
#include "smp/SmpMessage.h"

#include <QCborArray>
#include <QCborValue>

using namespace Qt::Literals::StringLiterals;

namespace pasban::sim {

using smp::SmpError;
using smp::SmpMessage;
using smp::SmpOp;

namespace {

QString versionText(const firmware::ImageVersion &version)
{
    QString text = u"%1.%2.%3"_s.arg(version.major).arg(version.minor).arg(version.revision);
    if (version.build != 0)
        text += u".%1"_s.arg(version.build);
    return text;
}

bool reaches(qint64 faultOffset, qint64 from, qint64 to)
{
    return faultOffset >= 0 && faultOffset >= from && faultOffset < to;
}

} // namespace

SimSmpDevice::SimSmpDevice(const QByteArray &primaryImage, const SimDeviceConfig &config, const SimFaults &faults)
    : m_config(config)
    , m_faults(faults)
    , m_random(quint32(faults.seed))
{
    if (std::optional<Slot> slot = parseSlot(primaryImage))
        m_primary = *slot;
}

std::optional<SimSmpDevice::Slot> SimSmpDevice::parseSlot(const QByteArray &bytes)
{
    Result<firmware::McubootImage> image = firmware::McubootImage::parse(bytes);
    if (!image)
        return std::nullopt;
    return Slot {bytes, image->hashTlv().value, image->version()};
}

QCborMap SimSmpDevice::rc(qint64 code)
{
    return QCborMap {{u"rc"_s, code}};
}

QCborMap SimSmpDevice::imageError(qint64 code)
{
    return QCborMap {{u"err"_s, QCborMap {{u"group"_s, qint64(smp::Group::Image)}, {u"rc"_s, code}}}};
}

SimAction SimSmpDevice::handle(const QByteArray &bytes)
{
    SimAction action;
    ++m_requests;
    if (m_faults.dropProbability > 0 && m_random.generateDouble() < m_faults.dropProbability) {
        action.dropLink = true;
        return action;
    }
    if (m_faults.dropAfterMessages > 0 && qint64(m_requests) == m_faults.dropAfterMessages) {
        m_faults.dropAfterMessages = -1;
        action.dropLink = true;
        return action;
    }
    Result<SmpMessage> request = SmpMessage::decode(bytes);
    // Zephyr drops what it cannot parse; the client times out and retries.
    if (!request || request->header.isResponse())
        return action;
    const smp::SmpHeader &header = request->header;
    QCborMap payload;
    if (bytes.size() > qsizetype(m_config.bufSize)) {
        payload = rc(SmpError::MessageSize);
    } else if (m_faults.errorCount > 0 && m_faults.errorGroup == header.group
               && m_faults.errorCommand == header.command) {
        --m_faults.errorCount;
        payload = rc(m_faults.errorRc);
    } else {
        payload = dispatch(header.group, header.command, header.op == SmpOp::Write, request->payload, action);
    }
    if (action.dropLink || action.stallMs > 0)
        return action;
    SmpMessage response;
    response.header = header;
    response.header.op = header.op == SmpOp::Write ? SmpOp::WriteResponse : SmpOp::ReadResponse;
    response.payload = payload;
    Result<QByteArray> encoded = response.encode();
    if (!encoded)
        return action;
    QByteArray reply = std::move(encoded).value();
    if (qint64(++m_replies) == m_faults.corruptReplyNumber && reply.size() > smp::SmpHeader::Size)
        reply[reply.size() - 1] = char(reply.at(reply.size() - 1) ^ 0x5a);
    action.replies.append(reply);
    return action;
}

QCborMap SimSmpDevice::dispatch(quint16 group, quint8 command, bool write, const QCborMap &request, SimAction &action)
{
    if (group == smp::Group::Os) {
        switch (command) {
        case smp::OsCommand::Echo:
            return QCborMap {{u"r"_s, request.value(u"d"_s).toString()}};
        case smp::OsCommand::Reset:
            action.reboot = true;
            return {};
        case smp::OsCommand::Parameters:
            return QCborMap {{u"buf_size"_s, qint64(m_config.bufSize)}, {u"buf_count"_s, qint64(m_config.bufCount)}};
        case smp::OsCommand::Info:
            return QCborMap {{u"output"_s, u"Zephyr (Pasban simulator)"_s}};
        case smp::OsCommand::BootloaderInfo:
            return bootloaderInfo(request);
        default:
            return rc(SmpError::NotSupported);
        }
    }
    if (group == smp::Group::Image) {
        if (command == smp::ImageCommand::State)
            return write ? imageStateWrite(request) : imageList();
        if (command == smp::ImageCommand::Upload && write)
            return upload(request, action);
    }
    return rc(SmpError::NotSupported);
}

QCborMap SimSmpDevice::bootloaderInfo(const QCborMap &request) const
{
    if (request.value(u"query"_s).toString() == u"mode"_s) {
        QCborMap reply {{u"mode"_s, m_config.bootloaderMode}};
        if (m_config.noDowngrade)
            reply.insert(u"no-downgrade"_s, true);
        return reply;
    }
    return QCborMap {{u"bootloader"_s, u"MCUboot"_s}};
}

QCborMap SimSmpDevice::imageList() const
{
    QCborArray images;
    QCborMap primary {{u"slot"_s, 0},
                      {u"version"_s, versionText(m_primary.version)},
                      {u"hash"_s, m_primary.hash},
                      {u"bootable"_s, true},
                      {u"active"_s, true}};
    if (m_primaryConfirmed)
        primary.insert(u"confirmed"_s, true);
    images.append(primary);
    if (!m_secondary.isEmpty()) {
        QCborMap secondary {{u"slot"_s, 1},
                            {u"version"_s, versionText(m_secondary.version)},
                            {u"hash"_s, m_secondary.hash},
                            {u"bootable"_s, true}};
        if (m_pending != Pending::None)
            secondary.insert(u"pending"_s, true);
        if (m_pending == Pending::Permanent)
            secondary.insert(u"permanent"_s, true);
        images.append(secondary);
    }
    return QCborMap {{u"images"_s, images}};
}

QCborMap SimSmpDevice::imageStateWrite(const QCborMap &request)
{
    const QByteArray hash = request.value(u"hash"_s).toByteArray();
    const bool confirm = request.value(u"confirm"_s).toBool();
    if (confirm && (hash.isEmpty() || hash == m_primary.hash)) {
        m_primaryConfirmed = true;
        return imageList();
    }
    if (hash.isEmpty() || hash != m_secondary.hash)
        return rc(SmpError::NoEntry);
    m_pending = confirm ? Pending::Permanent : Pending::Test;
    return imageList();
}

QCborMap SimSmpDevice::upload(const QCborMap &request, SimAction &action)
{
    const QCborValue offValue = request.value(u"off"_s);
    const QByteArray data = request.value(u"data"_s).toByteArray();
    if (!offValue.isInteger() || offValue.toInteger() < 0 || !request.value(u"data"_s).isByteArray())
        return rc(SmpError::InvalidValue);
    const qint64 off = offValue.toInteger();

    if (off == 0) {
        const qint64 length = request.value(u"len"_s).toInteger(-1);
        const QByteArray sha = request.value(u"sha"_s).toByteArray();
        if (length <= 0)
            return rc(SmpError::InvalidValue);
        if (length > m_config.slotSize)
            return imageError(SmpError::ImageTooLarge);
        // Resume: the same file (by SHA-256) partly in flash already.
        if (!sha.isEmpty() && sha == m_uploadSha && length == m_uploadLength && !m_upload.isEmpty()) {
            m_sessionOpen = true;
            QCborMap reply {{u"off"_s, qint64(m_upload.size())}};
            if (m_upload.size() == m_uploadLength)
                reply.insert(u"match"_s, crypto::sha256(m_upload) == m_uploadSha);
            return reply;
        }
        if (data.size() >= firmware::McubootImage::HeaderSize) {
            const firmware::ImageVersion version {
                quint8(data.at(20)), quint8(data.at(21)), quint16(quint8(data.at(22)) | (quint8(data.at(23)) << 8)),
                quint32(quint8(data.at(24)) | (quint8(data.at(25)) << 8) | (quint8(data.at(26)) << 16)
                        | (quint32(quint8(data.at(27))) << 24))};
            const bool upgradeOnly = request.value(u"upgrade"_s).toBool();
            if ((m_faults.refuseDowngrade && version < m_primary.version)
                || (upgradeOnly && version <= m_primary.version))
                return imageError(SmpError::CurrentVersionIsNewer);
        }
        // A new upload erases the secondary slot.
        m_secondary = {};
        m_pending = Pending::None;
        m_upload.clear();
        m_uploadSha = sha;
        m_uploadLength = length;
        m_sessionOpen = true;
        action.busyMs = m_config.eraseMs;
    } else if (!m_sessionOpen || off != m_upload.size()) {
        // After a reset the device knows no session: it answers 0 and the client
        // starts again with the first-chunk fields (and resumes by SHA).
        return QCborMap {{u"off"_s, m_sessionOpen ? qint64(m_upload.size()) : 0}};
    }
    const qint64 end = off + data.size();
    if (end > m_uploadLength)
        return rc(SmpError::InvalidValue);
    if (reaches(m_faults.dropAtOffset, off, end)) {
        m_faults.dropAtOffset = -1;
        action.dropLink = true;
        return {};
    }
    if (reaches(m_faults.stallAtOffset, off, end)) {
        m_faults.stallAtOffset = -1;
        action.stallMs = m_faults.stallMs;
        return {};
    }
    if (reaches(m_faults.rebootAtOffset, off, end)) {
        m_faults.rebootAtOffset = -1;
        action.dropLink = true;
        action.reboot = true;
        return {};
    }
    m_upload.append(data);
    QCborMap reply {{u"off"_s, end}};
    if (end == m_uploadLength) {
        const bool match = m_uploadSha.isEmpty() || crypto::sha256(m_upload) == m_uploadSha;
        reply.insert(u"match"_s, match);
        if (match) {
            if (std::optional<Slot> slot = parseSlot(m_upload))
                m_secondary = *slot;
        }
    }
    return reply;
}

void SimSmpDevice::reboot()
{
    ++m_reboots;
    m_sessionOpen = false;
    if (m_pending != Pending::None && !m_secondary.isEmpty()) {
        std::swap(m_primary, m_secondary);
        m_primaryConfirmed = m_pending == Pending::Permanent;
        m_pending = Pending::None;
        m_upload.clear();
        m_uploadSha.clear();
        m_uploadLength = 0;
        qCInfo(lcSim) << "booted the new image" << (m_primaryConfirmed ? "(permanent)" : "(test)");
    } else if (!m_primaryConfirmed && !m_secondary.isEmpty()) {
        // An image under test that nobody confirmed: MCUboot reverts.
        std::swap(m_primary, m_secondary);
        m_primaryConfirmed = true;
        qCInfo(lcSim) << "reverted to the confirmed image";
    }
}

} // namespace pasban::sim
