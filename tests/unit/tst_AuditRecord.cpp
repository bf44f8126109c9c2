// The audit log's stored format (RecordCodec, EventPayload, EventType): the bytes
// every chain link, ciphertext and blind index is computed over. Expected values
// are assembled here by hand from the layout documented in RecordCodec.h and
// KeyGeneration.h, so a silent change of the format fails these tests.
#include "audit/EventPayload.h"
#include "audit/EventType.h"
#include "audit/KeyGeneration.h"
#include "audit/RecordCodec.h"
#include "crypto/Aead.h"
#include "crypto/Hash.h"
#include "crypto/Kdf.h"
#include "crypto/Random.h"

#include <QTest>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::audit;

namespace {

QByteArray be64(qint64 value)
{
    QByteArray bytes(8, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray be32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

const QByteArray LogId = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
const QByteArray PreviousLink(32, '\x44');

KeyGeneration keysFrom(char fill, quint32 id = 1, quint64 firstSequence = 1)
{
    Result<KeyGeneration> keys =
        KeyGeneration::derive(id, firstSequence, crypto::SecureBytes(QByteArray(32, fill)), LogId);
    Q_ASSERT(keys.ok());
    return std::move(keys).value();
}

StoredRecord sampleRecord()
{
    StoredRecord record;
    record.sequence = 517;
    record.recordedMs = 1795860240000; // 2026-11-28T10:04:00Z
    record.eventType = 110120;
    record.outcome = 4;
    record.keyId = 1;
    record.operatorIndex = QByteArray(16, '\x11');
    record.sealed = QByteArray("sealed-bytes");
    return record;
}

AuditEvent sampleEvent()
{
    AuditEvent event;
    event.sequence = 42;
    event.recorded = QDateTime(QDate(2026, 11, 28), QTime(10, 4, 5, 123), Qt::UTC);
    event.type = EventType::SoftwareConfiguration;
    event.action = Action::Update;
    event.outcome = Outcome::SeriousFailure;
    event.operatorId = u"Dr. Laleh Karimi"_s;
    event.workstation = u"eng-ws-07"_s;
    event.device = u"PUMP-SN-0042"_s;
    event.details = {{u"firmware"_s, u"2.1.0"_s}, {u"phase"_s, u"confirm"_s}, {u"attempt"_s, 2}};
    return event;
}

} // namespace

class TestAuditRecord : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canonicalEncodingMatchesDocumentedLayout()
    {
        const StoredRecord record = sampleRecord();
        const QByteArray expected = QByteArray("pasban-audit-row-v1") + be64(517) + be64(1795860240000) + be64(110120)
            + be64(4) + be64(1) + QByteArray(1, '\x01') + be32(16) + QByteArray(16, '\x11') // operator index
            + QByteArray(1, '\x00') // no device index (NULL)
            + be32(12) + QByteArray("sealed-bytes");
        QCOMPARE(RecordCodec::canonicalEncoding(record), expected);
    }

    void nullAndEmptyIndexesEncodeDifferently()
    {
        StoredRecord withNull = sampleRecord();
        withNull.deviceIndex.reset();
        StoredRecord withEmpty = sampleRecord();
        withEmpty.deviceIndex = QByteArray();
        QVERIFY(RecordCodec::canonicalEncoding(withNull) != RecordCodec::canonicalEncoding(withEmpty));
    }

    void associatedDataMatchesDocumentedLayout()
    {
        const StoredRecord record = sampleRecord();
        const QByteArray previous(32, '\x22');
        const QByteArray expected = QByteArray("pasban-audit-aad-v1") + LogId + previous + be64(517)
            + be64(1795860240000) + be64(110120) + be64(4) + be64(1) + QByteArray(1, '\x01') + be32(16)
            + QByteArray(16, '\x11') + QByteArray(1, '\x00');
        QCOMPARE(RecordCodec::associatedData(LogId, previous, record), expected);
    }

    void subKeysAreHkdfOfTheDataKeyWithDocumentedInfo()
    {
        const crypto::SecureBytes dataKey(QByteArray(32, '\x5a'));
        const KeyGeneration keys = keysFrom('\x5a');
        const auto hkdf = [&](const char *info) {
            Result<crypto::SecureBytes> derived = crypto::hkdfSha256(dataKey, LogId, QByteArrayView(info), 32);
            Q_ASSERT(derived.ok());
            return std::move(derived).value();
        };
        QCOMPARE(keys.encryptionKey(), hkdf("pasban audit v1 encryption"));
        QCOMPARE(keys.chainKey(), hkdf("pasban audit v1 chain"));
        QCOMPARE(keys.indexKey(), hkdf("pasban audit v1 blind index"));
        QVERIFY(keys.encryptionKey() != keys.chainKey());
        QVERIFY(keys.chainKey() != keys.indexKey());

        Result<crypto::PrivateKey> signing =
            crypto::PrivateKey::fromEd25519Seed(hkdf("pasban audit v1 checkpoint signing"));
        QVERIFY(signing.ok());
        QCOMPARE(signing->publicKey()->toDer().value(), keys.publicKeyDer());
    }

    void derivationRefusesWrongSizes()
    {
        QCOMPARE(KeyGeneration::derive(1, 1, crypto::SecureBytes(QByteArray(31, 'k')), LogId).error().code(),
                 u"audit.damaged"_s);
        QCOMPARE(KeyGeneration::derive(1, 1, crypto::SecureBytes(QByteArray(32, 'k')), LogId.first(15)).error().code(),
                 u"audit.damaged"_s);
    }

    void linksAreHmacOverPreviousLinkAndRow()
    {
        const KeyGeneration keys = keysFrom('\x01');
        const StoredRecord record = sampleRecord();
        const QByteArray previous(32, '\x33');
        const QByteArray expected =
            crypto::hmacSha256(keys.chainKey(), QByteArray(previous + RecordCodec::canonicalEncoding(record))).value();
        QCOMPARE(RecordCodec::link(keys, previous, record).value(), expected);

        const QByteArray genesis =
            crypto::hmacSha256(keys.chainKey(), QByteArray(QByteArray("pasban-audit-genesis-v1") + LogId)).value();
        QCOMPARE(RecordCodec::genesisLink(keys, LogId).value(), genesis);
    }

    void everyColumnChangesTheLink()
    {
        const KeyGeneration keys = keysFrom('\x02');
        const StoredRecord original = sampleRecord();
        const QByteArray previous(32, '\x44');
        const QByteArray link = RecordCodec::link(keys, previous, original).value();
        QList<StoredRecord> changed(9, original);
        changed[0].sequence ^= 1;
        changed[1].recordedMs ^= 1;
        changed[2].eventType ^= 1;
        changed[3].outcome ^= 1;
        changed[4].keyId ^= 1;
        changed[5].operatorIndex->data()[3] ^= 1;
        changed[6].deviceIndex = QByteArray(16, '\0');
        changed[7].sealed[0] = 'S';
        changed[8].operatorIndex.reset();
        for (const StoredRecord &record : std::as_const(changed))
            QVERIFY(RecordCodec::link(keys, previous, record).value() != link);
        QVERIFY(RecordCodec::link(keys, QByteArray(32, '\x45'), original).value() != link);
        QVERIFY(RecordCodec::link(keysFrom('\x03'), previous, original).value() != link);
    }

    void sealThenOpenGivesTheEventBack()
    {
        const KeyGeneration keys = keysFrom('\x04');
        const QByteArray previous(32, '\x55');
        const AuditEvent event = sampleEvent();
        const StoredRecord record = RecordCodec::seal(event, keys, LogId, previous).value();
        QCOMPARE(record.sequence, 42);
        QCOMPARE(record.recordedMs, event.recorded.toMSecsSinceEpoch());
        QCOMPARE(record.eventType, 110131);
        QCOMPARE(record.outcome, 8);
        QCOMPARE(record.keyId, 1);
        QCOMPARE(record.link, RecordCodec::link(keys, previous, record).value());

        const AuditEvent opened = RecordCodec::open(record, keys, LogId, previous).value();
        QVERIFY(opened.readable);
        QCOMPARE(opened.sequence, event.sequence);
        QCOMPARE(opened.recorded, event.recorded);
        QCOMPARE(opened.type, event.type);
        QCOMPARE(opened.action, event.action);
        QCOMPARE(opened.outcome, event.outcome);
        QCOMPARE(opened.operatorId, event.operatorId);
        QCOMPARE(opened.workstation, event.workstation);
        QCOMPARE(opened.device, event.device);
        QCOMPARE(opened.details, event.details);
        QCOMPARE(opened.keyId, 1u);
    }

    void ciphertextIsBoundToItsRowLogAndPosition()
    {
        const KeyGeneration keys = keysFrom('\x05');
        const QByteArray previous(32, '\x66');
        const StoredRecord record = RecordCodec::seal(sampleEvent(), keys, LogId, previous).value();
        QList<StoredRecord> moved(4, record);
        moved[0].sequence += 1;
        moved[1].outcome = 0;
        moved[2].recordedMs += 1;
        moved[3].operatorIndex.reset();
        for (const StoredRecord &other : std::as_const(moved))
            QCOMPARE(RecordCodec::open(other, keys, LogId, previous).error().code(), u"crypto.authentication"_s);
        QCOMPARE(RecordCodec::open(record, keys, LogId, QByteArray(32, '\x67')).error().code(),
                 u"crypto.authentication"_s);
        QCOMPARE(RecordCodec::open(record, keys, QByteArray(16, '\x09'), previous).error().code(),
                 u"crypto.authentication"_s);
        QCOMPARE(RecordCodec::open(record, keysFrom('\x06'), LogId, previous).error().code(),
                 u"crypto.authentication"_s);
    }

    void sealedFieldsAreNotInClear()
    {
        const StoredRecord record =
            RecordCodec::seal(sampleEvent(), keysFrom('\x07'), LogId, QByteArray(32, '\x01')).value();
        for (const QByteArray &canary : {QByteArray("Karimi"), QByteArray("PUMP-SN"), QByteArray("eng-ws"),
                                         QByteArray("firmware"), QByteArray("confirm")})
            QVERIFY2(!RecordCodec::canonicalEncoding(record).contains(canary), canary.constData());
    }

    void blindIndexIsKeyedTruncatedHmacPerField()
    {
        const KeyGeneration keys = keysFrom('\x08');
        const QByteArray operatorIndex =
            RecordCodec::blindIndex(keys, RecordCodec::IndexedField::Operator, u"Dr. Laleh Karimi"_s).value().value();
        const QByteArray expected =
            crypto::hmacSha256(keys.indexKey(),
                               QByteArray(QByteArray("operator\0", 9) + QString(u"Dr. Laleh Karimi"_s).toUtf8()))
                .value()
                .first(16);
        QCOMPARE(operatorIndex, expected);
        const QByteArray deviceIndex =
            RecordCodec::blindIndex(keys, RecordCodec::IndexedField::Device, u"Dr. Laleh Karimi"_s).value().value();
        QCOMPARE(deviceIndex.size(), 16);
        QVERIFY(deviceIndex != operatorIndex); // the same text as device and operator does not link up
        QVERIFY(RecordCodec::blindIndex(keysFrom('\x09'), RecordCodec::IndexedField::Operator, u"Dr. Laleh Karimi"_s)
                    .value()
                    .value()
                != operatorIndex);
        QVERIFY(!RecordCodec::blindIndex(keys, RecordCodec::IndexedField::Operator, QString()).value().has_value());
    }

    void indexCacheGivesTheSameIndexesAsComputingThem()
    {
        const KeyGeneration first = keysFrom('\x08', 1);
        const KeyGeneration second = keysFrom('\x09', 2);
        RecordCodec::IndexCache cache(2);
        const QStringList names {u"op-a"_s, u"op-b"_s, u"op-c"_s, u"op-a"_s, u"op-b"_s};
        for (const KeyGeneration *keys : {&first, &second, &first}) {
            for (const QString &name : names) {
                for (RecordCodec::IndexedField field :
                     {RecordCodec::IndexedField::Operator, RecordCodec::IndexedField::Device}) {
                    // Over capacity, after a key change and back: always what blindIndex computes.
                    QCOMPARE(cache.blindIndex(*keys, field, name).value(),
                             RecordCodec::blindIndex(*keys, field, name).value());
                }
            }
        }
        QVERIFY(!cache.blindIndex(first, RecordCodec::IndexedField::Device, QString()).value().has_value());
    }

    void sealWithAidsUsesTheGivenNonceAndOpens()
    {
        const KeyGeneration keys = keysFrom('\x31');
        AuditEvent event = sampleEvent();
        event.sequence = 7;
        RecordCodec::IndexCache cache;
        const QByteArray nonce = crypto::randomBytes(crypto::Aes256GcmNonceSize).value();
        RecordCodec::SealAids aids;
        aids.freshNonce = nonce;
        aids.indexes = &cache;
        const StoredRecord record = RecordCodec::seal(event, keys, LogId, PreviousLink, aids).value();
        QCOMPARE(record.sealed.first(crypto::Aes256GcmNonceSize), nonce);
        QCOMPARE(record.operatorIndex,
                 RecordCodec::blindIndex(keys, RecordCodec::IndexedField::Operator, event.operatorId).value());
        const AuditEvent opened = RecordCodec::open(record, keys, LogId, PreviousLink).value();
        QCOMPARE(opened.operatorId, event.operatorId);
        QCOMPARE(opened.details, event.details);
        // A nonce of the wrong size is refused, not padded.
        aids.freshNonce = QByteArrayView(nonce).first(8);
        QVERIFY(!RecordCodec::seal(event, keys, LogId, PreviousLink, aids).ok());
    }

    void payloadIsPaddedCborWithLengthPrefix()
    {
        EventPayload payload;
        payload.action = Action::Read;
        payload.operatorId = u"op"_s;
        const QByteArray encoded = payload.encode().value();
        // CBOR {1: "R", 2: "op"}: a2 01 61 52 02 62 6f 70 (RFC 8949)
        const QByteArray cbor = QByteArray::fromHex("a201615202626f70");
        QCOMPARE(encoded.size(), 32);
        QCOMPARE(encoded.first(4), be32(quint32(cbor.size())));
        QCOMPARE(encoded.sliced(4, cbor.size()), cbor);
        QCOMPARE(encoded.sliced(4 + cbor.size()), QByteArray(32 - 4 - cbor.size(), '\0'));
    }

    void payloadRoundTrips()
    {
        const EventPayload original = EventPayload::fromEvent(sampleEvent());
        const QByteArray encoded = original.encode().value();
        QCOMPARE(encoded.size() % EventPayload::PaddingBlock, 0);
        const EventPayload decoded = EventPayload::decode(encoded).value();
        QCOMPARE(decoded.action, original.action);
        QCOMPARE(decoded.operatorId, original.operatorId);
        QCOMPARE(decoded.workstation, original.workstation);
        QCOMPARE(decoded.device, original.device);
        QCOMPARE(decoded.details, original.details);
    }

    void payloadDecodeRejectsMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const auto frame = [](const QByteArray &cbor) {
            QByteArray bytes = be32(quint32(cbor.size())) + cbor;
            bytes.append(QByteArray((32 - bytes.size() % 32) % 32, '\0'));
            return bytes;
        };
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not a block multiple") << QByteArray(31, '\0');
        QTest::newRow("length beyond payload") << QByteArray(be32(1000) + QByteArray(28, '\0'));
        QTest::newRow("extra padding block")
            << QByteArray(frame(QByteArray::fromHex("a1016145")) + QByteArray(32, '\0'));
        QByteArray dirtyPadding = frame(QByteArray::fromHex("a1016145"));
        dirtyPadding[31] = 1;
        QTest::newRow("padding not zero") << dirtyPadding;
        QTest::newRow("zero length") << frame(QByteArray());
        QTest::newRow("not a map") << frame(QByteArray::fromHex("6145"));
        QTest::newRow("no action") << frame(QByteArray::fromHex("a102626f70"));
        QTest::newRow("action X") << frame(QByteArray::fromHex("a1016158"));
        QTest::newRow("action not text") << frame(QByteArray::fromHex("a10101"));
        QTest::newRow("unknown key") << frame(QByteArray::fromHex("a201614509626f70"));
        QTest::newRow("text key") << frame(QByteArray::fromHex("a1616101"));
        QTest::newRow("empty operator") << frame(QByteArray::fromHex("a20161450260"));
        QTest::newRow("details not a map") << frame(QByteArray::fromHex("a20161450501"));
        QTest::newRow("truncated cbor") << frame(QByteArray::fromHex("a2016145"));
        QTest::newRow("trailing cbor") << frame(QByteArray::fromHex("a1016145ff"));
        QTest::newRow("too large") << QByteArray(EventPayload::MaxEncodedSize + 32, '\0');
    }

