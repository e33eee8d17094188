#pragma once

#include "topologylayout.h"

#include <topologyedge.h>
#include <topologynode.h>

#include <QGraphicsView>
#include <QHash>

class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class TopologyEdgeItem;
class TopologyModel;
class TopologyNodeItem;

// The live network picture: the host, the networks as hubs, the containers
// around them, drawn from a TopologyModel and changed one item at a time as
// it signals. A node keeps its place once drawn; a connect or disconnect only
// adds or removes a line.
//
// Mouse: the wheel zooms, dragging the background pans, dragging a container
// onto a network asks to connect them. Keyboard: Tab and the arrows move from
// node to node, Ctrl+Plus/Minus zoom, Ctrl+0 fits.
class TopologyView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit TopologyView(TopologyModel *model, QWidget *parent = nullptr);
    ~TopologyView() override;

    TopologyModel *model() const { return m_model; }
    TopologyNodeItem *nodeItem(const QString &key) const { return m_nodes.value(key); }
    TopologyEdgeItem *edgeItem(const QString &key) const { return m_edges.value(key); }
    int nodeItemCount() const { return int(m_nodes.size()); }
    int edgeItemCount() const { return int(m_edges.size()); }
    QString currentKey() const;
    // What a screen reader says for a node.
    QString describe(const QString &key) const;

    // The picture as a file; false with *error set when it could not be written.
    bool savePng(const QString &fileName, QString *error) const;
    bool saveSvg(const QString &fileName, QString *error) const;
    QImage picture(qreal scale = 1.0) const;

public slots:
    void zoomIn();
    void zoomOut();
    void fitAll();
    // From the lists: select without echoing a signal back.
    void selectContainer(const QString &containerId);
    void selectNetwork(const QString &networkId);
    void selectKey(const QString &key);

signals:
    void containerSelected(const QString &containerId);
    void networkSelected(const QString &networkId);
    // A container was dropped on a network.
    void connectRequested(const QString &containerId, const QString &networkId);
    void zoomChanged(qreal scale);

protected:
    bool event(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void addNode(const TopologyNode &node);
    void changeNode(const TopologyNode &node);
    void removeNode(const QString &key);
    void addEdge(const TopologyEdge &edge);
    void changeEdge(const TopologyEdge &edge);
    void removeEdge(const QString &key);

    QPointF place(const TopologyNode &node);
    void updateColumns();
    void retranslate();
    void updateTexts(TopologyNodeItem *item);
    void announceIfCurrent(const QString &key);
    void scaleBy(qreal factor);
    void moveFocus(int dx, int dy);
    void setCurrent(TopologyNodeItem *item, bool announce);
    void highlightEdgesOf(TopologyNodeItem *item, bool on);
    TopologyNodeItem *nodeAt(const QPoint &viewPos) const;
    QList<TopologyNodeItem *> keyboardOrder() const;
    QRectF pictureRect() const;

    TopologyModel *m_model;
    QGraphicsScene *m_scene;
    TopologyLayout m_layout;
    QHash<QString, TopologyNodeItem *> m_nodes;
    QHash<QString, TopologyEdgeItem *> m_edges;
    QGraphicsRectItem *m_isolatedBox;
    QGraphicsSimpleTextItem *m_isolatedTitle;
    QGraphicsSimpleTextItem *m_isolatedDetail;
    QString m_currentKey;
    bool m_echo = true; // false while selecting from outside

    // Mouse gestures.
    enum class Gesture { None, Pan, Connect };
    Gesture m_gesture = Gesture::None;
    QPoint m_pressPos;
    QPoint m_lastPos;
    QString m_dragContainer;
    QGraphicsLineItem *m_dragLine = nullptr;
    TopologyNodeItem *m_dropTarget = nullptr;
};
