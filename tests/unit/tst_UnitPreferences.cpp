// Display units chosen by the operator: which readings convert, to what, with
// the resolution kept; specials stay named; glucose crosses mass and molar units
// through its molar mass.
#include "health/UnitPreferences.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban::health;

namespace {

Reading reading(qint64 mantissa, int exponent, Unit unit)
{
    return Reading {"Temperature", MedicalFloat::finite(mantissa, exponent), unit};
}

QString shown(const Reading &r, const UnitPreferences &p)
{
    const auto converted = inPreferredUnit(r, p);
    return converted ? converted->toString(QLocale::c()) : u"error: "_s + converted.error().code();
}

} // namespace

class TestUnitPreferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingIsConvertedUnlessAsked()
    {
        const Reading celsius = reading(366, -1, Unit::DegreeCelsius);
        const auto same = inPreferredUnit(celsius, UnitPreferences {});
        QVERIFY(same.ok());
        QCOMPARE(same->unit, Unit::DegreeCelsius);
        QCOMPARE(same->value, celsius.value);
    }

    void eachQuantityFollowsItsOwnPreference()
    {
        UnitPreferences p;
        p.temperature = Unit::DegreeFahrenheit;
        p.pressure = Unit::Kilopascal;
        p.weight = Unit::Pound;
        // 36.6 °C × 9/5 + 32 = 97.88 °F, shown at the source's resolution.
        QCOMPARE(shown(reading(366, -1, Unit::DegreeCelsius), p), u"97.9 °F"_s);
        // 120 mmHg × 0.133322 = 15.999 kPa → 16.0 kPa.
        QCOMPARE(shown(reading(120, 0, Unit::MillimetreOfMercury), p), u"16.0 kPa"_s);
        // 70.000 kg / 0.45359237 = 154.324 lb.
        QCOMPARE(shown(reading(70000, -3, Unit::Kilogram), p), u"154.324 lb"_s);
        // A pulse has no preference: untouched.
        QCOMPARE(shown(Reading {"Pulse rate", MedicalFloat::finite(72, 0), Unit::BeatsPerMinute}, p), u"72 bpm"_s);
        // Already in the preferred unit: untouched.
        QCOMPARE(shown(reading(979, -1, Unit::DegreeFahrenheit), p), u"97.9 °F"_s);
    }

    void glucoseConvertsWithinAndAcrossMassAndMolarUnits()
    {
        UnitPreferences mass;
        mass.glucose = Unit::MilligramPerDecilitre;
        UnitPreferences molar;
        molar.glucose = Unit::MillimolePerLitre;
        // Glucose Measurement in kg/L: 101 × 10⁻⁵ kg/L is exactly 101 mg/dL.
        QCOMPARE(shown(reading(101, -5, Unit::KilogramPerLitre), mass), u"101 mg/dL"_s);
        // 101 mg/dL / 18.0156 = 5.606 mmol/L, one decimal as clinics write it.
        QCOMPARE(shown(reading(101, -5, Unit::KilogramPerLitre), molar), u"5.6 mmol/L"_s);
        QCOMPARE(shown(reading(101, 0, Unit::MilligramPerDecilitre), molar), u"5.6 mmol/L"_s);
        // 56 × 10⁻⁴ mol/L = 5.6 mmol/L exactly; × 18.0156 = 100.9 → 101 mg/dL.
        QCOMPARE(shown(reading(56, -4, Unit::MolePerLitre), molar), u"5.6 mmol/L"_s);
        QCOMPARE(shown(reading(56, -4, Unit::MolePerLitre), mass), u"101 mg/dL"_s);
    }

    void specialValuesStayNamed_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("NaN") << int(MedicalFloat::Kind::NaN);
        QTest::newRow("NRes") << int(MedicalFloat::Kind::NRes);
        QTest::newRow("+INF") << int(MedicalFloat::Kind::PositiveInfinity);
        QTest::newRow("-INF") << int(MedicalFloat::Kind::NegativeInfinity);
    }

    void specialValuesStayNamed()
    {
        QFETCH(int, kind);
        const MedicalFloat special = MedicalFloat::special(static_cast<MedicalFloat::Kind>(kind));
        UnitPreferences p;
        p.temperature = Unit::DegreeFahrenheit;
        p.glucose = Unit::MillimolePerLitre;
        for (Unit from : {Unit::DegreeCelsius, Unit::KilogramPerLitre}) {
            const auto converted = inPreferredUnit(Reading {"Temperature", special, from}, p);
            QVERIFY(converted.ok());
            QCOMPARE(converted->value, special);
            const QString text = converted->toString(QLocale::c());
            QCOMPARE(text, special.toString(QLocale::c()));
            QVERIFY2(!text.contains(QRegularExpression(u"[0-9]"_s)), qPrintable(text));
        }
    }

    void preferencesAreNamedByUcumCodes()
    {
        QCOMPARE(preferenceUnitFromUcum(u"[degF]"), Unit::DegreeFahrenheit);
        QCOMPARE(preferenceUnitFromUcum(u"mm[Hg]"), Unit::MillimetreOfMercury);
        QCOMPARE(preferenceUnitFromUcum(u"mmol/L"), Unit::MillimolePerLitre);
        QCOMPARE(preferenceUnitFromUcum(u"[lb_av]"), Unit::Pound);
        QCOMPARE(preferenceUnitFromUcum(u""), std::nullopt);
        QCOMPARE(preferenceUnitFromUcum(u"/min"), std::nullopt); // not a unit one can prefer
    }
};

QTEST_GUILESS_MAIN(TestUnitPreferences)
#include "tst_UnitPreferences.moc"
