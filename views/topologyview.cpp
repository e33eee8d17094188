#include "topologyview.h"

#include "topologyedgeitem.h"
#include "topologynodeitem.h"

#include <containermodel.h>
#include <topologymodel.h>

#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHelpEvent>
#include <QImage>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSvgGenerator>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {
constexpr qreal Margin = 30;
constexpr qreal MinScale = 0.05;
constexpr qreal MaxScale = 4.0;

bool isContainer(const TopologyNodeItem *item)
{
    return item && item->node().kind == TopologyNode::Kind::Container;
}
bool isNetwork(const TopologyNodeItem *item)
{
    return item && item->node().kind == TopologyNode::Kind::Network;
}
bool apart(const TopologyNode &n)
{
    return n.placement == TopologyNode::Placement::Isolated || n.placement == TopologyNode::Placement::NoNetwork;
}
} // namespace

TopologyView::TopologyView(TopologyModel *model, QWidget *parent)
    : QGraphicsView(parent)
    , m_model(model)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("topologyView"));
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setDragMode(QGraphicsView::NoDrag);
    // Fixed colours, so that the saved picture matches the screen in any theme.
    m_scene->setBackgroundBrush(Qt::white);
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);

    m_isolatedBox = m_scene->addRect(m_layout.isolatedRect(), QPen(QColor(0xb0, 0x30, 0x20), 1.2, Qt::DashLine),
                                     QColor(0xfd, 0xf3, 0xf2));
    m_isolatedBox->setZValue(-10);
    QFont bold = font();
    bold.setBold(true);
    m_isolatedTitle = m_scene->addSimpleText(QString(), bold);
    m_isolatedDetail = m_scene->addSimpleText(QString());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.82);
    m_isolatedDetail->setFont(small);
    m_isolatedTitle->setBrush(QColor(0x70, 0x1a, 0x10));
    m_isolatedDetail->setBrush(QColor(0x50, 0x30, 0x30));
    for (QGraphicsItem *i : {static_cast<QGraphicsItem *>(m_isolatedTitle), static_cast<QGraphicsItem *>(m_isolatedDetail)})
        i->setZValue(-9);

    retranslate();
    const QList<TopologyNode> nodes = m_model->nodes();
    for (const TopologyNode &n : nodes)
        addNode(n);
    const QList<TopologyEdge> edges = m_model->edges();
    for (const TopologyEdge &e : edges)
        addEdge(e);
    connect(m_model, &TopologyModel::nodeAdded, this, &TopologyView::addNode);
    connect(m_model, &TopologyModel::nodeChanged, this, &TopologyView::changeNode);
    connect(m_model, &TopologyModel::nodeRemoved, this, &TopologyView::removeNode);
    connect(m_model, &TopologyModel::edgeAdded, this, &TopologyView::addEdge);
    connect(m_model, &TopologyModel::edgeChanged, this, &TopologyView::changeEdge);
    connect(m_model, &TopologyModel::edgeRemoved, this, &TopologyView::removeEdge);
}

TopologyView::~TopologyView()
{
    // Edges first: they tell their nodes they go, and the scene's own clean-up
    // deletes in no particular order.
    qDeleteAll(m_edges);
    m_edges.clear();
}

QString TopologyView::currentKey() const
{
    return m_currentKey;
}

// ---- the graph, item by item ----

QPointF TopologyView::place(const TopologyNode &n)
{
    switch (n.kind) {
    case TopologyNode::Kind::Host: return {};
    case TopologyNode::Kind::Network: return m_layout.placeHub(n.key);
    case TopologyNode::Kind::Container: break;
    }
    switch (n.placement) {
    case TopologyNode::Placement::InHost: return m_layout.placeInHost(n.key);
    case TopologyNode::Placement::Isolated:
    case TopologyNode::Placement::NoNetwork: return m_layout.placeIsolated(n.key);
    case TopologyNode::Placement::OnNetworks: break;
    }
    return m_layout.placeNear(n.key, n.networks.value(0));
}

