// Checks that compare what engineers declared about a device's data flows with
// what the console observed (core/flows).
#include "Checks.h"
#include "flows/FlowGraph.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::posture::checks {

namespace {

class DeclarationContradicted final : public Check
{
public:
    CheckInfo info() const override
    {
        return {u"flows.declaration-contradicted"_s,
                Severity::High,
                QT_TRANSLATE_NOOP("pasban::posture", "A declared data flow is contradicted by an observation"),
                u"declared flow (engineer) against the latest unauthenticated interrogation"_s,
                {{u"TXCF-2"_s}, {u"CR 4.1"_s}, {u"164.312(e)(1)"_s}}};
    }

    void evaluate(const DeviceFacts &facts, const PostureContext &, QList<Finding> &out) const override
    {
        for (const flows::Contradiction &c : flows::contradictions(facts, facts.declaredFlows)) {
            Finding finding = makeFinding();
            const bool encryption = c.kind == flows::Contradiction::Kind::DeclaredEncryptedObservedCleartext;
            finding.id = u"%1/%2/%3"_s.arg(info().id, QString::number(c.declaration.id),
                                           encryption ? u"encryption"_s : u"patient-data"_s);
            const QString destination = c.declaration.destination;
            const QString characteristics = c.observation.openCharacteristics.join(u", "_s);
            Evidence declared;
            declared.what = encryption
                ? Text::of(QT_TRANSLATE_NOOP("pasban::posture", "Declared (%1, %2): the flow to %3 is encrypted"),
                           {flows::jsonName(c.declaration.source), c.declaration.sourceReference, destination})
                : Text::of(
                    QT_TRANSLATE_NOOP("pasban::posture", "Declared (%1, %2): the flow to %3 carries no patient data"),
                    {flows::jsonName(c.declaration.source), c.declaration.sourceReference, destination});
            declared.when = c.declaration.declared;
            declared.how = u"declaration"_s;
            declared.operatorName = c.declaration.declaredBy;
            declared.provenance = Provenance::Declared;
            Evidence observed;
            observed.what = Text::of(
                QT_TRANSLATE_NOOP("pasban::posture",
                                  "Observed: health measurements (%1) were read over Bluetooth without pairing"),
                {characteristics});
            observed.when = c.observation.at;
            observed.how = c.observation.how;
            observed.operatorName = c.observation.operatorName;
            observed.provenance = Provenance::Observed;
            finding.evidence = {observed, declared};
            finding.why = encryption
                ? Text::of(QT_TRANSLATE_NOOP("pasban::posture",
                                             "The declaration says the data is protected on the way, but anyone "
                                             "within radio range can read it; decisions taken on the declaration "
                                             "rest on something untrue."))
                : Text::of(QT_TRANSLATE_NOOP("pasban::posture",
                                             "The declaration says no patient data travels on this link, but the "
                                             "device hands out health measurements to anyone within radio range."));
            finding.remediation = Text::of(QT_TRANSLATE_NOOP(
                "pasban::posture",
                "Correct the declaration on the Data flows page, and ask the manufacturer to require pairing with "
                "encryption (LE Secure Connections) for the measurement characteristics."));
            out.append(finding);
        }
    }
};

} // namespace

QList<const Check *> flowChecks()
{
    static const DeclarationContradicted contradicted;
    return {&contradicted};
}

} // namespace pasban::posture::checks
