// Version comparison and CSAF version ranges, edge by edge.
#include "posture/Version.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban::posture;

Q_DECLARE_METATYPE(pasban::posture::VersionMatch)

class TestPostureVersion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compare_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("order");
        QTest::newRow("equal") << u"1.4.2"_s << u"1.4.2"_s << 0;
        QTest::newRow("numeric not lexical") << u"1.10.0"_s << u"1.9.9"_s << 1;
        QTest::newRow("missing zero") << u"1.0"_s << u"1"_s << 0;
        QTest::newRow("leading v") << u"v15.0.0"_s << u"15.0.0"_s << 0;
        QTest::newRow("leading zeros") << u"1.02"_s << u"1.2"_s << 0;
        QTest::newRow("letter revision after bare") << u"1.4a"_s << u"1.4"_s << 1;
        QTest::newRow("letters") << u"C.02"_s << u"B.09"_s << 1;
        QTest::newRow("case") << u"22d19"_s << u"22D19"_s << 0;
        QTest::newRow("mixed") << u"22D28"_s << u"22D19"_s << 1;
        QTest::newRow("build suffix") << u"5.17.1-754993421"_s << u"5.17.1"_s << 1;
        QTest::newRow("huge numbers") << u"99999999999999999999999"_s << u"99999999999999999999998"_s << 1;
    }

    void compare()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, order);
        QCOMPARE(Version::compare(a, b), order);
        QCOMPARE(Version::compare(b, a), -order);
    }

    void ranges_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<QString>("version");
        QTest::addColumn<VersionMatch>("expected");
        const VersionMatch in = VersionMatch::Affected;
        const VersionMatch out = VersionMatch::NotAffected;
        const VersionMatch unknown = VersionMatch::Unknown;
        QTest::newRow("all") << u"vers:all/*"_s << u"1.0"_s << in;
        QTest::newRow("all without version") << u"vers:all/*"_s << QString() << in;
        QTest::newRow("< below") << u"< 3.0"_s << u"2.9.9"_s << in;
        QTest::newRow("< at bound") << u"< 3.0"_s << u"3.0"_s << out;
        QTest::newRow("< at bound padded") << u"< 3.0"_s << u"3"_s << out;
        QTest::newRow("<= at bound") << u"<=12.1.3"_s << u"12.1.3"_s << in;
        QTest::newRow("<= above") << u"<=12.1.3"_s << u"12.1.4"_s << out;
        QTest::newRow("<v prefix") << u"<v15.0.0"_s << u"14.9"_s << in;
        QTest::newRow("<v prefix, device v") << u"<v15.0.0"_s << u"v15.0.0"_s << out;
        QTest::newRow("interval in") << u">= 1.0 | < 2.0"_s << u"1.5"_s << in;
        QTest::newRow("interval low edge") << u">= 1.0 | < 2.0"_s << u"1.0"_s << in;
        QTest::newRow("interval high edge") << u">= 1.0 | < 2.0"_s << u"2.0"_s << out;
        QTest::newRow("interval below") << u">= 1.0 | < 2.0"_s << u"0.9"_s << out;
        QTest::newRow("vers interval") << u"vers:generic/>=2.0.0|<2.4.1"_s << u"2.4.0"_s << in;
        QTest::newRow("vers two intervals gap") << u"vers:generic/>=1.0|<1.5|>=2.0|<2.5"_s << u"1.7"_s << out;
        QTest::newRow("vers two intervals second") << u"vers:generic/>=1.0|<1.5|>=2.0|<2.5"_s << u"2.1"_s << in;
        QTest::newRow("vers open above") << u"vers:generic/>=4.2"_s << u"10.0"_s << in;
        QTest::newRow("vers equal") << u"vers:generic/1.2.3|1.2.5"_s << u"1.2.5"_s << in;
        QTest::newRow("vers equal miss") << u"vers:generic/1.2.3|1.2.5"_s << u"1.2.4"_s << out;
        QTest::newRow("vers not equal") << u"vers:generic/<2.0|!=1.5"_s << u"1.5"_s << out;
        QTest::newRow("free text") << u"A.01 <= C.0x | 4.0"_s << u"B.01"_s << unknown;
        QTest::newRow("prose") << u"9.x (with Wireless Battery Modules >= 22D19 | <= v22D28)"_s << u"9.1"_s << unknown;
        QTest::newRow("no device version") << u"< 3.0"_s << QString() << unknown;
        QTest::newRow("device version prose") << u"< 3.0"_s << u"see label"_s << unknown;
        QTest::newRow("letter versions") << u">= 22D19 | <= v22D28"_s << u"22D20"_s << in;
    }

    void ranges()
    {
        QFETCH(QString, range);
        QFETCH(QString, version);
        QFETCH(VersionMatch, expected);
        QCOMPARE(VersionSpec::range(range).matches(version), expected);
    }

    void exactVersions_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("version");
        QTest::addColumn<VersionMatch>("expected");
        QTest::newRow("one of") << u"B.02 | C.02 | C.03"_s << u"C.02"_s << VersionMatch::Affected;
        QTest::newRow("none of") << u"B.02 | C.02 | C.03"_s << u"C.04"_s << VersionMatch::NotAffected;
        QTest::newRow("wildcard") << u"9.x"_s << u"9.1.7"_s << VersionMatch::Affected;
        QTest::newRow("wildcard other major") << u"9.x"_s << u"10.0"_s << VersionMatch::NotAffected;
        QTest::newRow("vers inside") << u"vers:all/*"_s << u"1"_s << VersionMatch::Affected;
        QTest::newRow("prose") << u"9.x model 35700BAX3"_s << u"9.1"_s << VersionMatch::Unknown;
    }

    void exactVersions()
    {
        QFETCH(QString, spec);
        QFETCH(QString, version);
        QFETCH(VersionMatch, expected);
        QCOMPARE(VersionSpec::exact(spec).matches(version), expected);
    }
};

QTEST_GUILESS_MAIN(TestPostureVersion)
#include "tst_PostureVersion.moc"
