#include "ForwardConfig.h"

#include "ForwardErrors.h"
#include "common/Logging.h"
#include "common/Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit::forward {

namespace {

// Certificates and keys are small; a larger "PEM file" is something else.
constexpr qint64 MaxPemFileSize = 1024 * 1024;

Result<QByteArray> readPem(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return detail::fileUnreadable(path, file.errorString());
    if (file.size() > MaxPemFileSize)
        return detail::notPem(path, u"larger than 1 MiB"_s);
    return file.readAll();
}

QSslKey loadKey(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

ForwardConfig ForwardConfig::fromSettings(const Settings &settings)
{
    ForwardConfig config;
    config.enabled = settings.value(Settings::Key::ForwardingEnabled).toBool();
    config.host = settings.value(Settings::Key::ForwardingHost).toString().trimmed();
    config.port = quint16(settings.value(Settings::Key::ForwardingPort).toInt());
    config.caFile = settings.value(Settings::Key::ForwardingCaFile).toString();
    config.certificateFile = settings.value(Settings::Key::ForwardingCertFile).toString();
    config.keyFile = settings.value(Settings::Key::ForwardingKeyFile).toString();
    config.serverName = settings.value(Settings::Key::ForwardingServerName).toString().trimmed();
    return config;
}

void ForwardConfig::saveTo(Settings &settings) const
{
    settings.setValue(Settings::Key::ForwardingEnabled, enabled);
    settings.setValue(Settings::Key::ForwardingHost, host);
    settings.setValue(Settings::Key::ForwardingPort, int(port));
    settings.setValue(Settings::Key::ForwardingCaFile, caFile);
    settings.setValue(Settings::Key::ForwardingCertFile, certificateFile);
    settings.setValue(Settings::Key::ForwardingKeyFile, keyFile);
    settings.setValue(Settings::Key::ForwardingServerName, serverName);
}

QString ForwardConfig::destination() const
{
    return host + u':' + QString::number(port);
}

Result<QSslConfiguration> ForwardConfig::sslConfiguration() const
{
    QStringList missing;
    if (host.isEmpty())
        missing << u"host"_s;
    if (port == 0)
        missing << u"port"_s;
    if (caFile.isEmpty())
        missing << u"CA file"_s;
    if (certificateFile.isEmpty())
        missing << u"client certificate"_s;
    if (keyFile.isEmpty())
        missing << u"client key"_s;
    if (!missing.isEmpty())
        return detail::incomplete(missing.join(u", "_s));

    Result<QByteArray> caPem = readPem(caFile);
    if (!caPem)
        return caPem.error();
    const QList<QSslCertificate> authorities = QSslCertificate::fromData(*caPem, QSsl::Pem);
    if (authorities.isEmpty())
        return detail::notPem(caFile, u"no certificate"_s);

    Result<QByteArray> certificatePem = readPem(certificateFile);
    if (!certificatePem)
        return certificatePem.error();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certificatePem, QSsl::Pem);
    if (chain.isEmpty())
        return detail::notPem(certificateFile, u"no certificate"_s);

#ifdef Q_OS_UNIX
    // The key is the hospital's file; a copy others can read is worth a warning.
    if (QFileInfo(keyFile).permissions() & (QFile::ReadGroup | QFile::ReadOther))
        qCWarning(lcAudit) << "forwarding: the client key file can be read by other users:" << keyFile;
#endif
    Result<QByteArray> keyPem = readPem(keyFile);
    if (!keyPem)
        return keyPem.error();
    const QSslKey key = loadKey(*keyPem);
    if (key.isNull())
        return detail::notPem(keyFile, u"no unencrypted RSA or EC private key"_s);
    if (key.algorithm() != chain.first().publicKey().algorithm())
        return detail::keyMismatch(keyFile, certificateFile);

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl.setCaCertificates(authorities); // only the hospital's CA, not the system's
    ssl.setLocalCertificateChain(chain);
    ssl.setPrivateKey(key);
    return ssl;
}

} // namespace pasban::audit::forward
