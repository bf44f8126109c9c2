#include "discovery/SecurityLevels.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban::discovery;

// LE GATT Security Levels (0x2BF5), GATT Specification Supplement: a list of
// (mode, level) octet pairs; Core 5.4 Vol 3 Part C §10.2 defines mode 1 levels
// 1–4, mode 2 levels 1–2 and mode 3 levels 1–3.
class TestSecurityLevels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesPairs()
    {
        const auto one = SecurityLevels::parse(QByteArray::fromHex("0101"));
        QVERIFY(one.ok());
        QCOMPARE(*one, (QList<SecurityLevelRequirement> {{1, 1}}));
        QCOMPARE(SecurityLevels::mode1Level(*one), quint8(1));

        const auto several = SecurityLevels::parse(QByteArray::fromHex("0104"
                                                                       "0202"
                                                                       "0303"));
        QVERIFY(several.ok());
        QCOMPARE(*several, (QList<SecurityLevelRequirement> {{1, 4}, {2, 2}, {3, 3}}));
        QCOMPARE(SecurityLevels::mode1Level(*several), quint8(4));
    }

    void noMode1EntryMeansNoSecurity()
    {
        const auto signing = SecurityLevels::parse(QByteArray::fromHex("0202"));
        QVERIFY(signing.ok());
        QCOMPARE(SecurityLevels::mode1Level(*signing), quint8(1));
    }

    void malformedValuesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("odd length") << QByteArray::fromHex("010101");
        QTest::newRow("mode 0") << QByteArray::fromHex("0001");
        QTest::newRow("mode 4") << QByteArray::fromHex("0401");
        QTest::newRow("level 0") << QByteArray::fromHex("0100");
        QTest::newRow("mode 1 level 5") << QByteArray::fromHex("0105");
        QTest::newRow("mode 2 level 3") << QByteArray::fromHex("0203");
        QTest::newRow("mode 3 level 4") << QByteArray::fromHex("0304");
        QTest::newRow("good pair then bad") << QByteArray::fromHex("0102ff01");
    }
    void malformedValuesAreRefused()
    {
        QFETCH(QByteArray, value);
        const auto parsed = SecurityLevels::parse(value);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code(), u"discovery.securitylevels.malformed"_s);
    }
};

QTEST_GUILESS_MAIN(TestSecurityLevels)
#include "tst_SecurityLevels.moc"
