#include "AdvisoryStore.h"

#include "CsafParser.h"
#include "PostureErrors.h"
#include "audit/AuditEvent.h"
#include "audit/AuditSink.h"
#include "crypto/Hash.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace pasban::posture {

namespace {

struct ReadFile
{
    QString path;
    QByteArray bytes;
};

Result<QByteArray> readLimited(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return errors::fileUnreadable(QDir::toNativeSeparators(path), file.errorString());
    if (file.size() > limit)
        return errors::fileTooLarge(QDir::toNativeSeparators(path), limit);
    QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit)
        return errors::fileTooLarge(QDir::toNativeSeparators(path), limit);
    if (file.error() != QFileDevice::NoError)
        return errors::fileUnreadable(QDir::toNativeSeparators(path), file.errorString());
    return bytes;
}

// CISA publishes "<sha512 hex>  <file name>" beside each advisory.
Status checkSha512(const QString &path, const QByteArray &bytes)
{
    const QString sidecar = path + u".sha512"_s;
    if (!QFileInfo::exists(sidecar))
        return {};
    const Result<QByteArray> text = readLimited(sidecar, 4096);
    if (!text)
        return errors::checksumUnreadable(QDir::toNativeSeparators(path));
    const QByteArray expected = text->trimmed().split(' ').value(0).split('\t').value(0).toLower();
    if (expected.size() != 128 || QByteArray::fromHex(expected).toHex() != expected)
        return errors::checksumUnreadable(QDir::toNativeSeparators(path));
    if (crypto::sha512(bytes).toHex() != expected)
        return errors::checksumMismatch(QDir::toNativeSeparators(path));
    return {};
}

Result<QStringList> collectFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const qsizetype before = files.size();
            const QString root = info.absoluteFilePath();
            QDirIterator it(root, {u"*.json"_s}, QDir::Files | QDir::Readable | QDir::NoSymLinks,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (QDir(root).relativeFilePath(file).count(u'/') > AdvisoryStore::MaxFolderDepth)
                    continue;
                files.append(file);
                if (files.size() > AdvisoryStore::MaxFiles)
                    return errors::tooManyFiles(QDir::toNativeSeparators(path), AdvisoryStore::MaxFiles);
            }
            if (files.size() == before)
                return errors::noAdvisoryFiles(QDir::toNativeSeparators(path));
        } else if (info.isFile()) {
            files.append(info.absoluteFilePath());
        } else {
            return errors::fileUnreadable(QDir::toNativeSeparators(path), u"no such file or folder"_s);
        }
    }
    if (files.size() > AdvisoryStore::MaxFiles)
        return errors::tooManyFiles(QDir::toNativeSeparators(paths.value(0)), AdvisoryStore::MaxFiles);
    files.sort(); // a stable order: reports and audit records read the same every time
    files.removeDuplicates();
    return files;
}

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

