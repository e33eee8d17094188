#pragma once

#include <topologyedge.h>

#include <QGraphicsItem>

class TopologyNodeItem;

// A link of the network picture, drawn between the centres of its two nodes
// (which sit above it). The label sits near the container's end, so that the
// labels of a busy network do not pile up on its hub; it is left out when
// zoomed far out, where it could not be read.
class TopologyEdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 72 };

    TopologyEdgeItem(const TopologyEdge &edge, TopologyNodeItem *from, TopologyNodeItem *to);
    ~TopologyEdgeItem() override;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const TopologyEdge &edge() const { return m_edge; }
    QString key() const { return m_edge.key; }
    QString label() const { return m_edge.label; }
    void setEdge(const TopologyEdge &edge);
    // Parallel edges (several ports of one container) stack their labels.
    void setLabelRow(int row);
    TopologyNodeItem *fromItem() const { return m_from; }
    TopologyNodeItem *toItem() const { return m_to; }
    void detach(); // the nodes forget this edge
    // The ends moved: recompute the line.
    void adjust();
    void setHighlighted(bool on);

private:
    QPointF labelPos() const;

    TopologyEdge m_edge;
    TopologyNodeItem *m_from;
    TopologyNodeItem *m_to;
    QLineF m_line;
    QRectF m_labelRect; // in item coordinates
    int m_labelRow = 0;
    bool m_highlighted = false;
};