void TopologyView::addNode(const TopologyNode &node)
{
    if (m_nodes.contains(node.key)) {
        changeNode(node);
        return;
    }
    auto *item = new TopologyNodeItem(node);
    updateTexts(item);
    if (node.kind == TopologyNode::Kind::Host)
        item->setBox(m_layout.hostRect());
    else
        item->setPos(place(node));
    m_scene->addItem(item);
    m_nodes.insert(node.key, item);
    if (node.kind == TopologyNode::Kind::Container && node.placement != TopologyNode::Placement::OnNetworks)
        updateColumns();
    setSceneRect(sceneRect().united(item->sceneBoundingRect().adjusted(-Margin, -Margin, Margin, Margin)));
}

void TopologyView::changeNode(const TopologyNode &node)
{
    TopologyNodeItem *item = m_nodes.value(node.key);
    if (!item)
        return addNode(node);
    const TopologyNode before = item->node();
    item->setNode(node);
    updateTexts(item);
    // Only a change of area moves a node (onto «none», «host», or back); a
    // connect or a disconnect leaves it where it is.
    const bool moved = node.kind == TopologyNode::Kind::Container
                       && (before.placement != node.placement
                           && !(apart(before) && apart(node)));
    if (moved) {
        item->setPos(place(node));
        updateColumns();
        setSceneRect(sceneRect().united(item->sceneBoundingRect().adjusted(-Margin, -Margin, Margin, Margin)));
    }
    announceIfCurrent(node.key);
}

void TopologyView::removeNode(const QString &key)
{
    TopologyNodeItem *item = m_nodes.take(key);
    if (!item)
        return;
    if (m_dropTarget == item)
        m_dropTarget = nullptr;
    if (m_dragContainer == key && m_gesture == Gesture::Connect)
        m_gesture = Gesture::None;
    const QList<TopologyEdgeItem *> edges = item->edges();
    for (TopologyEdgeItem *e : edges)
        removeEdge(e->key());
    m_layout.release(key);
    if (m_currentKey == key)
        m_currentKey.clear();
    delete item;
}

void TopologyView::addEdge(const TopologyEdge &edge)
{
    TopologyNodeItem *from = m_nodes.value(edge.from);
    TopologyNodeItem *to = m_nodes.value(edge.to);
    if (!from || !to || m_edges.contains(edge.key))
        return;
    auto *item = new TopologyEdgeItem(edge, from, to);
    if (edge.kind == TopologyEdge::Kind::PublishedPort) {
        int row = 0;
        for (const TopologyEdgeItem *e : to->edges())
            if (e != item && e->edge().kind == TopologyEdge::Kind::PublishedPort)
                ++row;
        item->setLabelRow(row);
    }
    item->setHighlighted(m_currentKey == edge.from || m_currentKey == edge.to);
    m_scene->addItem(item);
    m_edges.insert(edge.key, item);
    announceIfCurrent(edge.from);
    announceIfCurrent(edge.to);
}

void TopologyView::changeEdge(const TopologyEdge &edge)
{
    if (TopologyEdgeItem *item = m_edges.value(edge.key)) {
        item->setEdge(edge);
        announceIfCurrent(edge.from);
        announceIfCurrent(edge.to);
    }
}

void TopologyView::removeEdge(const QString &key)
{
    TopologyEdgeItem *item = m_edges.take(key);
    if (!item)
        return;
    const QString from = item->edge().from, to = item->edge().to;
    delete item; // detaches from its nodes
    announceIfCurrent(from);
    announceIfCurrent(to);
}

void TopologyView::updateColumns()
{
    if (TopologyNodeItem *host = m_nodes.value(TopologyModel::hostKey()))
        host->setBox(m_layout.hostRect());
    const QRectF isolated = m_layout.isolatedRect();
    m_isolatedBox->setRect(isolated);
    m_isolatedTitle->setPos(isolated.topLeft() + QPointF(8, 6));
    m_isolatedDetail->setPos(isolated.topLeft() + QPointF(8, 28));
    setSceneRect(sceneRect().united(m_layout.hostRect().united(isolated).adjusted(-Margin, -Margin, Margin, Margin)));
}

// ---- words ----

