// The audit log's key hierarchy: PassphraseKeyStore (scrypt KEK, stored
// parameters that cannot be turned into a denial of service) and the wrapping of
// data keys (KeyGeneration::wrap/unwrap).
#include "audit/KeyGeneration.h"
#include "audit/PassphraseKeyStore.h"
#include "crypto/Kdf.h"
#include "crypto/Random.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::audit;

namespace {

// Cheap enough for tests; real logs use ScryptParams' default (N = 2^17).
const crypto::ScryptParams TestCost {1u << 10, 8, 1};
const QByteArray LogId(16, '\x42');

crypto::SecureBytes secret(const char *text)
{
    return crypto::SecureBytes(QByteArrayView(text));
}

QByteArray parametersWith(const QString &key, const QJsonValue &value)
{
    QJsonObject object {{u"kdf"_s, u"scrypt"_s},
                        {u"salt"_s, QString::fromLatin1(QByteArray(16, 's').toBase64())},
                        {u"n"_s, 1024},
                        {u"r"_s, 8},
                        {u"p"_s, 1}};
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestAuditKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passphraseKeyIsScryptOfStoredSalt()
    {
        PassphraseKeyStore store(secret("correct horse battery staple"), TestCost);
        QCOMPARE(store.kind(), u"passphrase"_s);
        const KeyStore::NewKey created = store.createKey(LogId).value();
        QCOMPARE(created.keyEncryptionKey.size(), 32);

        const PassphraseKeyStore::Parameters parameters =
            PassphraseKeyStore::Parameters::fromBytes(created.parameters).value();
        QCOMPARE(parameters.salt.size(), PassphraseKeyStore::SaltSize);
        QCOMPARE(parameters.scrypt.n, TestCost.n);
        QCOMPARE(parameters.scrypt.r, TestCost.r);
        QCOMPARE(parameters.scrypt.p, TestCost.p);
        const crypto::SecureBytes expected =
            crypto::scrypt(secret("correct horse battery staple"), parameters.salt, TestCost, 32).value();
        QCOMPARE(created.keyEncryptionKey, expected);
        QCOMPARE(store.unlockKey(LogId, created.parameters).value(), expected);
    }

    void everyLogGetsItsOwnSalt()
    {
        PassphraseKeyStore store(secret("same passphrase"), TestCost);
        const KeyStore::NewKey first = store.createKey(LogId).value();
        const KeyStore::NewKey second = store.createKey(LogId).value();
        QVERIFY(first.parameters != second.parameters);
        QVERIFY(first.keyEncryptionKey != second.keyEncryptionKey);
    }

    void anotherPassphraseGivesAnotherKey()
    {
        PassphraseKeyStore right(secret("right"), TestCost);
        const KeyStore::NewKey created = right.createKey(LogId).value();
        PassphraseKeyStore wrong(secret("wrong"), TestCost);
        QVERIFY(wrong.unlockKey(LogId, created.parameters).value() != created.keyEncryptionKey);
        QCOMPARE(wrong.keyRejected().code(), u"audit.wrong_passphrase"_s);
        QVERIFY(!wrong.keyRejected().message().isEmpty());
    }

    void emptyPassphraseCannotCreateALog()
    {
        PassphraseKeyStore store(crypto::SecureBytes(), TestCost);
        QCOMPARE(store.createKey(LogId).error().code(), u"audit.passphrase_empty"_s);
    }

    void storedCostIsUsedNotTheDefault()
    {
        PassphraseKeyStore creator(secret("p"), TestCost);
        const KeyStore::NewKey created = creator.createKey(LogId).value();
        PassphraseKeyStore opener(secret("p")); // default cost for new logs; the stored one unlocks
        QCOMPARE(opener.unlockKey(LogId, created.parameters).value(), created.keyEncryptionKey);
    }

    void parametersRoundTrip()
    {
        const PassphraseKeyStore::Parameters parameters {QByteArray(24, '\x01'), {1u << 17, 8, 1}};
        const PassphraseKeyStore::Parameters parsed =
            PassphraseKeyStore::Parameters::fromBytes(parameters.toBytes()).value();
        QCOMPARE(parsed.salt, parameters.salt);
        QCOMPARE(parsed.scrypt.n, parameters.scrypt.n);
        QCOMPARE(parsed.scrypt.r, parameters.scrypt.r);
        QCOMPARE(parsed.scrypt.p, parameters.scrypt.p);
    }

    void badParametersAreRefusedBeforeAnyWork_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not JSON") << QByteArray("{kdf: scrypt");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("too long") << QByteArray(2000, ' ');
        QTest::newRow("unknown kdf") << parametersWith(u"kdf"_s, u"argon2id"_s);
        QTest::newRow("extra field") << parametersWith(u"extra"_s, 1);
        QTest::newRow("no salt") << parametersWith(u"salt"_s, QJsonValue::Undefined);
        QTest::newRow("short salt") << parametersWith(u"salt"_s, QString::fromLatin1(QByteArray(8, 's').toBase64()));
        QTest::newRow("salt not base64") << parametersWith(u"salt"_s, u"!!!!not-base64!!!!!!!!"_s);
        QTest::newRow("salt a number") << parametersWith(u"salt"_s, 5);
        QTest::newRow("n not a power of two") << parametersWith(u"n"_s, 1000);
        QTest::newRow("n 1") << parametersWith(u"n"_s, 1);
        QTest::newRow("n 2^21") << parametersWith(u"n"_s, double(1u << 21));
        QTest::newRow("n huge") << parametersWith(u"n"_s, 1e300);
        QTest::newRow("n fraction") << parametersWith(u"n"_s, 1024.5);
        QTest::newRow("n text") << parametersWith(u"n"_s, u"1024"_s);
        QTest::newRow("r 0") << parametersWith(u"r"_s, 0);
        QTest::newRow("r 33") << parametersWith(u"r"_s, 33);
        QTest::newRow("p 0") << parametersWith(u"p"_s, 0);
        QTest::newRow("p 17") << parametersWith(u"p"_s, 17);
        QTest::newRow("p negative") << parametersWith(u"p"_s, -1);
        // 128 * 2^20 * 32 bytes = 4 GiB: far beyond ScryptMaxMemory.
        QByteArray memory = parametersWith(u"n"_s, double(1u << 20));
        memory.replace("\"r\":8", "\"r\":32");
        QTest::newRow("memory") << memory;
    }

    void badParametersAreRefusedBeforeAnyWork()
    {
        QFETCH(QByteArray, bytes);
        const Result<PassphraseKeyStore::Parameters> parsed = PassphraseKeyStore::Parameters::fromBytes(bytes);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code(), u"audit.damaged"_s);
        PassphraseKeyStore store(secret("p"), TestCost);
        QCOMPARE(store.unlockKey(LogId, bytes).error().code(), u"audit.damaged"_s);
    }

