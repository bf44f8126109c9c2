// Signed checkpoints and the anchor kept outside the database (Checkpoint,
// FileAnchorStore): the layout documented in Checkpoint.h, signatures that break
// on any change, and an anchor file that only ever moves forward.
#include "audit/Checkpoint.h"
#include "audit/FileAnchorStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::audit;

namespace {

const QByteArray LogId = QByteArray::fromHex("f0e1d2c3b4a5968778695a4b3c2d1e0f");

KeyGeneration keysFrom(char fill, quint32 id = 1, quint64 firstSequence = 1)
{
    Result<KeyGeneration> keys =
        KeyGeneration::derive(id, firstSequence, crypto::SecureBytes(QByteArray(32, fill)), LogId);
    Q_ASSERT(keys.ok());
    return std::move(keys).value();
}

Checkpoint signedCheckpoint(quint64 number, quint64 sequence, const KeyGeneration &keys)
{
    Checkpoint checkpoint;
    checkpoint.logId = LogId;
    checkpoint.number = number;
    checkpoint.sequence = sequence;
    checkpoint.link = QByteArray(32, char(sequence & 0x7f));
    checkpoint.createdMs = 1795860240000;
    checkpoint.interim = false;
    const Status signedOk = checkpoint.sign(keys);
    Q_ASSERT(signedOk.ok());
    return checkpoint;
}

template<typename T> T readBigEndian(const QByteArray &bytes, qsizetype offset)
{
    return qFromBigEndian<T>(bytes.constData() + offset);
}

} // namespace

