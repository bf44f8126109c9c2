#pragma once

#include <QTreeWidget>

namespace pasban::firmware {
struct VerificationReport;
}

namespace pasban::ui {

// Every check of a package verification, one row each: the check, its result
// (icon and word) and, for a failure, the reason in the user's language; the error
// code is in the tooltip (technical detail one step away).
class VerificationChecksView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit VerificationChecksView(QWidget *parent = nullptr);
    void setReport(const firmware::VerificationReport &report);

private:
    void retranslateHeader();
};

} // namespace pasban::ui