void TopologyView::retranslate()
{
    setAccessibleName(tr("Network topology"));
    m_isolatedTitle->setText(tr("Isolated"));
    m_isolatedDetail->setText(tr("--network none: loopback only,\nnothing reaches them"));
    for (TopologyNodeItem *item : std::as_const(m_nodes))
        updateTexts(item);
    updateColumns();
    announceIfCurrent(m_currentKey);
}

void TopologyView::updateTexts(TopologyNodeItem *item)
{
    const TopologyNode &n = item->node();
    switch (n.kind) {
    case TopologyNode::Kind::Host:
        item->setTexts(tr("Host (this machine)"),
                       tr("Containers on «host» share its network stack: they are drawn inside."), {});
        return;
    case TopologyNode::Kind::Network: {
        QStringList parts{n.driver};
        if (n.defaultBridge)
            parts = QStringList{tr("default", "the default bridge network")};
        if (n.internal)
            parts << tr("internal");
        if (!n.subnet.isEmpty())
            parts << n.subnet;
        item->setTexts(n.name, parts.join(QStringLiteral(" · ")), {});
        return;
    }
    case TopologyNode::Kind::Container:
        break;
    }
    QString badge;
    if (n.placement == TopologyNode::Placement::Isolated)
        badge = tr("isolated (none)");
    else if (n.placement == TopologyNode::Placement::NoNetwork)
        badge = tr("no network of its own");
    item->setTexts(n.name, n.image + QStringLiteral(" · ") + ContainerModel::stateText(n.state), badge);
}

QString TopologyView::describe(const QString &key) const
{
    const TopologyNode *n = m_model->node(key);
    if (!n)
        return {};
    const QStringList edgeKeys = m_model->edgesOf(key);
    QStringList networks, ports;
    int hosted = 0;
    for (const QString &e : edgeKeys) {
        const TopologyEdge *edge = m_model->edge(e);
        if (!edge)
            continue;
        if (edge->kind == TopologyEdge::Kind::PublishedPort) {
            ports << edge->label;
        } else if (n->kind == TopologyNode::Kind::Container) {
            const TopologyNode *net = m_model->node(edge->to);
            const QString name = net ? net->name : edge->to;
            networks << (edge->address.isEmpty() ? tr("%1 (no address while not running)").arg(name)
                                                 : tr("%1 (address %2)").arg(name, edge->address));
        } else {
            networks << edge->from;
        }
    }
    const QString list = QStringLiteral(", ");
    switch (n->kind) {
    case TopologyNode::Kind::Host: {
        for (const TopologyNode &c : m_model->nodes())
            hosted += c.kind == TopologyNode::Kind::Container && c.placement == TopologyNode::Placement::InHost;
        QString text = tr("The host, this machine.") + u' '
                       + tr("%n container(s) share its network stack (--network host).", "", hosted);
        if (!ports.isEmpty())
            text += u' ' + tr("Published ports: %1.").arg(ports.join(list));
        return text;
    }
    case TopologyNode::Kind::Network: {
        QString text = tr("Network %1, driver %2.").arg(n->name, n->driver);
        if (!n->subnet.isEmpty())
            text += u' ' + tr("Subnet %1.").arg(n->subnet);
        text += u' ' + tr("%n container(s) attached.", "", int(networks.size()));
        if (n->defaultBridge)
            text += u' ' + tr("The default bridge: its containers reach each other by IP address, not by name.");
        else if (n->driver == QLatin1String("bridge"))
            text += u' ' + tr("A user-defined network: its containers reach each other by name.");
        if (n->internal)
            text += u' ' + tr("Internal: no way out to other networks.");
        return text;
    }
    case TopologyNode::Kind::Container:
        break;
    }
    QString text = tr("Container %1, %2, image %3.").arg(n->name, ContainerModel::stateText(n->state), n->image);
    switch (n->placement) {
    case TopologyNode::Placement::InHost:
        text += u' ' + tr("Shares the host's network stack (--network host): no address of its own, published ports do not apply.");
        break;
    case TopologyNode::Placement::Isolated:
        text += u' ' + tr("Isolated (--network none): loopback only; nothing reaches it and it reaches nothing.");
        break;
    case TopologyNode::Placement::NoNetwork:
        text += u' ' + tr("Has no network of its own.");
        break;
    case TopologyNode::Placement::OnNetworks:
        text += u' ' + (networks.isEmpty() ? tr("On no network drawn here.")
                                           : tr("On %1.").arg(networks.join(list)));
        break;
    }
    if (!ports.isEmpty())
        text += u' ' + tr("Published ports: %1.").arg(ports.join(list));
    return text;
}

