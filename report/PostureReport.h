#pragma once

#include "common/Result.h"
#include "common/Settings.h"
#include "flows/FlowGraph.h"
#include "inventory/InventoryStore.h"
#include "posture/PostureEngine.h"

#include <QCoreApplication>
#include <QDateTime>

class QTextDocument;

namespace pasban::report {

struct ReportDevice
{
    posture::DeviceFacts facts;
    posture::DevicePosture posture;
    inventory::AssetFields asset;
};

// Everything a report shows, gathered by the caller (console or pasban-cli).
struct ReportInput
{
    QString language = QStringLiteral("en"); // the catalogue installed; decides direction and digits
    CalendarSystem calendar = CalendarSystem::Gregorian;
    QDateTime generatedUtc;
    QString operatorName;
    QString deviceId; // one device's report; empty for the fleet
    QList<ReportDevice> devices; // the fleet, or the one device
    int fleetScore = 100;
    flows::FlowGraph graph; // the data flows of the devices shown
};

// The security posture report: inventory, each device's findings with their
// evidence, why they matter and what to do, score contributions, charts and the
// data-flow diagram, in the installed language (Persian right to left, with
// Persian digits and Solar Hijri dates when that calendar is chosen).
class PostureReport
{
    Q_DECLARE_TR_FUNCTIONS(pasban::report::PostureReport)

public:
    explicit PostureReport(ReportInput input);

    // Fills DOCUMENT (text, tables, and the pictures as resources).
    void build(QTextDocument &document) const;
    // A4 PDF, written atomically; errors carry a translated reason.
    [[nodiscard]] Status writePdf(const QString &path) const;

private:
    [[nodiscard]] QString html() const;
    [[nodiscard]] QString deviceSection(const ReportDevice &device) const;
    [[nodiscard]] QString when(const QDateTime &utc) const;

    ReportInput m_input;
    QLocale m_locale;
    bool m_rtl = false;
};

} // namespace pasban::report
