#include "AuditDetailView.h"

#include "AuditEventModel.h"
#include "WidgetProperties.h"
#include "common/Bidi.h"
#include "common/DateFormat.h"

#include <QEvent>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

namespace {

enum Field { Sequence, Time, TimeUtc, Type, Action, Outcome, Operator, Workstation, Device, KeyId, Link, FieldCount };

const char *const FieldNames[FieldCount] = {"sequence", "time",        "timeUtc", "type",  "action", "outcome",
                                            "operator", "workstation", "device",  "keyId", "link"};

} // namespace

AuditDetailView::AuditDetailView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_fields(new QWidget(this))
    , m_form(new QFormLayout(m_fields))
    , m_detailsLabel(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(u"auditDetail"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_hint->setWordWrap(true);
    m_form->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < FieldCount; ++i) {
        auto *label = new QLabel(m_fields);
        auto *value = new QLabel(m_fields);
        value->setObjectName(u"auditDetail_"_s + QString::fromLatin1(FieldNames[i]));
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setBuddy(value);
        if (i == TimeUtc || i == Operator || i == Workstation || i == Device || i == Link)
            value->setProperty(IdentifierProperty, true); // data, shown as recorded
        m_form->addRow(label, value);
        m_labels.append(label);
        m_values.append(value);
    }
    m_details->setObjectName(u"auditDetail_details"_s);
    m_details->setReadOnly(true);
    m_details->setProperty(IdentifierProperty, true);
    m_details->setLayoutDirection(Qt::LeftToRight);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_detailsLabel->setBuddy(m_details);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_fields);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_details, 1);
    retranslate();
}

void AuditDetailView::display(const std::optional<audit::AuditEvent> &event)
{
    m_event = event;
    fill();
}

void AuditDetailView::setCalendar(CalendarSystem calendar)
{
    m_calendar = calendar;
    fill();
}

QString AuditDetailView::fieldText(const QString &objectName) const
{
    if (objectName == u"details"_s)
        return m_details->toPlainText();
    for (const QLabel *value : m_values) {
        if (value->objectName() == u"auditDetail_"_s + objectName)
            return value->text();
    }
    return {};
}

void AuditDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditDetailView::retranslate()
{
    m_title->setText(tr("Audit event"));
    m_hint->setText(tr("Select an event in the table to see all of its fields here."));
    const QString names[FieldCount] = {tr("Number:"), tr("Time:"),    tr("Time (UTC):"), tr("Event:"),
                                       tr("Action:"), tr("Outcome:"), tr("Operator:"),   tr("Workstation:"),
                                       tr("Device:"), tr("Key:"),     tr("Chain link:")};
    for (int i = 0; i < FieldCount; ++i)
        m_labels[i]->setText(names[i]);
    m_detailsLabel->setText(tr("Details:"));
    fill();
}

void AuditDetailView::fill()
{
    m_hint->setVisible(!m_event);
    m_fields->setVisible(m_event.has_value());
    m_detailsLabel->setVisible(m_event.has_value());
    m_details->setVisible(m_event.has_value());
    if (!m_event)
        return;
    const audit::AuditEvent &event = *m_event;
    const QLocale locale;
    const QString notRecorded = tr("none recorded");
    QString unreadable = tr("cannot be read: the row was changed or its key is unavailable");
    const auto orNone = [&](const QString &value) {
        if (!event.readable)
            return unreadable;
        return value.isEmpty() ? notRecorded : ltrIsolate(value);
    };
    m_values[Sequence]->setText(locale.toString(qulonglong(event.sequence)));
    m_values[Time]->setText(DateFormat::dateTime(event.recorded, m_calendar));
    m_values[TimeUtc]->setText(ltrIsolate(event.recorded.toUTC().toString(Qt::ISODateWithMs)));
    //: %1 is the translated event name, %2 its DICOM code
    m_values[Type]->setText(
        tr("%1 (%2)").arg(audit::eventTypeName(event.type), ltrIsolate(u"DCM %1"_s.arg(quint32(event.type)))));
    m_values[Action]->setText(event.readable ? audit::actionName(event.action) : unreadable);
    m_values[Outcome]->setText(outcomeText(event.outcome));
    m_values[Operator]->setText(orNone(event.operatorId));
    m_values[Workstation]->setText(orNone(event.workstation));
    m_values[Device]->setText(orNone(event.device));
    m_values[KeyId]->setText(locale.toString(event.keyId));
    m_values[Link]->setText(
        event.link.isEmpty() ? notRecorded : ltrIsolate(QString::fromLatin1(event.link.toHex().left(16)) + u"…"_s));
    m_values[Link]->setToolTip(QString::fromLatin1(event.link.toHex()));
    m_details->setPlainText(
        event.readable ? QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Indented)) : unreadable);
}

} // namespace pasban::ui