AdvisoryStore::AdvisoryStore(storage::Database &db, audit::AuditSink *audit, const Clock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{
}

Result<AdvisoryImportReport> AdvisoryStore::importPaths(const QStringList &paths, const QString &operatorId)
{
    const Result<QStringList> files = collectFiles(paths);
    if (!files)
        return files.error();
    if (files->isEmpty())
        return errors::noAdvisoryFiles(QString());

    // Everything is read, checked and parsed before the first write.
    QList<Advisory> parsed;
    QHash<QString, QString> fileOfId;
    QHash<QString, QByteArray> documents; // stored as read: the file, byte for byte
    for (const QString &file : *files) {
        const Result<QByteArray> bytes = readLimited(file, CsafParser::MaxDocumentSize);
        if (!bytes)
            return bytes.error();
        if (Status checksum = checkSha512(file, *bytes); !checksum)
            return checksum.error();
        Result<Advisory> advisory = CsafParser::parse(*bytes);
        if (!advisory)
            return errors::csafInvalidFile(QDir::toNativeSeparators(file), advisory.error().detail());
        if (fileOfId.contains(advisory->trackingId)) {
            return errors::duplicateInBatch(advisory->trackingId,
                                            QDir::toNativeSeparators(fileOfId.value(advisory->trackingId)),
                                            QDir::toNativeSeparators(file));
        }
        fileOfId.insert(advisory->trackingId, file);
        advisory->sourceFile = file;
        advisory->sha256 = crypto::sha256(*bytes);
        advisory->imported = m_clock.nowUtc();
        advisory->importedBy = operatorId;
        parsed.append(std::move(advisory).value());
        documents.insert(parsed.last().trackingId, *bytes);
    }

    // Which are new, which replace a stored copy, which are older than the stored copy.
    AdvisoryImportReport report;
    QList<Advisory> toStore;
    {
        Result<storage::Statement> existing =
            m_db.prepare(u"SELECT current_release FROM posture_advisory WHERE tracking_id = ?1");
        if (!existing)
            return existing.error();
        for (const Advisory &advisory : std::as_const(parsed)) {
            Result<bool> found = existing->bind(1, advisory.trackingId).step();
            if (!found)
                return found.error();
            if (*found) {
                const QDateTime stored = QDateTime::fromString(existing->columnText(0), Qt::ISODate);
                if (stored.isValid() && advisory.currentRelease.isValid() && stored > advisory.currentRelease) {
                    report.skipped.append(advisory.trackingId);
                    existing->reset();
                    continue;
                }
                report.replaced.append(advisory.trackingId);
            }
            existing->reset();
            toStore.append(advisory);
        }
    }

    // Recorded first (the audit log may live in this database: no transaction is
    // open while it writes): an import the log refuses is not made.
    if (m_audit) {
        QJsonArray ids;
        for (const Advisory &advisory : std::as_const(toStore))
            ids.append(advisory.trackingId);
        audit::AuditEvent event;
        event.type = audit::EventType::SoftwareConfiguration;
        event.action = audit::Action::Create;
        event.operatorId = operatorId;
        event.details = {{u"event"_s, u"advisories-imported"_s},
                         {u"advisories"_s, ids},
                         {u"replaced"_s, QJsonArray::fromStringList(report.replaced)},
                         {u"skipped"_s, QJsonArray::fromStringList(report.skipped)},
                         {u"files"_s, int(files->size())}};
        if (Result<quint64> recorded = m_audit->record(event); !recorded)
            return recorded.error();
    }

    Result<storage::Transaction> transaction = storage::Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    Result<storage::Statement> insert = m_db.prepare(
        u"INSERT OR REPLACE INTO posture_advisory (tracking_id, title, publisher, version, current_release, "
        u"source_file, sha256, document, imported, imported_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!insert)
        return insert.error();
    for (const Advisory &advisory : std::as_const(toStore)) {
        Status written = insert->bind(1, advisory.trackingId)
                             .bind(2, advisory.title)
                             .bind(3, advisory.publisher)
                             .bind(4, advisory.version)
                             .bind(5, isoOrEmpty(advisory.currentRelease))
                             .bind(6, QDir::toNativeSeparators(advisory.sourceFile))
                             .bind(7, advisory.sha256)
                             .bind(8, documents.value(advisory.trackingId))
                             .bind(9, advisory.imported.toUTC().toString(Qt::ISODate))
                             .bind(10, advisory.importedBy)
                             .run();
        if (!written)
            return written.error();
        insert->reset();
        report.imported.append(advisory);
    }
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return report;
}

Result<QList<Advisory>> AdvisoryStore::list() const
{
    Result<storage::Statement> query =
        m_db.prepare(u"SELECT tracking_id, source_file, sha256, document, imported, imported_by FROM posture_advisory "
                     u"ORDER BY tracking_id");
    if (!query)
        return query.error();
    QList<Advisory> out;
    std::optional<Error> damaged;
    Status done = query->forEachRow([&](const storage::Statement &row) {
        Result<Advisory> advisory = CsafParser::parse(row.columnBlob(3));
        if (!advisory) {
            damaged = errors::storedAdvisoryDamaged(row.columnText(0), advisory.error().detail());
            return false;
        }
        advisory->sourceFile = row.columnText(1);
        advisory->sha256 = row.columnBlob(2);
        advisory->imported = QDateTime::fromString(row.columnText(4), Qt::ISODate);
        advisory->importedBy = row.columnText(5);
        out.append(std::move(advisory).value());
        return true;
    });
    if (!done)
        return done.error();
    if (damaged)
        return *damaged;
    return out;
}

Result<int> AdvisoryStore::count() const
{
    Result<storage::Statement> query = m_db.prepare(u"SELECT count(*) FROM posture_advisory");
    if (!query)
        return query.error();
    Result<bool> row = query->step();
    if (!row)
        return row.error();
    return int(query->columnInt64(0));
}

} // namespace pasban::posture
