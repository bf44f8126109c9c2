#include "PosturePage.h"
#include "PageTitle.h"

#include "AcceptRiskDialog.h"
#include "FindingDetailView.h"
#include "PostureCharts.h"
#include "PostureModels.h"
#include "common/Settings.h"
#include "operators/OperatorAccess.h"
#include "posture/AdvisoryStore.h"
#include "posture/PostureStore.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

namespace {

QTableView *makeTable(const QString &name, QSortFilterProxyModel *proxy, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QSortFilterProxyModel *makeProxy(QAbstractItemModel *source, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setSortLocaleAware(true);
    return proxy;
}

} // namespace

PosturePage::PosturePage(storage::Database &database, const DeviceServices &services, Settings &settings,
                         QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_services(services)
    , m_settings(settings)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_fleetScore(new QLabel(this))
    , m_import(new QPushButton(this))
    , m_importMenu(new QMenu(m_import))
    , m_refresh(new QPushButton(this))
    , m_accept(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_charts(new PostureCharts(this))
    , m_devicesTitle(new QLabel(this))
    , m_deviceModel(new DevicePostureModel(this))
    , m_deviceProxy(makeProxy(m_deviceModel, DevicePostureModel::SortRole, this))
    , m_deviceTable(makeTable(u"postureDevices"_s, m_deviceProxy, this))
    , m_findingsTitle(new QLabel(this))
    , m_findingModel(new FindingTableModel(this))
    , m_findingProxy(makeProxy(m_findingModel, FindingTableModel::SortRole, this))
    , m_findingTable(makeTable(u"postureFindings"_s, m_findingProxy, this))
    , m_detail(new FindingDetailView(this))
{
    makePageTitle(m_title);
    m_intro->setWordWrap(true);
    m_fleetScore->setObjectName(u"fleetScore"_s);
    QFont scoreFont = m_fleetScore->font();
    scoreFont.setBold(true);
    m_fleetScore->setFont(scoreFont);
    m_fleetScore->setWordWrap(true);
    m_import->setObjectName(u"importAdvisories"_s);
    m_import->setMenu(m_importMenu);
    m_importFiles = m_importMenu->addAction(QString(), this, [this] { importWithDialog(false); });
    m_importFolder = m_importMenu->addAction(QString(), this, [this] { importWithDialog(true); });
    m_refresh->setObjectName(u"refreshPosture"_s);
    m_accept->setObjectName(u"acceptRisk"_s);
    m_message->setObjectName(u"postureMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_empty->setObjectName(u"postureEmpty"_s);
    m_empty->setWordWrap(true);
    m_devicesTitle->setWordWrap(true);
    m_findingsTitle->setWordWrap(true);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_accept);
    toolbar->addWidget(m_import);
    toolbar->addStretch(1);
    toolbar->addWidget(m_refresh);

    auto *devices = new QWidget(this);
    auto *devicesLayout = new QVBoxLayout(devices);
    devicesLayout->setContentsMargins(0, 0, 0, 0);
    devicesLayout->addWidget(m_devicesTitle);
    devicesLayout->addWidget(m_deviceTable);
    auto *findings = new QWidget(this);
    auto *findingsLayout = new QVBoxLayout(findings);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(m_findingsTitle);
    findingsLayout->addWidget(m_findingTable);
    auto *tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(devices);
    tables->addWidget(findings);
    auto *lower = new QSplitter(Qt::Vertical, this);
    lower->setObjectName(u"postureSplitter"_s);
    lower->addWidget(m_charts);
    lower->addWidget(tables);
    lower->addWidget(m_detail);
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 3);
    lower->setStretchFactor(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_fleetScore);
    layout->addLayout(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_empty);
    layout->addWidget(lower, 1);

    connect(m_deviceTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showDevice(); });
    connect(m_findingTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showFinding(); });
    connect(m_findingTable, &QTableView::doubleClicked, this, [this] { acceptRisk(); });
    connect(m_accept, &QPushButton::clicked, this, &PosturePage::acceptRisk);
    connect(m_refresh, &QPushButton::clicked, this, &PosturePage::reload);

    m_deviceTable->sortByColumn(DevicePostureModel::Score, Qt::AscendingOrder);
    m_findingTable->sortByColumn(FindingTableModel::Severity, Qt::AscendingOrder);
    retranslate();
}

PosturePage::~PosturePage() = default;

