#include "topologymodel.h"

#include "containermodel.h"
#include "networkmodel.h"

#include <algorithm>

namespace {
const QLatin1String HostName("host");
const QLatin1String NoneName("none");

bool isAllAddresses(const QString &ip)
{
    return ip.isEmpty() || ip == QLatin1String("0.0.0.0") || ip == QLatin1String("::");
}

// "4900 → 5000/tcp", or "127.0.0.1:4900 → 5000/tcp" when bound to one address.
QString portLabel(const PortBinding &p)
{
    QString host = QString::number(p.publicPort);
    if (!isAllAddresses(p.ip)) {
        QString address = p.ip;
        if (address.contains(u':'))
            address = u'[' + address + u']';
        host = address + u':' + host;
    }
    return host + QStringLiteral(" \u2192 ") + QString::number(p.privatePort) + u'/' + p.type;
}

QString withoutPrefix(const QString &address)
{
    return address.section(u'/', 0, 0);
}
} // namespace

TopologyModel::TopologyModel(ContainerModel *containers, NetworkModel *networks, QObject *parent)
    : QObject(parent)
    , m_containers(containers)
    , m_networks(networks)
{
    TopologyNode host;
    host.kind = TopologyNode::Kind::Host;
    host.key = hostKey();
    upsertNode(host);
    // Networks first, so that the containers' edges find their ends.
    followNetworks();
    followContainers();
    for (const Network &n : m_networks->items())
        syncNetwork(n);
    for (const Container &c : m_containers->items())
        syncContainer(c);
}

QString TopologyModel::hostKey()
{
    return QStringLiteral("host");
}

QString TopologyModel::networkKey(const QString &networkId)
{
    return QStringLiteral("network:") + networkId;
}

QString TopologyModel::containerKey(const QString &containerId)
{
    return QStringLiteral("container:") + containerId;
}

const TopologyNode *TopologyModel::node(const QString &key) const
{
    const auto it = m_nodes.constFind(key);
    return it == m_nodes.cend() ? nullptr : &it.value();
}

const TopologyEdge *TopologyModel::edge(const QString &key) const
{
    const auto it = m_edges.constFind(key);
    return it == m_edges.cend() ? nullptr : &it.value();
}

QList<TopologyNode> TopologyModel::nodes() const
{
    QList<TopologyNode> out;
    out.reserve(m_nodeOrder.size());
    for (const auto kind : {TopologyNode::Kind::Host, TopologyNode::Kind::Network, TopologyNode::Kind::Container})
        for (const QString &key : m_nodeOrder)
            if (m_nodes.value(key).kind == kind)
                out.append(m_nodes.value(key));
    return out;
}

QList<TopologyEdge> TopologyModel::edges() const
{
    QList<TopologyEdge> out;
    out.reserve(m_edges.size());
    // Edges follow their owner's node order, so a listing is stable.
    for (const QString &key : m_nodeOrder) {
        QStringList keys(m_edgesOf.value(key).cbegin(), m_edgesOf.value(key).cend());
        keys.sort();
        for (const QString &e : std::as_const(keys)) {
            const TopologyEdge edge = m_edges.value(e);
            const QString owner = edge.kind == TopologyEdge::Kind::Attachment ? edge.from : edge.to;
            if (owner == key)
                out.append(edge);
        }
    }
    return out;
}

QStringList TopologyModel::edgesOf(const QString &nodeKey) const
{
    const QSet<QString> keys = m_edgesOf.value(nodeKey);
    QStringList out(keys.cbegin(), keys.cend());
    out.sort();
    return out;
}

void TopologyModel::followContainers()
{
    auto rowsIn = [this](const QModelIndex &parent, int first, int last) {
        if (parent.isValid())
            return;
        for (int row = first; row <= last; ++row)
            if (const Container *c = m_containers->itemAt(row))
                syncContainer(*c);
    };
    connect(m_containers, &QAbstractItemModel::rowsInserted, this, rowsIn);
    connect(m_containers, &QAbstractItemModel::dataChanged, this,
            [rowsIn](const QModelIndex &from, const QModelIndex &to) { rowsIn({}, from.row(), to.row()); });
    // The rows still hold their keys here; afterwards they are gone.
    connect(m_containers, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    removeContainer(m_containers->keyAt(row));
            });
}