    void payloadDecodeRejectsMalformedInput()
    {
        QFETCH(QByteArray, bytes);
        const Result<EventPayload> decoded = EventPayload::decode(bytes);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code(), u"audit.damaged"_s);
    }

    void oversizedDetailsAreRefused()
    {
        EventPayload payload;
        payload.details = {{u"blob"_s, QString(EventPayload::MaxEncodedSize, u'x')}};
        QCOMPARE(payload.encode().error().code(), u"audit.event_too_large"_s);
    }

    void eventTypesFollowDicom()
    {
        // REFERENCE.md §5 / DICOM PS3.16: EventIDs and the type codes under them.
        const QList<QPair<quint32, quint32>> expected = {
            {110100, 110100}, {110101, 110101}, {110106, 110106}, {110112, 110112}, {110113, 110113},
            {110114, 110114}, {110120, 110100}, {110121, 110100}, {110122, 110114}, {110123, 110114},
        };
        for (const auto &[code, eventId] : expected) {
            const EventTypeInfo *info = eventTypeInfo(code);
            QVERIFY2(info, qPrintable(QString::number(code)));
            QCOMPARE(quint32(info->eventId), eventId);
        }
        for (quint32 code = 110126; code <= 110140; ++code) {
            const EventTypeInfo *info = eventTypeInfo(code);
            QVERIFY2(info, qPrintable(QString::number(code)));
            QCOMPARE(info->eventId, EventType::SecurityAlert);
        }
        QCOMPARE(eventTypes().size(), 25);
        QCOMPARE(eventTypeEnglishName(EventType::ApplicationStart), u"Application Start"_s);
        QCOMPARE(eventTypeEnglishName(EventType::AuditRecordingStarted), u"Audit Recording Started"_s);
        QVERIFY(!eventTypeInfo(110124));
        QCOMPARE(eventTypeName(EventType(123456)), u"DCM 123456"_s);
    }

    void actionsAndOutcomesParseOnlyTheirValues()
    {
        QCOMPARE(actionFromCode(u"U"), Action::Update);
        QVERIFY(!actionFromCode(u"u"));
        QVERIFY(!actionFromCode(u"UU"));
        QCOMPARE(actionCode(Action::Delete), u"D"_s);
        QCOMPARE(outcomeFromValue(12), Outcome::MajorFailure);
        for (qint64 bad : {-1, 1, 3, 5, 13, 255})
            QVERIFY(!outcomeFromValue(bad));
    }
};

QTEST_GUILESS_MAIN(TestAuditRecord)
#include "tst_AuditRecord.moc"
