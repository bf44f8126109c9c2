#include "FlowDiagramPainter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>
#include <QSvgGenerator>

using namespace Qt::Literals::StringLiterals;

namespace pasban::report {

namespace {

QString nodeCaption(flows::NodeKind kind)
{
    switch (kind) {
    case flows::NodeKind::Device:
        return QCoreApplication::translate("pasban::report::FlowDiagram", "Device");
    case flows::NodeKind::Console:
        return QCoreApplication::translate("pasban::report::FlowDiagram", "Pasban");
    case flows::NodeKind::Gateway:
        return flows::label(flows::Endpoint::Gateway);
    case flows::NodeKind::PhoneApp:
        return flows::label(flows::Endpoint::PhoneApp);
    case flows::NodeKind::Ehr:
        return flows::label(flows::Endpoint::Ehr);
    case flows::NodeKind::Cloud:
        return flows::label(flows::Endpoint::Cloud);
    case flows::NodeKind::Other:
        break;
    }
    return flows::label(flows::Endpoint::Other);
}

QString edgeText(const flows::FlowEdge &edge)
{
    QStringList types;
    for (const QString &type : edge.dataTypes)
        types.append(flows::dataTypeLabel(type));
    QString text = types.isEmpty() ? QString() : types.join(u", "_s) + u" · "_s;
    text += flows::label(edge.transport) + u" · "_s + flows::label(edge.protection);
    if (edge.contradicted)
        text = QCoreApplication::translate("pasban::report::FlowDiagram", "Contradicts its declaration!") + u' ' + text;
    return text;
}

Error exportFailed(const QString &path, const QString &reason)
{
    return Error(u"flows.export_failed"_s,
                 QT_TRANSLATE_NOOP("pasban::Error", "The diagram could not be written to %1: %2"),
                 {QDir::toNativeSeparators(path), reason});
}

} // namespace

FlowDiagramPainter::FlowDiagramPainter(const flows::FlowGraph &graph, Qt::LayoutDirection direction)
    : m_graph(graph)
    , m_layout(flows::FlowLayout::compute(graph))
    , m_direction(direction)
{
}

QSizeF FlowDiagramPainter::size() const
{
    return {std::max(m_layout.size.width(), 760.0), m_layout.size.height() + LegendHeight};
}

QColor FlowDiagramPainter::colour(flows::Protection protection)
{
    switch (protection) {
    case flows::Protection::VerifiedEncrypted:
        return QColor(0x1b, 0x7f, 0x3b); // green
    case flows::Protection::VerifiedCleartext:
        return QColor(0xc6, 0x28, 0x28); // red
    case flows::Protection::Declared:
        return QColor(0x15, 0x65, 0xc0); // blue
    case flows::Protection::Unknown:
        break;
    }
    return QColor(0x75, 0x75, 0x75); // grey
}

Qt::PenStyle FlowDiagramPainter::lineStyle(flows::Protection protection)
{
    switch (protection) {
    case flows::Protection::VerifiedEncrypted:
    case flows::Protection::VerifiedCleartext:
        return Qt::SolidLine;
    case flows::Protection::Declared:
        return Qt::DashLine;
    case flows::Protection::Unknown:
        break;
    }
    return Qt::DotLine;
}

QRectF FlowDiagramPainter::placed(const QString &nodeId) const
{
    const QRectF rect = m_layout.nodes.value(nodeId);
    if (m_direction == Qt::RightToLeft)
        return QRectF(size().width() - rect.right(), rect.top(), rect.width(), rect.height());
    return rect;
}

void FlowDiagramPainter::paint(QPainter &painter, const QString &highlightedNode) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QHash<QString, int> perTarget;
    for (const flows::FlowEdge &edge : m_graph.edges())
        paintEdge(painter, edge, perTarget[edge.from]++);
    for (const flows::FlowNode &node : m_graph.nodes())
        paintNode(painter, node, node.id == highlightedNode);
    paintLegend(painter);
    painter.restore();
}

void FlowDiagramPainter::paintEdge(QPainter &painter, const flows::FlowEdge &edge, int sameTargetIndex) const
{
    const QRectF from = placed(edge.from);
    const QRectF to = placed(edge.to);
    const bool rtl = m_direction == Qt::RightToLeft;
    const QPointF start(rtl ? from.left() : from.right(), from.center().y());
    const QPointF end(rtl ? to.right() : to.left(), to.center().y());
    const double bend = (end.x() - start.x()) / 2;
    QPainterPath path(start);
    path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end);

    QPen pen(colour(edge.protection), edge.protection == flows::Protection::VerifiedCleartext ? 3.0 : 2.2);
    pen.setStyle(lineStyle(edge.protection));
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    // Arrowhead at the destination.
    const double direction = end.x() >= start.x() ? 1 : -1;
    QPolygonF head;
    head << end << end - QPointF(direction * 10, 5) << end - QPointF(direction * 10, -5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour(edge.protection));
    painter.drawPolygon(head);

    // The label sits on the curve near its device (links converge on the console),
    // staggered when several links leave one node.
    QFont font = painter.font();
    font.setPointSizeF(8);
    painter.setFont(font);
    const QString text = edgeText(edge);
    const QFontMetricsF metrics(font);
    const double width = std::min(metrics.horizontalAdvance(text) + 8, flows::FlowLayout::ColumnGap + 150);
    const QPointF anchor = path.pointAtPercent(0.3) + QPointF(0, sameTargetIndex % 2 == 0 ? -10 : 10);
    const QRectF box(anchor.x() - width / 2, anchor.y() - metrics.height() / 2 - 1, width, metrics.height() + 2);
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.setPen(QPen(colour(edge.protection), 0.8));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(colour(edge.protection).darker(130));
    painter.drawText(box, Qt::AlignCenter | Qt::TextSingleLine,
                     metrics.elidedText(text, rtl ? Qt::ElideLeft : Qt::ElideRight, box.width() - 6));
}