void TopologyView::announceIfCurrent(const QString &key)
{
    if (key.isEmpty() || key != m_currentKey)
        return;
    setAccessibleDescription(describe(key));
}

void TopologyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGraphicsView::changeEvent(event);
}

bool TopologyView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (TopologyNodeItem *item = nodeAt(help->pos()))
            QToolTip::showText(help->globalPos(), describe(item->key()), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

// ---- selection ----

void TopologyView::setCurrent(TopologyNodeItem *item, bool announce)
{
    const QString key = item ? item->key() : QString();
    if (TopologyNodeItem *old = m_nodes.value(m_currentKey); old && old != item)
        highlightEdgesOf(old, false);
    m_scene->clearSelection();
    m_currentKey = key;
    if (!item) {
        setAccessibleDescription(QString());
        return;
    }
    item->setSelected(true);
    m_scene->setFocusItem(item);
    highlightEdgesOf(item, true);
    ensureVisible(item, 40, 40);
    setAccessibleDescription(describe(key));
    if (!announce || !m_echo)
        return;
    const TopologyNode &n = item->node();
    if (n.kind == TopologyNode::Kind::Container)
        emit containerSelected(n.id);
    else if (!n.id.isEmpty())
        emit networkSelected(n.id);
}

void TopologyView::highlightEdgesOf(TopologyNodeItem *item, bool on)
{
    for (TopologyEdgeItem *e : item->edges())
        e->setHighlighted(on);
}

void TopologyView::selectKey(const QString &key)
{
    TopologyNodeItem *item = m_nodes.value(key);
    if (!item || key == m_currentKey)
        return;
    m_echo = false;
    setCurrent(item, false);
    m_echo = true;
}

void TopologyView::selectContainer(const QString &containerId)
{
    selectKey(TopologyModel::containerKey(containerId));
}

void TopologyView::selectNetwork(const QString &networkId)
{
    const TopologyNode *host = m_model->node(TopologyModel::hostKey());
    if (host && !networkId.isEmpty() && host->id == networkId)
        selectKey(TopologyModel::hostKey());
    else
        selectKey(TopologyModel::networkKey(networkId));
}

// ---- zoom ----

void TopologyView::scaleBy(qreal factor)
{
    const qreal current = transform().m11();
    const qreal target = std::clamp(current * factor, MinScale, MaxScale);
    if (qFuzzyCompare(target, current))
        return;
    scale(target / current, target / current);
    emit zoomChanged(target);
}

void TopologyView::zoomIn()
{
    const auto anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    scaleBy(1.25);
    setTransformationAnchor(anchor);
}

void TopologyView::zoomOut()
{
    const auto anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    scaleBy(1 / 1.25);
    setTransformationAnchor(anchor);
}

QRectF TopologyView::pictureRect() const
{
    QRectF r;
    for (const QGraphicsItem *item : m_scene->items())
        if (item != m_dragLine)
            r |= item->sceneBoundingRect();
    return r.adjusted(-Margin / 2, -Margin / 2, Margin / 2, Margin / 2);
}

void TopologyView::fitAll()
{
    fitInView(pictureRect(), Qt::KeepAspectRatio);
    // Never blow a small picture up past a comfortable size.
    if (transform().m11() > 1.5)
        setTransform(QTransform::fromScale(1.5, 1.5));
    if (transform().m11() < MinScale)
        setTransform(QTransform::fromScale(MinScale, MinScale));
    emit zoomChanged(transform().m11());
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    scaleBy(std::pow(1.0015, delta));
    event->accept();
}

// ---- keyboard ----

// Host, what it holds, the isolated, then each network (by name) followed by
// the containers placed around it.
QList<TopologyNodeItem *> TopologyView::keyboardOrder() const
{
    QList<TopologyNodeItem *> hosted, isolated, networks, others;
    QHash<QString, QList<TopologyNodeItem *>> around;
    for (TopologyNodeItem *item : std::as_const(m_nodes)) {
        const TopologyNode &n = item->node();
        if (n.kind == TopologyNode::Kind::Network)
            networks << item;
        else if (n.kind == TopologyNode::Kind::Container) {
            if (n.placement == TopologyNode::Placement::InHost)
                hosted << item;
            else if (apart(n))
                isolated << item;
            else if (!n.networks.isEmpty() && m_nodes.contains(n.networks.first()))
                around[n.networks.first()] << item;
            else
                others << item;
        }
    }
    auto byPlace = [](const TopologyNodeItem *a, const TopologyNodeItem *b) {
        if (!qFuzzyCompare(a->pos().y(), b->pos().y()))
            return a->pos().y() < b->pos().y();
        return a->pos().x() < b->pos().x();
    };
    auto byName = [](const TopologyNodeItem *a, const TopologyNodeItem *b) {
        return a->node().name.compare(b->node().name, Qt::CaseInsensitive) < 0;
    };
    std::sort(hosted.begin(), hosted.end(), byPlace);
    std::sort(isolated.begin(), isolated.end(), byPlace);
    std::sort(networks.begin(), networks.end(), byName);
    std::sort(others.begin(), others.end(), byName);
    QList<TopologyNodeItem *> out;
    if (TopologyNodeItem *host = m_nodes.value(TopologyModel::hostKey()))
        out << host;
    out << hosted << isolated;
    for (TopologyNodeItem *net : std::as_const(networks)) {
        out << net;
        QList<TopologyNodeItem *> members = around.value(net->key());
        std::sort(members.begin(), members.end(), byName);
        out << members;
    }
    out << others;
    return out;
}

bool TopologyView::event(QEvent *event)
{
    // Before QGraphicsView hands Tab to the scene, whose own focus chain
    // neither selects nor follows the picture's reading order.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        if (plain && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)) {
            const bool next = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
            if (focusNextPrevChild(next))
                return true;
        }
    }
    return QGraphicsView::event(event);
}

