#include "VerificationChecksView.h"

#include "firmware/PackageVerifier.h"

#include <QHeaderView>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

VerificationChecksView::VerificationChecksView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"verificationChecks"_s);
    setColumnCount(3);
    setRootIsDecorated(false);
    setWordWrap(true);
    setUniformRowHeights(false);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    retranslateHeader();
}

void VerificationChecksView::retranslateHeader()
{
    setHeaderLabels({tr("Check"), tr("Result"), tr("Reason")});
}

void VerificationChecksView::setReport(const firmware::VerificationReport &report)
{
    clear();
    for (const firmware::VerificationCheck &check : report.checks) {
        auto *item = new QTreeWidgetItem(this);
        item->setData(0, Qt::UserRole, check.id);
        item->setText(0, check.translatedTitle());
        switch (check.state) {
        case firmware::VerificationCheck::State::Passed:
            item->setIcon(1, style()->standardIcon(QStyle::SP_DialogApplyButton));
            item->setText(1, tr("Passed"));
            break;
        case firmware::VerificationCheck::State::Failed:
            item->setIcon(1, style()->standardIcon(QStyle::SP_MessageBoxCritical));
            item->setText(1, tr("Failed"));
            break;
        case firmware::VerificationCheck::State::NotApplicable:
            item->setIcon(1, style()->standardIcon(QStyle::SP_MessageBoxInformation));
            item->setText(1, tr("Not applicable"));
            break;
        }
        item->setData(1, Qt::UserRole, firmware::VerificationCheck::stateName(check.state));
        if (check.error) {
            item->setText(2, check.error->message());
            item->setToolTip(2, check.error->code());
        }
    }
}

} // namespace pasban::ui
