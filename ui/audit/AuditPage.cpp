#include "AuditPage.h"
#include "PageTitle.h"

#include "AuditDetailView.h"
#include "AuditEventModel.h"
#include "WidgetProperties.h"
#include "audit/AuditLog.h"
#include "common/Bidi.h"
#include "common/Settings.h"
#include "operators/OperatorAccess.h"
#include "storage/ConsoleSchema.h"

#include <QAction>
#include <QApplication>
#include <QCalendar>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

namespace {

constexpr int FilterSettleMs = 300;
// Outcome filter entries: all, each outcome, any failure.
constexpr int AnyFailure = -2;

QCalendar calendarFor(CalendarSystem system)
{
    return QCalendar(system == CalendarSystem::Jalali ? QCalendar::System::Jalali : QCalendar::System::Gregorian);
}

} // namespace

AuditPage::AuditPage(Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_model(new AuditEventModel(this))
    , m_detail(new AuditDetailView(this))
    , m_title(new QLabel(this))
    , m_fromLabel(new QLabel(this))
    , m_fromEnabled(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_toEnabled(new QCheckBox(this))
    , m_to(new QDateEdit(this))
    , m_operatorLabel(new QLabel(this))
    , m_operator(new QLineEdit(this))
    , m_deviceLabel(new QLabel(this))
    , m_device(new QLineEdit(this))
    , m_typeLabel(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_outcomeLabel(new QLabel(this))
    , m_outcome(new QComboBox(this))
    , m_refreshButton(new QPushButton(this))
    , m_verifyButton(new QPushButton(this))
    , m_exportButton(new QToolButton(this))
    , m_exportMenu(new QMenu(this))
    , m_exportFhir(m_exportMenu->addAction(QString()))
    , m_exportCsv(m_exportMenu->addAction(QString()))
    , m_countLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_lockedState(new QLabel(this))
    , m_emptyState(new QLabel(this))
    , m_table(new QTableView(this))
    , m_progressRow(new QWidget(this))
    , m_progressText(new QLabel(m_progressRow))
    , m_progress(new QProgressBar(m_progressRow))
    , m_cancelButton(new QPushButton(m_progressRow))
    , m_status(new QLabel(this))
{
    makePageTitle(m_title);

    // Filters. Dates are whole days in local time, in the operator's calendar.
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(today);
        edit->setEnabled(false);
    }
    m_from->setObjectName(u"auditFrom"_s);
    m_to->setObjectName(u"auditTo"_s);
    m_fromEnabled->setObjectName(u"auditFromEnabled"_s);
    m_toEnabled->setObjectName(u"auditToEnabled"_s);
    m_from->setDate(today.addDays(-30));
    m_operator->setObjectName(u"auditOperator"_s);
    m_device->setObjectName(u"auditDevice"_s);
    m_type->setObjectName(u"auditType"_s);
    m_outcome->setObjectName(u"auditOutcome"_s);
    for (QLineEdit *edit : {m_operator, m_device})
        edit->setClearButtonEnabled(true);
    m_fromLabel->setBuddy(m_fromEnabled);
    m_toLabel->setBuddy(m_toEnabled);
    m_operatorLabel->setBuddy(m_operator);
    m_deviceLabel->setBuddy(m_device);
    m_typeLabel->setBuddy(m_type);
    m_outcomeLabel->setBuddy(m_outcome);

    m_refreshButton->setObjectName(u"auditRefresh"_s);
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_verifyButton->setObjectName(u"auditVerify"_s);
    m_exportButton->setObjectName(u"auditExport"_s);
    m_exportButton->setMenu(m_exportMenu);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_exportFhir->setObjectName(u"auditExportFhir"_s);
    m_exportCsv->setObjectName(u"auditExportCsv"_s);
    m_countLabel->setObjectName(u"auditCount"_s);

    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditEventModel::Sequence, Qt::DescendingOrder);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Columns sized for their usual content; the last (device) takes the rest.
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthOf = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    m_table->setColumnWidth(AuditEventModel::Sequence, widthOf(u"000,000"_s));
    m_table->setColumnWidth(AuditEventModel::Time, widthOf(u"0000/00/00 00:00 UTC"_s));
    m_table->setColumnWidth(AuditEventModel::Type, widthOf(u"Software Configuration"_s));
    m_table->setColumnWidth(AuditEventModel::Action, widthOf(u"Execute"_s));
    m_table->setColumnWidth(AuditEventModel::Outcome, widthOf(u"Serious failure"_s) + 20);
    m_table->setColumnWidth(AuditEventModel::Operator, widthOf(u"laleh.karimi"_s));
    for (QComboBox *box : {m_type, m_outcome}) {
        // Long event names must not push the filters off a laptop screen.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    for (QDateEdit *edit : {m_from, m_to})
        edit->setMinimumWidth(metrics.horizontalAdvance(u"0000/00/00"_s) + 48);

    for (QLabel *state : {m_lockedState, m_emptyState}) {
        state->setWordWrap(true);
        state->setAlignment(Qt::AlignCenter);
    }
    m_lockedState->setObjectName(u"auditLockedState"_s);
    m_emptyState->setObjectName(u"auditEmptyState"_s);
    m_stack->addWidget(m_lockedState);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_table);

    m_progressRow->setObjectName(u"auditProgressRow"_s);
    m_progress->setObjectName(u"auditProgress"_s);
    m_cancelButton->setObjectName(u"auditCancel"_s);
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressText);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancelButton);
    m_progressRow->hide();
    m_status->setObjectName(u"auditPageStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_countLabel);
    header->addWidget(m_refreshButton);
    header->addWidget(m_verifyButton);
    header->addWidget(m_exportButton);

    auto *filters = new QGridLayout;
    auto *fromBox = new QHBoxLayout;
    fromBox->addWidget(m_fromEnabled);
    fromBox->addWidget(m_from, 1);
    auto *toBox = new QHBoxLayout;
    toBox->addWidget(m_toEnabled);
    toBox->addWidget(m_to, 1);
    // Two pairs a row, so the page fits beside the navigation and the detail pane
    // on a small laptop screen.
    filters->addWidget(m_fromLabel, 0, 0);
    filters->addLayout(fromBox, 0, 1);
    filters->addWidget(m_toLabel, 0, 2);
    filters->addLayout(toBox, 0, 3);
    filters->addWidget(m_operatorLabel, 1, 0);
    filters->addWidget(m_operator, 1, 1);
    filters->addWidget(m_deviceLabel, 1, 2);
    filters->addWidget(m_device, 1, 3);
    filters->addWidget(m_typeLabel, 2, 0);
    filters->addWidget(m_type, 2, 1);
    filters->addWidget(m_outcomeLabel, 2, 2);
    filters->addWidget(m_outcome, 2, 3);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_status);

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(FilterSettleMs);
    connect(&m_filterTimer, &QTimer::timeout, this, &AuditPage::applyFilter);
    m_auditTimer.setSingleShot(true);
    m_auditTimer.setInterval(RecordQueryAfterMs);
    connect(&m_auditTimer, &QTimer::timeout, this, &AuditPage::recordView);

    const auto filterEdited = [this] {
        m_filterTimer.start();
    };
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *box : {m_fromEnabled, m_toEnabled})
        connect(box, &QCheckBox::toggled, this, filterEdited);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, filterEdited);
    for (QLineEdit *edit : {m_operator, m_device})
        connect(edit, &QLineEdit::textChanged, this, filterEdited);
    for (QComboBox *box : {m_type, m_outcome})
        connect(box, &QComboBox::currentIndexChanged, this, filterEdited);

    connect(m_refreshButton, &QPushButton::clicked, this, [this] {
        m_model->refresh();
        updateState();
    });
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditPage::startVerify);
    connect(m_exportFhir, &QAction::triggered, this, [this] { chooseExportFile(audit::ExportFormat::Fhir); });
    connect(m_exportCsv, &QAction::triggered, this, [this] { chooseExportFile(audit::ExportFormat::Csv); });
    connect(m_cancelButton, &QPushButton::clicked, this, &AuditPage::cancelWork);
    connect(m_model, &AuditEventModel::countChanged, this, &AuditPage::updateState);
    connect(m_model, &AuditEventModel::readFailed, this,
            [this](const Error &error) { showStatus(error.message(), false); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::showSelected);
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::Calendar)
            updateCalendar();
    });

    auto *copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &AuditPage::copySelectedRows);
    m_table->addAction(copy);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] { m_operator->setFocus(Qt::ShortcutFocusReason); });
    addAction(findAction);

    updateCalendar();
    retranslate();
    updateState();
}

