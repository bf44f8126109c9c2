#include "common/Settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"settings-%1.ini"_s.arg(++m_counter));
    }

    void defaultsBeforeAnythingIsStored()
    {
        Settings settings(m_path);
        QCOMPARE(settings.language(), QString()); // first run: the system's language is chosen later
        QCOMPARE(settings.calendar(), CalendarSystem::Gregorian);
        QCOMPARE(settings.value(Settings::Key::CurrentPage).toString(), u"devices"_s);
        QCOMPARE(settings.value(Settings::Key::DetailPaneVisible).toBool(), true);
        QVERIFY(!settings.contains(Settings::Key::Language));
    }

    void valuesPersistAcrossInstances()
    {
        {
            Settings settings(m_path);
            settings.setLanguage(u"fa"_s);
            settings.setCalendar(CalendarSystem::Jalali);
            settings.setValue(Settings::Key::MainWindowGeometry, QByteArray("\x01\x02\x00\x03", 4));
            settings.setValue(Settings::Key::DetailPaneVisible, false);
            QVERIFY(settings.sync().ok());
        }
        Settings settings(m_path);
        QCOMPARE(settings.language(), u"fa"_s);
        QCOMPARE(settings.calendar(), CalendarSystem::Jalali);
        QCOMPARE(settings.value(Settings::Key::MainWindowGeometry).toByteArray(), QByteArray("\x01\x02\x00\x03", 4));
        QCOMPARE(settings.value(Settings::Key::DetailPaneVisible).toBool(), false);
    }

    void changedIsEmittedOncePerRealChange()
    {
        Settings settings(m_path);
        QSignalSpy spy(&settings, &Settings::changed);
        settings.setCalendar(CalendarSystem::Jalali);
        settings.setCalendar(CalendarSystem::Jalali); // same value: no signal
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Settings::Key>(), Settings::Key::Calendar);
        settings.reset(Settings::Key::Calendar);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(settings.calendar(), CalendarSystem::Gregorian);
    }

    void unknownLanguageIsRefused()
    {
        Settings settings(m_path);
        settings.setLanguage(u"xx"_s);
        QCOMPARE(settings.language(), QString());
    }

    void handEditedGarbageReadsAsDefault()
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[ui]\ncalendar=mayan\nlanguage=klingon\n[window]\ndetailPane=perhaps\n");
        file.close();
        Settings settings(m_path);
        QCOMPARE(settings.calendar(), CalendarSystem::Gregorian);
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.value(Settings::Key::DetailPaneVisible).toBool(), true);
    }

    void listenTimeAndDisplayUnitsPersistAndRejectGarbage()
    {
        {
            Settings settings(m_path);
            QCOMPARE(settings.value(Settings::Key::InterrogationListenSeconds).toInt(), 5);
            QCOMPARE(settings.value(Settings::Key::TemperatureUnit).toString(), QString()); // as the device sends it
            QCOMPARE(settings.value(Settings::Key::IdleLockMinutes).toInt(), 10); // issue #8: default idle lock
            settings.setValue(Settings::Key::IdleLockMinutes, 0); // never locking is not a choice
            QCOMPARE(settings.value(Settings::Key::IdleLockMinutes).toInt(), 10);
            settings.setValue(Settings::Key::IdleLockMinutes, 3);
            QCOMPARE(settings.value(Settings::Key::IdleLockMinutes).toInt(), 3);
            settings.setValue(Settings::Key::InterrogationListenSeconds, 12);
            settings.setValue(Settings::Key::TemperatureUnit, u"[degF]"_s);
            settings.setValue(Settings::Key::GlucoseUnit, u"mmol/L"_s);
        }
        {
            Settings settings(m_path);
            QCOMPARE(settings.value(Settings::Key::InterrogationListenSeconds).toInt(), 12);
            QCOMPARE(settings.value(Settings::Key::TemperatureUnit).toString(), u"[degF]"_s);
            QCOMPARE(settings.value(Settings::Key::GlucoseUnit).toString(), u"mmol/L"_s);
            settings.setValue(Settings::Key::InterrogationListenSeconds, 100000);
            settings.setValue(Settings::Key::PressureUnit, u"[psi]"_s);
            settings.setValue(Settings::Key::WeightUnit, u"mmol/L"_s); // a unit, but not a weight
            QCOMPARE(settings.value(Settings::Key::InterrogationListenSeconds).toInt(), 5);
            QCOMPARE(settings.value(Settings::Key::PressureUnit).toString(), QString());
            QCOMPARE(settings.value(Settings::Key::WeightUnit).toString(), QString());
        }
    }

    void fileIsStampedWithItsVersion()
    {
        {
            Settings settings(m_path);
            QVERIFY(settings.sync().ok());
        }
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("version=1"));
    }

    void newerFileIsReadButNotRestamped()
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[meta]\nversion=99\n[ui]\ncalendar=jalali\n");
        file.close();
        {
            Settings settings(m_path);
            QCOMPARE(settings.calendar(), CalendarSystem::Jalali);
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("version=99"));
    }

    // A settings file whose folder is a file: no one can write it, root included
    // (CI runs as root, where the permission case below proves nothing).
    void settingsUnderAFileAreReported()
    {
        const QString blocker = m_dir.filePath(u"not-a-folder"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Settings settings(blocker + u"/settings.ini"_s);
        settings.setCalendar(CalendarSystem::Jalali);
        const Status status = settings.sync();
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), u"settings.access"_s);
    }

    void unwritableFileIsReported()
    {
#ifdef Q_OS_UNIX
        if (geteuid() == 0)
            QSKIP("root can write anywhere; settingsUnderAFileAreReported covers the error path");
#endif
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner));
        Settings settings(m_path);
        settings.setCalendar(CalendarSystem::Jalali);
        const Status status = settings.sync();
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), u"settings.access"_s);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_Settings.moc"
