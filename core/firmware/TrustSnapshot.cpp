#include "TrustSnapshot.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace pasban::firmware {

namespace {

constexpr qint64 MaxTrustFileSize = 1024 * 1024;

Error unreadable(const QString &path, const QString &detail)
{
    return Error(u"firmware.trust_unreadable"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "The trust material in %1 could not be read."),
                 {QDir::toNativeSeparators(path)}, detail);
}

Result<QByteArray> readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file.errorString());
    if (file.size() > MaxTrustFileSize)
        return unreadable(path, u"larger than 1 MiB"_s);
    return file.readAll();
}

QStringList filesIn(const QString &folder, const QStringList &patterns)
{
    QStringList paths;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(patterns, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

Result<QList<crypto::Certificate>> rootsIn(const QString &folder)
{
    QList<crypto::Certificate> roots;
    for (const QString &path : filesIn(folder, {u"*.pem"_s, u"*.crt"_s, u"*.cer"_s, u"*.der"_s})) {
        Result<QByteArray> bytes = readSmallFile(path);
        if (!bytes)
            return bytes.error();
        Result<crypto::Certificate> certificate = crypto::Certificate::fromBytes(*bytes);
        if (!certificate)
            return unreadable(path, certificate.error().detail());
        roots.append(*certificate);
    }
    return roots;
}

} // namespace

QByteArray parseFingerprint(const QString &text)
{
    QString hex = text.trimmed();
    hex.remove(u':');
    static const QRegularExpression Hex(u"^[0-9A-Fa-f]{64}$"_s);
    if (!Hex.match(hex).hasMatch())
        return {};
    return QByteArray::fromHex(hex.toLatin1());
}

Result<TrustSnapshot> TrustSnapshot::fromDirectory(const QString &path)
{
    const QDir dir(path);
    if (!dir.exists())
        return unreadable(path, u"no such folder"_s);
    TrustSnapshot snapshot;
    Result<QList<crypto::Certificate>> vendor = rootsIn(dir.filePath(u"vendor"_s));
    if (!vendor)
        return vendor.error();
    if (vendor->isEmpty())
        return unreadable(path, u"no vendor root certificate in vendor/"_s);
    snapshot.vendorRoots = *vendor;
    Result<QList<crypto::Certificate>> approval = rootsIn(dir.filePath(u"approval"_s));
    if (!approval)
        return approval.error();
    snapshot.approvalRoots = *approval;
    for (const QString &crlPath : filesIn(dir.filePath(u"crl"_s), {u"*.crl"_s, u"*.pem"_s, u"*.der"_s})) {
        Result<QByteArray> bytes = readSmallFile(crlPath);
        if (!bytes)
            return bytes.error();
        Result<crypto::CertificateRevocationList> crl = crypto::CertificateRevocationList::fromBytes(*bytes);
        if (!crl)
            return unreadable(crlPath, crl.error().detail());
        snapshot.crls.append(*crl);
    }
    if (const QString revokedPath = dir.filePath(u"revoked.txt"_s); QFile::exists(revokedPath)) {
        Result<QByteArray> bytes = readSmallFile(revokedPath);
        if (!bytes)
            return bytes.error();
        int lineNumber = 0;
        for (const QByteArray &line : bytes->split('\n')) {
            ++lineNumber;
            const QString text = QString::fromUtf8(line).section(u'#', 0, 0).trimmed();
            if (text.isEmpty())
                continue;
            const QByteArray fingerprint = parseFingerprint(text);
            if (fingerprint.isEmpty())
                return unreadable(revokedPath, u"line %1 is not a SHA-256 fingerprint"_s.arg(lineNumber));
            snapshot.revokedFingerprints.insert(fingerprint);
        }
    }
    return snapshot;
}

} // namespace pasban::firmware