void FlowDiagramPainter::paintNode(QPainter &painter, const flows::FlowNode &node, bool highlighted) const
{
    const QRectF rect = placed(node.id);
    QColor fill = node.kind == flows::NodeKind::Device ? QColor(0xf3, 0xf6, 0xfa) : QColor(0xee, 0xee, 0xee);
    if (node.kind == flows::NodeKind::Console)
        fill = QColor(0xe3, 0xf2, 0xfd);
    painter.setBrush(fill);
    painter.setPen(QPen(highlighted ? QColor(0x0d, 0x47, 0xa1) : QColor(0x61, 0x61, 0x61), highlighted ? 2.5 : 1));
    painter.drawRoundedRect(rect, 6, 6);

    const QRectF inner = rect.adjusted(8, 4, -8, -4);
    QFont caption = painter.font();
    caption.setPointSizeF(7.5);
    painter.setFont(caption);
    painter.setPen(QColor(0x42, 0x42, 0x42));
    QString kind = nodeCaption(node.kind);
    if (node.kind == flows::NodeKind::Device && node.patientData)
        kind += u" · "_s + QCoreApplication::translate("pasban::report::FlowDiagram", "patient data");
    const Qt::Alignment align = Qt::AlignTop | (m_direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    painter.drawText(inner, align | Qt::TextSingleLine, kind);

    QFont title = painter.font();
    title.setPointSizeF(9.5);
    title.setBold(true);
    painter.setFont(title);
    painter.setPen(Qt::black);
    const QString text = node.kind == flows::NodeKind::Console
        ? QCoreApplication::translate("pasban::report::FlowDiagram", "This console")
        : node.label;
    const QFontMetricsF metrics(title);
    const Qt::Alignment bottom = Qt::AlignBottom | (m_direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    painter.drawText(inner, bottom | Qt::TextSingleLine, metrics.elidedText(text, Qt::ElideMiddle, inner.width()));
}

void FlowDiagramPainter::paintLegend(QPainter &painter) const
{
    const double top = m_layout.size.height() + 8;
    QFont font = painter.font();
    font.setPointSizeF(8.5);
    font.setBold(false);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const bool rtl = m_direction == Qt::RightToLeft;
    const double width = size().width();
    double x = flows::FlowLayout::Margin;
    for (const flows::Protection protection :
         {flows::Protection::VerifiedEncrypted, flows::Protection::VerifiedCleartext, flows::Protection::Declared,
          flows::Protection::Unknown}) {
        const QString text = flows::label(protection);
        const double itemWidth = 44 + metrics.horizontalAdvance(text) + 24;
        const double left = rtl ? width - x - itemWidth : x;
        QPen pen(colour(protection), protection == flows::Protection::VerifiedCleartext ? 3.0 : 2.2);
        pen.setStyle(lineStyle(protection));
        painter.setPen(pen);
        const double lineStart = rtl ? left + itemWidth - 40 : left;
        painter.drawLine(QPointF(lineStart, top + 10), QPointF(lineStart + 36, top + 10));
        painter.setPen(Qt::black);
        const QRectF textBox(rtl ? left : left + 44, top, itemWidth - 44, 20);
        painter.drawText(textBox, Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft), text);
        x += itemWidth;
    }
    painter.setPen(QColor(0x42, 0x42, 0x42));
    const QRectF note(flows::FlowLayout::Margin, top + 24, width - 2 * flows::FlowLayout::Margin, 30);
    painter.drawText(note, Qt::TextWordWrap | (rtl ? Qt::AlignRight : Qt::AlignLeft),
                     QCoreApplication::translate("pasban::report::FlowDiagram",
                                                 "Verified: observed by this console in an interrogation without "
                                                 "pairing. Declared: stated by an engineer (MDS2, vendor document, "
                                                 "site survey), not observed."));
}

Status FlowDiagramPainter::exportSvg(const QString &path, const QString &title) const
{
    // QSvgGenerator writes straight to the device: into a QSaveFile, so a failed
    // export never leaves half a file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return exportFailed(path, file.errorString());
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size()));
    generator.setTitle(title);
    generator.setDescription(
        QCoreApplication::translate("pasban::report::FlowDiagram", "Patient-data flows drawn by Pasban"));
    QPainter painter;
    if (!painter.begin(&generator))
        return exportFailed(path, QCoreApplication::translate("pasban::report::FlowDiagram", "SVG output failed"));
    painter.fillRect(QRectF(QPointF(0, 0), size()), Qt::white);
    paint(painter);
    painter.end();
    if (!file.commit())
        return exportFailed(path, file.errorString());
    return {};
}

Status FlowDiagramPainter::exportPng(const QString &path) const
{
    constexpr double Scale = 2.0;
    QImage image((size() * Scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.scale(Scale, Scale);
        paint(painter);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return exportFailed(path, file.errorString());
    if (!image.save(&file, "PNG") || !file.commit())
        return exportFailed(path, file.errorString());
    return {};
}

} // namespace pasban::report