AuditPage::~AuditPage()
{
    // A worker holds only its own sibling log; stop it and wait so it never
    // reports to a page that is gone.
    if (m_worker) {
        if (m_cancel)
            m_cancel->store(true);
        m_worker->wait();
    }
}

QWidget *AuditPage::detailWidget() const
{
    return m_detail;
}

AuditDetailView *AuditPage::detailView() const
{
    return m_detail;
}

void AuditPage::setAuditLog(audit::AuditLog *log)
{
    if (m_log && m_queryPending)
        flushAuditRecord();
    m_log = log;
    m_viewRecorded = false;
    m_queryPending = false;
    m_auditTimer.stop();
    m_model->setLog(log);
    m_model->setFilter(currentFilter());
    updateState();
    if (m_log && isVisible())
        scheduleAuditRecord();
}

audit::EventFilter AuditPage::currentFilter() const
{
    audit::EventFilter filter;
    filter.newestFirst = m_model->filter().newestFirst;
    if (m_fromEnabled->isChecked())
        filter.from = m_from->date().startOfDay().toUTC();
    if (m_toEnabled->isChecked())
        filter.to = m_to->date().addDays(1).startOfDay().toUTC(); // the whole "to" day
    filter.operatorId = m_operator->text().trimmed();
    if (ownActionsOnly())
        filter.operatorId = m_access->operatorName();
    filter.device = m_device->text().trimmed();
    if (const QVariant type = m_type->currentData(); type.isValid())
        filter.types = {audit::EventType(type.toUInt())};
    if (const QVariant outcome = m_outcome->currentData(); outcome.isValid()) {
        if (outcome.toInt() == AnyFailure)
            filter.outcomes = {audit::Outcome::MinorFailure, audit::Outcome::SeriousFailure,
                               audit::Outcome::MajorFailure};
        else
            filter.outcomes = {audit::Outcome(outcome.toInt())};
    }
    return filter;
}

