#pragma once

#include <topologynode.h>

#include <QGraphicsItem>

class TopologyEdgeItem;

// A node of the network picture. Its texts come translated from the view; it
// only paints them, in fixed colours so that a saved picture matches the screen.
class TopologyNodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 71 };

    explicit TopologyNodeItem(const TopologyNode &node);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const TopologyNode &node() const { return m_node; }
    QString key() const { return m_node.key; }
    void setNode(const TopologyNode &node);
    void setTexts(const QString &title, const QString &detail, const QString &badge);
    QString title() const { return m_title; }
    QString detail() const { return m_detail; }
    QString badge() const { return m_badge; }

    // The host is a box around its containers; it grows, it never moves.
    void setBox(const QRectF &box);
    // Where edges start and end, in scene coordinates.
    QPointF anchor() const;
    void setDropTarget(bool on);

    void addEdge(TopologyEdgeItem *edge);
    void removeEdge(TopologyEdgeItem *edge);
    const QList<TopologyEdgeItem *> &edges() const { return m_edges; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    TopologyNode m_node;
    QRectF m_rect;
    QString m_title, m_detail, m_badge;
    bool m_dropTarget = false;
    QList<TopologyEdgeItem *> m_edges;
};
