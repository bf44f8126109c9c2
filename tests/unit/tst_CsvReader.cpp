#include "inventory/CsvReader.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban::inventory;

namespace {
QList<CsvRecord> readAll(const QByteArray &bytes, QString *error = nullptr, int *errorLine = nullptr)
{
    CsvReader reader(bytes);
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records.append(record);
    if (reader.failed()) {
        if (error)
            *error = reader.error().code();
        if (errorLine)
            *errorLine = reader.error().arguments().value(0).toInt();
    }
    return records;
}
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quotedCommasQuotesAndLineBreaks()
    {
        QString error;
        const QList<CsvRecord> records =
            readAll("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nlast,,\r\n"_ba, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[1].fields, (QStringList {u"x, y"_s, u"say \"hi\""_s, u"two\r\nlines"_s}));
        QCOMPARE(records[1].line, 2);
        // The record after a quoted line break starts two lines further on.
        QCOMPARE(records[2].line, 4);
        QCOMPARE(records[2].fields, (QStringList {u"last"_s, QString(), QString()}));
    }

    void byteOrderMarkLfAndBlankLines()
    {
        const QList<CsvRecord> records = readAll("\xEF\xBB\xBFid,name\n\nA-1,\xD8\xA8\xD8\xAE\xD8\xB4\n"_ba);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].fields.first(), u"id"_s); // no BOM left in the first header
        QCOMPARE(records[1].line, 3);
        QCOMPARE(records[1].fields[1], u"بخش"_s);
    }

    void lastRecordWithoutLineEnd()
    {
        const QList<CsvRecord> records = readAll("a,b\n1,2"_ba);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[1].fields, (QStringList {u"1"_s, u"2"_s}));
    }

    void malformedInputNamesTheLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::newRow("open quote at the end (truncated)") << "a,b\n1,\"unfinished\nmore"_ba << 2;
        QTest::newRow("quote inside an unquoted field") << "a,b\n1,2\n3,x\"y\n"_ba << 3;
        QTest::newRow("text after a closing quote") << "a,b\n\"x\"y,2\n"_ba << 2;
        QTest::newRow("invalid UTF-8") << "a,b\n1,\xFF\xFE\n"_ba << 2;
    }
    void malformedInputNamesTheLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QString error;
        int errorLine = 0;
        (void)readAll(bytes, &error, &errorLine);
        QCOMPARE(error, u"inventory.csv_malformed"_s);
        QCOMPARE(errorLine, line);
    }

    void oversizedFieldIsRefused()
    {
        QString error;
        (void)readAll("a\n" + QByteArray(CsvReader::MaxFieldBytes + 1, 'x'), &error);
        QCOMPARE(error, u"inventory.csv_malformed"_s);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_CsvReader.moc"
