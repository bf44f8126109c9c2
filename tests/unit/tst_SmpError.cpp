// Error codes from REFERENCE.md §2, cross-checked against Zephyr's mgmt.h
// (MGMT_ERR_*) and img_mgmt.h (IMG_MGMT_ERR_*, counted from 0: 27 = current version
// is newer, 28 = already pending, 30 = too large, 32 = confirmation denied).

#include "smp/SmpError.h"

#include <QCborArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::smp;

class TestSmpError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noErrorWhenAbsentOrZero_data()
    {
        QTest::addColumn<QCborMap>("payload");
        QTest::newRow("no field") << QCborMap {{u"r"_s, u"hi"_s}};
        QTest::newRow("v1 rc 0") << QCborMap {{u"rc"_s, 0}};
        QTest::newRow("v2 rc 0") << QCborMap {{u"err"_s, QCborMap {{u"group"_s, 1}, {u"rc"_s, 0}}}};
    }
    void noErrorWhenAbsentOrZero()
    {
        QFETCH(QCborMap, payload);
        const Result<std::optional<SmpError>> error = SmpError::fromPayload(payload);
        QVERIFY(error.ok());
        QVERIFY(!error->has_value());
    }

    void genericCodesV1_data()
    {
        QTest::addColumn<int>("rc");
        QTest::addColumn<QString>("code");
        QTest::newRow("1") << 1 << u"smp.device.unknown"_s;
        QTest::newRow("2") << 2 << u"smp.device.no_memory"_s;
        QTest::newRow("3") << 3 << u"smp.device.invalid_value"_s;
        QTest::newRow("4") << 4 << u"smp.device.timeout"_s;
        QTest::newRow("5") << 5 << u"smp.device.no_entry"_s;
        QTest::newRow("6") << 6 << u"smp.device.bad_state"_s;
        QTest::newRow("7") << 7 << u"smp.device.message_size"_s;
        QTest::newRow("8") << 8 << u"smp.device.not_supported"_s;
        QTest::newRow("9") << 9 << u"smp.device.corrupt"_s;
        QTest::newRow("10") << 10 << u"smp.device.busy"_s;
        QTest::newRow("11") << 11 << u"smp.device.access_denied"_s;
        QTest::newRow("12") << 12 << u"smp.device.too_old"_s;
        QTest::newRow("13") << 13 << u"smp.device.too_new"_s;
        QTest::newRow("beyond the table") << 99 << u"smp.device.error"_s;
    }
    void genericCodesV1()
    {
        QFETCH(int, rc);
        QFETCH(QString, code);
        const Result<std::optional<SmpError>> error = SmpError::fromPayload(QCborMap {{u"rc"_s, rc}});
        QVERIFY(error.ok());
        QVERIFY(error->has_value());
        const SmpError &e = **error;
        QCOMPARE(e.form(), SmpError::Form::V1);
        QCOMPARE(e.rc(), qint64(rc));
        QCOMPARE(e.toError().code(), code);
        QVERIFY(!e.description().isEmpty());
        QVERIFY(e.toError().detail().contains(u"rc %1"_s.arg(rc)));
    }

    void imageGroupCodesV2_data()
    {
        QTest::addColumn<int>("rc");
        QTest::addColumn<QString>("code");
        QTest::newRow("27") << 27 << u"smp.device.image.newer_version_running"_s;
        QTest::newRow("28") << 28 << u"smp.device.image.already_pending"_s;
        QTest::newRow("30") << 30 << u"smp.device.image.too_large"_s;
        QTest::newRow("32") << 32 << u"smp.device.image.confirmation_denied"_s;
        QTest::newRow("unnamed image code") << 5 << u"smp.device.error"_s;
    }
    void imageGroupCodesV2()
    {
        QFETCH(int, rc);
        QFETCH(QString, code);
        const QCborMap payload {{u"err"_s, QCborMap {{u"group"_s, 1}, {u"rc"_s, rc}}}};
        const Result<std::optional<SmpError>> error = SmpError::fromPayload(payload);
        QVERIFY(error.ok());
        QVERIFY(error->has_value());
        QCOMPARE((*error)->form(), SmpError::Form::V2);
        QCOMPARE((*error)->group(), quint16(1));
        QCOMPARE((*error)->rc(), qint64(rc));
        QCOMPARE((*error)->toError().code(), code);
    }

    void v2CodesAreNotReadAsGenericOnes()
    {
        // Group 0's rc 10 is not MGMT_ERR_EBUSY: only v1 "rc" uses the generic table.
        const QCborMap payload {{u"err"_s, QCborMap {{u"group"_s, 0}, {u"rc"_s, 10}}}};
        const Result<std::optional<SmpError>> error = SmpError::fromPayload(payload);
        QVERIFY(error.ok() && error->has_value());
        QCOMPARE((*error)->toError().code(), u"smp.device.error"_s);
        // The fallback message names group and code so the user can look them up.
        QCOMPARE((*error)->description(),
                 u"The device reported error 10 in management group 0. Look the code up in the device's "
                 u"documentation."_s);
    }

    void v2FormWinsWhenBothArePresent()
    {
        const QCborMap payload {{u"rc"_s, 6}, {u"err"_s, QCborMap {{u"group"_s, 1}, {u"rc"_s, 28}}}};
        const Result<std::optional<SmpError>> error = SmpError::fromPayload(payload);
        QVERIFY(error.ok() && error->has_value());
        QCOMPARE((*error)->toError().code(), u"smp.device.image.already_pending"_s);
    }

    void deviceReasonGoesIntoTheDetail()
    {
        const QCborMap payload {{u"rc"_s, 3}, {u"rsn"_s, u"Header is malformed"_s}};
        const Result<std::optional<SmpError>> error = SmpError::fromPayload(payload);
        QVERIFY(error.ok() && error->has_value());
        QCOMPARE((*error)->reason(), u"Header is malformed"_s);
        QCOMPARE((*error)->toError().detail(), u"SMP v1 rc 3: \"Header is malformed\""_s);
        // Not shown as the message: that stays the translated one.
        QVERIFY(!(*error)->description().contains(u"Header"_s));
        // A reason of the wrong type is ignored, not an error: it is optional decoration.
        const Result<std::optional<SmpError>> odd = SmpError::fromPayload(QCborMap {{u"rc"_s, 3}, {u"rsn"_s, 5}});
        QVERIFY(odd.ok() && odd->has_value());
        QVERIFY((*odd)->reason().isEmpty());
    }

    void wrongTypesAreMalformed_data()
    {
        QTest::addColumn<QCborMap>("payload");
        QTest::newRow("rc text") << QCborMap {{u"rc"_s, u"5"_s}};
        QTest::newRow("rc negative") << QCborMap {{u"rc"_s, -1}};
        QTest::newRow("rc float") << QCborMap {{u"rc"_s, 1.5}};
        QTest::newRow("rc too large") << QCborMap {{u"rc"_s, qint64(1) << 40}};
        QTest::newRow("err not a map") << QCborMap {{u"err"_s, 5}};
        QTest::newRow("err group text") << QCborMap {{u"err"_s, QCborMap {{u"group"_s, u"1"_s}, {u"rc"_s, 2}}}};
        QTest::newRow("err group out of range") << QCborMap {{u"err"_s, QCborMap {{u"group"_s, 70000}, {u"rc"_s, 2}}}};
        QTest::newRow("err without group") << QCborMap {{u"err"_s, QCborMap {{u"rc"_s, 2}}}};
        QTest::newRow("err without rc") << QCborMap {{u"err"_s, QCborMap {{u"group"_s, 1}}}};
    }
    void wrongTypesAreMalformed()
    {
        QFETCH(QCborMap, payload);
        const Result<std::optional<SmpError>> error = SmpError::fromPayload(payload);
        QVERIFY(!error.ok());
        QCOMPARE(error.error().code(), u"smp.bad_response"_s);
    }
};

QTEST_GUILESS_MAIN(TestSmpError)
#include "tst_SmpError.moc"