void AuditPage::applyFilter()
{
    m_filterTimer.stop();
    m_model->setFilter(currentFilter());
    updateState();
    if (m_log) {
        m_queryPending = true;
        scheduleAuditRecord();
    }
}

void AuditPage::scheduleAuditRecord()
{
    m_auditTimer.start();
}

void AuditPage::flushAuditRecord()
{
    if (m_filterTimer.isActive())
        applyFilter();
    if (m_auditTimer.isActive() || m_queryPending) {
        m_auditTimer.stop();
        recordView();
    }
}

void AuditPage::recordView()
{
    if (!m_log)
        return;
    const audit::EventFilter filter = m_model->filter();
    const bool filtered = filter.from.isValid() || filter.to.isValid() || !filter.operatorId.isEmpty()
        || !filter.device.isEmpty() || !filter.types.isEmpty() || !filter.outcomes.isEmpty();
    if (!m_queryPending && m_viewRecorded)
        return;
    audit::AuditEvent event;
    event.action = audit::Action::Read;
    event.type = m_queryPending && filtered ? audit::EventType::Query : audit::EventType::AuditLogUsed;
    QJsonObject details {{u"view"_s, u"audit page"_s}};
    if (filtered) {
        QJsonObject query;
        if (filter.from.isValid())
            query.insert(u"from"_s, filter.from.toString(Qt::ISODate));
        if (filter.to.isValid())
            query.insert(u"to"_s, filter.to.toString(Qt::ISODate));
        if (!filter.operatorId.isEmpty())
            query.insert(u"operator"_s, filter.operatorId);
        if (!filter.device.isEmpty())
            query.insert(u"device"_s, filter.device);
        if (!filter.types.isEmpty())
            query.insert(u"type"_s, qint64(filter.types.first()));
        if (!filter.outcomes.isEmpty()) {
            QJsonArray outcomes;
            for (audit::Outcome outcome : filter.outcomes)
                outcomes.append(int(outcome));
            query.insert(u"outcomes"_s, outcomes);
        }
        details.insert(u"filter"_s, query);
        details.insert(u"matches"_s, qint64(m_model->rowCount()));
    }
    event.details = details;
    m_queryPending = false;
    m_viewRecorded = true;
    if (const Result<quint64> recorded = m_log->append(event); !recorded)
        showStatus(recorded.error().message(), false);
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_log && !m_viewRecorded)
        scheduleAuditRecord();
}

