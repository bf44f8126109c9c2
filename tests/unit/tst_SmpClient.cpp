// SmpClient against an in-process fake transport that records what is sent and
// answers when the test says so.
#include "smp/SmpClient.h"
#include "smp/SmpError.h"
#include "smp/SmpIds.h"
#include "smp/SmpRequests.h"
#include "smp/SmpResponses.h"
#include "smp/SmpTransport.h"

#include <QCborValue>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::smp;

namespace {

class FakeTransport final : public SmpTransport
{
public:
    void open() override { m_open = true; }
    void close() override { m_open = false; }
    bool isOpen() const override { return m_open; }
    Status send(const QByteArray &message) override
    {
        if (!m_open)
            return TransportErrors::notOpen(peerName());
        sent.append(message);
        return {};
    }
    qsizetype maxMessageSize() const override { return 1024; }
    QString peerName() const override { return u"fake"_s; }

    SmpMessage sentMessage(qsizetype i) const { return SmpMessage::decode(sent.at(i)).value(); }

    // The answer a device would give to sent message i.
    void answer(qsizetype i, const QCborMap &payload, SmpVersion version = SmpVersion::V2)
    {
        SmpMessage request = sentMessage(i);
        SmpMessage response;
        response.header = request.header;
        response.header.version = version;
        response.header.op = request.header.op == SmpOp::Write ? SmpOp::WriteResponse : SmpOp::ReadResponse;
        response.payload = payload;
        Q_EMIT received(response.encode().value());
    }
    void drop() { Q_EMIT closed(TransportErrors::linkLost(peerName(), u"test"_s)); }

    QList<QByteArray> sent;
    bool m_open = true;
};

struct Outcome
{
    std::optional<Result<SmpMessage>> result;
    void operator()(Result<SmpMessage> r) { result = std::move(r); }
};

} // namespace

class tst_SmpClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sequenceNumbersIncreaseAndWrap();
    void answersMatchTheirRequestsOutOfOrder();
    void strayAnswersAreIgnored();
    void timeoutAfterRetriesWithTheSameSequence();
    void aRetryIsAnsweredLate();
    void bothErrorFormsReachTheCaller();
    void v1DeviceIsAnsweredInV1();
    void lostLinkFailsEveryPendingRequest();
    void sendFailureIsReportedFromTheEventLoop();
    void cancelFailsOneRequest();
};

void tst_SmpClient::sequenceNumbersIncreaseAndWrap()
{
    FakeTransport transport;
    SmpClient client(&transport);
    for (int i = 0; i < 258; ++i)
        client.request(SmpRequests::echo(u"x"_s), [](Result<SmpMessage>) {});
    QCOMPARE(transport.sent.size(), 258);
    QCOMPARE(transport.sentMessage(0).header.sequence, quint8(0));
    QCOMPARE(transport.sentMessage(1).header.sequence, quint8(1));
    QCOMPARE(transport.sentMessage(255).header.sequence, quint8(255));
    QCOMPARE(transport.sentMessage(256).header.sequence, quint8(0));
    client.failAll(SmpClient::cancelledError());
}

void tst_SmpClient::answersMatchTheirRequestsOutOfOrder()
{
    FakeTransport transport;
    SmpClient client(&transport);
    Outcome first, second;
    client.request(SmpRequests::echo(u"one"_s), std::ref(first));
    client.request(SmpRequests::echo(u"two"_s), std::ref(second));
    transport.answer(1, QCborMap {{u"r"_s, u"two"_s}});
    QVERIFY(!first.result);
    QVERIFY(second.result && second.result->ok());
    QCOMPARE(SmpResponses::echo((*second.result)->payload).value(), u"two"_s);
    transport.answer(0, QCborMap {{u"r"_s, u"one"_s}});
    QVERIFY(first.result && first.result->ok());
    QCOMPARE(SmpResponses::echo((*first.result)->payload).value(), u"one"_s);
    QCOMPARE(client.pendingCount(), 0);
}

void tst_SmpClient::strayAnswersAreIgnored()
{
    FakeTransport transport;
    SmpClient client(&transport);
    Outcome outcome;
    client.request(SmpRequests::echo(u"x"_s), std::ref(outcome));
    // Same sequence, other command: not the answer.
    SmpMessage wrong = transport.sentMessage(0);
    wrong.header.op = SmpOp::WriteResponse;
    wrong.header.command = OsCommand::Reset;
    Q_EMIT transport.received(wrong.encode().value());
    // Other sequence.
    SmpMessage late = transport.sentMessage(0);
    late.header.op = SmpOp::WriteResponse;
    late.header.sequence = 77;
    Q_EMIT transport.received(late.encode().value());
    // Garbage.
    Q_EMIT transport.received(QByteArray("\x01\x02\x03", 3));
    // The request itself echoed back (not a response).
    Q_EMIT transport.received(transport.sent.at(0));
    QVERIFY(!outcome.result);
    QCOMPARE(client.unmatchedResponses(), quint64(4));
    transport.answer(0, QCborMap {{u"r"_s, u"x"_s}});
    QVERIFY(outcome.result && outcome.result->ok());
}

