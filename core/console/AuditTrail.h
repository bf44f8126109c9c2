#pragma once

#include "audit/AuditOpener.h"
#include "audit/AuditSink.h"
#include "common/Result.h"
#include "common/Settings.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace pasban {

// The console's running audit trail: owns the opened audit log, is the AuditSink
// every module records through, and records what the console itself does without
// anyone remembering to — console start and stop, audit recording start and
// stop, settings changes (the key's name, never its value) and key rotation —
// and writes a signed checkpoint on a timer so a crash leaves little unanchored.
//
// State is reported honestly for the status bar: Recording only while a log is
// open and its last write succeeded; Locked when it could not be unlocked (no
// keystore, wrong passphrase, ...); Failed when recording failed.
class AuditTrail
    : public QObject
    , public audit::AuditSink
{
    Q_OBJECT
public:
    enum class State { NotStarted, Recording, Locked, Failed, Stopped };
    Q_ENUM(State)

    struct Options
    {
        // "pasban" or "pasban-cli": named in the start and stop events.
        QString application = QStringLiteral("pasban");
        // Record console start/stop. The CLI, which runs one command per process,
        // records its commands but not its own start and stop.
        bool recordLifecycle = true;
        int checkpointIntervalMs = 5 * 60 * 1000; // 0: no timer
    };

    explicit AuditTrail(Options options, QObject *parent = nullptr);
    AuditTrail()
        : AuditTrail(Options {})
    {
    }
    ~AuditTrail() override;

    // Opens the log with the shared policy (AuditOpener) and starts recording.
    // On failure the trail is Locked (audit.passphrase_required, wrong passphrase,
    // no keystore, ...) and nothing was written; try again with another request.
    [[nodiscard]] Status open(audit::AuditOpener::Request request);
    // Starts recording into a log opened elsewhere (tests, tools). A log that
    // refuses appends (behind its anchor) stays open for reading; state Failed.
    [[nodiscard]] Status start(std::unique_ptr<audit::AuditOpener::Opened> opened);
    // Records the stop events, writes the closing checkpoint and closes the log.
    void stop();

    // AuditSink: appends to the log; audit.not_recording when no log is open.
    // An event that names no operator is recorded under the operator at the
    // keyboard (setOperator), so every console action, settings change and the
    // console's stop identify the person; events naming someone (a log-in, an
    // approval with both names) keep theirs.
    [[nodiscard]] Result<quint64> record(const audit::AuditEvent &event) override;

    // The operator logged in at the console; empty when nobody is (no accounts,
    // or between sessions): events then pass unchanged.
    void setOperator(const QString &name) { m_operator = name; }
    [[nodiscard]] const QString &operatorName() const { return m_operator; }

    // Records a settings change (SoftwareConfiguration, or SecurityConfiguration
    // when `security`) naming the key only.
    Result<quint64> recordSettingChanged(const QString &key, bool security = false);
    // Records every change of these settings from now on.
    void watch(Settings &settings);

    [[nodiscard]] Result<quint32> rotateKey();
    [[nodiscard]] Status setRecoveryKey(QByteArrayView recipientPublicKey);
    // Writes an interim checkpoint now (the timer calls this).
    [[nodiscard]] Status checkpoint();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] std::optional<Error> lastError() const { return m_lastError; }
    // The open log, for the audit page and the CLI's reading commands; null when none.
    [[nodiscard]] audit::AuditLog *log() const;

    [[nodiscard]] static Error notRecording();

Q_SIGNALS:
    void stateChanged(pasban::AuditTrail::State state);
    void recorded(quint64 sequence);

private:
    void setState(State state, const std::optional<Error> &error = std::nullopt);
    void onTimer();

    Options m_options;
    std::unique_ptr<audit::AuditOpener::Opened> m_opened;
    QTimer m_checkpointTimer;
    State m_state = State::NotStarted;
    std::optional<Error> m_lastError;
    QString m_operator;
};

} // namespace pasban
