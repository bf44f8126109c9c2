#pragma once

#include "flows/FlowGraph.h"

#include <QWidget>

namespace pasban::ui {

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