void tst_SmpClient::timeoutAfterRetriesWithTheSameSequence()
{
    FakeTransport transport;
    SmpClient client(&transport, SmpClientOptions {20, 20, 2});
    Outcome outcome;
    client.request(SmpRequests::parameters(), std::ref(outcome));
    QTRY_VERIFY(outcome.result.has_value());
    QVERIFY(!outcome.result->ok());
    QCOMPARE(outcome.result->error().code(), u"smp.timeout"_s);
    QCOMPARE(transport.sent.size(), 3); // the first send and two retries
    QCOMPARE(transport.sent.at(1), transport.sent.at(0));
    QCOMPARE(transport.sent.at(2), transport.sent.at(0));
    QCOMPARE(client.retransmissions(), quint64(2));
    QCOMPARE(client.pendingCount(), 0);
}

void tst_SmpClient::aRetryIsAnsweredLate()
{
    FakeTransport transport;
    SmpClient client(&transport, SmpClientOptions {20, 20, 5});
    Outcome outcome;
    client.request(SmpRequests::parameters(), std::ref(outcome));
    QTRY_VERIFY(transport.sent.size() >= 2);
    transport.answer(0, QCborMap {{u"buf_size"_s, 512}, {u"buf_count"_s, 4}});
    QVERIFY(outcome.result && outcome.result->ok());
    QCOMPARE(SmpResponses::parameters((*outcome.result)->payload)->bufferSize, quint32(512));
    // The answer to the other copy arrives too: dropped, not delivered twice.
    transport.answer(1, QCborMap {{u"buf_size"_s, 1}, {u"buf_count"_s, 1}});
    QCOMPARE(client.unmatchedResponses(), quint64(1));
}

void tst_SmpClient::bothErrorFormsReachTheCaller()
{
    FakeTransport transport;
    SmpClient client(&transport);
    Outcome v1, v2;
    client.request(SmpRequests::reset(), std::ref(v1));
    client.request(SmpRequests::imageUpload(UploadChunk {0, QByteArray(8, 'a'), 8, {}, {}, true}), std::ref(v2));
    transport.answer(0, QCborMap {{u"rc"_s, qint64(SmpError::Busy)}});
    transport.answer(1, QCborMap {{u"err"_s, QCborMap {{u"group"_s, 1}, {u"rc"_s, 27}}}});
    const Status busy = SmpResponses::status((*v1.result)->payload);
    QVERIFY(!busy);
    QCOMPARE(busy.error().code(), SmpError(SmpError::Form::V1, SmpError::Busy).toError().code());
    const Result<UploadProgress> newer = SmpResponses::upload((*v2.result)->payload);
    QVERIFY(!newer);
    QCOMPARE(newer.error().code(), SmpError(SmpError::Form::V2, SmpError::CurrentVersionIsNewer, 1).toError().code());
}

void tst_SmpClient::v1DeviceIsAnsweredInV1()
{
    FakeTransport transport;
    SmpClient client(&transport);
    Outcome outcome;
    client.request(SmpRequests::echo(u"x"_s), std::ref(outcome));
    QCOMPARE(transport.sentMessage(0).header.version, SmpVersion::V2);
    transport.answer(0, QCborMap {{u"r"_s, u"x"_s}}, SmpVersion::V1);
    QVERIFY(outcome.result && outcome.result->ok());
    client.request(SmpRequests::echo(u"y"_s), [](Result<SmpMessage>) {});
    QCOMPARE(transport.sentMessage(1).header.version, SmpVersion::V1);
    client.failAll(SmpClient::cancelledError());
}

void tst_SmpClient::lostLinkFailsEveryPendingRequest()
{
    FakeTransport transport;
    SmpClient client(&transport);
    Outcome a, b;
    client.request(SmpRequests::echo(u"a"_s), std::ref(a));
    client.request(SmpRequests::echo(u"b"_s), std::ref(b));
    transport.drop();
    QVERIFY(a.result && !a.result->ok() && b.result && !b.result->ok());
    QCOMPARE(a.result->error().code(), u"smp.link_lost"_s);
    QCOMPARE(b.result->error().code(), u"smp.link_lost"_s);
    QCOMPARE(client.pendingCount(), 0);
}

void tst_SmpClient::sendFailureIsReportedFromTheEventLoop()
{
    FakeTransport transport;
    transport.m_open = false;
    SmpClient client(&transport);
    Outcome outcome;
    client.request(SmpRequests::echo(u"x"_s), std::ref(outcome));
    QVERIFY(!outcome.result); // never from inside request()
    QTRY_VERIFY(outcome.result.has_value());
    QCOMPARE(outcome.result->error().code(), u"smp.not_connected"_s);
}

void tst_SmpClient::cancelFailsOneRequest()
{
    FakeTransport transport;
    SmpClient client(&transport);
    Outcome a, b;
    const quint64 id = client.request(SmpRequests::echo(u"a"_s), std::ref(a));
    client.request(SmpRequests::echo(u"b"_s), std::ref(b));
    client.cancel(id);
    QCOMPARE(a.result->error().code(), u"smp.cancelled"_s);
    QVERIFY(!b.result);
    transport.answer(0, QCborMap {{u"r"_s, u"a"_s}}); // too late: dropped
    QCOMPARE(client.unmatchedResponses(), quint64(1));
    transport.answer(1, QCborMap {{u"r"_s, u"b"_s}});
    QVERIFY(b.result->ok());
}

QTEST_GUILESS_MAIN(tst_SmpClient)
#include "tst_SmpClient.moc"
