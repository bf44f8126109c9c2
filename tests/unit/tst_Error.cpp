#include "common/Error.h"
#include "common/Result.h"
#include "common/Translator.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;

class TestError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Translator::install(u"en"_s); }

    void carriesCodeAndFilledMessage()
    {
        const Error error(
            u"datadir.create"_s,
            QT_TRANSLATE_NOOP(
                "pasban::Error",
                "The data folder %1 cannot be created. Check its permissions or choose another with --data-dir."),
            {u"/srv/x"_s}, u"mkdir failed"_s);
        QCOMPARE(error.code(), u"datadir.create"_s);
        QCOMPARE(
            error.message(),
            u"The data folder /srv/x cannot be created. Check its permissions or choose another with --data-dir."_s);
        QCOMPARE(error.detail(), u"mkdir failed"_s);
        QVERIFY(error.toString().endsWith(u"(datadir.create)"_s));
    }

    void withDetailAppends()
    {
        const Error error = Error(u"x.y"_s, "Text", {}, u"first"_s).withDetail(u"second"_s);
        QCOMPARE(error.detail(), u"first; second"_s);
    }

    void argumentsContainingPlaceholdersAreNotReExpanded()
    {
        // A path such as "/tmp/%2" must come out literally, not swallow the next argument.
        const Error error(u"x"_s, "From %1 to %2", {u"/tmp/%2"_s, u"B"_s});
        QCOMPARE(error.sourceMessage(), u"From /tmp/%2 to B"_s);
    }

    void messageIsTranslatedWhenShownNotWhenCreated()
    {
        const Error error(
            u"datadir.readonly"_s,
            QT_TRANSLATE_NOOP(
                "pasban::Error",
                "The data folder %1 is not writable. Check its permissions or choose another with --data-dir."),
            {u"/srv/pasban"_s});
        const QString english = error.message();
        QVERIFY(Translator::install(u"fa"_s));
        const QString persian = error.message();
        QVERIFY2(persian != english, qPrintable(persian));
        QVERIFY(persian.contains(u"/srv/pasban"_s));
        QVERIFY(persian.contains(QChar(0x067E)) || persian.contains(QChar(0x0627))); // Persian letters
        // Machine output stays English whatever the UI language.
        QCOMPARE(error.sourceMessage(), english);
    }

    void resultHoldsValueOrError()
    {
        Result<int> good = 42;
        QVERIFY(good.ok());
        QCOMPARE(*good, 42);
        Result<int> bad = Error(u"e"_s, "failed");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code(), u"e"_s);
        Status fine;
        QVERIFY(fine.ok());
        Status broken = Error(u"s"_s, "broken");
        QVERIFY(!broken);
        QCOMPARE(broken.error().sourceMessage(), u"broken"_s);
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_Error.moc"
