// Declared patient-data flows: validation, storage with audit, the diagram's
// graph (observed and declared links, protection states, contradictions), its
// layout, and the posture check built on the contradictions.
#include "PostureFixture.h"
#include "RecordingAuditSink.h"
#include "flows/DataFlow.h"
#include "flows/FlowGraph.h"
#include "flows/FlowStore.h"
#include "posture/Check.h"
#include "storage/Statement.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace pasban;
using namespace pasban::flows;

namespace {

FlowDeclaration toGateway(const QString &deviceId, Encryption encryption = Encryption::Encrypted)
{
    FlowDeclaration flow;
    flow.deviceId = deviceId;
    flow.endpoint = Endpoint::Gateway;
    flow.destination = u"Ward 4 gateway"_s;
    flow.transport = Transport::Ble;
    flow.encryption = encryption;
    flow.patientData = true;
    flow.dataTypes = {u"spo2"_s};
    flow.source = DeclarationSource::Mds2;
    flow.sourceReference = u"TXCF-2"_s;
    return flow;
}

FlowDeclaration toEhr(const QString &manufacturer, const QString &model)
{
    FlowDeclaration flow;
    flow.manufacturer = manufacturer;
    flow.model = model;
    flow.endpoint = Endpoint::Ehr;
    flow.destination = u"Hospital EHR"_s;
    flow.transport = Transport::Ethernet;
    flow.encryption = Encryption::Encrypted;
    flow.source = DeclarationSource::VendorDocument;
    flow.sourceReference = u"Integration guide p. 12"_s;
    return flow;
}

qint64 rowCount(storage::Database &db)
{
    auto query = db.prepare(u"SELECT count(*) FROM flow_declaration");
    if (!query || !query->step())
        return -1;
    return query->columnInt64(0);
}

const FlowEdge *edgeBetween(const FlowGraph &graph, const QString &from, const QString &to)
{
    for (const FlowEdge &edge : graph.edges()) {
        if (edge.from == from && edge.to == to)
            return &edge;
    }
    return nullptr;
}

} // namespace