bool TopologyView::focusNextPrevChild(bool next)
{
    const QList<TopologyNodeItem *> order = keyboardOrder();
    const int at = order.indexOf(m_nodes.value(m_currentKey));
    const int to = at < 0 ? (next ? 0 : int(order.size()) - 1) : at + (next ? 1 : -1);
    // Past either end, Tab leaves the picture for the next control.
    if (to < 0 || to >= order.size())
        return QGraphicsView::focusNextPrevChild(next);
    setCurrent(order.at(to), true);
    return true;
}

void TopologyView::moveFocus(int dx, int dy)
{
    TopologyNodeItem *from = m_nodes.value(m_currentKey);
    if (!from) {
        focusNextPrevChild(true);
        return;
    }
    const QPointF origin = from->sceneBoundingRect().center();
    TopologyNodeItem *best = nullptr;
    qreal bestScore = 0;
    for (TopologyNodeItem *item : std::as_const(m_nodes)) {
        if (item == from)
            continue;
        const QPointF d = item->sceneBoundingRect().center() - origin;
        const qreal along = d.x() * dx + d.y() * dy;
        const qreal across = std::abs(d.x() * dy) + std::abs(d.y() * dx);
        // Within 60° either side of the arrow's direction.
        if (along <= 0 || across > along * 1.8)
            continue;
        const qreal score = along + 2 * across;
        if (!best || score < bestScore) {
            best = item;
            bestScore = score;
        }
    }
    if (best)
        setCurrent(best, true);
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Left: moveFocus(-1, 0); return;
    case Qt::Key_Right: moveFocus(1, 0); return;
    case Qt::Key_Up: moveFocus(0, -1); return;
    case Qt::Key_Down: moveFocus(0, 1); return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (ctrl) {
            zoomIn();
            return;
        }
        break;
    case Qt::Key_Minus:
        if (ctrl) {
            zoomOut();
            return;
        }
        break;
    case Qt::Key_0:
        if (ctrl) {
            fitAll();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_gesture == Gesture::Connect) {
            delete m_dragLine;
            m_dragLine = nullptr;
            if (m_dropTarget)
                m_dropTarget->setDropTarget(false);
            m_dropTarget = nullptr;
            m_gesture = Gesture::None;
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

// ---- mouse ----

TopologyNodeItem *TopologyView::nodeAt(const QPoint &viewPos) const
{
    const QList<QGraphicsItem *> under = items(viewPos);
    TopologyNodeItem *host = nullptr;
    for (QGraphicsItem *i : under) {
        if (i->type() != TopologyNodeItem::Type)
            continue;
        auto *node = static_cast<TopologyNodeItem *>(i);
        // The host box lies under its containers: they win.
        if (node->node().kind == TopologyNode::Kind::Host)
            host = node;
        else
            return node;
    }
    return host;
}

void TopologyView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_pressPos = m_lastPos = event->position().toPoint();
    TopologyNodeItem *item = nodeAt(m_pressPos);
    if (item) {
        setCurrent(item, true);
        m_gesture = isContainer(item) ? Gesture::Connect : Gesture::None;
        m_dragContainer = item->key();
    } else {
        m_gesture = Gesture::Pan;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    event->accept();
}

void TopologyView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_gesture == Gesture::Pan) {
        const QPoint d = pos - m_lastPos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        m_lastPos = pos;
        event->accept();
        return;
    }
    if (m_gesture == Gesture::Connect) {
        TopologyNodeItem *from = m_nodes.value(m_dragContainer);
        if (!from) {
            m_gesture = Gesture::None;
            return;
        }
        if (!m_dragLine && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        if (!m_dragLine) {
            m_dragLine = m_scene->addLine(QLineF(), QPen(QColor(0x00, 0x8a, 0xd8), 2, Qt::DashLine));
            m_dragLine->setZValue(20);
            viewport()->setCursor(Qt::DragLinkCursor);
        }
        m_dragLine->setLine(QLineF(from->anchor(), mapToScene(pos)));
        TopologyNodeItem *target = nodeAt(pos);
        if (!isNetwork(target))
            target = nullptr;
        if (target != m_dropTarget) {
            if (m_dropTarget)
                m_dropTarget->setDropTarget(false);
            m_dropTarget = target;
            if (m_dropTarget)
                m_dropTarget->setDropTarget(true);
        }
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void TopologyView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    viewport()->unsetCursor();
    if (m_gesture == Gesture::Connect && m_dragLine && m_dropTarget) {
        const TopologyNodeItem *from = m_nodes.value(m_dragContainer);
        if (from)
            emit connectRequested(from->node().id, m_dropTarget->node().id);
    }
    delete m_dragLine;
    m_dragLine = nullptr;
    if (m_dropTarget)
        m_dropTarget->setDropTarget(false);
    m_dropTarget = nullptr;
    m_gesture = Gesture::None;
    m_dragContainer.clear();
    event->accept();
}

// ---- saving ----

QImage TopologyView::picture(qreal scale) const
{
    const QRectF source = pictureRect();
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    m_scene->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    return image;
}

bool TopologyView::savePng(const QString &fileName, QString *error) const
{
    // Small pictures at twice the size, so that they stay sharp; big ones as they are.
    const QRectF source = pictureRect();
    const qreal scale = source.width() * source.height() < 2.0e6 ? 2.0 : 1.0;
    if (!picture(scale).save(fileName, "PNG")) {
        if (error)
            *error = tr("Could not save the network picture as «%1»").arg(fileName);
        return false;
    }
    return true;
}

bool TopologyView::saveSvg(const QString &fileName, QString *error) const
{
    const QRectF source = pictureRect();
    QSvgGenerator generator;
    generator.setFileName(fileName);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(tr("Network topology"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("Could not save the network picture as «%1»").arg(fileName);
        return false;
    }
    m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    return true;
}