void PosturePage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void PosturePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PosturePage::retranslate()
{
    m_title->setText(tr("Security posture"));
    m_intro->setText(tr("For every device: what is wrong, how it was observed, why it matters and what to do, with a "
                        "score from 0 to 100 for each device and for the fleet. Each open finding takes points by "
                        "severity; accepted risks take none until they expire."));
    m_import->setText(tr("&Import advisories"));
    m_importFiles->setText(tr("Advisory &files…"));
    m_import->setToolTip(tr("Import CSAF 2.0 advisories (for example from CISA). A .sha512 file beside an "
                            "advisory is checked; one bad file and nothing is imported."));
    m_importFolder->setText(tr("Advisory f&older…"));
    m_refresh->setText(tr("Re&fresh"));
    m_accept->setText(tr("Accept &risk…"));
    m_devicesTitle->setText(tr("Devices"));
    m_empty->setText(tr("No devices in the inventory yet. Scan on the Devices page or import the inventory from "
                        "the CMMS; every device then gets its findings and a score here."));
    reload();
}

void PosturePage::reload()
{
    const QString keepDevice = selectedDevice();
    const posture::Finding *finding = selectedFinding();
    const QString keepFinding = finding ? finding->id : QString();

    posture::PostureService service(m_database, m_services.audit);
    Result<posture::PostureEvaluation> evaluation = service.evaluate(m_services.registry, true);
    QList<posture::ScorePoint> trend;
    if (!evaluation) {
        m_evaluation = {};
        showMessage(evaluation.error().message(), true);
    } else {
        m_evaluation = *evaluation;
        Result<QList<posture::ScorePoint>> points = posture::PostureStore(m_database).trend();
        if (points)
            trend = *points;
    }
    const posture::FleetPosture &fleet = m_evaluation.fleet;
    m_fleetScore->setText(tr("Fleet score: %1 of 100 · devices: %2 · advisories known: %3")
                              .arg(QLocale().toString(fleet.score), QLocale().toString(fleet.devices.size()),
                                   QLocale().toString(m_evaluation.advisories)));
    m_empty->setVisible(fleet.devices.isEmpty());
    m_deviceModel->setFleet(fleet);
    m_charts->setData(fleet, trend);
    m_deviceTable->resizeColumnsToContents();
    selectDevice(keepDevice);
    if (!m_deviceTable->currentIndex().isValid() && m_deviceProxy->rowCount() > 0)
        m_deviceTable->setCurrentIndex(m_deviceProxy->index(0, 0));
    showDevice();
    if (!keepFinding.isEmpty())
        selectFinding(keepFinding);
}

void PosturePage::selectDevice(const QString &deviceId)
{
    if (deviceId.isEmpty())
        return;
    for (int row = 0; row < m_deviceProxy->rowCount(); ++row) {
        if (m_deviceProxy->index(row, 0).data(DevicePostureModel::DeviceIdRole).toString() == deviceId) {
            m_deviceTable->setCurrentIndex(m_deviceProxy->index(row, 0));
            return;
        }
    }
}

QString PosturePage::selectedDevice() const
{
    const QModelIndex current = m_deviceTable->selectionModel()->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(DevicePostureModel::DeviceIdRole).toString() : QString();
}

const posture::DevicePosture *PosturePage::currentDevice() const
{
    const QString id = selectedDevice();
    return id.isEmpty() ? nullptr : m_evaluation.device(id);
}

void PosturePage::selectFinding(const QString &findingId)
{
    for (int row = 0; row < m_findingProxy->rowCount(); ++row) {
        if (m_findingProxy->index(row, 0).data(FindingTableModel::FindingIdRole).toString() == findingId) {
            m_findingTable->setCurrentIndex(m_findingProxy->index(row, 0));
            return;
        }
    }
}

const posture::Finding *PosturePage::selectedFinding() const
{
    const QModelIndex current = m_findingTable->selectionModel()->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_findingModel->finding(m_findingProxy->mapToSource(current).row());
}

void PosturePage::showDevice()
{
    const posture::DevicePosture *device = currentDevice();
    m_findingModel->setFindings(device ? device->findings : QList<posture::Finding>());
    m_findingTable->resizeColumnsToContents();
    if (device) {
        m_findingsTitle->setText(
            tr("Findings of %1: score %2 of 100").arg(device->label, QLocale().toString(device->score)));
        m_detail->showHint(device->findings.isEmpty() ? tr("No findings for this device.")
                                                      : tr("Select a finding to see its evidence, why it matters "
                                                           "and what to do."));
    } else {
        m_findingsTitle->setText(tr("Findings"));
        m_detail->showHint(tr("Select a device to see its findings."));
    }
    showFinding();
}

