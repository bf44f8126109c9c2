#include "DataDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace pasban {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(u"Pasban"_s);
    QCoreApplication::setOrganizationDomain(u"pasban.org"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PASBAN_VERSION));
}

Result<DataDirectory> DataDirectory::resolve(const QString &commandLineValue)
{
    QString path = commandLineValue;
    Source source = Source::CommandLine;
    if (path.isEmpty()) {
        path = qEnvironmentVariable(EnvironmentVariable);
        source = Source::Environment;
    }
    if (path.isEmpty()) {
        path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        source = Source::Default;
    }
    if (path.isEmpty()) {
        return Error(
            u"datadir.none"_s,
            QT_TRANSLATE_NOOP("pasban::Error",
                              "No folder for Pasban's data could be found. Start Pasban with --data-dir FOLDER."));
    }

    const QFileInfo info(path);
    if (info.exists() && !info.isDir()) {
        return Error(u"datadir.not_a_folder"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "The data folder %1 is a file, not a folder. Choose another with --data-dir."),
                     {QDir::toNativeSeparators(path)});
    }
    const bool existed = info.exists();
    const QString absolute = info.absoluteFilePath();
    if (!QDir().mkpath(absolute)) {
        return Error(
            u"datadir.create"_s,
            QT_TRANSLATE_NOOP(
                "pasban::Error",
                "The data folder %1 cannot be created. Check its permissions or choose another with --data-dir."),
            {QDir::toNativeSeparators(absolute)});
    }
    if (!existed) {
        // A folder we create is owner-only on POSIX (on Windows the profile's ACL
        // already limits it); a folder the operator chose and made keeps its rights.
        QFile::setPermissions(absolute, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    if (!QFileInfo(absolute).isWritable()) {
        return Error(
            u"datadir.readonly"_s,
            QT_TRANSLATE_NOOP(
                "pasban::Error",
                "The data folder %1 is not writable. Check its permissions or choose another with --data-dir."),
            {QDir::toNativeSeparators(absolute)});
    }
    return DataDirectory(QDir::cleanPath(absolute), source);
}

QString DataDirectory::filePath(const QString &fileName) const
{
    return QDir(m_path).filePath(fileName);
}

QString DataDirectory::settingsPath() const
{
    return filePath(u"settings.ini"_s);
}

} // namespace pasban
