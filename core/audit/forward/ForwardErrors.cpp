#include "ForwardErrors.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit::forward::detail {

Error disabled()
{
    return Error(u"forward.disabled"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "Central forwarding of the audit log is switched off. Turn it on in Settings → "
                                   "Forwarding."));
}

Error incomplete(const QString &missing)
{
    return Error(u"forward.incomplete"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "Central forwarding is not fully set up. Fill in the receiver and the certificate "
                                   "files in Settings → Forwarding."),
                 {}, u"missing: "_s + missing);
}

Error fileUnreadable(const QString &path, const QString &why)
{
    return Error(u"forward.file"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "The file %1 cannot be read. Check its name and permissions."),
                 {QDir::toNativeSeparators(path)}, why);
}

Error notPem(const QString &path, const QString &why)
{
    return Error(u"forward.pem"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The file %1 holds no usable certificate or key. Certificates and keys must be PEM "
                                   "files, and the key must not be protected by a passphrase."),
                 {QDir::toNativeSeparators(path)}, why);
}

Error keyMismatch(const QString &keyPath, const QString &certificatePath)
{
    return Error(u"forward.key_mismatch"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The private key %1 does not belong to the certificate %2. Choose the key that "
                                   "was issued with the certificate."),
                 {QDir::toNativeSeparators(keyPath), QDir::toNativeSeparators(certificatePath)});
}

Error connectFailed(const QString &destination, const QString &why)
{
    return Error(u"forward.connect"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The central log server %1 cannot be reached. Events are kept and sent when it "
                                   "is back."),
                 {destination}, why);
}

Error tlsFailed(const QString &destination, const QString &why)
{
    return Error(u"forward.tls"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The secure connection to the central log server %1 was refused: %2. Check the "
                                   "server name, the CA file and this console's certificate."),
                 {destination, why}, why);
}

Error connectionLost(const QString &destination, const QString &why)
{
    return Error(u"forward.lost"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The connection to the central log server %1 was lost. Events are kept and sent "
                                   "again when it is back."),
                 {destination}, why);
}

Error stalled(const QString &destination)
{
    return Error(
        u"forward.stalled"_s,
        QT_TRANSLATE_NOOP("pasban::Error", "The central log server %1 stopped accepting events. Pasban reconnects."),
        {destination});
}

Error logBehind(quint64 forwarded, quint64 last)
{
    return Error(u"forward.log_behind"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The audit log holds fewer events (%1) than were already sent to the central log "
                                   "server (%2): the log was replaced or cut off. Forwarding stops; tell your "
                                   "security officer."),
                 {QString::number(last), QString::number(forwarded)});
}

} // namespace pasban::audit::forward::detail
