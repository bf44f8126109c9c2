#pragma once

#include "common/Result.h"

#include <QSslConfiguration>
#include <QString>

namespace pasban {
class Settings;
}

namespace pasban::audit::forward {

// Where and how the forwarder connects: mutual TLS (RFC 5425) to a syslog
// receiver. The files are PEM; the private key must not be encrypted (the
// console runs unattended) and stays in its file, only its path is a setting.
struct ForwardConfig
{
    static constexpr quint16 DefaultPort = 6514;

    bool enabled = false;
    QString host;
    quint16 port = DefaultPort;
    QString caFile;
    QString certificateFile;
    QString keyFile;
    QString serverName; // the name the receiver's certificate must carry; empty: host

    [[nodiscard]] static ForwardConfig fromSettings(const Settings &settings);
    void saveTo(Settings &settings) const;

    // "host:port": the key of the forwarding cursor, so another receiver starts afresh.
    [[nodiscard]] QString destination() const;
    [[nodiscard]] QString peerName() const { return serverName.isEmpty() ? host : serverName; }

    // Checks the fields and loads the files: TLS 1.2 or later, only the given CA
    // trusted (not the system's), the peer verified, this console's certificate and
    // key. Errors: forward.incomplete, forward.file (unreadable), forward.pem (not a
    // certificate or an unencrypted private key), forward.key_mismatch.
    [[nodiscard]] Result<QSslConfiguration> sslConfiguration() const;

    friend bool operator==(const ForwardConfig &, const ForwardConfig &) = default;
};

} // namespace pasban::audit::forward
