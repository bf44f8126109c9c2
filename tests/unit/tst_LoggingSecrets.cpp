// A secret handed to a logging statement must not reach the log: every pasban.*
// category, at every level, prints a SecureBytes as its size only — never the
// bytes themselves, nor their hex or base64 form.
#include "common/Logging.h"
#include "crypto/SecureBytes.h"

#include <QDebug>
#include <QLoggingCategory>
#include <QStringList>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban::crypto;

namespace {

QStringList g_messages;

void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}

using Category = const QLoggingCategory &(*)();

const Category Categories[] = {lcApp, lcCrypto,   lcStorage, lcSettings, lcDiscovery, lcHealth, lcInventory,
                               lcSmp, lcFirmware, lcAudit,   lcPosture,  lcAccess,    lcSim,    lcUi};

} // namespace

class tst_LoggingSecrets : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        g_messages.clear();
        // Every level on, so a debug statement is checked as well as a warning.
        QLoggingCategory::setFilterRules(u"pasban.*=true"_s);
        m_previous = qInstallMessageHandler(collect);
    }

    void cleanup()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }

    void everyCategoryPrintsOnlyTheSize()
    {
        const QByteArray canary = "CANARY-LOGGED-SECRET-5e1d";
        const SecureBytes secret(canary);
        for (const Category category : Categories) {
            qCDebug(category) << "key" << secret;
            qCInfo(category) << "key" << secret;
            qCWarning(category) << "key" << secret;
            qCCritical(category).noquote() << secret;
        }
        QCOMPARE(g_messages.size(), int(std::size(Categories)) * 4);
        for (const QString &message : std::as_const(g_messages)) {
            QVERIFY2(message.contains(u"SecureBytes(25 bytes, redacted)"_s), qPrintable(message));
            QVERIFY2(!message.contains(QString::fromLatin1(canary)), "a secret reached the log");
            QVERIFY2(!message.contains(QString::fromLatin1(canary.toHex()), Qt::CaseInsensitive),
                     "a secret reached the log as hex");
            QVERIFY2(!message.contains(QString::fromLatin1(canary.toBase64())), "a secret reached the log as base64");
            QVERIFY2(!message.contains(u"CANARY"_s), "part of a secret reached the log");
        }
    }

    void anEmptySecretSaysSo()
    {
        qCInfo(lcCrypto) << SecureBytes();
        QCOMPARE(g_messages, QStringList {u"SecureBytes(0 bytes, redacted)"_s});
    }

private:
    QtMessageHandler m_previous = nullptr;
};

QTEST_GUILESS_MAIN(tst_LoggingSecrets)
#include "tst_LoggingSecrets.moc"
