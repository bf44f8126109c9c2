#include "common/Translator.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

class TestTranslator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Translator::install(u"en"_s); }

    void shipsEnglishAndPersian()
    {
        QCOMPARE(Translator::availableLanguages(), (QStringList {u"en"_s, u"fa"_s}));
        QCOMPARE(Translator::nativeName(u"fa"_s), u"فارسی"_s);
    }

    void systemLocalePicksTheFirstRunLanguage()
    {
        QCOMPARE(Translator::systemLanguage(QLocale(QLocale::Persian, QLocale::Iran)), u"fa"_s);
        QCOMPARE(Translator::systemLanguage(QLocale(QLocale::Persian, QLocale::Afghanistan)), u"fa"_s);
        QCOMPARE(Translator::systemLanguage(QLocale(QLocale::German, QLocale::Germany)), u"en"_s);
    }

    void persianIsRightToLeftByLocaleNotByList()
    {
        QCOMPARE(Translator::locale(u"fa"_s).textDirection(), Qt::RightToLeft);
        QCOMPARE(Translator::locale(u"en"_s).textDirection(), Qt::LeftToRight);
    }

    void installingPersianLoadsOursAndQtsCatalogues()
    {
        QVERIFY(Translator::install(u"fa"_s));
        QCOMPARE(Translator::currentLanguage(), u"fa"_s);
        // Qt's own catalogue: standard buttons speak Persian.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"انصراف"_s);
        // The default locale now writes Persian digits.
        QCOMPARE(QLocale().toString(1405), u"۱٬۴۰۵"_s);
    }

    void switchingBackRemovesTheTranslators()
    {
        QVERIFY(Translator::install(u"fa"_s));
        QVERIFY(Translator::install(u"en"_s));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
        QCOMPARE(QLocale().toString(1405), u"1,405"_s);
    }

    void unknownLanguageFallsBackToEnglish()
    {
        Translator::install(u"tlh"_s);
        QCOMPARE(Translator::currentLanguage(), u"en"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslator)
#include "tst_Translator.moc"
