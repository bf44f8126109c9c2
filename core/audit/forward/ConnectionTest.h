#pragma once

#include "ForwardConfig.h"
#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QSslSocket;

namespace pasban::audit::forward {

// Settings → Forwarding → "Test connection": connects with the given settings,
// completes the TLS handshake (the receiver's certificate checked against the CA
// and the server name), stays connected a moment so a receiver that refuses this
// console's certificate can drop it, then disconnects. Sends no message.
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    void start(const ForwardConfig &config, int timeoutMs = 15000, int probationMs = 750);
    [[nodiscard]] bool isRunning() const { return m_socket != nullptr; }

Q_SIGNALS:
    // ok, or forward.incomplete/file/pem/connect/tls. `protocol` names the TLS version on success.
    void finished(const pasban::Status &result, const QString &protocol);

private:
    void finish(const Status &result);

    ForwardConfig m_config;
    QPointer<QSslSocket> m_socket;
    QStringList m_sslErrors;
    QString m_protocol;
    QTimer m_timeout;
    QTimer m_probation;
};

} // namespace pasban::audit::forward
