#include "FlowGraph.h"

#include "FlowStore.h"
#include "posture/DeviceFacts.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace pasban::flows {

namespace {

// Health services and their measurement characteristics (REFERENCE.md §1) → data type.
QString dataTypeOf(const QBluetoothUuid &uuid)
{
    bool ok = false;
    const quint16 code = uuid.toUInt16(&ok);
    if (!ok)
        return {};
    switch (code) {
    case 0x180D: // Heart Rate service
    case 0x2A37: // Heart Rate Measurement
        return u"heart-rate"_s;
    case 0x1822: // Pulse Oximeter service
    case 0x2A5E: // PLX Spot-Check Measurement
    case 0x2A5F: // PLX Continuous Measurement
        return u"spo2"_s;
    case 0x1810: // Blood Pressure
    case 0x2A35:
    case 0x2A36:
        return u"blood-pressure"_s;
    case 0x1809: // Health Thermometer
    case 0x2A1C:
    case 0x2A1E:
        return u"temperature"_s;
    case 0x1808: // Glucose
    case 0x2A18:
        return u"glucose"_s;
    case 0x181F: // Continuous Glucose Monitoring
    case 0x2AA7:
        return u"cgm"_s;
    case 0x181D: // Weight Scale
    case 0x2A9D:
        return u"weight"_s;
    case 0x183A: // Insulin Delivery
        return u"insulin"_s;
    case 0x1840: // Generic Health Sensor
        return u"health-data"_s;
    default:
        return {};
    }
}

void addType(QStringList &types, const QString &type)
{
    if (!type.isEmpty() && !types.contains(type))
        types.append(type);
}

QString shortUuid(const QBluetoothUuid &uuid)
{
    bool ok = false;
    const quint16 code = uuid.toUInt16(&ok);
    return ok ? u"0x"_s + QString::number(code, 16).toUpper().rightJustified(4, u'0')
              : uuid.toString(QUuid::WithoutBraces).toLower();
}

QString endpointNodeId(const FlowDeclaration &flow)
{
    if (flow.endpoint == Endpoint::Console)
        return u"console"_s;
    return jsonName(flow.endpoint) + u':' + flow.destination.trimmed().toCaseFolded();
}

NodeKind nodeKind(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Console:
        return NodeKind::Console;
    case Endpoint::Gateway:
        return NodeKind::Gateway;
    case Endpoint::PhoneApp:
        return NodeKind::PhoneApp;
    case Endpoint::Ehr:
        return NodeKind::Ehr;
    case Endpoint::Cloud:
        return NodeKind::Cloud;
    case Endpoint::Other:
        break;
    }
    return NodeKind::Other;
}

QString deviceLabel(const posture::DeviceFacts &facts)
{
    return facts.assetTag.isEmpty() ? facts.displayName() : facts.displayName() + u" · "_s + facts.assetTag;
}

} // namespace

