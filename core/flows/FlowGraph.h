#pragma once

#include "DataFlow.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace pasban::posture {
struct DeviceFacts;
}

namespace pasban::flows {

// How well a link is known to protect the data on it: observed by the console
// (an unauthenticated read either worked or was refused), only declared, or not
// known at all. Shown in colour and line style, and always with a word.
enum class Protection { VerifiedEncrypted, VerifiedCleartext, Declared, Unknown };

enum class NodeKind { Device, Console, Gateway, PhoneApp, Ehr, Cloud, Other };

[[nodiscard]] QString jsonName(Protection value);
[[nodiscard]] QString jsonName(NodeKind value);
[[nodiscard]] QString label(Protection value); // translated

struct FlowNode
{
    QString id; // "device:<id>", "console", "<endpoint>:<destination>"
    NodeKind kind = NodeKind::Other;
    QString label; // device name or the declared destination; empty for the console (translated when shown)
    QString deviceId; // for device nodes
    bool patientData = false; // a device carrying patient data
};

// What the console itself saw of a device's data leaving it.
struct ObservedFlow
{
    Transport transport = Transport::Unknown;
    Protection protection = Protection::Unknown; // VerifiedEncrypted, VerifiedCleartext or Unknown
    QStringList dataTypes;
    QDateTime at; // when it was observed
    QString how; // "interrogation" | "scan" | "usb"
    QString operatorName;
    QStringList openCharacteristics; // measurement characteristics read without pairing ("0x2A5F")
};

// The console's own observation of the device, if it has one worth drawing: an
// interrogation, health services in advertisements, or a USB connection.
[[nodiscard]] std::optional<ObservedFlow> observedFlow(const posture::DeviceFacts &facts);

struct FlowEdge
{
    QString from;
    QString to;
    Transport transport = Transport::Unknown;
    Protection protection = Protection::Unknown;
    QStringList dataTypes;
    bool patientData = false;
    bool observed = false; // the console saw this link itself
    qint64 declarationId = 0; // the declaration it comes from; 0 for an observed link
    bool contradicted = false; // a declaration the observation disproves
};

// A declaration an observation disproves: a finding (posture check
// "flows.declaration-contradicted").
struct Contradiction
{
    enum class Kind { DeclaredEncryptedObservedCleartext, DeclaredNoPatientDataObservedHealthData };
    Kind kind;
    QString deviceId;
    FlowDeclaration declaration;
    ObservedFlow observation;
};

// Declarations that disagree with what the console observed for this device.
[[nodiscard]] QList<Contradiction> contradictions(const posture::DeviceFacts &facts,
                                                  const QList<FlowDeclaration> &applying);

// Nodes and edges for a set of devices and the declarations that apply to them.
class FlowGraph
{
public:
    // DECLARATIONS may hold any declarations; each device takes the ones that
    // apply to it (its own and its model's).
    [[nodiscard]] static FlowGraph build(const QList<posture::DeviceFacts> &devices,
                                         const QList<FlowDeclaration> &declarations);

    [[nodiscard]] const QList<FlowNode> &nodes() const { return m_nodes; }
    [[nodiscard]] const QList<FlowEdge> &edges() const { return m_edges; }
    [[nodiscard]] const QList<Contradiction> &contradictions() const { return m_contradictions; }
    [[nodiscard]] const FlowNode *node(const QString &id) const;

private:
    QString addNode(FlowNode node);

    QList<FlowNode> m_nodes;
    QHash<QString, qsizetype> m_index;
    QList<FlowEdge> m_edges;
    QList<Contradiction> m_contradictions;
};

// Where each node sits: three columns (devices; the console, gateways and phone
// apps; EHR, cloud and other services), left to right. The painter mirrors it for
// right-to-left languages.
struct FlowLayout
{
    static constexpr double NodeWidth = 210;
    static constexpr double NodeHeight = 56;
    static constexpr double ColumnGap = 190;
    static constexpr double RowGap = 22;
    static constexpr double Margin = 24;

    QHash<QString, QRectF> nodes;
    QSizeF size;

    [[nodiscard]] static FlowLayout compute(const FlowGraph &graph);
    [[nodiscard]] static int column(NodeKind kind);
};

} // namespace pasban::flows
