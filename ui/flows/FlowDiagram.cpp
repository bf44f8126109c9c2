#include "FlowDiagram.h"

#include "FlowDiagramPainter.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace pasban::ui {

using report::FlowDiagramPainter;

FlowDiagramView::FlowDiagramView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"flowDiagram"_s);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
}

void FlowDiagramView::setGraph(flows::FlowGraph graph)
{
    m_graph = std::move(graph);
    updateGeometry();
    resize(sizeHint());
    update();
}

void FlowDiagramView::setHighlightedNode(const QString &id)
{
    m_highlighted = id;
    update();
}

QSize FlowDiagramView::sizeHint() const
{
    return FlowDiagramPainter(m_graph, layoutDirection()).size().toSize();
}

void FlowDiagramView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    FlowDiagramPainter(m_graph, layoutDirection()).paint(painter, m_highlighted);
}

void FlowDiagramView::mousePressEvent(QMouseEvent *event)
{
    const flows::FlowLayout layout = flows::FlowLayout::compute(m_graph);
    const double width = FlowDiagramPainter(m_graph, layoutDirection()).size().width();
    for (const flows::FlowNode &node : m_graph.nodes()) {
        QRectF rect = layout.nodes.value(node.id);
        if (layoutDirection() == Qt::RightToLeft)
            rect.moveLeft(width - rect.right());
        if (node.kind == flows::NodeKind::Device && rect.contains(event->position())) {
            Q_EMIT deviceClicked(node.deviceId);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void FlowDiagramView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace pasban::ui