void AuditPage::updateState()
{
    const bool locked = m_log == nullptr;
    const int rows = m_model->rowCount();
    m_refreshButton->setEnabled(!locked && !m_worker);
    OperatorAccess::gate(m_access, m_verifyButton, operators::Permission::ReadAuditLog, !locked && !m_worker);
    OperatorAccess::gate(m_access, m_exportButton, operators::Permission::ExportAuditAndReports, !locked && !m_worker);
    for (QWidget *control : std::initializer_list<QWidget *> {m_fromEnabled, m_toEnabled, m_device, m_type, m_outcome})
        control->setEnabled(!locked);
    OperatorAccess::gate(m_access, m_operator, operators::Permission::ReadAuditLog, !locked);
    m_from->setEnabled(!locked && m_fromEnabled->isChecked());
    m_to->setEnabled(!locked && m_toEnabled->isChecked());
    if (locked)
        m_stack->setCurrentWidget(m_lockedState);
    else if (rows == 0)
        m_stack->setCurrentWidget(m_emptyState);
    else
        m_stack->setCurrentWidget(m_table);

    const audit::EventFilter filter = m_model->filter();
    const bool filtered = filter.from.isValid() || filter.to.isValid() || !filter.operatorId.isEmpty()
        || !filter.device.isEmpty() || !filter.types.isEmpty() || !filter.outcomes.isEmpty();
    m_emptyState->setText(filtered ? tr("No audit events match these filters.\nWiden the time range or clear a "
                                        "filter to see more.")
                                   : tr("The audit log has no events yet."));
    m_countLabel->setText(locked ? QString() : tr("%Ln event(s)", nullptr, rows));
}

void AuditPage::updateCalendar()
{
    const CalendarSystem calendar = m_settings.calendar();
    for (QDateEdit *edit : {m_from, m_to}) {
        const QDate date = edit->date();
        edit->setCalendar(calendarFor(calendar));
        edit->setDisplayFormat(u"yyyy/MM/dd"_s);
        edit->setDate(date);
    }
    m_model->setCalendar(calendar);
    if (m_detail)
        m_detail->setCalendar(calendar);
}

void AuditPage::showSelected()
{
    if (!m_detail)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_detail->display(current.isValid() ? m_model->eventAt(current.row()) : std::nullopt);
}

void AuditPage::copySelectedRows()
{
    QStringList lines;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int column = 0; column < m_model->columnCount(); ++column)
            cells << m_model->index(row.row(), column).data().toString();
        lines << cells.join(u'\t');
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(u'\n'));
}

void AuditPage::chooseExportFile(audit::ExportFormat format)
{
    const bool fhir = format == audit::ExportFormat::Fhir;
    const QString suggested = QDir::home().filePath(fhir ? u"pasban-audit.json"_s : u"pasban-audit.csv"_s);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the audit log"), suggested,
                                     fhir ? tr("FHIR AuditEvent Bundle (*.json)") : tr("CSV file (*.csv)"));
    if (!path.isEmpty())
        startExport(format, path);
}

void AuditPage::runInWorker(std::function<void(audit::AuditLog &)> work)
{
    if (!m_log || m_worker)
        return;
    // The log is one per connection and thread: the worker gets a sibling on a
    // connection of its own, unlocked with the key this log already holds.
    Result<storage::Database> database = storage::openConsoleDatabase(m_log->databasePath());
    if (!database) {
        showStatus(database.error().message(), false);
        return;
    }
    Result<std::unique_ptr<audit::AuditLog>> sibling = m_log->openSibling(std::move(database).value());
    if (!sibling) {
        showStatus(sibling.error().message(), false);
        return;
    }
    std::shared_ptr<audit::AuditLog> log(std::move(sibling).value().release());
    m_worker = QThread::create([log, work = std::move(work)]() mutable {
        work(*log);
        (void)log->close(); // on this thread, which used its connection
    });
    connect(m_worker, &QThread::finished, this, [this] {
        m_worker->deleteLater();
        m_worker = nullptr;
        setWorking(false, QString());
        Q_EMIT workFinished();
    });
    m_worker->start();
}

