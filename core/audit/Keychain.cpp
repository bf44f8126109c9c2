#include "Keychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit::detail {

namespace {

// A keystore that asks the user (a locked collection's prompt) may take a while;
// one that never answers must not hang the console.
constexpr int JobTimeoutMs = 60 * 1000;

struct Outcome
{
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QByteArray data;
    bool finished = false;
};

// Runs the job to its end in a local event loop. The job deletes itself when it
// finishes (also after a timeout, when it may still be running in the keystore).
template<typename Job, typename Prepare> Outcome runJob(const QString &service, const QString &entry, Prepare &&prepare)
{
    Outcome outcome;
    if (!QCoreApplication::instance()) {
        outcome.errorString = u"no Qt application object, so no event loop for the keystore"_s;
        return outcome;
    }
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never QtKeychain's plaintext file
    job->setKey(entry);
    prepare(*job);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&outcome, &loop](QKeychain::Job *done) {
        outcome.finished = true;
        outcome.error = done->error();
        outcome.errorString = done->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            outcome.data = read->binaryData();
        loop.quit();
    });
    QTimer::singleShot(JobTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    if (!outcome.finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        outcome.error = QKeychain::OtherError;
        outcome.errorString = u"the keystore did not answer within %1 s"_s.arg(JobTimeoutMs / 1000);
    }
    return outcome;
}

Error failure(const Outcome &outcome)
{
    const QString detail = u"QtKeychain error %1: %2"_s.arg(int(outcome.error)).arg(outcome.errorString);
    switch (outcome.error) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return keystoreLocked(detail);
    default:
        return keystoreUnavailable(detail);
    }
}

} // namespace

Error keystoreUnavailable(const QString &detail)
{
    return Error(u"audit.keystore_unavailable"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "No system keystore is available to unlock the audit log (Secret Service or "
                                   "Windows Credential Manager). Start or unlock it, or use a passphrase; nothing was "
                                   "changed."),
                 {}, detail);
}

Error keystoreLocked(const QString &detail)
{
    return Error(u"audit.keystore_locked"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The system keystore is locked or refused access to the audit log's key. Unlock "
                                   "it and try again; nothing was changed."),
                 {}, detail);
}

Error keystoreEntryMissing(const QString &entry)
{
    return Error(u"audit.keystore_entry_missing"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The system keystore holds no key for this audit log: it was set up under another "
                                   "user account or computer, or the key was deleted. Open it with the hospital "
                                   "recovery key; nothing was changed."),
                 {}, entry);
}

Keychain::Keychain(QString service)
    : m_service(std::move(service))
{
}

QString Keychain::defaultService()
{
    return u"org.pasban.Pasban"_s;
}

Result<std::optional<QByteArray>> Keychain::read(const QString &entry) const
{
    const Outcome outcome = runJob<QKeychain::ReadPasswordJob>(m_service, entry, [](auto &) {});
    if (outcome.error == QKeychain::NoError)
        return std::optional<QByteArray>(outcome.data);
    if (outcome.error == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    return failure(outcome);
}

Status Keychain::write(const QString &entry, const QByteArray &bytes) const
{
    const Outcome outcome = runJob<QKeychain::WritePasswordJob>(
        m_service, entry, [&bytes](QKeychain::WritePasswordJob &job) { job.setBinaryData(bytes); });
    if (outcome.error == QKeychain::NoError)
        return {};
    return failure(outcome);
}

Status Keychain::remove(const QString &entry) const
{
    const Outcome outcome = runJob<QKeychain::DeletePasswordJob>(m_service, entry, [](auto &) {});
    if (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound)
        return {};
    return failure(outcome);
}

} // namespace pasban::audit::detail