class TestAuditCheckpoint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void signedMessageMatchesDocumentedLayout()
    {
        Checkpoint checkpoint = signedCheckpoint(3, 3000, keysFrom('a'));
        checkpoint.interim = true;
        QByteArray expected = QByteArray("pasban-audit-checkpoint-v1") + LogId;
        QByteArray numbers(8 + 8, '\0');
        qToBigEndian(quint64(3), numbers.data());
        qToBigEndian(quint64(3000), numbers.data() + 8);
        QByteArray tail(8 + 4 + 1, '\0');
        qToBigEndian(qint64(1795860240000), tail.data());
        qToBigEndian(quint32(1), tail.data() + 8);
        tail[12] = 1;
        expected += numbers + checkpoint.link + tail;
        QCOMPARE(checkpoint.signedMessage(), expected);
    }

    void anchorBytesMatchDocumentedLayout()
    {
        const Checkpoint checkpoint = signedCheckpoint(7, 6001, keysFrom('b', 2, 5001));
        const QByteArray bytes = checkpoint.toBytes();
        QCOMPARE(bytes.size(), Checkpoint::EncodedSize);
        QCOMPARE(bytes.first(8), QByteArray("PSBNAUDA"));
        QCOMPARE(int(bytes.at(8)), 1);
        QCOMPARE(bytes.sliced(9, 16), LogId);
        QCOMPARE(readBigEndian<quint64>(bytes, 25), quint64(7));
        QCOMPARE(readBigEndian<quint64>(bytes, 33), quint64(6001));
        QCOMPARE(bytes.sliced(41, 32), checkpoint.link);
        QCOMPARE(readBigEndian<qint64>(bytes, 73), qint64(1795860240000));
        QCOMPARE(readBigEndian<quint32>(bytes, 81), quint32(2));
        QCOMPARE(int(bytes.at(85)), 0);
        QCOMPARE(bytes.sliced(86), checkpoint.signature);
        QCOMPARE(checkpoint.signature.size(), Checkpoint::SignatureSize);

        const Checkpoint parsed = Checkpoint::fromBytes(bytes).value();
        QVERIFY(parsed == checkpoint);
    }

    void malformedAnchorsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = signedCheckpoint(1, 1, keysFrom('c')).toBytes();
        for (qsizetype size : {0, 1, 8, 9, 85, 149})
            QTest::addRow("truncated to %lld", qlonglong(size)) << good.first(size);
        QTest::newRow("one byte more") << QByteArray(good + '\0');
        QByteArray badMagic = good;
        badMagic[0] = 'X';
        QTest::newRow("magic") << badMagic;
        QByteArray badVersion = good;
        badVersion[8] = 2;
        QTest::newRow("version") << badVersion;
        QByteArray badFlags = good;
        badFlags[85] = 2;
        QTest::newRow("flags") << badFlags;
        QByteArray zeroSequence = good;
        for (int i = 33; i < 41; ++i)
            zeroSequence[i] = 0;
        QTest::newRow("sequence 0") << zeroSequence;
        QByteArray zeroKey = good;
        for (int i = 81; i < 85; ++i)
            zeroKey[i] = 0;
        QTest::newRow("key 0") << zeroKey;
    }

    void malformedAnchorsAreRefused()
    {
        QFETCH(QByteArray, bytes);
        const Result<Checkpoint> parsed = Checkpoint::fromBytes(bytes);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code(), u"audit.anchor_malformed"_s);
    }

    void signatureCoversEveryField()
    {
        const KeyGeneration keys = keysFrom('d');
        const Checkpoint original = signedCheckpoint(2, 1000, keys);
        QVERIFY(original.verifySignature(keys).ok());
        QList<Checkpoint> changed(7, original);
        changed[0].logId[0] = 'x';
        changed[1].number += 1;
        changed[2].sequence += 1;
        changed[3].link[5] ^= 1;
        changed[4].createdMs += 1;
        changed[5].interim = true;
        changed[6].signature[10] ^= 1;
        for (const Checkpoint &checkpoint : std::as_const(changed))
            QCOMPARE(checkpoint.verifySignature(keys).error().code(), u"crypto.signature_invalid"_s);
        // Another key generation, even one claiming the same id, does not verify it.
        QVERIFY(!original.verifySignature(keysFrom('e')).ok());
        QVERIFY(!original.verifySignature(keysFrom('d', 2, 50)).ok());
    }

    void fileStoreStartsEmptyAndRoundTrips()
    {
        FileAnchorStore store(m_dir.filePath(u"round-trip.bin"_s));
        QVERIFY(!store.load().value().has_value());
        const Checkpoint checkpoint = signedCheckpoint(4, 3000, keysFrom('f'));
        QVERIFY(store.save(checkpoint).ok());
        QVERIFY(store.load().value().value() == checkpoint);
#ifdef Q_OS_UNIX
        QCOMPARE(QFile::permissions(store.path()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
#endif
    }

    void fileStoreNeverMovesBackwards()
    {
        FileAnchorStore store(m_dir.filePath(u"forward.bin"_s));
        const KeyGeneration keys = keysFrom('g');
        const Checkpoint newer = signedCheckpoint(5, 5000, keys);
        QVERIFY(store.save(newer).ok());
        QVERIFY(store.save(signedCheckpoint(4, 4000, keys)).ok()); // a slower writer's older checkpoint
        QCOMPARE(store.load().value()->sequence, quint64(5000));
        QVERIFY(store.save(signedCheckpoint(6, 6000, keys)).ok());
        QCOMPARE(store.load().value()->sequence, quint64(6000));
    }

    void fileStoreKeepsEvidence()
    {
        const QString path = m_dir.filePath(u"evidence.bin"_s);
        FileAnchorStore store(path);
        Checkpoint foreign = signedCheckpoint(9, 9000, keysFrom('h'));
        foreign.logId = QByteArray(16, '\x77');
        QVERIFY(store.save(foreign).ok());
        // Another log's anchor is not overwritten ...
        QCOMPARE(store.save(signedCheckpoint(1, 1, keysFrom('h'))).error().code(), u"audit.anchor_unwritable"_s);
        QCOMPARE(store.load().value()->logId, QByteArray(16, '\x77'));

        // ... nor is a damaged one.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("garbage");
        file.close();
        QCOMPARE(store.load().error().code(), u"audit.anchor_malformed"_s);
        QVERIFY(!store.save(signedCheckpoint(1, 1, keysFrom('h'))).ok());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("garbage"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAuditCheckpoint)
#include "tst_AuditCheckpoint.moc"