    void wrappedDataKeyOpensOnlyWithItsContext()
    {
        const crypto::SecureBytes kek = crypto::randomKey(32).value();
        const KeyGeneration keys = KeyGeneration::derive(3, 7001, crypto::randomKey(32).value(), LogId).value();
        const QByteArray wrapped = keys.wrap(kek, LogId).value();
        QVERIFY(!wrapped.contains(keys.dataKey().view()));
        QCOMPARE(KeyGeneration::unwrap(kek, LogId, 3, 7001, wrapped).value(), keys.dataKey());

        const QString authentication = u"crypto.authentication"_s;
        QCOMPARE(KeyGeneration::unwrap(crypto::randomKey(32).value(), LogId, 3, 7001, wrapped).error().code(),
                 authentication);
        QCOMPARE(KeyGeneration::unwrap(kek, QByteArray(16, '\x43'), 3, 7001, wrapped).error().code(), authentication);
        QCOMPARE(KeyGeneration::unwrap(kek, LogId, 2, 7001, wrapped).error().code(), authentication);
        // A key cannot be made to claim events before the ones it was created for.
        QCOMPARE(KeyGeneration::unwrap(kek, LogId, 3, 1, wrapped).error().code(), authentication);
        QVERIFY(!KeyGeneration::unwrap(kek, LogId, 3, 7001, wrapped.first(20)).ok());
    }

    void wrappingAssociatedDataIsDocumentedLayout()
    {
        const QByteArray expected = QByteArray("pasban-audit-key-v1") + LogId + QByteArray::fromHex("00000003")
            + QByteArray::fromHex("0000000000001b59");
        QCOMPARE(KeyGeneration::wrappingAssociatedData(LogId, 3, 7001), expected);
    }
};

QTEST_GUILESS_MAIN(TestAuditKeys)
#include "tst_AuditKeys.moc"
