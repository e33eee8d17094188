#include "topologyedgeitem.h"

#include "topologynodeitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {
QFont labelFont()
{
    QFont f;
    f.setPointSizeF(f.pointSizeF() * 0.78);
    return f;
}

QColor colourOf(const TopologyEdge &e)
{
    return e.kind == TopologyEdge::Kind::PublishedPort ? QColor(0xc2, 0x5b, 0x00) : QColor(0x4a, 0x6f, 0xa5);
}
} // namespace

TopologyEdgeItem::TopologyEdgeItem(const TopologyEdge &edge, TopologyNodeItem *from, TopologyNodeItem *to)
    : m_edge(edge)
    , m_from(from)
    , m_to(to)
{
    setZValue(0);
    m_from->addEdge(this);
    m_to->addEdge(this);
    adjust();
}

TopologyEdgeItem::~TopologyEdgeItem()
{
    detach();
}

void TopologyEdgeItem::detach()
{
    if (m_from)
        m_from->removeEdge(this);
    if (m_to)
        m_to->removeEdge(this);
    m_from = m_to = nullptr;
}

void TopologyEdgeItem::setEdge(const TopologyEdge &edge)
{
    m_edge = edge;
    adjust();
}

void TopologyEdgeItem::setLabelRow(int row)
{
    m_labelRow = row;
    adjust();
}

void TopologyEdgeItem::setHighlighted(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    setZValue(on ? 5 : 0);
    update();
}

QPointF TopologyEdgeItem::labelPos() const
{
    // Near the container's end: an attachment starts there, a port ends there.
    const qreal t = m_edge.kind == TopologyEdge::Kind::Attachment ? 0.3 : 0.8;
    return m_line.pointAt(t) + QPointF(0, m_labelRow * (QFontMetricsF(labelFont()).height() + 1));
}

void TopologyEdgeItem::adjust()
{
    if (!m_from || !m_to)
        return;
    prepareGeometryChange();
    m_line = QLineF(m_from->anchor(), m_to->anchor());
    if (m_edge.label.isEmpty()) {
        m_labelRect = QRectF();
    } else {
        const QFontMetricsF fm(labelFont());
        const QSizeF size(fm.horizontalAdvance(m_edge.label) + 6, fm.height() + 2);
        m_labelRect = QRectF(labelPos() - QPointF(size.width() / 2, size.height() / 2), size);
    }
}

QRectF TopologyEdgeItem::boundingRect() const
{
    QRectF r = QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-4, -4, 4, 4);
    return m_labelRect.isNull() ? r : r.united(m_labelRect.adjusted(-1, -1, 1, 1));
}

void TopologyEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QColor colour = m_highlighted ? QColor(0xe6, 0x5c, 0x00) : colourOf(m_edge);
    QPen pen(colour, m_highlighted ? 2.6 : 1.4);
    if (m_edge.kind == TopologyEdge::Kind::PublishedPort)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->drawLine(m_line);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (m_labelRect.isNull() || lod < 0.55)
        return; // unreadable this far out; zoom in to read addresses
    painter->setPen(QPen(colour, 0.8));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(m_labelRect, 3, 3);
    painter->setFont(labelFont());
    painter->setPen(colour.darker(140));
    painter->drawText(m_labelRect, Qt::AlignCenter, m_edge.label);
}
