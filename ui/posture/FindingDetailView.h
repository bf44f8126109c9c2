#pragma once

#include "common/Settings.h"
#include "posture/Finding.h"

#include <QTextBrowser>

namespace pasban::ui {

// One finding in full, for a newcomer and an auditor: severity in words, status
// (with an acceptance's reason and expiry), what was observed when and how, why
// it matters, what to do, and the references (standards, CVEs, advisories).
class FindingDetailView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit FindingDetailView(QWidget *parent = nullptr);

    void showFinding(const posture::Finding &finding, const QString &deviceLabel, CalendarSystem calendar);
    void showHint(const QString &text);
};

} // namespace pasban::ui
