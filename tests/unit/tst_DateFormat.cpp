#include "common/DateFormat.h"
#include "common/Translator.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

class TestDateFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gregorianInEnglish()
    {
        const QString text =
            DateFormat::date(QDate(2026, 11, 28), CalendarSystem::Gregorian, Translator::locale(u"en"_s));
        QCOMPARE(text, u"2026/11/28"_s);
    }

    void jalaliWithPersianDigits()
    {
        // 28 November 2026 is 7 Azar 1405 in the Solar Hijri calendar.
        const QString text = DateFormat::date(QDate(2026, 11, 28), CalendarSystem::Jalali, Translator::locale(u"fa"_s));
        QCOMPARE(text, u"۱۴۰۵/۰۹/۰۷"_s);
    }

    void jalaliNewYearBoundary()
    {
        // Nowruz 1405 fell on 21 March 2026 (Gregorian).
        const QLocale en = Translator::locale(u"en"_s);
        QCOMPARE(DateFormat::date(QDate(2026, 3, 21), CalendarSystem::Jalali, en), u"1405/01/01"_s);
        QCOMPARE(DateFormat::date(QDate(2026, 3, 20), CalendarSystem::Jalali, en), u"1404/12/29"_s);
    }

    void dateTimeNamesTheZoneAsAnIsolatedIdentifier()
    {
        qputenv("TZ", "UTC");
        const QDateTime when(QDate(2026, 11, 28), QTime(10, 4), Qt::UTC);
        const QString text = DateFormat::dateTime(when, CalendarSystem::Jalali, Translator::locale(u"fa"_s));
        QVERIFY2(text.startsWith(u"۱۴۰۵/۰۹/۰۷ ۱۰:۰۴"_s), qPrintable(text));
        QVERIFY(text.contains(QChar(0x202A)) && text.endsWith(QChar(0x202C)));
    }

    void machineFormatIsUtcIso()
    {
        const QDateTime tehran(QDate(2026, 11, 28), QTime(13, 34), QTimeZone("Asia/Tehran"));
        QCOMPARE(DateFormat::isoUtc(tehran), u"2026-11-28T10:04:00Z"_s);
    }
};

QTEST_GUILESS_MAIN(TestDateFormat)
#include "tst_DateFormat.moc"
