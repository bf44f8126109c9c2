#pragma once

#include "common/Result.h"
#include "flows/FlowGraph.h"

#include <QWidget>

class QPainter;

namespace pasban::ui {

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

// The diagram in a widget (inside a scroll area); a click on a device selects it.
class FlowDiagramView : public QWidget
{
    Q_OBJECT
public:
    explicit FlowDiagramView(QWidget *parent = nullptr);

    void setGraph(flows::FlowGraph graph);
    [[nodiscard]] const flows::FlowGraph &graph() const { return m_graph; }
    void setHighlightedNode(const QString &id);
    [[nodiscard]] QSize sizeHint() const override;

Q_SIGNALS:
    void deviceClicked(const QString &deviceId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    flows::FlowGraph m_graph;
    QString m_highlighted;
};

} // namespace pasban::ui
