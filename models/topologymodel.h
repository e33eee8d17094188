#pragma once

#include "topologyedge.h"
#include "topologynode.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class ContainerModel;
class NetworkModel;
struct Container;
struct Network;

// The graph the network picture draws: the host, each network, each container,
// the links between containers and networks, and the host's published ports.
// It follows the two models' row signals and changes one node or edge at a
// time; nothing is rebuilt on an event. Edges come after both their ends and
// go before either end.
//
// The networks «host» and «none» are not hubs: a container on «host» sits in
// the host node, one on «none» stands apart.
class TopologyModel : public QObject
{
    Q_OBJECT
public:
    TopologyModel(ContainerModel *containers, NetworkModel *networks, QObject *parent = nullptr);

    static QString hostKey();
    static QString networkKey(const QString &networkId);
    static QString containerKey(const QString &containerId);

    const TopologyNode *node(const QString &key) const;
    const TopologyEdge *edge(const QString &key) const;
    QList<TopologyNode> nodes() const; // host first, then networks, then containers
    QList<TopologyEdge> edges() const;
    QStringList edgesOf(const QString &nodeKey) const;
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }

    ContainerModel *containerModel() const { return m_containers; }
    NetworkModel *networkModel() const { return m_networks; }

signals:
    void nodeAdded(const TopologyNode &node);
    void nodeChanged(const TopologyNode &node);
    void nodeRemoved(const QString &key);
    void edgeAdded(const TopologyEdge &edge);
    void edgeChanged(const TopologyEdge &edge);
    void edgeRemoved(const QString &key);

private:
    void followContainers();
    void followNetworks();

    void syncContainer(const Container &container);
    void removeContainer(const QString &containerId);
    void syncNetwork(const Network &network);
    void removeNetwork(const QString &networkId);

    // The ID of the network a container's attachment names: a created
    // container lists its networks by name only.
    QString resolveNetwork(const QString &networkId, const QString &name) const;
    bool isHostNetwork(const QString &networkId, const QString &name) const;
    bool isNoneNetwork(const QString &networkId, const QString &name) const;

    void upsertNode(const TopologyNode &node);
    void dropNode(const QString &key);
    // Brings the edges touching owner (a container) to exactly wanted.
    void setEdgesOf(const QString &owner, const QHash<QString, TopologyEdge> &wanted);
    void dropEdge(const QString &key);

    ContainerModel *m_containers;
    NetworkModel *m_networks;
    QHash<QString, TopologyNode> m_nodes;
    QList<QString> m_nodeOrder; // keys in the order they came
    QHash<QString, TopologyEdge> m_edges;
    QHash<QString, QSet<QString>> m_edgesOf; // node key → edge keys
    QHash<QString, QString> m_networkIdByName;
    QHash<QString, QString> m_networkDriver; // every network, hubs or not
    QString m_hostNetworkId;
};
