#include "common/DataDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

class TestDataDirectory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        qunsetenv(DataDirectory::EnvironmentVariable);
    }

    void commandLineWinsOverEnvironment()
    {
        qputenv(DataDirectory::EnvironmentVariable, m_dir.filePath(u"from-env"_s).toUtf8());
        auto dir = DataDirectory::resolve(m_dir.filePath(u"from-cli"_s));
        QVERIFY(dir.ok());
        QCOMPARE(dir->path(), QDir::cleanPath(m_dir.filePath(u"from-cli"_s)));
        QCOMPARE(dir->source(), DataDirectory::Source::CommandLine);
        QVERIFY(QFileInfo(dir->path()).isDir());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"from-env"_s)));
    }

    void environmentWinsOverDefault()
    {
        qputenv(DataDirectory::EnvironmentVariable, m_dir.filePath(u"env/nested"_s).toUtf8());
        auto dir = DataDirectory::resolve();
        QVERIFY(dir.ok());
        QCOMPARE(dir->source(), DataDirectory::Source::Environment);
        QCOMPARE(dir->path(), QDir::cleanPath(m_dir.filePath(u"env/nested"_s)));
        QCOMPARE(dir->settingsPath(), dir->filePath(u"settings.ini"_s));
    }

    void defaultIsTheApplicationDataLocation()
    {
        QStandardPaths::setTestModeEnabled(true); // never the user's real home
        setApplicationIdentity();
        auto dir = DataDirectory::resolve();
        QVERIFY(dir.ok());
        QCOMPARE(dir->source(), DataDirectory::Source::Default);
        QCOMPARE(dir->path(), QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(dir->path().contains(u"Pasban"_s));
        QStandardPaths::setTestModeEnabled(false);
    }

#ifdef Q_OS_UNIX
    void createdFolderIsOwnerOnly()
    {
        auto dir = DataDirectory::resolve(m_dir.filePath(u"private"_s));
        QVERIFY(dir.ok());
        const QFile::Permissions perms = QFileInfo(dir->path()).permissions();
        QVERIFY(perms & QFileDevice::WriteOwner);
        QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)));
    }
#endif

    void aFileInTheWayIsAClearError()
    {
        const QString path = m_dir.filePath(u"a-file"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a folder");
        file.close();
        auto dir = DataDirectory::resolve(path);
        QVERIFY(!dir.ok());
        QCOMPARE(dir.error().code(), u"datadir.not_a_folder"_s);
        QVERIFY(dir.error().message().contains(QDir::toNativeSeparators(path)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("not a folder")); // untouched
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDataDirectory)
#include "tst_DataDirectory.moc"