class TestFlows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void declarationsAreValidated()
    {
        FlowDeclaration flow = toGateway(u"dev-1"_s);
        QVERIFY(flow.validate().ok());
        FlowDeclaration both = flow;
        both.model = u"OX-200"_s;
        QCOMPARE(both.validate().error().code(), u"flows.invalid_declaration"_s);
        FlowDeclaration neither = flow;
        neither.deviceId.clear();
        QVERIFY(!neither.validate().ok());
        FlowDeclaration nowhere = flow;
        nowhere.destination = u"   "_s;
        QVERIFY(!nowhere.validate().ok());
        FlowDeclaration huge = flow;
        huge.sourceReference = QString(FlowDeclaration::MaxTextLength + 1, u'x');
        QVERIFY(!huge.validate().ok());
        FlowDeclaration many = flow;
        for (int i = 0; i <= FlowDeclaration::MaxDataTypes; ++i)
            many.dataTypes.append(u"t%1"_s.arg(i));
        QVERIFY(!many.validate().ok());
    }

    void declarationsRoundTripThroughJson()
    {
        const FlowDeclaration flow = toEhr(u"Karun Medical"_s, u"OX-200"_s);
        Result<FlowDeclaration> back = FlowDeclaration::fromJson(flow.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->model, flow.model);
        QCOMPARE(back->manufacturer, flow.manufacturer);
        QCOMPARE(back->endpoint, Endpoint::Ehr);
        QCOMPARE(back->transport, Transport::Ethernet);
        QCOMPARE(back->source, DeclarationSource::VendorDocument);
        QCOMPARE(back->sourceReference, flow.sourceReference);
        QJsonObject bad = flow.toJson();
        bad.insert(u"transport"_s, u"carrier-pigeon"_s);
        QCOMPARE(FlowDeclaration::fromJson(bad).error().code(), u"flows.invalid_declaration"_s);
        QVERIFY(!FlowDeclaration::fromJson({}).ok());
    }

    void theStoreKeepsDeclarationsAndAuditsEveryChange()
    {
        test::PostureFixture fleet;
        test::RecordingAuditSink sink;
        FlowStore store(*fleet.database, &sink);
        Result<qint64> id = store.add(toGateway(u"dev-1"_s), u"engineer.k"_s);
        QVERIFY(id.ok());
        QVERIFY(store.add(toEhr(u"Karun Medical"_s, u"OX-200"_s), u"engineer.k"_s).ok());
        Result<QList<FlowDeclaration>> all = store.list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).id, *id);
        QCOMPARE(all->at(0).destination, u"Ward 4 gateway"_s);
        QCOMPARE(all->at(0).dataTypes, QStringList {u"spo2"_s});
        QCOMPARE(all->at(0).declaredBy, u"engineer.k"_s);
        QVERIFY(all->at(0).declared.isValid());

        FlowDeclaration changed = all->at(0);
        changed.encryption = Encryption::Cleartext;
        QVERIFY(store.update(changed, u"engineer.k"_s).ok());
        QCOMPARE((*store.find(*id))->encryption, Encryption::Cleartext);
        QVERIFY(store.remove(*id, u"engineer.k"_s).ok());
        QVERIFY(!store.find(*id)->has_value());
        QCOMPARE(store.remove(*id).error().code(), u"flows.not_found"_s);

        QCOMPARE(sink.events.size(), 4);
        QCOMPARE(sink.events[0].details.value(u"operation"_s).toString(), u"flows.declaration.declare"_s);
        QCOMPARE(sink.events[0].device, u"dev-1"_s);
        QCOMPARE(sink.events[2].action, audit::Action::Update);
        QCOMPARE(sink.events[3].action, audit::Action::Delete);
        QCOMPARE(sink.events[3].operatorId, u"engineer.k"_s);
    }

    void aChangeTheAuditLogRefusesIsNotMade()
    {
        test::PostureFixture fleet;
        test::RecordingAuditSink sink;
        FlowStore store(*fleet.database, &sink);
        const qint64 id = *store.add(toGateway(u"dev-1"_s));
        sink.failing = true;
        QVERIFY(!store.add(toGateway(u"dev-2"_s)).ok());
        QVERIFY(!store.remove(id).ok());
        FlowDeclaration changed = store.find(id)->value_or(FlowDeclaration());
        changed.destination = u"Elsewhere"_s;
        QVERIFY(!store.update(changed).ok());
        QCOMPARE(rowCount(*fleet.database), 1);
        QCOMPARE((*store.find(id))->destination, u"Ward 4 gateway"_s);
        // Invalid declarations never reach the database.
        sink.failing = false;
        FlowDeclaration invalid = toGateway(QString());
        QVERIFY(!store.add(invalid).ok());
        QCOMPARE(rowCount(*fleet.database), 1);
    }

    void declarationsApplyToTheirDeviceOrModel()
    {
        const QList<FlowDeclaration> all {toGateway(u"dev-1"_s), toEhr(u"Karun Medical"_s, u"OX-200"_s),
                                          toEhr(QString(), u"TC-1"_s)};
        QCOMPARE(FlowStore::applying(all, u"dev-1"_s, u"Karun Medical"_s, u"OX-200"_s).size(), 2);
        QCOMPARE(FlowStore::applying(all, u"dev-2"_s, u" karun medical"_s, u"ox-200 "_s).size(), 1);
        QCOMPARE(FlowStore::applying(all, u"dev-3"_s, u"Other Inc."_s, u"OX-200"_s).size(), 0);
        // A model declaration without a manufacturer covers that model from anyone.
        QCOMPARE(FlowStore::applying(all, u"dev-4"_s, u"Anyone"_s, u"TC-1"_s).size(), 1);
        QCOMPARE(FlowStore::applying(all, u"dev-5"_s, {}, {}).size(), 0);
    }

    void observationsDecideTheProtectionState()
    {
        test::PostureFixture fleet;
        const QString oximeter = fleet.scanAndInterrogate(u"oximeter"_s); // PLX readable without pairing
        const QString strap = fleet.scanAndInterrogate(u"hr-strap"_s); // refuses without pairing
        const QString glucose = fleet.scan(u"glucose-rpa"_s); // only advertised

        const std::optional<ObservedFlow> open = observedFlow(fleet.facts(oximeter));
        QVERIFY(open);
        QCOMPARE(open->protection, Protection::VerifiedCleartext);
        QCOMPARE(open->transport, Transport::Ble);
        QVERIFY(open->dataTypes.contains(u"spo2"_s));
        QVERIFY(open->openCharacteristics.contains(u"0x2A5F"_s));
        QCOMPARE(open->operatorName, u"engineer.k"_s);

        const std::optional<ObservedFlow> closed = observedFlow(fleet.facts(strap));
        QVERIFY(closed);
        QCOMPARE(closed->protection, Protection::VerifiedEncrypted);
        QVERIFY(closed->dataTypes.contains(u"heart-rate"_s));

        posture::DeviceFacts bonded = fleet.facts(oximeter);
        bonded.interrogation->method = u"ble-gatt-bonded"_s;
        QCOMPARE(observedFlow(bonded)->protection, Protection::Unknown);

        const std::optional<ObservedFlow> advertised = observedFlow(fleet.liveFacts(glucose));
        QVERIFY(advertised);
        QCOMPARE(advertised->protection, Protection::Unknown);
        QCOMPARE(advertised->how, u"scan"_s);
        QVERIFY(advertised->dataTypes.contains(u"glucose"_s));
    }

    void theGraphJoinsObservedAndDeclaredLinks()
    {
        test::PostureFixture fleet;
        const QString oximeter = fleet.scanAndInterrogate(u"oximeter"_s);
        const QString strap = fleet.scanAndInterrogate(u"hr-strap"_s);
        const QString thermometer = fleet.scanAndInterrogate(u"thermometer"_s);
        FlowStore store(*fleet.database);
        const qint64 gateway = *store.add(toGateway(strap, Encryption::Encrypted));
        const qint64 shared = *store.add([&] {
            FlowDeclaration flow = toGateway(thermometer, Encryption::Unknown);
            flow.transport = Transport::WiFi;
            flow.destination = u"ward 4 GATEWAY"_s; // same gateway, other spelling
            return flow;
        }());
        const qint64 ehr = *store.add(toEhr(u"Karun Medical"_s, u"OX-200"_s));

        const QList<posture::DeviceFacts> facts {fleet.facts(oximeter), fleet.facts(strap), fleet.facts(thermometer)};
        const FlowGraph graph = FlowGraph::build(facts, *store.list());

        // Three devices, the console, one gateway (both spellings), the EHR.
        QCOMPARE(graph.nodes().size(), 6);
        QVERIFY(graph.node(u"console"_s));
        QCOMPARE(graph.node(u"gateway:ward 4 gateway"_s)->kind, NodeKind::Gateway);
        QCOMPARE(graph.node(u"ehr:hospital ehr"_s)->label, u"Hospital EHR"_s);
        QCOMPARE(graph.node(u"device:"_s + oximeter)->patientData, true);

        const FlowEdge *observedOpen = edgeBetween(graph, u"device:"_s + oximeter, u"console"_s);
        QVERIFY(observedOpen);
        QCOMPARE(observedOpen->protection, Protection::VerifiedCleartext);
        QVERIFY(observedOpen->observed);
        QCOMPARE(observedOpen->declarationId, 0);

        // A declared BLE link the console verified takes the verified state.
        const FlowEdge *strapGateway = edgeBetween(graph, u"device:"_s + strap, u"gateway:ward 4 gateway"_s);
        QVERIFY(strapGateway);
        QCOMPARE(strapGateway->declarationId, gateway);
        QCOMPARE(strapGateway->protection, Protection::VerifiedEncrypted);
        QVERIFY(!strapGateway->contradicted);
        // A Wi-Fi link the console cannot see stays declared.
        const FlowEdge *wifi = edgeBetween(graph, u"device:"_s + thermometer, u"gateway:ward 4 gateway"_s);
        QVERIFY(wifi);
        QCOMPARE(wifi->declarationId, shared);
        QCOMPARE(wifi->protection, Protection::Declared);
        QCOMPARE(wifi->transport, Transport::WiFi);
        // The model declaration reaches the oximeter only.
        const FlowEdge *toRecord = edgeBetween(graph, u"device:"_s + oximeter, u"ehr:hospital ehr"_s);
        QVERIFY(toRecord);
        QCOMPARE(toRecord->declarationId, ehr);
        QCOMPARE(toRecord->protection, Protection::Declared);
        QVERIFY(toRecord->dataTypes.contains(u"spo2"_s)); // none declared: what the device measures
        QVERIFY(!edgeBetween(graph, u"device:"_s + thermometer, u"ehr:hospital ehr"_s));
        QVERIFY(graph.contradictions().isEmpty());
    }

    void aDeclarationAnObservationDisprovesIsAContradiction()
    {
        test::PostureFixture fleet;
        const QString oximeter = fleet.scanAndInterrogate(u"oximeter"_s);
        FlowStore store(*fleet.database);
        const qint64 encrypted = *store.add(toGateway(oximeter, Encryption::Encrypted));
        FlowDeclaration noPatientData = toGateway(oximeter, Encryption::Unknown);
        noPatientData.patientData = false;
        const qint64 noData = *store.add(noPatientData);
        const FlowGraph graph = FlowGraph::build({fleet.facts(oximeter)}, *store.list());
        QCOMPARE(graph.contradictions().size(), 2);
        QCOMPARE(graph.contradictions()[0].kind, Contradiction::Kind::DeclaredEncryptedObservedCleartext);
        QCOMPARE(graph.contradictions()[0].declaration.id, encrypted);
        QCOMPARE(graph.contradictions()[1].kind, Contradiction::Kind::DeclaredNoPatientDataObservedHealthData);
        QCOMPARE(graph.contradictions()[1].declaration.id, noData);
        const FlowEdge *edge = edgeBetween(graph, u"device:"_s + oximeter, u"gateway:ward 4 gateway"_s);
        QVERIFY(edge && edge->contradicted);
        QCOMPARE(edge->protection, Protection::VerifiedCleartext);

        // The posture check turns each into a finding with both pieces of evidence.
        const posture::Check *check = posture::findCheck(u"flows.declaration-contradicted");
        QVERIFY(check);
        posture::DeviceFacts facts = fleet.facts(oximeter);
        facts.declaredFlows = *store.list();
        QList<posture::Finding> found;
        check->evaluate(facts, {}, found);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].id, u"flows.declaration-contradicted/%1/encryption"_s.arg(encrypted));
        QCOMPARE(found[0].severity, posture::Severity::High);
        QCOMPARE(found[0].evidence.size(), 2);
        QCOMPARE(found[0].evidence[0].provenance, posture::Provenance::Observed);
        QVERIFY(found[0].evidence[0].what.english().contains(u"0x2A5F"_s));
        QCOMPARE(found[0].evidence[1].provenance, posture::Provenance::Declared);
        QVERIFY(found[0].evidence[1].what.english().contains(u"TXCF-2"_s));
        QCOMPARE(found[1].id, u"flows.declaration-contradicted/%1/patient-data"_s.arg(noData));

        // Negative: the strap refuses without pairing, so "encrypted" stands.
        const QString strap = fleet.scanAndInterrogate(u"hr-strap"_s);
        posture::DeviceFacts honest = fleet.facts(strap);
        honest.declaredFlows = {toGateway(strap, Encryption::Encrypted)};
        found.clear();
        check->evaluate(honest, {}, found);
        QVERIFY(found.isEmpty());
        // A declaration about another transport says nothing about the radio link.
        posture::DeviceFacts wired = fleet.facts(oximeter);
        wired.declaredFlows = {toEhr(u"Karun Medical"_s, u"OX-200"_s)};
        found.clear();
        check->evaluate(wired, {}, found);
        QVERIFY(found.isEmpty());
    }

    void theLayoutPutsEachKindInItsColumnWithoutOverlap()
    {
        test::PostureFixture fleet;
        const QString oximeter = fleet.scanAndInterrogate(u"oximeter"_s);
        const QString strap = fleet.scanAndInterrogate(u"hr-strap"_s);
        FlowStore store(*fleet.database);
        QVERIFY(store.add(toGateway(strap)).ok());
        QVERIFY(store.add(toEhr(u"Karun Medical"_s, u"OX-200"_s)).ok());
        const FlowGraph graph = FlowGraph::build({fleet.facts(oximeter), fleet.facts(strap)}, *store.list());
        const FlowLayout layout = FlowLayout::compute(graph);
        QCOMPARE(layout.nodes.size(), graph.nodes().size());
        const QRectF device = layout.nodes.value(u"device:"_s + oximeter);
        const QRectF console = layout.nodes.value(u"console"_s);
        const QRectF gateway = layout.nodes.value(u"gateway:ward 4 gateway"_s);
        const QRectF ehr = layout.nodes.value(u"ehr:hospital ehr"_s);
        QVERIFY(device.right() < console.left());
        QCOMPARE(console.left(), gateway.left());
        QVERIFY(console.right() < ehr.left());
        const QList<QRectF> rects = layout.nodes.values();
        for (qsizetype i = 0; i < rects.size(); ++i) {
            QVERIFY(QRectF(QPointF(0, 0), layout.size).contains(rects[i]));
            for (qsizetype j = i + 1; j < rects.size(); ++j)
                QVERIFY(!rects[i].intersects(rects[j]));
        }
        // Nothing to draw still has a size.
        QVERIFY(!FlowLayout::compute(FlowGraph()).size.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFlows)
#include "tst_Flows.moc"
