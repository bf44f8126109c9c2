#include "PushDialog.h"

#include "VerificationChecksView.h"
#include "console/ConsoleContext.h"
#include "firmware/FirmwareJobStore.h"
#include "firmware/FirmwarePackage.h"
#include "firmware/InstallRecord.h"
#include "firmware/PackageVerifier.h"
#include "firmware/RollbackStore.h"
#include "firmware/TransportSpec.h"
#include "firmware/TrustStore.h"
#include "inventory/InventoryStore.h"
#include "smp/SmpTransport.h"

#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

namespace {

QString isolate(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

} // namespace

PushDialog::PushDialog(ConsoleContext &context, audit::AuditSink *sink, const QList<firmware::LibraryEntry> &packages,
                       const QString &packageId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_sink(sink)
    , m_stack(new QStackedWidget(this))
    , m_package(new QComboBox(this))
    , m_device(new QComboBox(this))
    , m_model(new QLineEdit(this))
    , m_hardware(new QLineEdit(this))
    , m_transport(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_mode(new QComboBox(this))
    , m_checksSummary(new QLabel(this))
    , m_checks(new VerificationChecksView(this))
    , m_phase(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_rate(new QLabel(this))
    , m_result(new QLabel(this))
    , m_backButton(new QPushButton(tr("Back"), this))
    , m_checkButton(new QPushButton(tr("Check"), this))
    , m_pushButton(new QPushButton(tr("Push"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(u"pushWizard"_s);
    setWindowTitle(tr("Push firmware"));
    m_package->setObjectName(u"package"_s);
    m_device->setObjectName(u"device"_s);
    m_model->setObjectName(u"model"_s);
    m_hardware->setObjectName(u"hardware"_s);
    m_transport->setObjectName(u"transport"_s);
    m_address->setObjectName(u"address"_s);
    m_mode->setObjectName(u"mode"_s);
    m_checkButton->setObjectName(u"checkButton"_s);
    m_pushButton->setObjectName(u"pushButton"_s);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_result->setObjectName(u"result"_s);
    m_checksSummary->setObjectName(u"checksSummary"_s);
    m_progress->setObjectName(u"progress"_s);
    m_rate->setObjectName(u"rate"_s);
    m_phase->setObjectName(u"phase"_s);

    // Only verified packages can be pushed: an unverified image has nothing to check.
    for (const firmware::LibraryEntry &e : packages) {
        if (e.verdict != u"verified"_s)
            continue;
        m_packages.append(e);
        m_package->addItem(tr("%1 — version %2").arg(isolate(e.packageId), isolate(e.version.toString())), e.packageId);
    }
    if (const int index = m_package->findData(packageId); index >= 0)
        m_package->setCurrentIndex(index);

    m_device->addItem(tr("Not in the inventory (enter the model)"), QString());
    if (Result<QList<inventory::InventoryDevice>> devices = inventory::InventoryStore(m_context.database()).list()) {
        for (const inventory::InventoryDevice &d : *devices) {
            m_device->addItem(u"%1 %2 (%3)"_s.arg(d.observed.name, d.observed.model, isolate(d.observed.id)),
                              d.observed.id);
        }
    }
    connect(m_device, &QComboBox::currentIndexChanged, this, &PushDialog::chooseDevice);

    m_transport->addItem(tr("UDP (host:port)"), u"udp"_s);
    m_transport->addItem(tr("Serial port (USB CDC-ACM)"), u"serial"_s);
    m_transport->addItem(tr("Bluetooth LE address"), u"ble"_s);
    m_address->setPlaceholderText(tr("e.g. 127.0.0.1:1337, /dev/ttyACM0 or AA:BB:CC:DD:EE:FF"));
    m_mode->addItem(tr("Test, then confirm (recommended)"), u"test-confirm"_s);
    m_mode->addItem(tr("Confirm at once (no way back)"), u"confirm-only"_s);
    m_mode->addItem(tr("Test only (reverts at the next restart)"), u"test-only"_s);

    auto *targetPage = new QWidget(m_stack);
    auto *form = new QFormLayout(targetPage);
    form->addRow(tr("Package:"), m_package);
    form->addRow(tr("Device:"), m_device);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("Hardware revision:"), m_hardware);
    form->addRow(tr("Link:"), m_transport);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Mode:"), m_mode);

    auto *checksPage = new QWidget(m_stack);
    auto *checksLayout = new QVBoxLayout(checksPage);
    m_checksSummary->setWordWrap(true);
    checksLayout->addWidget(m_checksSummary);
    checksLayout->addWidget(m_checks, 1);

    auto *updatePage = new QWidget(m_stack);
    auto *updateLayout = new QVBoxLayout(updatePage);
    updateLayout->addWidget(m_phase);
    updateLayout->addWidget(m_progress);
    updateLayout->addWidget(m_rate);
    updateLayout->addStretch(1);

    auto *resultPage = new QWidget(m_stack);
    auto *resultLayout = new QVBoxLayout(resultPage);
    m_result->setWordWrap(true);
    resultLayout->addWidget(m_result);
    resultLayout->addStretch(1);

    m_stack->addWidget(targetPage);
    m_stack->addWidget(checksPage);
    m_stack->addWidget(updatePage);
    m_stack->addWidget(resultPage);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_pushButton);
    buttons->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_backButton, &QPushButton::clicked, this, [this] { setStage(Stage::Target); });
    connect(m_checkButton, &QPushButton::clicked, this, &PushDialog::runChecks);
    connect(m_pushButton, &QPushButton::clicked, this, &PushDialog::startPush);
    connect(m_cancelButton, &QPushButton::clicked, this, &PushDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    // A change of target invalidates the checks.
    for (QLineEdit *edit : {m_model, m_hardware, m_address})
        connect(edit, &QLineEdit::textChanged, this, [this] { m_image.reset(); });
    connect(m_package, &QComboBox::currentIndexChanged, this, [this] { m_image.reset(); });
    resize(760, 480);
    setStage(Stage::Target);
}

PushDialog::~PushDialog() = default;

PushDialog::Stage PushDialog::stage() const
{
    return Stage(m_stack->currentIndex());
}

void PushDialog::setStage(Stage stage)
{
    m_stack->setCurrentIndex(int(stage));
    m_backButton->setVisible(stage == Stage::Checks);
    m_checkButton->setVisible(stage == Stage::Target);
    m_checkButton->setDefault(stage == Stage::Target);
    m_pushButton->setVisible(stage == Stage::Checks);
    // Push is never the default button: the operator chooses it deliberately.
    m_pushButton->setEnabled(stage == Stage::Checks && m_image.has_value());
    m_cancelButton->setVisible(stage != Stage::Result);
    m_closeButton->setVisible(stage == Stage::Result);
}

void PushDialog::chooseDevice(int index)
{
    const QString id = m_device->itemData(index).toString();
    if (id.isEmpty())
        return;
    Result<std::optional<inventory::InventoryDevice>> found = inventory::InventoryStore(m_context.database()).find(id);
    if (found && found->has_value()) {
        m_model->setText((*found)->observed.model);
        m_hardware->setText((*found)->observed.hardware);
        if ((*found)->observed.transport == u"ble"_s && !(*found)->observed.address.isEmpty()) {
            m_transport->setCurrentIndex(m_transport->findData(u"ble"_s));
            m_address->setText((*found)->observed.address);
        }
    }
}

void PushDialog::runChecks()
{
    m_image.reset();
    const QString packageId = m_package->currentData().toString();
    const auto entry = std::find_if(m_packages.cbegin(), m_packages.cend(),
                                    [&](const firmware::LibraryEntry &e) { return e.packageId == packageId; });
    if (entry == m_packages.cend()) {
        m_checks->clear();
        m_checksSummary->setText(tr("Choose a package first."));
        setStage(Stage::Checks);
        return;
    }
    firmware::TargetDevice device;
    device.deviceId = m_device->currentData().toString();
    device.model = m_model->text().trimmed();
    device.hardwareRevision = m_hardware->text().trimmed();

    auto refuse = [this](const QString &why, const Error &error) {
        m_checks->clear();
        m_checksSummary->setText(why + u' ' + error.message());
        m_checksSummary->setToolTip(error.code());
        setStage(Stage::Checks);
    };
    QFile file(entry->filePath);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly) && file.size() <= firmware::PackageLibrary::MaxPackageFileSize)
        bytes = file.readAll();
    Result<firmware::FirmwarePackage> package = firmware::FirmwarePackage::parse(bytes);
    if (!package)
        return refuse(tr("The library's copy of the package cannot be read."), package.error());
    Result<firmware::TrustSnapshot> trust = firmware::TrustStore(m_context.database(), nullptr).snapshot();
    if (!trust)
        return refuse(tr("The trust store could not be read."), trust.error());
    std::optional<firmware::DeviceFirmwareRecord> record;
    if (!device.deviceId.isEmpty()) {
        Result<std::optional<firmware::DeviceFirmwareRecord>> found =
            firmware::RollbackStore(m_context.database()).find(device.deviceId);
        if (!found)
            return refuse(tr("The anti-rollback record could not be read."), found.error());
        record = *found;
    }
    firmware::VerifyOptions options;
    options.operatorId = m_operator;
    options.requireApproval = m_requireApproval;
    const firmware::VerificationReport report =
        firmware::PackageVerifier(*trust, m_sink).verify(*package, device, record, options);
    m_checks->setReport(report);
    if (report.passed()) {
        Result<firmware::VerifiedImage> image = firmware::ImageVerifier::fromVerifiedPackage(*package, report);
        if (image) {
            m_image = std::move(image).value();
            m_packageId = package->manifest().packageId;
            m_sequence = package->manifest().sequenceNumber;
            m_deviceId = device.deviceId;
        }
    }
    m_checksSummary->setToolTip({});
    m_checksSummary->setText(
        m_image ? tr("Every check passed for %1. The device also refuses an older image and one it already runs "
                     "when the update starts.")
                      .arg(device.model)
                : tr("Not every check passed: nothing will be sent. The failed checks say why."));
    setStage(Stage::Checks);
}

Result<std::unique_ptr<smp::SmpTransport>> PushDialog::makeTransport() const
{
    const QString value = m_address->text().trimmed();
    const Result<firmware::TransportSpec> spec =
        firmware::parseTransportSpec(m_transport->currentData().toString(), value);
    if (spec)
        return spec->makeTransport();
    // The CLI's messages name its flags; here one message covers every link.
    return Error(u"ui.push_address"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The device's address does not fit the chosen link: give HOST:PORT with a numeric "
                                   "address for UDP, a port name for serial, or AA:BB:CC:DD:EE:FF for Bluetooth."),
                 {}, value);
}

void PushDialog::startPush()
{
    if (!m_image || m_update)
        return;
    Result<std::unique_ptr<smp::SmpTransport>> link = makeTransport();
    if (!link) {
        m_checksSummary->setText(link.error().message());
        m_checksSummary->setToolTip(link.error().code());
        return;
    }
    m_link = std::move(link).value();
    m_jobs = std::make_unique<firmware::FirmwareJobStore>(m_context.database());
    firmware::FirmwareUpdateOptions options;
    options.mode =
        firmware::updateModeFromName(m_mode->currentData().toString()).value_or(firmware::UpdateMode::TestAndConfirm);
    m_update = std::make_unique<firmware::FirmwareUpdate>(*m_image, m_link.get(), options, m_sink, m_jobs.get());
    connect(m_update.get(), &firmware::FirmwareUpdate::progress, this, &PushDialog::onProgress);
    connect(m_update.get(), &firmware::FirmwareUpdate::stepChanged, this, &PushDialog::onStep);
    connect(m_update.get(), &firmware::FirmwareUpdate::finished, this, &PushDialog::onFinished);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_rate->clear();
    setStage(Stage::Update);
    m_update->start();
}

void PushDialog::onStep(firmware::FirmwareUpdate::Step step)
{
    using Step = firmware::FirmwareUpdate::Step;
    // The phases as a step indicator: verify ✓ → upload → test → reset → confirm.
    const QList<std::pair<Step, QString>> phases {
        {Step::Connecting, tr("Connect")},    {Step::Inspecting, tr("Inspect")}, {Step::Uploading, tr("Upload")},
        {Step::Marking, tr("Mark for test")}, {Step::Resetting, tr("Restart")},  {Step::Confirming, tr("Confirm")},
    };
    QStringList parts {u"✓ "_s + tr("Verify")};
    bool reached = false;
    for (const auto &[s, name] : phases) {
        if (s == step) {
            parts.append(u"▶ <b>"_s + name.toHtmlEscaped() + u"</b>"_s);
            reached = true;
        } else {
            parts.append((reached ? u"○ "_s : u"✓ "_s) + name.toHtmlEscaped());
        }
    }
    if (reached)
        m_phase->setText(parts.join(u"  ›  "_s));
}

void PushDialog::onProgress(const firmware::UpdateProgress &progress)
{
    const QLocale locale;
    if (progress.total > 0)
        m_progress->setValue(int(progress.bytes * 100 / progress.total));
    QString text = tr("%1 of %2 bytes").arg(locale.toString(progress.bytes), locale.toString(progress.total));
    if (progress.bytesPerSecond > 0) {
        text += u" — "_s + tr("%1 kB/s").arg(locale.toString(progress.bytesPerSecond / 1000.0, 'f', 1));
        if (progress.msLeft >= 0)
            text += u" — "_s + tr("%n s left", nullptr, int((progress.msLeft + 999) / 1000));
    }
    m_rate->setText(text);
}

Status PushDialog::recordInstalled(const firmware::FirmwareUpdateResult &result)
{
    if (m_deviceId.isEmpty())
        return {};
    return firmware::recordInstalled(m_context.database(), m_deviceId, result, m_packageId, m_sequence);
}

void PushDialog::onFinished(const Result<firmware::FirmwareUpdateResult> &result)
{
    setStage(Stage::Result);
    if (!result) {
        m_result->setText(tr("The update did not complete: %1").arg(result.error().message()));
        m_result->setToolTip(result.error().code());
        Q_EMIT finishedUpdate(false);
        return;
    }
    const firmware::FirmwareUpdateResult &r = *result;
    QString text;
    if (r.alreadyInstalled)
        text = tr("The device already runs version %1: nothing was sent.").arg(isolate(r.version.toString()));
    else if (r.confirmed)
        text = tr("Done: the device runs version %1 and has confirmed it.").arg(isolate(r.version.toString()));
    else
        text = tr("The device runs version %1 on test; it returns to the previous image at its next restart unless "
                  "the image is confirmed.")
                   .arg(isolate(r.version.toString()));
    if (r.reconnects > 0)
        text += u' ' + tr("The link was lost %n time(s); the upload resumed each time.", nullptr, r.reconnects);
    if (const Status recorded = recordInstalled(r); !recorded)
        text += u' ' + tr("The inventory could not be updated: %1").arg(recorded.error().message());
    m_result->setText(text);
    m_result->setToolTip({});
    Q_EMIT finishedUpdate(true);
}

void PushDialog::reject()
{
    // During an update Cancel stops at the next safe point; the dialog stays until
    // the engine reports how it ended.
    if (m_update && stage() == Stage::Update) {
        m_phase->setText(tr("Cancelling at the next safe point…"));
        m_update->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace pasban::ui