QString jsonName(Protection value)
{
    switch (value) {
    case Protection::VerifiedEncrypted:
        return u"verified-encrypted"_s;
    case Protection::VerifiedCleartext:
        return u"verified-cleartext"_s;
    case Protection::Declared:
        return u"declared"_s;
    case Protection::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString jsonName(NodeKind value)
{
    switch (value) {
    case NodeKind::Device:
        return u"device"_s;
    case NodeKind::Console:
        return u"console"_s;
    case NodeKind::Gateway:
        return u"gateway"_s;
    case NodeKind::PhoneApp:
        return u"phone-app"_s;
    case NodeKind::Ehr:
        return u"ehr"_s;
    case NodeKind::Cloud:
        return u"cloud"_s;
    case NodeKind::Other:
        break;
    }
    return u"other"_s;
}

QString label(Protection value)
{
    switch (value) {
    case Protection::VerifiedEncrypted:
        return QCoreApplication::translate("pasban::flows", "Verified encrypted");
    case Protection::VerifiedCleartext:
        return QCoreApplication::translate("pasban::flows", "Verified cleartext");
    case Protection::Declared:
        return QCoreApplication::translate("pasban::flows", "Declared");
    case Protection::Unknown:
        break;
    }
    return QCoreApplication::translate("pasban::flows", "Unknown");
}

std::optional<ObservedFlow> observedFlow(const posture::DeviceFacts &facts)
{
    ObservedFlow flow;
    if (facts.transport == u"usb"_s) {
        flow.transport = Transport::Usb;
        flow.how = u"usb"_s;
        flow.at = facts.lastSeen;
        if (facts.carriesPatientData())
            flow.dataTypes.append(u"health-data"_s);
        return flow;
    }
    flow.transport = Transport::Ble;
    if (facts.interrogation) {
        const posture::InterrogationFacts &interrogation = *facts.interrogation;
        flow.at = interrogation.at;
        flow.how = u"interrogation"_s;
        flow.operatorName = interrogation.operatorName;
        for (const QBluetoothUuid &service : interrogation.services)
            addType(flow.dataTypes, dataTypeOf(service));
        // Only an unauthenticated probe says what a stranger gets: bonded, every
        // read works whatever the device demands.
        const bool unauthenticated = interrogation.method != u"ble-gatt-bonded"_s;
        bool anyProtected = false;
        for (const posture::ProbeFact &probe : interrogation.probe) {
            addType(flow.dataTypes, dataTypeOf(probe.characteristic));
            if (probe.verdict == u"open"_s)
                flow.openCharacteristics.append(shortUuid(probe.characteristic));
            else if (probe.verdict == u"protected"_s)
                anyProtected = true;
        }
        if (unauthenticated && !flow.openCharacteristics.isEmpty())
            flow.protection = Protection::VerifiedCleartext;
        else if (unauthenticated && anyProtected)
            flow.protection = Protection::VerifiedEncrypted;
        if (!flow.dataTypes.isEmpty() || !interrogation.probe.isEmpty())
            return flow;
    }
    if (facts.advertisement) {
        for (const QBluetoothUuid &service : facts.advertisement->services)
            addType(flow.dataTypes, dataTypeOf(service));
        if (!flow.dataTypes.isEmpty()) {
            flow.at = facts.advertisement->seen;
            flow.how = u"scan"_s;
            flow.protection = Protection::Unknown;
            return flow;
        }
    }
    if (facts.carriesPatientData()) {
        flow.dataTypes = {u"health-data"_s};
        flow.at = facts.lastSeen;
        flow.how = u"scan"_s;
        return flow;
    }
    return std::nullopt;
}

QList<Contradiction> contradictions(const posture::DeviceFacts &facts, const QList<FlowDeclaration> &applying)
{
    QList<Contradiction> found;
    const std::optional<ObservedFlow> observed = observedFlow(facts);
    if (!observed || observed->how != u"interrogation"_s)
        return found;
    for (const FlowDeclaration &flow : applying) {
        if (flow.transport != observed->transport)
            continue;
        if (flow.encryption == Encryption::Encrypted && observed->protection == Protection::VerifiedCleartext) {
            found.append({Contradiction::Kind::DeclaredEncryptedObservedCleartext, facts.id, flow, *observed});
        }
        if (!flow.patientData && !observed->openCharacteristics.isEmpty()
            && observed->protection == Protection::VerifiedCleartext) {
            found.append({Contradiction::Kind::DeclaredNoPatientDataObservedHealthData, facts.id, flow, *observed});
        }
    }
    return found;
}

const FlowNode *FlowGraph::node(const QString &id) const
{
    const auto found = m_index.constFind(id);
    return found == m_index.cend() ? nullptr : &m_nodes.at(*found);
}

QString FlowGraph::addNode(FlowNode node)
{
    if (!m_index.contains(node.id)) {
        m_index.insert(node.id, m_nodes.size());
        m_nodes.append(std::move(node));
        return m_nodes.constLast().id;
    }
    return node.id;
}

FlowGraph FlowGraph::build(const QList<posture::DeviceFacts> &devices, const QList<FlowDeclaration> &declarations)
{
    FlowGraph graph;
    bool consoleAdded = false;
    const auto ensureConsole = [&graph, &consoleAdded] {
        if (!consoleAdded) {
            graph.addNode({u"console"_s, NodeKind::Console, {}, {}, false});
            consoleAdded = true;
        }
        return u"console"_s;
    };
    for (const posture::DeviceFacts &facts : devices) {
        const QString deviceNode = graph.addNode(
            {u"device:"_s + facts.id, NodeKind::Device, deviceLabel(facts), facts.id, facts.carriesPatientData()});
        const std::optional<ObservedFlow> observed = observedFlow(facts);
        if (observed) {
            FlowEdge edge;
            edge.from = deviceNode;
            edge.to = ensureConsole();
            edge.transport = observed->transport;
            edge.protection = observed->protection;
            edge.dataTypes = observed->dataTypes;
            edge.patientData = !observed->dataTypes.isEmpty();
            edge.observed = true;
            graph.m_edges.append(edge);
        }
        const QList<FlowDeclaration> applying =
            FlowStore::applying(declarations, facts.id, facts.manufacturer, facts.model);
        const QList<Contradiction> disproved = flows::contradictions(facts, applying);
        graph.m_contradictions.append(disproved);
        for (const FlowDeclaration &flow : applying) {
            QString target;
            if (flow.endpoint == Endpoint::Console)
                target = ensureConsole();
            else
                target = graph.addNode(
                    {endpointNodeId(flow), nodeKind(flow.endpoint), flow.destination.trimmed(), {}, false});
            FlowEdge edge;
            edge.from = deviceNode;
            edge.to = target;
            edge.transport = flow.transport;
            edge.patientData = flow.patientData;
            edge.dataTypes = flow.dataTypes;
            if (edge.dataTypes.isEmpty() && flow.patientData && observed)
                edge.dataTypes = observed->dataTypes;
            edge.declarationId = flow.id;
            // What the console saw on the same radio link outranks what was declared.
            const bool sameLink = observed && observed->transport == flow.transport
                && observed->how == u"interrogation"_s && observed->protection != Protection::Unknown;
            edge.protection = sameLink ? observed->protection : Protection::Declared;
            edge.observed = sameLink;
            edge.contradicted = std::any_of(disproved.cbegin(), disproved.cend(),
                                            [&flow](const Contradiction &c) { return c.declaration.id == flow.id; });
            graph.m_edges.append(edge);
        }
    }
    return graph;
}

int FlowLayout::column(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Device:
        return 0;
    case NodeKind::Console:
    case NodeKind::Gateway:
    case NodeKind::PhoneApp:
        return 1;
    case NodeKind::Ehr:
    case NodeKind::Cloud:
    case NodeKind::Other:
        break;
    }
    return 2;
}

FlowLayout FlowLayout::compute(const FlowGraph &graph)
{
    FlowLayout layout;
    std::array<QList<const FlowNode *>, 3> columns;
    for (const FlowNode &node : graph.nodes())
        columns.at(std::size_t(column(node.kind))).append(&node);
    qsizetype tallest = 0;
    for (const auto &nodes : columns)
        tallest = std::max(tallest, nodes.size());
    const double height = tallest == 0 ? NodeHeight : double(tallest) * NodeHeight + double(tallest - 1) * RowGap;
    int used = 0;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const QList<const FlowNode *> &nodes = columns.at(c);
        if (nodes.isEmpty())
            continue;
        const double x = Margin + double(used) * (NodeWidth + ColumnGap);
        const double columnHeight = double(nodes.size()) * NodeHeight + double(nodes.size() - 1) * RowGap;
        double y = Margin + (height - columnHeight) / 2;
        for (const FlowNode *node : nodes) {
            layout.nodes.insert(node->id, QRectF(x, y, NodeWidth, NodeHeight));
            y += NodeHeight + RowGap;
        }
        ++used;
    }
    const int columnsUsed = std::max(used, 1);
    layout.size = QSizeF(2 * Margin + columnsUsed * NodeWidth + (columnsUsed - 1) * ColumnGap, 2 * Margin + height);
    return layout;
}

} // namespace pasban::flows