void PosturePage::showFinding()
{
    const posture::Finding *finding = selectedFinding();
    const posture::DevicePosture *device = currentDevice();
    OperatorAccess::gate(m_access, m_accept, operators::Permission::AcceptRisk,
                         finding && device && finding->status != posture::FindingStatus::Resolved
                             && finding->status != posture::FindingStatus::RiskAccepted);
    if (finding && device)
        m_detail->showFinding(*finding, device->label, m_settings.calendar());
}

void PosturePage::setOperatorAccess(OperatorAccess *access)
{
    const auto gate = [this] {
        OperatorAccess::gate(m_access, m_import, operators::Permission::ChangeSettings);
        showFinding();
    };
    OperatorAccess::follow(m_access, access, this, gate);
    gate();
}

void PosturePage::acceptRisk()
{
    const posture::DevicePosture *device = currentDevice();
    const posture::Finding *finding = selectedFinding();
    if (!device || !finding || !m_accept->isEnabled())
        return;
    // Core decides, not only the button: a refusal is audited and said.
    if (const Status allowed = m_access ? m_access->check(operators::Permission::AcceptRisk) : Status(); !allowed) {
        showError(tr("The risk was not accepted."), allowed.error());
        return;
    }
    const QString deviceId = device->deviceId;
    const QString findingId = finding->id;
    AcceptRiskDialog dialog(device->label, finding->title.translated(), QDateTime::currentDateTimeUtc().date(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    posture::PostureService service(m_database, m_services.audit);
    if (Status accepted = service.acceptRisk(deviceId, findingId, dialog.reason(), dialog.expires(),
                                             m_access ? m_access->operatorName() : QString());
        !accepted) {
        showError(tr("The risk was not accepted."), accepted.error());
        return;
    }
    showMessage(tr("Risk accepted until %1; recorded in the audit log.")
                    .arg(QLocale().toString(dialog.expires(), QLocale::ShortFormat)),
                false);
    reload();
    selectDevice(deviceId);
    selectFinding(findingId);
}

Result<posture::AdvisoryImportReport> PosturePage::importAdvisories(const QStringList &paths)
{
    // Checked by core whoever calls this (the buttons are only disabled): a
    // refusal is audited and shown, and nothing is read.
    if (const Status allowed = m_access ? m_access->check(operators::Permission::ChangeSettings) : Status(); !allowed) {
        showMessage(tr("Nothing was imported: %1").arg(allowed.error().message()), true);
        return allowed.error();
    }
    QProgressDialog progress(tr("Importing advisories: checking checksums and reading the files…"), QString(), 0, 0,
                             this);
    progress.setWindowTitle(tr("Import advisories"));
    progress.setCancelButton(nullptr); // all or nothing, in one transaction: nothing to stop half-way
    progress.setMinimumDuration(0);
    progress.setWindowModality(Qt::WindowModal);
    progress.show();
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    Result<posture::AdvisoryImportReport> report =
        posture::AdvisoryStore(m_database, m_services.audit)
            .importPaths(paths, m_access ? m_access->operatorName() : QString());
    progress.close();
    if (!report) {
        showMessage(tr("Nothing was imported: %1").arg(report.error().message()), true);
        return report;
    }
    showMessage(tr("Advisories imported: %1 (already known and replaced: %2; kept because the stored copy is newer: "
                   "%3).")
                    .arg(QLocale().toString(report->imported.size()), QLocale().toString(report->replaced.size()),
                         QLocale().toString(report->skipped.size())),
                false);
    reload();
    return report;
}

void PosturePage::importWithDialog(bool folder)
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    QStringList paths;
    if (folder) {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Import advisories from a folder"), start);
        if (!path.isEmpty())
            paths.append(path);
    } else {
        paths = QFileDialog::getOpenFileNames(this, tr("Import advisory files"), start, tr("CSAF advisories (*.json)"));
    }
    if (paths.isEmpty())
        return;
    Result<posture::AdvisoryImportReport> report = importAdvisories(paths);
    if (!report)
        showError(tr("No advisory was imported."), report.error());
}

void PosturePage::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setProperty("problem", problem);
    m_message->setStyleSheet(problem ? u"QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #c62828; "
                                       "padding: 6px; }"_s
                                     : u"QLabel { padding: 6px; }"_s);
    m_message->setVisible(!text.isEmpty());
}

void PosturePage::showError(const QString &headline, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, tr("Security posture"), headline, QMessageBox::Ok, this);
    box.setInformativeText(error.message());
    // Technical detail one click away, not in the headline.
    box.setDetailedText(error.detail().isEmpty() ? error.code() : error.code() + u'\n' + error.detail());
    box.exec();
}

} // namespace pasban::ui