void AuditPage::setWorking(bool working, const QString &what)
{
    m_workingText = what;
    m_progressRow->setVisible(working);
    m_progressText->setText(what);
    m_cancelButton->setEnabled(working);
    if (working) {
        m_progress->setRange(0, 0);
        m_status->clear();
        m_statusMaker = nullptr;
    }
    updateState();
}

void AuditPage::setOperatorAccess(OperatorAccess *access)
{
    OperatorAccess::follow(m_access, access, this, [this] { followSession(); });
    followSession();
}

bool AuditPage::ownActionsOnly() const
{
    return m_access && !m_access->allows(operators::Permission::ReadAuditLog);
}

void AuditPage::followSession()
{
    // Core's table decides: without "read the audit log" the filter is the
    // operator's own name, shown in the (disabled) operator field.
    const QString before = m_operator->text();
    if (ownActionsOnly()) {
        m_operator->setText(m_access->operatorName());
        m_operatorForced = true;
    } else if (m_operatorForced) {
        m_operator->clear();
        m_operatorForced = false;
    }
    if (m_operator->text() != before || m_model->filter().operatorId != currentFilter().operatorId)
        applyFilter();
    else
        updateState();
}

bool AuditPage::mayDo(operators::Permission permission)
{
    // Core decides (and records a refusal); the button is disabled for it already.
    if (const Status allowed = m_access ? m_access->check(permission) : Status(); !allowed) {
        showStatus(allowed.error().message(), false);
        return false;
    }
    return true;
}

void AuditPage::startVerify()
{
    if (!m_log || m_worker || !mayDo(operators::Permission::ReadAuditLog))
        return;
    QPointer<AuditPage> self(this);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    runInWorker([self](audit::AuditLog &log) {
        const Result<audit::VerifyReport> report = log.verify();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, report] {
                if (self)
                    self->finishVerify(report);
            },
            Qt::QueuedConnection);
    });
    if (m_worker) {
        setWorking(true, tr("Verifying the audit log…"));
        m_cancelButton->setEnabled(false); // a verify is short and has no partial result
    }
}

void AuditPage::finishVerify(const Result<audit::VerifyReport> &report)
{
    if (!report) {
        const Error &error = report.error();
        m_statusMaker = [error] {
            return error.message();
        };
        showStatus(error.message(), false);
        return;
    }
    const audit::VerifyReport &verified = *report;
    m_statusMaker = [verified] {
        //: %1 says which event is bad and what is wrong with it
        return verified.intact() ? verified.summary() : tr("Broken: %1").arg(verified.summary());
    };
    showStatus(m_statusMaker(), verified.intact());
}

void AuditPage::startExport(audit::ExportFormat format, const QString &path)
{
    if (!m_log || m_worker || !mayDo(operators::Permission::ExportAuditAndReports))
        return;
    audit::ExportRequest request;
    request.format = format;
    const audit::EventFilter filter = m_model->filter();
    request.from = filter.from;
    request.to = filter.to;
    QPointer<AuditPage> self(this);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    runInWorker([self, cancel, request, path](audit::AuditLog &log) {
        audit::AuditExporter exporter(log);
        const Result<audit::ExportSummary> summary =
            exporter.writeFile(path, request, [self, cancel](quint64 done, quint64 total) {
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [self, done, total] {
                        if (!self)
                            return;
                        // Scaled to int for the progress bar (totals can exceed 2^31).
                        const quint64 scale = total > 1000000 ? total / 1000000 : 1;
                        self->m_progress->setRange(0, int(qMax<quint64>(1, total / scale)));
                        self->m_progress->setValue(int(done / scale));
                    },
                    Qt::QueuedConnection);
                return !cancel->load();
            });
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, summary, path] {
                if (self)
                    self->finishExport(summary, path);
            },
            Qt::QueuedConnection);
    });
    if (m_worker)
        setWorking(true, tr("Exporting to %1…").arg(ltrIsolate(QDir::toNativeSeparators(path))));
}