void TopologyModel::followNetworks()
{
    auto rowsIn = [this](const QModelIndex &parent, int first, int last) {
        if (parent.isValid())
            return;
        for (int row = first; row <= last; ++row)
            if (const Network *n = m_networks->itemAt(row))
                syncNetwork(*n);
    };
    connect(m_networks, &QAbstractItemModel::rowsInserted, this, rowsIn);
    connect(m_networks, &QAbstractItemModel::dataChanged, this,
            [this, rowsIn](const QModelIndex &from, const QModelIndex &to) {
                // The attached-containers column follows the containers, which this model already did.
                if (from.column() == to.column() && from.column() == NetworkModel::Containers)
                    return;
                rowsIn({}, from.row(), to.row());
            });
    connect(m_networks, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    removeNetwork(m_networks->keyAt(row));
            });
}

QString TopologyModel::resolveNetwork(const QString &networkId, const QString &name) const
{
    return networkId.isEmpty() ? m_networkIdByName.value(name) : networkId;
}

bool TopologyModel::isHostNetwork(const QString &networkId, const QString &name) const
{
    if (name == HostName)
        return true;
    const QString id = resolveNetwork(networkId, name);
    return !id.isEmpty() && m_networkDriver.value(id) == HostName;
}

bool TopologyModel::isNoneNetwork(const QString &networkId, const QString &name) const
{
    if (name == NoneName)
        return true;
    const QString id = resolveNetwork(networkId, name);
    return !id.isEmpty() && m_networkDriver.value(id) == QLatin1String("null");
}

void TopologyModel::syncContainer(const Container &c)
{
    TopologyNode node;
    node.kind = TopologyNode::Kind::Container;
    node.key = containerKey(c.id);
    node.id = c.id;
    node.name = c.name;
    node.image = c.image;
    node.state = c.state;

    const bool inHost = std::any_of(c.networks.begin(), c.networks.end(), [this](const ContainerNetwork &n) {
        return isHostNetwork(n.networkId, n.name);
    });
    const bool onNone = std::any_of(c.networks.begin(), c.networks.end(), [this](const ContainerNetwork &n) {
        return isNoneNetwork(n.networkId, n.name);
    });
    if (inHost)
        node.placement = TopologyNode::Placement::InHost;
    else if (onNone)
        node.placement = TopologyNode::Placement::Isolated;
    else if (c.networks.empty())
        node.placement = TopologyNode::Placement::NoNetwork;
    QHash<QString, TopologyEdge> wanted;
    if (node.placement == TopologyNode::Placement::OnNetworks) {
        for (const ContainerNetwork &n : c.networks) {
            const QString networkId = resolveNetwork(n.networkId, n.name);
            // A network not listed yet: the edge comes with its node.
            if (networkId.isEmpty() || !m_nodes.contains(networkKey(networkId)))
                continue;
            TopologyEdge e;
            e.kind = TopologyEdge::Kind::Attachment;
            e.key = QStringLiteral("attach:") + c.id + u':' + networkId;
            e.from = node.key;
            e.to = networkKey(networkId);
            e.address = withoutPrefix(n.ipAddress);
            e.label = e.address;
            wanted.insert(e.key, e);
            node.networks.append(e.to);
        }
    }
    // The node first, with the hubs it is on, so that a view can place it near them.
    upsertNode(node);
    for (const PortBinding &p : c.ports) {
        if (!p.isPublished())
            continue;
        TopologyEdge e;
        e.kind = TopologyEdge::Kind::PublishedPort;
        // The engine lists an all-addresses binding once per family: one edge.
        const QString hostSide = isAllAddresses(p.ip) ? QString() : p.ip;
        e.key = QStringLiteral("port:") + c.id + u':' + hostSide + u':' + QString::number(p.publicPort) + u':'
                + QString::number(p.privatePort) + u'/' + p.type;
        if (wanted.contains(e.key))
            continue;
        e.from = hostKey();
        e.to = node.key;
        e.address = hostSide;
        e.label = portLabel(p);
        wanted.insert(e.key, e);
    }
    setEdgesOf(node.key, wanted);
}

