#include "topologynodeitem.h"

#include "topologyedgeitem.h"
#include "topologylayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {
struct Palette
{
    QColor fill;
    QColor border;
};

Palette paletteOf(const TopologyNode &n)
{
    switch (n.kind) {
    case TopologyNode::Kind::Host: return {QColor(0xfd, 0xf6, 0xe3), QColor(0xb5, 0x89, 0x00)};
    case TopologyNode::Kind::Network:
        return n.defaultBridge ? Palette{QColor(0xe3, 0xe8, 0xf0), QColor(0x4a, 0x5a, 0x78)}
                               : Palette{QColor(0xd6, 0xe6, 0xfa), QColor(0x1f, 0x6f, 0xc5)};
    case TopologyNode::Kind::Container: break;
    }
    if (n.placement == TopologyNode::Placement::Isolated || n.placement == TopologyNode::Placement::NoNetwork)
        return {QColor(0xfb, 0xe9, 0xe7), QColor(0xb0, 0x30, 0x20)};
    if (n.state == QLatin1String("running"))
        return {QColor(0xe3, 0xf4, 0xe1), QColor(0x2e, 0x7d, 0x32)};
    if (n.state == QLatin1String("paused"))
        return {QColor(0xff, 0xf4, 0xd0), QColor(0xa0, 0x80, 0x10)};
    return {QColor(0xf1, 0xf1, 0xf1), QColor(0x75, 0x75, 0x75)};
}

QRectF rectFor(const TopologyNode &n)
{
    if (n.kind == TopologyNode::Kind::Network)
        return {-(TopologyLayout::NodeWidth + 10) / 2, -24, TopologyLayout::NodeWidth + 10, 48};
    return {-TopologyLayout::NodeWidth / 2, -TopologyLayout::NodeHeight / 2, TopologyLayout::NodeWidth,
            TopologyLayout::NodeHeight};
}
} // namespace

TopologyNodeItem::TopologyNodeItem(const TopologyNode &node)
    : m_node(node)
    , m_rect(rectFor(node))
{
    setFlags(ItemIsSelectable | ItemIsFocusable | ItemSendsGeometryChanges);
    setZValue(node.kind == TopologyNode::Kind::Host ? -10 : 10);
    setAcceptHoverEvents(false);
}

QRectF TopologyNodeItem::boundingRect() const
{
    return m_rect.adjusted(-4, -4, 4, 4);
}

QPainterPath TopologyNodeItem::shape() const
{
    QPainterPath p;
    p.addRect(m_rect);
    return p;
}

void TopologyNodeItem::setNode(const TopologyNode &node)
{
    m_node = node;
    if (node.kind != TopologyNode::Kind::Host) {
        prepareGeometryChange();
        m_rect = rectFor(node);
    }
    update();
}

void TopologyNodeItem::setTexts(const QString &title, const QString &detail, const QString &badge)
{
    m_title = title;
    m_detail = detail;
    m_badge = badge;
    update();
}

void TopologyNodeItem::setBox(const QRectF &box)
{
    prepareGeometryChange();
    setPos(box.topLeft());
    m_rect = QRectF(QPointF(0, 0), box.size());
    for (TopologyEdgeItem *e : std::as_const(m_edges))
        e->adjust();
}

QPointF TopologyNodeItem::anchor() const
{
    // The host's ports leave from its right side, level with its title.
    if (m_node.kind == TopologyNode::Kind::Host)
        return scenePos() + QPointF(m_rect.right(), 30);
    return scenePos();
}

void TopologyNodeItem::setDropTarget(bool on)
{
    if (m_dropTarget == on)
        return;
    m_dropTarget = on;
    update();
}

void TopologyNodeItem::addEdge(TopologyEdgeItem *edge)
{
    m_edges.append(edge);
}

void TopologyNodeItem::removeEdge(TopologyEdgeItem *edge)
{
    m_edges.removeAll(edge);
}

QVariant TopologyNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        for (TopologyEdgeItem *e : std::as_const(m_edges))
            e->adjust();
    return QGraphicsItem::itemChange(change, value);
}

void TopologyNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Palette pal = paletteOf(m_node);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool isolated = m_node.placement == TopologyNode::Placement::Isolated
                          || m_node.placement == TopologyNode::Placement::NoNetwork;
    QPen pen(pal.border, m_node.kind == TopologyNode::Kind::Network ? 2.0 : 1.3);
    if ((m_node.kind == TopologyNode::Kind::Container && isolated) || m_node.internal)
        pen.setStyle(Qt::DashLine);
    if (isSelected()) {
        pen.setColor(QColor(0xe6, 0x5c, 0x00));
        pen.setWidthF(3.2);
        pen.setStyle(Qt::SolidLine);
    }
    if (m_dropTarget) {
        pen.setColor(QColor(0x00, 0x8a, 0xd8));
        pen.setWidthF(4);
        pen.setStyle(Qt::SolidLine);
    }
    painter->setPen(pen);
    painter->setBrush(pal.fill);
    const qreal radius = m_node.kind == TopologyNode::Kind::Network ? 16 : 6;
    painter->drawRoundedRect(m_rect, radius, radius);
    if (hasFocus()) {
        painter->setPen(QPen(Qt::black, 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_rect.adjusted(-3, -3, 3, 3), radius, radius);
    }
    if (lod < 0.28)
        return; // too small to read: the shapes alone

    QFont bold = painter->font();
    bold.setBold(true);
    if (m_node.kind == TopologyNode::Kind::Network)
        bold.setPointSizeF(bold.pointSizeF() * 1.05);
    QFont small = painter->font();
    small.setPointSizeF(small.pointSizeF() * 0.82);

    const bool host = m_node.kind == TopologyNode::Kind::Host;
    const QRectF text = host ? QRectF(m_rect.left() + 8, m_rect.top() + 6, m_rect.width() - 16, 56)
                             : m_rect.adjusted(7, 3, -7, -3);
    const qreal titleHeight = QFontMetricsF(bold).height();
    painter->setPen(Qt::black);
    painter->setFont(bold);
    QString title = QFontMetricsF(bold).elidedText(m_title, Qt::ElideRight, text.width());
    painter->drawText(QRectF(text.left(), text.top(), text.width(), titleHeight),
                      host ? Qt::AlignLeft | Qt::AlignTop : Qt::AlignHCenter | Qt::AlignTop, title);
    painter->setFont(small);
    painter->setPen(QColor(0x33, 0x33, 0x33));
    const QString detail = m_badge.isEmpty() ? m_detail : m_badge;
    if (host) {
        // The host has room: its detail wraps under the title.
        painter->drawText(QRectF(text.left(), text.top() + titleHeight + 2, text.width(), 40),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_detail);
        return;
    }
    if (!m_badge.isEmpty())
        painter->setPen(pal.border.darker(120));
    painter->drawText(QRectF(text.left(), text.top() + titleHeight, text.width(),
                             text.height() - titleHeight),
                      Qt::AlignHCenter | Qt::AlignTop,
                      QFontMetricsF(small).elidedText(detail, Qt::ElideMiddle, text.width()));
}
