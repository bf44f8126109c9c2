#pragma once

#include "common/Result.h"
#include "flows/FlowGraph.h"

#include <QColor>

class QPainter;

namespace pasban::report {

// Paints a flow graph: nodes as labelled boxes, links as curves whose colour AND
// line style say how well the data is protected (never colour alone), with the
// data types and transport written on each link and a legend underneath.
// Right-to-left languages get the mirrored picture (devices on the right).
class FlowDiagramPainter
{
public:
    static constexpr double LegendHeight = 64;

    FlowDiagramPainter(const flows::FlowGraph &graph, Qt::LayoutDirection direction);

    [[nodiscard]] QSizeF size() const; // the diagram and its legend, in points
    void paint(QPainter &painter, const QString &highlightedNode = {}) const;

    // Writes the picture as SVG or PNG (twice the size, for print); both in the
    // current language. Errors carry a translated reason.
    [[nodiscard]] Status exportSvg(const QString &path, const QString &title) const;
    [[nodiscard]] Status exportPng(const QString &path) const;

    [[nodiscard]] static QColor colour(flows::Protection protection);
    [[nodiscard]] static Qt::PenStyle lineStyle(flows::Protection protection);

private:
    [[nodiscard]] QRectF placed(const QString &nodeId) const;
    void paintEdge(QPainter &painter, const flows::FlowEdge &edge, int sameTargetIndex) const;
    void paintNode(QPainter &painter, const flows::FlowNode &node, bool highlighted) const;
    void paintLegend(QPainter &painter) const;

    const flows::FlowGraph &m_graph;
    flows::FlowLayout m_layout;
    Qt::LayoutDirection m_direction;
};

} // namespace pasban::report
