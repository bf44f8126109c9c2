#include "common/Translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

class TestTranslator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Translator::install(u"en"_s); }

    // What is offered must be what the build carries: English (the source
    // language) plus one compiled catalogue per translation, each of which loads
    // and really translates; Persian among them.
    void shipsEnglishAndPersian()
    {
        QStringList compiled;
        for (const QString &file : QDir(u":/i18n"_s).entryList({u"pasban_*.qm"_s}, QDir::Files))
            compiled << file.mid(7, file.size() - 7 - 3); // pasban_<code>.qm
        QVERIFY2(compiled.contains(u"fa"_s), qPrintable(compiled.join(u' ')));
        QStringList expected = QStringList {u"en"_s} + compiled;
        QStringList offered = Translator::availableLanguages();
        expected.sort();
        offered.sort();
        QCOMPARE(offered, expected);

        for (const QString &language : std::as_const(compiled)) {
            QVERIFY2(Translator::install(language), qPrintable(language));
            QCOMPARE(Translator::currentLanguage(), language);
            // A string every build translates: the first page's name.
            const QString devices = QCoreApplication::translate("pasban::ui::MainWindow", "Devices");
            QVERIFY2(devices != u"Devices"_s, qPrintable(language));
            // Each language is named as its speakers name it (CLDR, through QLocale).
            QCOMPARE(Translator::nativeName(language), Translator::locale(language).nativeLanguageName());
        }
        QVERIFY(Translator::install(u"en"_s));
        QCOMPARE(Translator::nativeName(u"en"_s), u"English"_s);
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
