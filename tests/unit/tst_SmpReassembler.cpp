#include "smp/SmpReassembler.h"
#include "smp/SmpRequests.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::smp;

class tst_SmpReassembler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void joinsPiecesOfOneMessage();
    void splitsTwoMessagesInOneFragment();
    void refusesABadHeaderAndRecovers();
    void refusesAnOversizedMessage();
};

namespace {
QByteArray message(int size)
{
    UploadChunk chunk;
    chunk.offset = 100;
    chunk.data = QByteArray(size, 'z');
    return SmpRequests::imageUpload(chunk).encode().value();
}
} // namespace

void tst_SmpReassembler::joinsPiecesOfOneMessage()
{
    const QByteArray whole = message(600);
    SmpReassembler reassembler;
    QList<Result<QByteArray>> out;
    for (qsizetype at = 0; at < whole.size(); at += 244) {
        QVERIFY(out.isEmpty());
        out = reassembler.feed(QByteArrayView(whole).sliced(at, std::min<qsizetype>(244, whole.size() - at)));
    }
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().value(), whole);
    QCOMPARE(reassembler.pending(), 0);
}

void tst_SmpReassembler::splitsTwoMessagesInOneFragment()
{
    const QByteArray a = message(10);
    const QByteArray b = message(30);
    SmpReassembler reassembler;
    const QByteArray both = a + b;
    QList<Result<QByteArray>> out = reassembler.feed(QByteArrayView(both).first(a.size() + 5));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().value(), a);
    out = reassembler.feed(QByteArrayView(both).sliced(a.size() + 5));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().value(), b);
}

void tst_SmpReassembler::refusesABadHeaderAndRecovers()
{
    SmpReassembler reassembler;
    QList<Result<QByteArray>> out = reassembler.feed(QByteArray(8, '\xff'));
    QCOMPARE(out.size(), 1);
    QVERIFY(!out.first().ok());
    QCOMPARE(reassembler.pending(), 0);
    const QByteArray good = message(20);
    out = reassembler.feed(good);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().value(), good);
}

void tst_SmpReassembler::refusesAnOversizedMessage()
{
    SmpReassembler reassembler(100);
    const QList<Result<QByteArray>> out = reassembler.feed(message(200).first(50));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().error().code(), u"smp.message_too_large"_s);
}

QTEST_GUILESS_MAIN(tst_SmpReassembler)
#include "tst_SmpReassembler.moc"
