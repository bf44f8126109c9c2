#include "ConnectionTest.h"

#include "ForwardErrors.h"

#include <QSslSocket>

using namespace Qt::Literals::StringLiterals;

namespace pasban::audit::forward {

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_probation.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { finish(detail::connectFailed(m_config.destination(), u"timed out"_s)); });
    connect(&m_probation, &QTimer::timeout, this, [this] { finish(Status()); });
}

ConnectionTest::~ConnectionTest()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void ConnectionTest::start(const ForwardConfig &config, int timeoutMs, int probationMs)
{
    if (m_socket)
        return;
    m_config = config;
    m_sslErrors.clear();
    m_protocol.clear();
    Result<QSslConfiguration> ssl = config.sslConfiguration();
    if (!ssl) {
        // Reported from the event loop, like every other outcome.
        QTimer::singleShot(0, this, [this, error = ssl.error()] { Q_EMIT finished(error, QString()); });
        return;
    }
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    socket->setSslConfiguration(*ssl);
    socket->setPeerVerifyName(config.peerName());
    connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors << error.errorString();
    });
    connect(socket, &QSslSocket::encrypted, this, [this, probationMs] {
        m_protocol = m_socket->sessionProtocol() == QSsl::TlsV1_3 ? u"TLS 1.3"_s : u"TLS 1.2"_s;
        m_probation.start(probationMs);
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this] {
        if (!m_socket)
            return;
        if (!m_sslErrors.isEmpty() || m_socket->error() == QAbstractSocket::SslHandshakeFailedError)
            finish(detail::tlsFailed(m_config.destination(),
                                     m_sslErrors.isEmpty() ? m_socket->errorString() : m_sslErrors.join(u"; "_s)));
        else if (m_probation.isActive() || m_socket->error() == QAbstractSocket::RemoteHostClosedError)
            finish(detail::tlsFailed(m_config.destination(),
                                     u"the server closed the connection after the handshake; it may not accept "
                                     u"this console's certificate"_s));
        else
            finish(detail::connectFailed(m_config.destination(), m_socket->errorString()));
    });
    m_timeout.start(timeoutMs);
    socket->connectToHostEncrypted(config.host, config.port, config.peerName());
}

void ConnectionTest::finish(const Status &result)
{
    m_timeout.stop();
    m_probation.stop();
    if (QSslSocket *socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this);
        socket->disconnectFromHost();
        socket->deleteLater();
    }
    Q_EMIT finished(result, result.ok() ? m_protocol : QString());
}

} // namespace pasban::audit::forward
