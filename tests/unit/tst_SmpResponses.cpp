// Response shapes from REFERENCE.md §2 and Zephyr's img_mgmt_state.c / os_mgmt.c:
// flags a device does not set are simply absent, "image" only with several images.

#include "smp/SmpResponses.h"

#include <QCborArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::smp;

namespace {
template<typename T> QString codeOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().code();
}

QCborMap fullSlot()
{
    return QCborMap {
        {u"image"_s, 1},       {u"slot"_s, 1},       {u"version"_s, u"1.2.3.4"_s}, {u"hash"_s, QByteArray(32, '\x42')},
        {u"bootable"_s, true}, {u"pending"_s, true}, {u"confirmed"_s, false},      {u"active"_s, true},
        {u"permanent"_s, true}};
}

QCborMap withSlot(const QCborMap &slot)
{
    return QCborMap {{u"images"_s, QCborArray {slot}}};
}
} // namespace

class TestSmpResponses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void imageStateReadsEveryField()
    {
        const QCborMap minimal {{u"slot"_s, 0}, {u"version"_s, u"1.0.0"_s}};
        QCborMap payload = withSlot(fullSlot());
        QCborArray images = payload.value(u"images"_s).toArray();
        images.prepend(minimal);
        payload.insert(u"images"_s, images);
        payload.insert(u"splitStatus"_s, 0);

        const Result<ImageStateList> list = SmpResponses::imageState(payload);
        QVERIFY(list.ok());
        QCOMPARE(list->images.size(), 2);
        QCOMPARE(list->splitStatus, std::optional<qint64>(0));

        // Missing optional fields read as "not set".
        const ImageSlotState &running = list->images[0];
        QCOMPARE(running.image, quint32(0));
        QCOMPARE(running.slot, quint32(0));
        QCOMPARE(running.version, u"1.0.0"_s);
        QVERIFY(running.hash.isEmpty());
        QVERIFY(!running.bootable && !running.pending && !running.confirmed && !running.active && !running.permanent);

        const ImageSlotState &candidate = list->images[1];
        QCOMPARE(candidate.image, quint32(1));
        QCOMPARE(candidate.slot, quint32(1));
        QCOMPARE(candidate.version, u"1.2.3.4"_s);
        QCOMPARE(candidate.hash, QByteArray(32, '\x42'));
        QVERIFY(candidate.bootable && candidate.pending && !candidate.confirmed && candidate.active
                && candidate.permanent);
    }

    void imageStateRefusesWrongTypes_data()
    {
        QTest::addColumn<QCborMap>("payload");
        auto slotWith = [](const QString &key, const QCborValue &value) {
            QCborMap slot = fullSlot();
            slot.insert(key, value);
            return withSlot(slot);
        };
        auto slotWithout = [](const QString &key) {
            QCborMap slot = fullSlot();
            slot.remove(key);
            return withSlot(slot);
        };
        QTest::newRow("no images") << QCborMap {{u"splitStatus"_s, 0}};
        QTest::newRow("images is a map") << QCborMap {{u"images"_s, QCborMap {}}};
        QTest::newRow("slot entry is a number") << QCborMap {{u"images"_s, QCborArray {5}}};
        QTest::newRow("bootable as 1") << slotWith(u"bootable"_s, 1);
        QTest::newRow("active as text") << slotWith(u"active"_s, u"true"_s);
        QTest::newRow("slot as text") << slotWith(u"slot"_s, u"0"_s);
        QTest::newRow("slot negative") << slotWith(u"slot"_s, -1);
        QTest::newRow("slot beyond 32 bits") << slotWith(u"slot"_s, qint64(1) << 32);
        QTest::newRow("image as float") << slotWith(u"image"_s, 1.0);
        QTest::newRow("version as bytes") << slotWith(u"version"_s, QByteArray("1.0.0"));
        QTest::newRow("hash as text") << slotWith(u"hash"_s, u"4242"_s);
        QTest::newRow("no slot") << slotWithout(u"slot"_s);
        QTest::newRow("no version") << slotWithout(u"version"_s);
        QTest::newRow("splitStatus as text") << QCborMap {{u"images"_s, QCborArray {}}, {u"splitStatus"_s, u"0"_s}};
    }
    void imageStateRefusesWrongTypes()
    {
        QFETCH(QCborMap, payload);
        QCOMPARE(codeOf(SmpResponses::imageState(payload)), u"smp.bad_response"_s);
    }

    void deviceErrorsComeFirst()
    {
        // An error reply has no "images"; the device's error, not "malformed", is reported.
        QCOMPARE(codeOf(SmpResponses::imageState(QCborMap {{u"rc"_s, 6}})), u"smp.device.bad_state"_s);
        const QCborMap v2 {{u"err"_s, QCborMap {{u"group"_s, 1}, {u"rc"_s, 27}}}};
        QCOMPARE(codeOf(SmpResponses::upload(v2)), u"smp.device.image.newer_version_running"_s);
        QCOMPARE(codeOf(SmpResponses::parameters(QCborMap {{u"rc"_s, 8}})), u"smp.device.not_supported"_s);
        QCOMPARE(codeOf(SmpResponses::status(QCborMap {{u"rc"_s, 10}})), u"smp.device.busy"_s);
        QVERIFY(SmpResponses::status(QCborMap {}).ok());
        QVERIFY(SmpResponses::status(QCborMap {{u"rc"_s, 0}}).ok());
    }

    void uploadProgress()
    {
        const Result<UploadProgress> middle = SmpResponses::upload(QCborMap {{u"off"_s, 512}});
        QVERIFY(middle.ok());
        QCOMPARE(middle->offset, quint32(512));
        QVERIFY(!middle->match.has_value());

        const Result<UploadProgress> last =
            SmpResponses::upload(QCborMap {{u"off"_s, qint64(0xffffffff)}, {u"match"_s, true}});
        QVERIFY(last.ok());
        QCOMPARE(last->offset, quint32(0xffffffff));
        QCOMPARE(last->match, std::optional<bool>(true));

        QCOMPARE(codeOf(SmpResponses::upload(QCborMap {})), u"smp.bad_response"_s);
        QCOMPARE(codeOf(SmpResponses::upload(QCborMap {{u"off"_s, -1}})), u"smp.bad_response"_s);
        QCOMPARE(codeOf(SmpResponses::upload(QCborMap {{u"off"_s, qint64(1) << 32}})), u"smp.bad_response"_s);
        QCOMPARE(codeOf(SmpResponses::upload(QCborMap {{u"off"_s, 0}, {u"match"_s, 1}})), u"smp.bad_response"_s);
    }

    void parameters()
    {
        const Result<DeviceParameters> params =
            SmpResponses::parameters(QCborMap {{u"buf_size"_s, 2475}, {u"buf_count"_s, 4}});
        QVERIFY(params.ok());
        QCOMPARE(params->bufferSize, quint32(2475));
        QCOMPARE(params->bufferCount, quint32(4));
        QCOMPARE(codeOf(SmpResponses::parameters(QCborMap {{u"buf_size"_s, 2475}})), u"smp.bad_response"_s);
        QCOMPARE(codeOf(SmpResponses::parameters(QCborMap {{u"buf_size"_s, u"2475"_s}, {u"buf_count"_s, 4}})),
                 u"smp.bad_response"_s);
    }

    void bootloaderInfo()
    {
        const Result<BootloaderInfo> name = SmpResponses::bootloaderInfo(QCborMap {{u"bootloader"_s, u"MCUboot"_s}});
        QVERIFY(name.ok());
        QCOMPARE(name->name, u"MCUboot"_s);
        QVERIFY(!name->mode.has_value());
        QVERIFY(!name->noDowngrade.has_value());

        const Result<BootloaderInfo> mode =
            SmpResponses::bootloaderInfo(QCborMap {{u"mode"_s, 3}, {u"no-downgrade"_s, true}});
        QVERIFY(mode.ok());
        QCOMPARE(mode->mode, std::optional<qint64>(BootloaderInfo::SwapUsingMove));
        QCOMPARE(mode->noDowngrade, std::optional<bool>(true));

        QCOMPARE(codeOf(SmpResponses::bootloaderInfo(QCborMap {{u"mode"_s, u"3"_s}})), u"smp.bad_response"_s);
        QCOMPARE(codeOf(SmpResponses::bootloaderInfo(QCborMap {{u"no-downgrade"_s, 0}})), u"smp.bad_response"_s);
    }

    void echoAndOsInfo()
    {
        const Result<QString> echo = SmpResponses::echo(QCborMap {{u"r"_s, u"hi"_s}});
        QVERIFY(echo.ok());
        QCOMPARE(*echo, u"hi"_s);
        QCOMPARE(codeOf(SmpResponses::echo(QCborMap {{u"r"_s, 5}})), u"smp.bad_response"_s);
        const Result<QString> info = SmpResponses::osInfo(QCborMap {{u"output"_s, u"Zephyr"_s}});
        QVERIFY(info.ok());
        QCOMPARE(*info, u"Zephyr"_s);
        QCOMPARE(codeOf(SmpResponses::osInfo(QCborMap {})), u"smp.bad_response"_s);
    }
};

QTEST_GUILESS_MAIN(TestSmpResponses)
#include "tst_SmpResponses.moc"
