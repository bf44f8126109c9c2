#include "FileAnchorStore.h"

#include "common/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit {

namespace {

Error unreadable(const QString &path, const QString &why)
{
    return Error(u"audit.anchor_unreadable"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The audit log's checkpoint file %1 cannot be read. Check that the data folder is "
                                   "readable."),
                 {QDir::toNativeSeparators(path)}, why);
}

Error unwritable(const QString &path, const QString &why)
{
    return Error(u"audit.anchor_unwritable"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The audit log's checkpoint file %1 cannot be written. Check that the data folder "
                                   "is writable and the disk is not full."),
                 {QDir::toNativeSeparators(path)}, why);
}

} // namespace

FileAnchorStore::FileAnchorStore(QString path)
    : m_path(std::move(path))
{
}

QString FileAnchorStore::defaultFileName()
{
    return u"audit-anchor.bin"_s;
}

QString FileAnchorStore::description() const
{
    return u"file "_s + QDir::toNativeSeparators(m_path);
}

Result<std::optional<Checkpoint>> FileAnchorStore::load()
{
    return loadUnlocked();
}

Result<std::optional<Checkpoint>> FileAnchorStore::loadUnlocked() const
{
    QFile file(m_path);
    if (!file.exists())
        return std::optional<Checkpoint>();
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(m_path, file.errorString());
    // A valid anchor has a fixed size; read one byte more to notice a longer file.
    const QByteArray bytes = file.read(Checkpoint::EncodedSize + 1);
    Result<Checkpoint> checkpoint = Checkpoint::fromBytes(bytes);
    if (!checkpoint)
        return checkpoint.error().withDetail(QDir::toNativeSeparators(m_path));
    return std::optional<Checkpoint>(std::move(checkpoint).value());
}

Status FileAnchorStore::save(const Checkpoint &checkpoint)
{
    // Two writers (the console and the CLI) may save at once: the lock makes
    // "compare with the kept anchor, then replace it" one step.
    QLockFile lock(m_path + u".lock"_s);
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000))
        return unwritable(m_path, u"another program holds %1.lock"_s.arg(QDir::toNativeSeparators(m_path)));

    // A damaged anchor or another log's anchor is evidence: never overwrite it.
    const Result<std::optional<Checkpoint>> kept = loadUnlocked();
    if (!kept)
        return kept.error();
    if (kept->has_value()) {
        if ((*kept)->logId != checkpoint.logId)
            return unwritable(m_path, u"it holds the anchor of another audit log"_s);
        if ((*kept)->sequence > checkpoint.sequence)
            return {}; // a newer anchor of this log is already there
    }

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return unwritable(m_path, file.errorString());
#ifdef Q_OS_UNIX
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
    const QByteArray bytes = checkpoint.toBytes();
    if (file.write(bytes) != bytes.size())
        return unwritable(m_path, file.errorString());
    // QSaveFile::commit() syncs the data to disk before renaming it into place.
    if (!file.commit())
        return unwritable(m_path, file.errorString());
    qCDebug(lcAudit) << "anchored checkpoint" << checkpoint.number << "at event" << checkpoint.sequence;
    return {};
}

} // namespace pasban::audit
