#include "Checks.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::posture {

Finding Check::makeFinding() const
{
    const CheckInfo i = info();
    Finding finding;
    finding.id = i.id;
    finding.checkId = i.id;
    finding.severity = i.severity;
    finding.title = Text::of(i.title);
    finding.references = i.references;
    return finding;
}

const QList<const Check *> &checkCatalogue()
{
    static const QList<const Check *> catalogue = [] {
        QList<const Check *> all;
        all += checks::bleChecks();
        all += checks::firmwareChecks();
        all.append(checks::advisoryCheck());
        all += checks::usbChecks();
        all += checks::inventoryChecks();
        all += checks::flowChecks();
        return all;
    }();
    return catalogue;
}

const Check *findCheck(QStringView id)
{
    for (const Check *check : checkCatalogue()) {
        if (check->info().id == id)
            return check;
    }
    return nullptr;
}

namespace checks {

Evidence interrogationEvidence(const InterrogationFacts &interrogation, Text what)
{
    Evidence evidence;
    evidence.what = std::move(what);
    evidence.when = interrogation.at;
    evidence.how = u"interrogation"_s;
    evidence.operatorName = interrogation.operatorName;
    evidence.provenance = Provenance::Observed;
    return evidence;
}

} // namespace checks

} // namespace pasban::posture
