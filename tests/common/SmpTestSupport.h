#pragma once

// Shared by the SMP / firmware update tests and the upload benchmark: signed test
// images, a recording audit sink, fast timeouts, and running one update to its end.

#include "audit/AuditSink.h"
#include "crypto/PrivateKey.h"
#include "crypto/PublicKey.h"
#include "firmware/FirmwareUpdate.h"
#include "firmware/VerifiedImage.h"
#include "sim/SimFirmwareImage.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace pasban::test {

class RecordingAuditSink final : public audit::AuditSink
{
public:
    Result<quint64> record(const audit::AuditEvent &event) override
    {
        events.append(event);
        return quint64(events.size());
    }
    [[nodiscard]] QStringList steps() const
    {
        QStringList names;
        for (const audit::AuditEvent &event : events)
            names.append(event.details.value(QStringLiteral("step")).toString());
        return names;
    }
    QList<audit::AuditEvent> events;
};

// An Ed25519 vendor key made for the test run, and images signed with it.
class TestSigner
{
public:
    TestSigner()
        : m_key(crypto::PrivateKey::generate(crypto::SignatureAlgorithm::Ed25519).value())
    {
    }
    [[nodiscard]] QByteArray image(quint8 major, quint8 minor, quint16 revision, qsizetype payload,
                                   quint32 seed = 0) const
    {
        sim::SimFirmwareImage spec;
        spec.major = major;
        spec.minor = minor;
        spec.revision = revision;
        spec.payloadSize = payload;
        spec.seed = seed;
        return spec.buildSigned(m_key).value();
    }
    [[nodiscard]] firmware::VerifiedImage verified(const QByteArray &bytes) const
    {
        return firmware::ImageVerifier::verifyBareImage(bytes, m_key.publicKey().value(), QStringLiteral("test.bin"))
            .value();
    }
    [[nodiscard]] QByteArray publicKeyPem() const { return m_key.publicKey()->toPem().value(); }

private:
    crypto::PrivateKey m_key;
};

// Timeouts short enough for tests on a loopback or in-process link.
inline firmware::FirmwareUpdateOptions fastOptions()
{
    firmware::FirmwareUpdateOptions options;
    options.client.timeoutMs = 150;
    options.client.firstChunkTimeoutMs = 600;
    options.client.retries = 2;
    options.reconnectAttempts = 25;
    options.reconnectDelayMs = 30;
    options.rebootWaitMs = 30;
    return options;
}

// Starts the update and runs the event loop until it finishes (or `limitMs`).
inline std::optional<Result<firmware::FirmwareUpdateResult>> runUpdate(firmware::FirmwareUpdate &update,
                                                                       int limitMs = 120000)
{
    std::optional<Result<firmware::FirmwareUpdateResult>> outcome;
    QEventLoop loop;
    QObject::connect(&update, &firmware::FirmwareUpdate::finished, &loop,
                     [&](const Result<firmware::FirmwareUpdateResult> &result) {
                         outcome = result;
                         loop.quit();
                     });
    QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &update, &firmware::FirmwareUpdate::start);
    loop.exec();
    return outcome;
}

} // namespace pasban::test
