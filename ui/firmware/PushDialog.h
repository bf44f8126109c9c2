#pragma once

#include "firmware/FirmwareUpdate.h"
#include "firmware/PackageLibrary.h"
#include "firmware/VerifiedImage.h"

#include <QDialog>
#include <QElapsedTimer>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace pasban {
class ConsoleContext;
}
namespace pasban::audit {
class AuditSink;
}
namespace pasban::firmware {
class FirmwareJobStore;
}
namespace pasban::smp {
class SmpTransport;
}

namespace pasban::ui {

class VerificationChecksView;

// The push wizard: package → target device and link → every verification check,
// shown before anything is sent (Push stays disabled unless all pass) → upload on
// the asynchronous FirmwareUpdate engine (progress, rate, time left, phase,
// cancel; an interrupted upload resumes from the device's offset) → the result,
// checked on the device (the new image active and confirmed).
class PushDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Stage { Target, Checks, Update, Result };

    PushDialog(ConsoleContext &context, audit::AuditSink *sink, const QList<firmware::LibraryEntry> &packages,
               const QString &packageId, QWidget *parent = nullptr);
    ~PushDialog() override;

    void setOperator(const QString &operatorId) { m_operator = operatorId; }
    // Refuse packages without a hospital approval (an operator who may push approved ones only).
    void setRequireApproval(bool required) { m_requireApproval = required; }

    [[nodiscard]] Stage stage() const;
    [[nodiscard]] bool verificationPassed() const { return m_image.has_value(); }

    // The widgets, named for tests too.
    [[nodiscard]] QComboBox *packageBox() const { return m_package; }
    [[nodiscard]] QComboBox *deviceBox() const { return m_device; }
    [[nodiscard]] QLineEdit *modelEdit() const { return m_model; }
    [[nodiscard]] QLineEdit *hardwareEdit() const { return m_hardware; }
    [[nodiscard]] QComboBox *transportBox() const { return m_transport; }
    [[nodiscard]] QLineEdit *addressEdit() const { return m_address; }
    [[nodiscard]] VerificationChecksView *checksView() const { return m_checks; }
    [[nodiscard]] QPushButton *checkButton() const { return m_checkButton; }
    [[nodiscard]] QPushButton *pushButton() const { return m_pushButton; }
    [[nodiscard]] QLabel *resultLabel() const { return m_result; }

    // Runs every check for the chosen package and device (the Check button).
    void runChecks();
    // Starts the update (the Push button; only after every check passed).
    void startPush();

Q_SIGNALS:
    void finishedUpdate(bool success);

protected:
    void reject() override;

private:
    void chooseDevice(int index);
    void onProgress(const firmware::UpdateProgress &progress);
    void onStep(firmware::FirmwareUpdate::Step step);
    void onFinished(const Result<firmware::FirmwareUpdateResult> &result);
    [[nodiscard]] Result<std::unique_ptr<smp::SmpTransport>> makeTransport() const;
    [[nodiscard]] Status recordInstalled(const firmware::FirmwareUpdateResult &result);
    void setStage(Stage stage);

    ConsoleContext &m_context;
    audit::AuditSink *m_sink;
    QList<firmware::LibraryEntry> m_packages;
    QString m_operator;
    bool m_requireApproval = false;

    QStackedWidget *m_stack;
    QComboBox *m_package;
    QComboBox *m_device;
    QLineEdit *m_model;
    QLineEdit *m_hardware;
    QComboBox *m_transport;
    QLineEdit *m_address;
    QComboBox *m_mode;
    QLabel *m_checksSummary;
    VerificationChecksView *m_checks;
    QLabel *m_phase;
    QProgressBar *m_progress;
    QLabel *m_rate;
    QLabel *m_result;
    QPushButton *m_backButton;
    QPushButton *m_checkButton;
    QPushButton *m_pushButton;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;

    std::optional<firmware::VerifiedImage> m_image;
    QString m_packageId;
    quint64 m_sequence = 0;
    QString m_deviceId;
    std::unique_ptr<firmware::FirmwareJobStore> m_jobs;
    std::unique_ptr<smp::SmpTransport> m_link;
    std::unique_ptr<firmware::FirmwareUpdate> m_update;
};

} // namespace pasban::ui
