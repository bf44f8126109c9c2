#pragma once

#include "audit/AuditEvent.h"
#include "common/Settings.h"

#include <QWidget>

#include <optional>

class QLabel;
class QFormLayout;
class QPlainTextEdit;

namespace pasban::ui {

// The detail pane for one audit event: every field, decrypted, and the details
// JSON pretty-printed (left to right: it is data).
class AuditDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditDetailView(QWidget *parent = nullptr);

    void display(const std::optional<audit::AuditEvent> &event);
    void setCalendar(CalendarSystem calendar);
    // Field label → shown value, for tests.
    [[nodiscard]] QString fieldText(const QString &objectName) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();

    std::optional<audit::AuditEvent> m_event;
    CalendarSystem m_calendar = CalendarSystem::Gregorian;
    QLabel *m_title;
    QLabel *m_hint;
    QWidget *m_fields;
    QFormLayout *m_form;
    QList<QLabel *> m_labels;
    QList<QLabel *> m_values;
    QLabel *m_detailsLabel;
    QPlainTextEdit *m_details;
};

} // namespace pasban::ui