void AuditPage::finishExport(const Result<audit::ExportSummary> &summary, const QString &path)
{
    if (!summary) {
        const Error &error = summary.error();
        m_statusMaker = [error] {
            return error.message();
        };
        showStatus(error.message(), false);
        return;
    }
    const quint64 events = summary->events;
    m_statusMaker = [events, path] {
        return tr("Exported %Ln event(s) to %1.", nullptr, int(qMin<quint64>(events, INT_MAX)))
            .arg(ltrIsolate(QDir::toNativeSeparators(path)));
    };
    showStatus(m_statusMaker(), true);
}

void AuditPage::cancelWork()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancelButton->setEnabled(false);
}

QString AuditPage::statusText() const
{
    return m_status->text();
}

void AuditPage::showStatus(const QString &text, bool ok)
{
    // A word and an icon-like mark, not colour alone.
    m_status->setText(text);
    m_status->setProperty("ok", ok);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, ok ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb7, 0x1c, 0x1c));
    m_status->setPalette(palette);
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditPage::retranslate()
{
    m_title->setText(tr("Audit log"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("T&o:"));
    m_fromEnabled->setAccessibleName(tr("Only events from this day on"));
    m_toEnabled->setAccessibleName(tr("Only events up to this day"));
    m_operatorLabel->setText(tr("O&perator:"));
    m_deviceLabel->setText(tr("De&vice:"));
    m_typeLabel->setText(tr("&Event:"));
    m_outcomeLabel->setText(tr("Ou&tcome:"));
    // Qt 6.4 measures a mnemonic inside joined Persian letters too narrow: reserve
    // the width of the plain text so the label is not drawn under its field.
    for (QLabel *label : {m_fromLabel, m_toLabel, m_operatorLabel, m_deviceLabel, m_typeLabel, m_outcomeLabel}) {
        QString plain = label->text();
        plain.remove(u'&');
        label->setMinimumWidth(label->fontMetrics().horizontalAdvance(plain) + 8);
    }
    m_operator->setPlaceholderText(tr("Exact user name"));
    m_device->setPlaceholderText(tr("Exact serial or address"));

    const QVariant typeData = m_type->currentData();
    const QSignalBlocker blockType(m_type);
    m_type->clear();
    m_type->addItem(tr("All events"));
    for (const audit::EventTypeInfo &info : audit::eventTypes())
        m_type->addItem(audit::eventTypeName(info.type), quint32(info.type));
    m_type->setCurrentIndex(qMax(0, m_type->findData(typeData)));

    const QVariant outcomeData = m_outcome->currentData();
    const QSignalBlocker blockOutcome(m_outcome);
    m_outcome->clear();
    m_outcome->addItem(tr("All outcomes"));
    m_outcome->addItem(tr("Any failure"), AnyFailure);
    for (audit::Outcome outcome : {audit::Outcome::Success, audit::Outcome::MinorFailure,
                                   audit::Outcome::SeriousFailure, audit::Outcome::MajorFailure})
        m_outcome->addItem(outcomeText(outcome), int(outcome));
    m_outcome->setCurrentIndex(qMax(0, m_outcome->findData(outcomeData)));

    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setToolTip(tr("Show events recorded since the table was filled"));
    m_verifyButton->setText(tr("&Verify"));
    m_verifyButton->setToolTip(tr("Check that no event was changed, removed, inserted or reordered"));
    m_exportButton->setText(tr("E&xport"));
    m_exportFhir->setText(tr("FHIR AuditEvent Bundle (JSON)…"));
    m_exportCsv->setText(tr("CSV…"));
    m_exportButton->setToolTip(tr("Export the events in the time range shown (all events when no range is set)"));
    m_cancelButton->setText(tr("Cancel"));
    m_lockedState->setText(tr("The audit log is locked.\nIt opens when the console unlocks it with the system "
                              "keystore or its passphrase; until then its events cannot be read here."));
    m_table->setAccessibleName(tr("Audit events"));
    if (m_statusMaker)
        m_status->setText(m_statusMaker());
    updateState();
}

} // namespace pasban::ui