void TopologyModel::removeContainer(const QString &containerId)
{
    if (containerId.isEmpty())
        return;
    const QString key = containerKey(containerId);
    setEdgesOf(key, {});
    dropNode(key);
}

void TopologyModel::syncNetwork(const Network &n)
{
    const bool known = m_networkDriver.contains(n.id);
    m_networkDriver.insert(n.id, n.driver);
    m_networkIdByName.insert(n.name, n.id);

    if (n.driver == HostName || n.name == HostName) {
        // The host node stands for the network «host».
        m_hostNetworkId = n.id;
        TopologyNode host = m_nodes.value(hostKey());
        host.id = n.id;
        upsertNode(host);
    } else if (n.driver != QLatin1String("null") && n.name != NoneName) {
        TopologyNode node;
        node.kind = TopologyNode::Kind::Network;
        node.key = networkKey(n.id);
        node.id = n.id;
        node.name = n.name;
        node.driver = n.driver;
        node.subnet = n.subnetsDisplay();
        node.gateway = n.gatewaysDisplay();
        node.internal = n.internal;
        node.defaultBridge = n.name == QLatin1String("bridge") && n.driver == QLatin1String("bridge");
        upsertNode(node);
    }
    if (known)
        return;
    // A new network: containers that named it before it was listed get their edge or place now.
    for (const Container &c : m_containers->items()) {
        const bool names = std::any_of(c.networks.begin(), c.networks.end(), [&n](const ContainerNetwork &cn) {
            return cn.networkId == n.id || (cn.networkId.isEmpty() && cn.name == n.name);
        });
        if (names)
            syncContainer(c);
    }
}

void TopologyModel::removeNetwork(const QString &networkId)
{
    if (networkId.isEmpty())
        return;
    const QString key = networkKey(networkId);
    for (const QString &e : edgesOf(key))
        dropEdge(e);
    dropNode(key);
    m_networkDriver.remove(networkId);
    for (auto it = m_networkIdByName.begin(); it != m_networkIdByName.end();) {
        if (it.value() == networkId)
            it = m_networkIdByName.erase(it);
        else
            ++it;
    }
    if (networkId == m_hostNetworkId) {
        m_hostNetworkId.clear();
        TopologyNode host = m_nodes.value(hostKey());
        host.id.clear();
        upsertNode(host);
    }
}

void TopologyModel::upsertNode(const TopologyNode &node)
{
    auto it = m_nodes.find(node.key);
    if (it == m_nodes.end()) {
        m_nodes.insert(node.key, node);
        m_nodeOrder.append(node.key);
        emit nodeAdded(node);
    } else if (!(it.value() == node)) {
        it.value() = node;
        emit nodeChanged(node);
    }
}

void TopologyModel::dropNode(const QString &key)
{
    if (!m_nodes.contains(key))
        return;
    m_nodes.remove(key);
    m_nodeOrder.removeOne(key);
    m_edgesOf.remove(key);
    emit nodeRemoved(key);
}

void TopologyModel::setEdgesOf(const QString &owner, const QHash<QString, TopologyEdge> &wanted)
{
    const QSet<QString> current = m_edgesOf.value(owner);
    for (const QString &key : current) {
        const TopologyEdge e = m_edges.value(key);
        // The edges a container owns: its attachments and the ports to it.
        const bool owned = (e.kind == TopologyEdge::Kind::Attachment ? e.from : e.to) == owner;
        if (owned && !wanted.contains(key))
            dropEdge(key);
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        auto existing = m_edges.find(it.key());
        if (existing == m_edges.end()) {
            m_edges.insert(it.key(), it.value());
            m_edgesOf[it->from].insert(it.key());
            m_edgesOf[it->to].insert(it.key());
            emit edgeAdded(it.value());
        } else if (!(existing.value() == it.value())) {
            existing.value() = it.value();
            emit edgeChanged(it.value());
        }
    }
}

void TopologyModel::dropEdge(const QString &key)
{
    const auto it = m_edges.constFind(key);
    if (it == m_edges.cend())
        return;
    const TopologyEdge e = it.value();
    m_edges.erase(it);
    m_edgesOf[e.from].remove(key);
    m_edgesOf[e.to].remove(key);
    emit edgeRemoved(key);
}
