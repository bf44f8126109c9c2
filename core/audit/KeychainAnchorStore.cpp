#include "KeychainAnchorStore.h"

#include "Keychain.h"
#include "common/Logging.h"

#include <QCryptographicHash>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit {

namespace {

Error unwritable(const QString &why)
{
    return Error(u"audit.anchor_unwritable"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The audit log's checkpoint cannot be kept in the system keystore. Check that the "
                                   "keystore is unlocked."),
                 {}, why);
}

} // namespace

KeychainAnchorStore::KeychainAnchorStore(const QString &databasePath, QString service)
    : m_entry(entryName(databasePath))
    , m_service(service.isEmpty() ? detail::Keychain::defaultService() : std::move(service))
{
}

QString KeychainAnchorStore::entryName(const QString &databasePath)
{
    const QString absolute = QFileInfo(databasePath).absoluteFilePath();
    const QByteArray digest = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256);
    return u"audit-anchor-"_s + QString::fromLatin1(digest.left(16).toHex());
}

QString KeychainAnchorStore::description() const
{
    return u"keystore entry "_s + m_entry;
}

Result<std::optional<Checkpoint>> KeychainAnchorStore::load()
{
    Result<std::optional<QByteArray>> read = detail::Keychain(m_service).read(m_entry);
    if (!read)
        return read.error();
    if (!read->has_value())
        return std::optional<Checkpoint>();
    Result<Checkpoint> checkpoint = Checkpoint::fromBytes(**read);
    if (!checkpoint)
        return checkpoint.error().withDetail(description());
    return std::optional<Checkpoint>(std::move(checkpoint).value());
}

Status KeychainAnchorStore::save(const Checkpoint &checkpoint)
{
    // Like the anchor file: a damaged or foreign anchor is evidence, never replaced.
    const Result<std::optional<Checkpoint>> kept = load();
    if (!kept)
        return kept.error();
    if (kept->has_value()) {
        if ((*kept)->logId != checkpoint.logId)
            return unwritable(u"the keystore entry holds the anchor of another audit log"_s);
        if ((*kept)->sequence > checkpoint.sequence)
            return {};
    }
    if (Status written = detail::Keychain(m_service).write(m_entry, checkpoint.toBytes()); !written)
        return written;
    qCDebug(lcAudit) << "anchored checkpoint" << checkpoint.number << "in the keystore";
    return {};
}

Status KeychainAnchorStore::remove()
{
    return detail::Keychain(m_service).remove(m_entry);
}

} // namespace pasban::audit
